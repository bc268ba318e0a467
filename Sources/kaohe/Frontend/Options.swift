import ArgumentParser
import Foundation
import KaoheCore
import KaoheReport
import KaoheStore

/// Options every command that touches the database shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: optionHelp("数据库文件（默认：$KAOHE_DB，否则 ./kaohe.sqlite）。", "The database file (default: $KAOHE_DB, else ./kaohe.sqlite)."))
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
            throw CLIError("--db 的值为空 — 请给出数据库文件的路径，例如 --db kaohe.sqlite", "--db is empty — give the database file's path, e.g. --db kaohe.sqlite")
        }
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if exists && isFolder.boolValue {
            throw CLIError("\(path) 是文件夹，不是数据库文件 — 请用 --db 指定数据库文件", "\(path) is a folder, not a database file — pass --db with the database file")
        }
        if !exists && access != .create {
            throw CLIError(
                "\(path) 处没有数据库 — 请检查 --db 或 KAOHE_DB；新数据库由 kaohe areas import 创建",
                "no database at \(path) — check --db or KAOHE_DB; a new database is created by kaohe areas import")
        }
        do {
            return access == .read
                ? try AppDatabase.openReadOnly(path: path, walFileExists: FileManager.default.fileExists(atPath: path + "-wal")) : try AppDatabase.open(path: path)
        } catch AppDatabase.OpenRefusal.empty {
            throw CLIError("\(path) 是空数据库，没有任何 kaohe 数据 — 请检查 --db，或先用 kaohe areas import 导入", "\(path) is an empty database holding no kaohe data — check --db, or import with kaohe areas import first")
        } catch AppDatabase.OpenRefusal.notKaohe {
            throw CLIError("\(path) 不是 kaohe 数据库 — 请用 --db 指定 kaohe 数据库", "\(path) is not a kaohe database — pass --db with a kaohe database")
        } catch {
            if let kind = StoreFailure(error) { throw CLIError(Failures.withDetail(Failures.storeSentence(kind, path: path).message, error)) }
            throw error
        }
    }
}

extension Language: ExpressibleByArgument {}

struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: optionHelp("输出语言：zh（默认）或 en。", "Output language: zh (default) or en."))
    var lang: Language = .zh

    /// Picks the Chinese or English form of a label.
    func callAsFunction(_ zh: String, _ en: String) -> String { lang == .zh ? zh : en }
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
    init(_ zh: String, _ en: String) {
        chinese = zh
        english = en
    }

    /// The sentence in the language asked for on the command line.
    var message: String { message(chinese: Self.language == .zh) }

    func message(chinese: Bool) -> String { chinese ? self.chinese : english }

    /// The output language asked for on the command line, for errors raised before or outside a command's
    /// own `--lang` option (file reading, database opening, the busy message).
    static var language: Language {
        let args = Invocation.current.arguments
        if args.contains("--lang=en") { return .en }
        if let i = args.firstIndex(of: "--lang"), i + 1 < args.count, args[i + 1] == "en" { return .en }
        return .zh
    }
    var description: String { message }
    var errorDescription: String? { message }
}

