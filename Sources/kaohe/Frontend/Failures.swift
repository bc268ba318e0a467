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
        return (withDetail(CLIError(InternalFailure.unexpected(debugVariable: debugVariable)).message(chinese: language == .zh), error), .failure)
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
        CLIError(DatabaseFailure.failed(kind: kind, path: path, debugVariable: debugVariable))
    }

    /// The sentence, followed by the internal detail on a second line when `KAOHE_DEBUG` is set.
    static func withDetail(_ sentence: String, _ error: any Error) -> String {
        guard let flag = Invocation.variable(debugVariable), !flag.isEmpty, flag != "0" else { return sentence }
        return sentence + "\n[\(debugVariable)] " + (StoreFailure.detail(error) ?? String(reflecting: error))
    }
}
