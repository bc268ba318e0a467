import Foundation
import KaoheCore

/// The summary rendered for people: each renderer is a pure function of the summary and the language.
public enum SummaryRender {
    /// Plain text for the terminal; tables line up Chinese (double-width) characters, and control
    /// characters from input files are replaced by spaces. Charts are left out.
    public static func text(_ s: Summary, lang: Language) -> String {
        var whole = ""
        text(s, lang: lang) { whole += $0 }
        return whole
    }

    /// The same text handed to `write` part by part, in order, so the caller need not hold the whole document
    /// (issue 14); the pieces joined are exactly `text(_:lang:)`.
    ///
    /// With `steps`, the units' explanations are made one at a time as they are written, each unit's steps read
    /// by code through `steps` (the summary's units then carry none, D-171); the text is the same.
    public static func text(
        _ s: Summary, lang: Language, steps: ((String) -> [ExplanationStep])? = nil, into write: (String) -> Void
    ) {
        let doc = SummaryDocument(s, lang: lang, explanationsLater: steps != nil)
        var first = true
        func part(_ text: String?) {
            guard let text else { return }
            if !first { write("\n\n") }
            first = false
            write(text)
        }
        if let mark = doc.watermark { part("【\(mark)】") }
        part(terminalSafe(doc.documentNumber))
        part(terminalSafe(doc.title) + "\n" + String(repeating: "=", count: displayWidth(doc.title)))
        part(terminalSafe(doc.addressees))
        for b in doc.body { part(textBlock(b, lang)) }
        part(doc.attachmentNote.map(terminalSafe).joined(separator: "\n"))
        for p in doc.closing.textParts() { part(p) }
        for (k, a) in doc.attachments.enumerated() {
            part(terminalSafe(a.label) + "\n" + terminalSafe(a.title) + "\n" + String(repeating: "=", count: displayWidth(a.title)))
            for b in a.blocks { part(textBlock(b, lang)) }
            if doc.explanationsLater && k == doc.attachments.count - 1 {
                SummaryDocument.explanations(s, lang: lang, steps: steps) { part(textBlock($0, lang)) }
            }
        }
        for b in doc.afterword { part(textBlock(b, lang)) }
        if let mark = doc.watermark { part("【\(mark)】") }
        write("\n")
    }

    static func textBlock(_ block: SummaryDocument.Block, _ lang: Language) -> String? {
        switch block {
        case .heading(let t): return terminalSafe(t) + "\n" + String(repeating: "-", count: displayWidth(t))
        case .subheading(let t): return terminalSafe(t)
        case .paragraph(let t): return terminalSafe(t)
        case .fields(let fields): return fields.map { terminalSafe($0.label + lang.pick(DocumentText.fieldColon) + $0.value) }.joined(separator: "\n")
        case .table(let t):
            var table = TextTable(headers: t.headers, alignments: t.alignments)
            for row in t.rows { table.append(row) }
            return String(table.render().dropLast())
        case .list(let items): return items.map { "- " + terminalSafe($0) }.joined(separator: "\n")
        case .steps(let items): return items.enumerated().map { "\($0 + 1). " + terminalSafe($1) }.joined(separator: "\n")
        case .chart: return nil
        }
    }

    /// CommonMark with pipe tables (GitHub Flavored Markdown). Text from input files is escaped so that it
    /// shows as written and can make neither markup nor raw HTML. Charts are left out.
    public static func markdown(_ s: Summary, lang: Language) -> String {
        let doc = SummaryDocument(s, lang: lang)
        var parts: [String] = []
        if let mark = doc.watermark { parts.append("> **\(md(mark))**") }
        parts.append(md(doc.documentNumber))
        parts.append("# " + md(doc.title))
        parts.append(md(doc.addressees))
        parts += doc.body.compactMap { mdBlock($0, lang) }
        parts.append(doc.attachmentNote.map(md).joined(separator: "  \n"))
        parts += doc.closing.markdownParts()
        for a in doc.attachments {
            parts.append("**\(md(a.label))**")
            parts.append("# " + md(a.title))
            parts += a.blocks.compactMap { mdBlock($0, lang) }
        }
        parts += doc.afterword.compactMap { mdBlock($0, lang) }
        if let mark = doc.watermark { parts.append("> **\(md(mark))**") }
        return parts.joined(separator: "\n\n") + "\n"
    }

    static func mdBlock(_ block: SummaryDocument.Block, _ lang: Language) -> String? {
        switch block {
        case .heading(let t): return "## " + md(t)
        case .subheading(let t): return "### " + md(t)
        case .paragraph(let t): return md(t)
        case .fields(let fields): return fields.map { "- **\(md($0.label))**\(lang.pick(DocumentText.fieldColon))\(md($0.value))" }.joined(separator: "\n")
        case .table(let t):
            let rule = t.alignments.map { $0 == .right ? "---:" : "---" }
            let lines = [t.headers.map(md), rule] + t.rows.map { $0.map(md) }
            return lines.map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
        case .list(let items): return items.map { "- " + md($0) }.joined(separator: "\n")
        case .steps(let items): return items.enumerated().map { "\($0 + 1). " + md($1) }.joined(separator: "\n")
        case .chart: return nil
        }
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
