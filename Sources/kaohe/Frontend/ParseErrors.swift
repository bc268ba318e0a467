import KaoheReport

/// Chinese wording for ArgumentParser's own command-line errors, so a mistyped command line is answered in
/// the user's language too (issue 12, item 26; D-42).
///
/// ArgumentParser (pinned at 1.8.2) words its parse errors in English; the common ones are recognised by
/// their exact English form and reworded, with a fix. Anything not recognised is left as ArgumentParser
/// wrote it. The usage lines that follow are kept.
enum ParseErrors {
    /// The full message with its first line in Chinese when `language` is Chinese and the line is known.
    static func localized(_ message: String, language: Language) -> String {
        guard language == .zh else { return message }
        var lines = message.components(separatedBy: "\n")
        let prefix = "Error: "
        guard var first = lines.first, first.hasPrefix(prefix) else { return message }
        // Six or more choices come as a list, one "  - name" line each: fold them into the sentence's own form.
        let listed = " Please provide one of the following:"
        if first.hasSuffix(listed) {
            var names: [String] = []
            while lines.count > 1, lines[1].hasPrefix("  - ") {
                names.append("'\(lines[1].dropFirst(4))'")
                lines.remove(at: 1)
            }
            if let last = names.popLast() {
                first = String(first.dropLast(listed.count)) + " Please provide one of " + names.joined(separator: ", ") + " or " + last + "."
            }
        }
        guard let chinese = chinese(String(first.dropFirst(prefix.count))) else { return message }
        lines[0] = prefix + chinese
        return lines.joined(separator: "\n")
    }

    /// The Chinese sentence for one of ArgumentParser's error sentences, or nil when it is not known.
    static func chinese(_ english: String) -> String? {
        if let name = quoted(english, after: "Missing expected argument ") {
            return "缺少必需的参数 \(name) — 请补上；用 --help 查看用法"
        }
        if let name = quoted(english, after: "Missing value for ") {
            return "\(name) 缺少取值 — 请在选项后给出值"
        }
        if let name = quoted(english, after: "Unknown option ") {
            return "未知选项 \(name) — 请检查拼写；用 --help 查看可用选项"
        }
        if let name = quoted(english, after: "Unexpected argument ") {
            return "多余的参数 \(name) — 请删去；含空格的值请加引号"
        }
        if english == "Missing required subcommand." {
            return "缺少子命令 — 用 --help 查看可用的子命令"
        }
        let invalid = "The value '"
        if english.hasPrefix(invalid), let end = english.range(of: "' is invalid for '") {
            let value = english[english.index(english.startIndex, offsetBy: invalid.count)..<end.lowerBound]
            let rest = english[end.upperBound...]
            guard let close = rest.firstIndex(of: "'") else { return nil }
            let option = rest[..<close]
            let after = rest[rest.index(after: close)...]
            let choices = "Please provide one of "
            if after.isEmpty { return "'\(option)' 的取值 '\(value)' 无效 — 请检查后重试" }
            if after.hasPrefix(". " + choices), after.hasSuffix(".") {
                let list = after.dropFirst(2 + choices.count).dropLast().replacingOccurrences(of: " or ", with: "、").replacingOccurrences(of: ", ", with: "、")
                return "'\(option)' 的取值 '\(value)' 无效 — 可选值：\(list)"
            }
        }
        return nil
    }

    /// The quoted name in `Prefix 'name'`, quotes included, or nil when the sentence has another form.
    private static func quoted(_ english: String, after prefix: String) -> String? {
        guard english.hasPrefix(prefix + "'"), english.hasSuffix("'") else { return nil }
        let name = english.dropFirst(prefix.count)
        return name.count >= 2 ? String(name) : nil
    }
}
