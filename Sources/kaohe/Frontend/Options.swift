import ArgumentParser
import Foundation
import KaoheReport
import KaoheStore

/// Options every command that touches the database shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The database file (default: $KAOHE_DB, else ./kaohe.sqlite).")
    var db: String?

    /// The database path in force: --db, then KAOHE_DB, then ./kaohe.sqlite.
    var path: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["KAOHE_DB"], !env.isEmpty { return env }
        return "kaohe.sqlite"
    }

    /// The path the running command opened, so a "database busy" failure can name it (see `Kaohe.main`).
    nonisolated(unsafe) static var openedPath: String?

    func open() throws -> AppDatabase {
        Self.openedPath = path
        do {
            return try AppDatabase.open(path: path)
        } catch where AppDatabase.isBusy(error) {
            throw error
        } catch {
            throw CLIError("无法打开数据库 \(path)：\(error) — 请检查路径，或用 --db 指定一个可写的文件", "cannot open the database \(path): \(error) — check the path, or pass --db with a writable file")
        }
    }
}

extension Language: ExpressibleByArgument {}

struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Output language: zh (default) or en.")
    var lang: Language = .zh

    /// Picks the Chinese or English form of a label.
    func callAsFunction(_ zh: String, _ en: String) -> String { lang == .zh ? zh : en }

    /// Whether messages for people, diagnostics included, are printed in Chinese.
    var chinese: Bool { lang == .zh }
}

/// A failure the CLI reports with its own full sentence (ArgumentParser prefixes "Error: ").
struct CLIError: Error, CustomStringConvertible, LocalizedError {
    let message: String
    init(_ message: String) { self.message = message }

    /// An error in both languages; the one printed follows `--lang` on the command line, Chinese by default.
    init(_ zh: String, _ en: String) { self.init(Self.language == .en ? en : zh) }

    /// The output language asked for on the command line, for errors raised before or outside a command's
    /// own `--lang` option (file reading, database opening, the busy message).
    static let language: Language = {
        let args = CommandLine.arguments
        if args.contains("--lang=en") { return .en }
        if let i = args.firstIndex(of: "--lang"), i + 1 < args.count, args[i + 1] == "en" { return .en }
        return .zh
    }()
    var description: String { message }
    var errorDescription: String? { message }
}

/// Runs a store operation, turning its refusal (a `RunError` sentence) into the CLI's error.
func refusingAsCLIError<T>(_ operation: () throws -> T) throws -> T {
    do { return try operation() } catch let error as RunError { throw CLIError(error.chinese ?? error.description, error.description) }
}
