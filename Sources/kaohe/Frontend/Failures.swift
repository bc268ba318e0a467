import ArgumentParser
import Foundation
import KaoheCore
import KaoheReport
import KaoheStore

/// The one place that turns a failure into what the user reads: a full bilingual sentence and an exit code.
///
/// Every refusal, rejected input and CLI failure is a `UserFacingError` and prints its own words; a database
/// failure is worded by its kind (`StoreFailure`), never with SQLite's text or SQL; anything else — a decoding
/// error, an internal error — gets one generic sentence, and its detail only when `KAOHE_DEBUG` is set
/// (docs/decisions.md, "One mapping place for failures"; issue 13 item 2).
enum Failures {
    /// The environment variable that adds an internal error's detail to the generic sentence.
    static let debugVariable = "KAOHE_DEBUG"

    /// The message (without "Error: ") and exit code for a failure raised while a command ran.
    static func describe(_ error: any Error, database: String?, language: Language = CLIError.language) -> (message: String, code: ExitCode) {
        switch error {
        case let error as ExitCode: return ("", error)
        case let error as ValidationError: return (error.message, .validationFailure)
        case let error as Refusal: return (error.message(chinese: language == .zh, naming: UsageHints.named), .failure)
        case let error as DiagnosticsError: return (error.cliText(chinese: language == .zh), .failure)
        case let error as any UserFacingError: return (error.message(chinese: language == .zh), .failure)
        default: break
        }
        if let kind = StoreFailure(error) {
            return (withDetail(storeSentence(kind, path: database ?? StoreOptions.defaultPath).message(chinese: language == .zh), error), .failure)
        }
        return (withDetail(CLIError(
            "内部错误，命令未完成 — 请把所用命令和文件报告给维护者（设置 \(debugVariable)=1 可显示详情）",
            "internal error; the command did not finish — please report the command and files to the maintainers (set \(debugVariable)=1 for details)").message(chinese: language == .zh), error), .failure)
    }

    /// What the exit path prints for a failure: located problems as they are, one per line; any other message after "Error: ".
    static func printed(_ error: any Error, database: String?, language: Language = CLIError.language) -> (text: String, code: ExitCode) {
        let (message, code) = describe(error, database: database, language: language)
        if message.isEmpty { return ("", code) }
        if let error = error as? any UserFacingError, error.isLocatedList { return (message, code) }
        return ("Error: " + message, code)
    }

    /// The sentence for a kind of database failure at `path`.
    static func storeSentence(_ kind: StoreFailure, path: String) -> CLIError {
        switch kind {
        case .busy:
            CLIError("数据库 \(path) 正忙（另一个 kaohe 正在写入）— 请待其完成后重试", "the database \(path) is busy (another kaohe is writing) — try again when it has finished")
        case .full:
            CLIError("数据库 \(path) 写入失败：磁盘已满（或超出文件大小限制）— 本次操作未存储任何数据；请腾出空间后重试", "the database \(path) could not be written: the disk is full (or the file-size limit was reached) — nothing from this command was stored; free some space and try again")
        case .readOnly:
            CLIError("数据库 \(path) 只读，无法写入 — 本次操作未存储任何数据；请检查文件及其文件夹的写权限", "the database \(path) is read-only and cannot be written — nothing from this command was stored; check that the file and its folder are writable")
        case .cannotOpen:
            CLIError("无法打开数据库 \(path) — 请检查路径及其文件夹的权限，或用 --db 指定其他文件", "cannot open the database \(path) — check the path and its folder's permissions, or pass --db with another file")
        case .notADatabase:
            CLIError("\(path) 不是 kaohe 数据库（不是 SQLite 文件）— 请用 --db 指定 kaohe 数据库", "\(path) is not a kaohe database (not an SQLite file) — pass --db with a kaohe database")
        case .corrupt:
            CLIError("数据库 \(path) 已损坏 — 请从备份恢复（本次操作未作修改）", "the database \(path) is damaged — restore it from a backup (this command changed nothing)")
        case .ioError:
            CLIError("读写数据库 \(path) 时发生磁盘错误 — 本次操作未存储任何数据；请检查磁盘后重试", "a disk error occurred reading or writing the database \(path) — nothing from this command was stored; check the disk and try again")
        case .refused:
            CLIError("数据库 \(path) 拒绝了此项修改（违反存储记录的约束，例如已发布的记录不可更改）— 本次操作未存储任何数据", "the database \(path) refused the change (it breaks a rule of the stored record, e.g. a published record cannot change) — nothing from this command was stored")
        case .other:
            CLIError("数据库 \(path) 操作失败 — 本次操作未存储任何数据（设置 \(debugVariable)=1 可显示详情）", "the database operation on \(path) failed — nothing from this command was stored (set \(debugVariable)=1 for details)")
        }
    }

    /// The sentence, followed by the internal detail on a second line when `KAOHE_DEBUG` is set.
    static func withDetail(_ sentence: String, _ error: any Error) -> String {
        guard let flag = Invocation.variable(debugVariable), !flag.isEmpty, flag != "0" else { return sentence }
        return sentence + "\n[\(debugVariable)] " + (StoreFailure.detail(error) ?? String(reflecting: error))
    }
}
