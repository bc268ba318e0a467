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

    /// The quoted name in `Prefix 'name'`, quotes included, or nil when the sentence has another form.
    static func quoted(_ english: String, after prefix: String) -> String? {
        guard english.hasPrefix(prefix + "'"), english.hasSuffix("'") else { return nil }
        let name = english.dropFirst(prefix.count)
        return name.count >= 2 ? String(name) : nil
    }
}
