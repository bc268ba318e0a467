import KaoheCore
import ArgumentParser
import Foundation

/// Checks free text given on the command line — document numbers, references, reasons, notes, names —
/// before it is stored in the record and printed in notices (issue 12, item 20).
///
/// Such text is one line of printable characters of bounded length: a line break, a control or invisible
/// format character (zero-width space, BOM, bidi override) or, in a document number, markup (`<`, `>`) is
/// refused with a sentence that shows where, as a usage error (exit code 64) since these checks run in
/// `validate()` before anything is opened. Spaces around the text are dropped.
enum FreeText {
    /// Longest document number (文号), in characters; real ones are under 30.
    static let documentLimit = 100
    /// Longest reference, project name or recorder name, in characters.
    static let nameLimit = 200
    /// Longest reason or note, in characters.
    static let noteLimit = 1000

    /// The text without surrounding spaces, or a sentence saying what is wrong with it.
    static func oneLine(_ value: String, option: String, limit: Int, markup: Bool = true) throws -> String {
        let text = value.trimmingCharacters(in: .whitespaces)
        for (i, scalar) in text.unicodeScalars.enumerated() {
            let position = i + 1
            if scalar == "\n" || scalar == "\r" || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                throw usageError(FreeTextProblem.lineBreak(option: option, position: position))
            }
            if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format {
                let code = "U+" + String(format: "%04X", scalar.value)
                throw usageError(FreeTextProblem.invisible(option: option, position: position, code: code))
            }
            if !markup && (scalar == "<" || scalar == ">") {
                throw usageError(FreeTextProblem.markup(option: option, position: position, character: String(scalar)))
            }
        }
        if text.count > limit {
            throw usageError(FreeTextProblem.tooLong(option: option, length: text.count, limit: limit))
        }
        return text
    }

    /// A required one-line text: as `oneLine`, and refused when empty with the command's own sentence.
    static func required(_ value: String, option: String, limit: Int, markup: Bool = true, ifEmpty: ValidationError) throws -> String {
        let text = try oneLine(value, option: option, limit: limit, markup: markup)
        if text.isEmpty { throw ifEmpty }
        return text
    }
}

/// A usage error (exit code 64, followed by the usage line) in the language of the command line, from the CLI's
/// catalogue (issue 13 item 1).
func usageError(_ problem: some Worded) -> ValidationError { ValidationError(CLIError(problem).message) }
