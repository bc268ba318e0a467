import Foundation
import KaoheCore

/// The summary rendered for people: each renderer is a pure function of the summary and the language.
public enum SummaryRender {
    /// Plain text for the terminal; tables line up Chinese (double-width) characters, and control
    /// characters from input files are replaced by spaces. Charts are left out.
    public static func text(_ s: Summary, lang: Language) -> String {
        let doc = SummaryDocument(s, lang: lang)
        var parts: [String] = []
        if let mark = doc.watermark { parts.append("【\(mark)】") }
        parts.append(terminalSafe(doc.title) + "\n" + String(repeating: "=", count: displayWidth(doc.title)))
        parts.append(terminalSafe(doc.subtitle))
        for block in doc.blocks {
            switch block {
            case .heading(let t): parts.append(terminalSafe(t) + "\n" + String(repeating: "-", count: displayWidth(t)))
            case .subheading(let t): parts.append(terminalSafe(t) + "\n" + String(repeating: "~", count: displayWidth(t)))
            case .paragraph(let t): parts.append(terminalSafe(t))
            case .fields(let fields):
                parts.append(fields.map { terminalSafe($0.label + lang.pick("：", ": ") + $0.value) }.joined(separator: "\n"))
            case .table(let t):
                var table = TextTable(headers: t.headers, alignments: t.alignments)
                for row in t.rows { table.append(row) }
                parts.append(String(table.render().dropLast()))
            case .list(let items): parts.append(items.map { "- " + terminalSafe($0) }.joined(separator: "\n"))
            case .steps(let items): parts.append(items.enumerated().map { "\($0 + 1). " + terminalSafe($1) }.joined(separator: "\n"))
            case .chart: continue
            }
        }
        if let mark = doc.watermark { parts.append("【\(mark)】") }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// CommonMark with pipe tables (GitHub Flavored Markdown). Text from input files is escaped so that it
    /// shows as written and can make neither markup nor raw HTML. Charts are left out.
    public static func markdown(_ s: Summary, lang: Language) -> String {
        let doc = SummaryDocument(s, lang: lang)
        var parts: [String] = []
        if let mark = doc.watermark { parts.append("> **\(md(mark))**") }
        parts.append("# " + md(doc.title))
        parts.append(md(doc.subtitle))
        for block in doc.blocks {
            switch block {
            case .heading(let t): parts.append("## " + md(t))
            case .subheading(let t): parts.append("### " + md(t))
            case .paragraph(let t): parts.append(md(t))
            case .fields(let fields): parts.append(fields.map { "- **\(md($0.label))**\(lang.pick("：", ": "))\(md($0.value))" }.joined(separator: "\n"))
            case .table(let t):
                let rule = t.alignments.map { $0 == .right ? "---:" : "---" }
                let lines = [t.headers.map(md), rule] + t.rows.map { $0.map(md) }
                parts.append(lines.map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n"))
            case .list(let items): parts.append(items.map { "- " + md($0) }.joined(separator: "\n"))
            case .steps(let items): parts.append(items.enumerated().map { "\($0 + 1). " + md($1) }.joined(separator: "\n"))
            case .chart: continue
            }
        }
        if let mark = doc.watermark { parts.append("> **\(md(mark))**") }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// Text made inert for Markdown: markup characters backslash-escaped, `& < >` as entities so no raw
    /// HTML gets through, line breaks as spaces so a cell stays in its table row; an empty cell stays empty.
    static func md(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|": out += "\\" + String(ch)
            case "\n", "\r", "\r\n", "\t": out += " "
            default: out.append(ch)
            }
        }
        return out
    }
}
