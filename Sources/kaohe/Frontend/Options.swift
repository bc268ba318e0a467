import ArgumentParser
import Foundation
import KaoheCore
import KaoheReport
import KaoheStore

/// Options every command that touches the database shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: optionHelp(SharedOptionHelp.db))
    var db: String?

    /// The database path in force: --db, then KAOHE_DB, then ./kaohe.sqlite.
    var path: String {
        if let db { return db }
        if let env = Invocation.variable("KAOHE_DB"), !env.isEmpty { return env }
        return Self.defaultPath
    }

    /// The default database file, in the working folder.
    static let defaultPath = "kaohe.sqlite"

    /// The path the running command opened, so a database failure can name it (see `Failures`).
    nonisolated(unsafe) static var openedPath: String?

    /// What a command does with the database; decides whether it may create one (docs/decisions.md).
    enum Access {
        /// `areas import`, the first step of every workflow: creates the database when it is absent.
        case create
        /// Other commands that record something: the database must exist.
        case write
        /// Commands that only read: the database must exist and is opened read-only, changing nothing.
        case read
    }

    /// Opens the database for `access`; a missing, empty or foreign file gets one clear sentence.
    func open(_ access: Access) throws -> AppDatabase {
        let path = self.path
        Self.openedPath = path
        guard !path.isEmpty else {
            throw CLIError(StoreOpenFailure.emptyPath)
        }
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if exists && isFolder.boolValue {
            throw CLIError(StoreOpenFailure.isFolder(path: path))
        }
        if !exists && access != .create {
            throw CLIError(StoreOpenFailure.missing(path: path))
        }
        do {
            return access == .read
                ? try AppDatabase.openReadOnly(path: path, walFileExists: FileManager.default.fileExists(atPath: path + "-wal")) : try AppDatabase.open(path: path)
        } catch AppDatabase.OpenRefusal.empty {
            throw CLIError(StoreOpenFailure.empty(path: path))
        } catch AppDatabase.OpenRefusal.notKaohe {
            throw CLIError(StoreOpenFailure.notKaohe(path: path))
        } catch {
            if let kind = StoreFailure(error) { throw CLIError(Failures.withDetail(Failures.storeSentence(kind, path: path).message, error)) }
            throw error
        }
    }
}

extension Language: ExpressibleByArgument {}

/// `--lang zh|en`, as parsed for the command that runs: the language of its output (see `CLIError.language`
/// for why a second, pre-parse reading of the same option exists and why the two always agree).
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: optionHelp(SharedOptionHelp.lang))
    var lang: Language = .zh

    /// A catalogue text in the command's language (issue 13 item 1).
    func callAsFunction(_ text: Bilingual) -> String { text.text(chinese: lang == .zh) }

    /// Whether messages for people, diagnostics included, are printed in Chinese.
    var chinese: Bool { lang == .zh }
}

/// A failure the CLI itself words (a file that cannot be read, a database that cannot be opened, a refused
/// option value), in both languages; printed by the one exit path like every other `UserFacingError`.
struct CLIError: UserFacingError, CustomStringConvertible, LocalizedError {
    let chinese: String
    let english: String

    /// A sentence already worded in the command's language (`lang(zh, en)`).
    init(_ message: String) { self.init(message, message) }

    /// A failure from the CLI's catalogue: a typed case worded in both languages (issue 13 item 1).
    init(_ problem: some Worded) { self.init(problem.wording.zh, problem.wording.en) }

    /// A sentence in both languages; the one printed follows `--lang` on the command line, Chinese by default.
    private init(_ zh: String, _ en: String) {
        chinese = zh
        english = en
    }

    /// The sentence in the language asked for on the command line.
    var message: String { message(chinese: Self.language == .zh) }

    func message(chinese: Bool) -> String { chinese ? self.chinese : english }

    /// The output language asked for on the command line, read from the raw arguments before any parsing.
    ///
    /// The language is chosen in two ways, on purpose (issue 13 item 1; docs/decisions.md D-127):
    /// - `LanguageOption.lang` is the parsed `--lang` of the command that runs. Commands use it (`lang(text)`)
    ///   for their output, because it is the option ArgumentParser validated and documents in `--help`.
    /// - This pre-parse reading is needed wherever there is no parsed command, or not yet one: ArgumentParser's
    ///   own errors (a mistyped option, a missing argument: `ParseErrors`), `--help` and every command's abstract
    ///   and option help (`helpText`, `optionHelp`: static texts evaluated while the parser is being built),
    ///   usage errors thrown from `validate()` (`usageError`), and the one exit path (`Failures`) that words any
    ///   failure (`CLIError`, `Refusal`, a database failure) without access to the command's options.
    ///
    /// Both read the same spellings, `--lang en` and `--lang=en`, and default to Chinese, so they cannot
    /// disagree for a command line that parses; a value other than zh/en is refused by the parser (in Chinese,
    /// the pre-parse default). Catalogue cases carry both languages (`Bilingual`), so the choice is made once,
    /// where the text is printed.
    /// It reads the run's arguments (`Invocation`), so an in-process run sees its own (D-128).
    static var language: Language {
        let args = Invocation.current.arguments
        if args.contains("--lang=en") { return .en }
        if let i = args.firstIndex(of: "--lang"), i + 1 < args.count, args[i + 1] == "en" { return .en }
        return .zh
    }
    var description: String { message }
    var errorDescription: String? { message }
}

