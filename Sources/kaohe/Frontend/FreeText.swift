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
                throw usageError(
                    "\(option) 须为一行，第 \(position) 个字符处有换行 — 请写在一行内",
                    "\(option) must be one line; there is a line break at character \(position) — write it on one line")
            }
            if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format {
                let code = "U+" + String(format: "%04X", scalar.value)
                throw usageError(
                    "\(option) 第 \(position) 个字符是不可见字符 \(code) — 请删去",
                    "\(option) has the invisible character \(code) at character \(position) — remove it")
            }
            if !markup && (scalar == "<" || scalar == ">") {
                throw usageError(
                    "\(option) 第 \(position) 个字符是 \(scalar) — 文号不能含标记",
                    "\(option) has \(scalar) at character \(position) — a document number holds no markup")
            }
        }
        if text.count > limit {
            throw usageError(
                "\(option) 过长（\(text.count) 个字符，最多 \(limit) 个）— 请缩短",
                "\(option) is too long (\(text.count) characters, at most \(limit)) — shorten it")
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

/// A usage error (exit code 64, followed by the usage line) in the language of the command line.
func usageError(_ zh: String, _ en: String) -> ValidationError { ValidationError(CLIError(zh, en).message) }

/// A usage error from the CLI's catalogue (issue 13 item 1).
func usageError(_ problem: some Worded) -> ValidationError { usageError(problem.wording.zh, problem.wording.en) }
