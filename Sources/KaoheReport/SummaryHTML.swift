import Foundation
import KaoheCore

extension SummaryRender {
    /// One self-contained HTML file: no network, no script, printable on A4, with inline SVG charts of the
    /// required vs actual decline per unit and of the grade distribution. Every text is HTML-escaped.
    public static func html(_ s: Summary, lang: Language) -> String {
        var text = ""
        html(s, lang: lang) { text += $0 }
        return text
    }

    /// The same HTML file handed to `write` piece by piece, in order, so a caller can pass it on to a file or
    /// standard output without holding the whole document (issue 14: 140 MB of HTML at 30,000 units). The
    /// pieces joined are exactly `html(_:lang:)`.
    /// With `steps`, the units' explanations are made one at a time as they are written (as for `text`, D-171).
    public static func html(
        _ s: Summary, lang: Language, steps: ((String) -> [ExplanationStep])? = nil, into write: (String) -> Void
    ) {
        let doc = SummaryDocument(s, lang: lang, explanationsLater: steps != nil)
        let keep = NoBreak(unitNames: s.units.map(\.area.name) + [doc.documentNumber])
        write(
            SummaryRender.htmlOpening(lang: lang, escapedTitle: esc(doc.title)) + "\n<style>\n" + css + "\n</style>\n</head>\n<body>\n")
        // The body's parts, one line break between them.
        var first = true
        func part(_ text: String) {
            if !first { write("\n") }
            first = false
            write(text)
        }
        func block(_ b: SummaryDocument.Block, _ chartID: inout Int) {
            if !first { write("\n") }
            first = false
            htmlBlock(b, keep, &chartID, into: write)
        }
        if let mark = doc.watermark {
            part("<div class=\"watermark\" aria-hidden=\"true\">\(esc(mark))</div>")
        }
        part("<main class=\"notice\">")
        if let mark = doc.watermark { part("<p class=\"draft\">\(esc(mark))</p>") }
        part("<header class=\"masthead\"><p class=\"docno\">\(keep.html(doc.documentNumber))</p></header>")
        part("<h1 class=\"title\">\(keep.html(doc.title))</h1>")
        part("<p class=\"to\">\(keep.html(doc.addressees))</p>")
        var chartID = 0
        // The last paragraph of the body, the attachment note, the signature, the date and the foot stay together,
        // so no page holds the signature alone (GB/T 9704 7.3.5).
        for b in doc.body.dropLast() { block(b, &chartID) }
        part("<div class=\"closing\">")
        if let last = doc.body.last { block(last, &chartID) }
        part(
            "<div class=\"attach-note\">"
                + doc.attachmentNote.enumerated().map { i, line in
                    "<p class=\"\(i == 0 ? "first" : "more")\">\(keep.html(line.trimmingCharacters(in: .whitespaces)))</p>"
                }.joined() + "</div>")
        let closing = doc.closing.html(keep)
        part(closing[0])
        part(closing[1] + "</div>")
        part("</main>")
        for (k, a) in doc.attachments.enumerated() {
            part("<section class=\"attachment\(a.landscape ? " landscape" : "")\">")
            part("<p class=\"attach-label\">\(esc(a.label))</p><h1 class=\"attach-title\">\(keep.html(a.title))</h1>")
            for b in a.blocks { block(b, &chartID) }
            if doc.explanationsLater && k == doc.attachments.count - 1 {
                SummaryDocument.explanations(s, lang: lang, steps: steps) { block($0, &chartID) }
            }
            part("</section>")
        }
        if !doc.afterword.isEmpty {
            part("<section class=\"afterword\">")
            for b in doc.afterword { block(b, &chartID) }
            part("</section>")
        }
        write("\n</body>\n</html>\n")
    }

    static func htmlBlock(_ block: SummaryDocument.Block, _ keep: NoBreak, _ chartID: inout Int) -> String {
        var text = ""
        htmlBlock(block, keep, &chartID) { text += $0 }
        return text
    }

    /// One block handed to `write` in pieces: a table row by row, anything else whole.
    static func htmlBlock(_ block: SummaryDocument.Block, _ keep: NoBreak, _ chartID: inout Int, into write: (String) -> Void) {
        switch block {
        case .heading(let t): write("<h2>\(keep.html(t))</h2>")
        case .subheading(let t): write("<h3>\(keep.html(t))</h3>")
        case .paragraph(let t): write("<p>\(keep.html(t))</p>")
        case .fields(let fields):
            write("<dl class=\"fields\">" + fields.map { "<dt>\(esc($0.label))</dt><dd>\(keep.html($0.value))</dd>" }.joined() + "</dl>")
        case .table(let t): htmlTable(t, keep, into: write)
        case .list(let items): write("<ul>" + items.map { "<li>\(keep.html($0))</li>" }.joined() + "</ul>")
        case .steps(let items): write("<ol class=\"steps\">" + items.map { "<li>\(keep.html($0))</li>" }.joined() + "</ol>")
        case .chart(let chart):
            chartID += 1
            SVGChart.render(chart, id: "chart\(chartID)", into: write)
        }
    }

    static func htmlTable(_ t: SummaryDocument.Table, _ keep: NoBreak) -> String {
        var text = ""
        htmlTable(t, keep) { text += $0 }
        return text
    }

    /// A table handed to `write` row by row (the ranking has a row per unit).
    static func htmlTable(_ t: SummaryDocument.Table, _ keep: NoBreak, into write: (String) -> Void) {
        func cell(_ tag: String, _ text: String, _ a: TextTable.Alignment) -> String {
            "<\(tag)\(a == .right ? " class=\"num\"" : "")>\(keep.html(text))</\(tag)>"
        }
        // A header with a unit in brackets may wrap before the bracket; the others stay on one line.
        let head =
            "<thead><tr>"
            + t.headers.map { h in h.contains("（") || h.contains("(") ? "<th class=\"wrap\">\(keep.html(h))</th>" : "<th>\(keep.html(h))</th>" }.joined()
            + "</tr></thead>"
        write("<table>\(head)\n<tbody>\n")
        for (i, row) in t.rows.enumerated() {
            write((i == 0 ? "" : "\n") + "<tr>" + zip(row, t.alignments).map { cell("td", $0, $1) }.joined() + "</tr>")
        }
        write("\n</tbody></table>")
    }

    /// Text escaped for HTML content and attribute values: & < > " '.
    public static func esc(_ s: String) -> String {
        // Most texts have none of the five: returned as they are, without walking their characters (issue 14).
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}

/// Inline SVG bar charts; sizes are in SVG user units, scaled to the page width by CSS.
enum SVGChart {
    /// The chart handed to `write` in pieces: the decline chart (a bar pair per unit, about 2 KB each) element
    /// by element, the others whole (issue 14: at 30,000 units the decline chart alone was 60 MB as one string).
    static func render(_ chart: SummaryDocument.Chart, id: String, into write: (String) -> Void) {
        guard case let .declines(title, requiredLabel, actualLabel, bars) = chart else { return write(render(chart, id: id)) }
        declines(title, requiredLabel, actualLabel, bars, id: id, into: write)
    }

    static func render(_ chart: SummaryDocument.Chart, id: String) -> String {
        switch chart {
        case let .declines(title, requiredLabel, actualLabel, bars): declines(title, requiredLabel, actualLabel, bars, id: id)
        case let .grades(title, bars): grades(title, bars, id: id)
        case let .planPeriod(title, targetLabel, panels): planPeriod(title, targetLabel, panels, id: id)
        case let .trends(title, panels): TrendSVG.render(title, panels, id: id)
        }
    }

    static let requiredColor = "#a0aec0"
    static let actualColor = "#2b6cb0"
    static let gradeColors = ["excellent": "#2f855a", "good": "#3182ce", "pass": "#d69e2e", "fail": "#c53030", "ungraded": "#a0aec0"]

    static func n(_ x: Double) -> String { String(format: "%.1f", x) }
    static func double(_ d: Decimal) -> Double { NSDecimalNumber(decimal: d).doubleValue }
    static let esc = SummaryRender.esc

    static func figure(_ title: String, id: String, width: Int, height: Int, _ content: [String]) -> String {
        figureOpening(title, id: id, width: width, height: height) + content.joined(separator: "\n") + figureClosing
    }

    /// A figure's text up to its first content line: caption and the opening `<svg>` tag, each ending a line.
    static func figureOpening(_ title: String, id: String, width: Int, height: Int) -> String {
        """
        <figure><figcaption id="\(id)-title">\(esc(title))</figcaption>
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(width) \(height)" role="img" aria-labelledby="\(id)-title" font-size="11">

        """
    }

    /// A figure's text after its last content line.
    static let figureClosing = "\n</svg></figure>"

    /// A step of 1, 2 or 5 times a power of ten giving about five intervals over `span`.
    static func niceStep(_ span: Double) -> Double {
        let raw = max(span, 1e-9) / 5
        let p = pow(10, floor(log10(raw)))
        return [1, 2, 5, 10].map { $0 * p }.first { $0 >= raw } ?? 10 * p
    }

    /// Horizontal grouped bars: per unit a grey bar for the required decline and a blue one for the actual
    /// decline, from a zero line that moves right when a decline is negative (the concentration rose).
    static func declines(_ title: String, _ requiredLabel: String, _ actualLabel: String, _ bars: [SummaryDocument.DeclineBar], id: String) -> String {
        var text = ""
        declines(title, requiredLabel, actualLabel, bars, id: id) { text += $0 }
        return text
    }

    /// The decline chart handed to `write` element by element; the pieces joined are `figure`'s text.
    static func declines(
        _ title: String, _ requiredLabel: String, _ actualLabel: String, _ bars: [SummaryDocument.DeclineBar], id: String,
        into write: (String) -> Void
    ) {
        let width = 680, labelWidth = 150.0, right = 640.0, top = 30.0, rowHeight = 24.0
        let values = bars.flatMap { [$0.required, $0.actual] }.compactMap { $0 }.map(double)
        let step = niceStep((values.max() ?? 1) - min(0, values.min() ?? 0))
        let lo = min(0, floor((values.min() ?? 0) / step) * step)
        let hi = max(step, ceil((values.max() ?? 0) / step) * step)
        func x(_ v: Double) -> Double { labelWidth + (v - lo) / (hi - lo) * (right - labelWidth) }
        let plotBottom = top + rowHeight * Double(bars.count)
        let height = Int(plotBottom + 24)
        // `figure`'s text, its content lines written as they are made.
        write(figureOpening(title, id: id, width: width, height: height))
        var first = true
        func line(_ text: String) {
            write(first ? text : "\n" + text)
            first = false
        }
        defer { write(figureClosing) }
        // Legend
        line("<rect x=\"\(n(labelWidth))\" y=\"6\" width=\"12\" height=\"12\" fill=\"\(requiredColor)\"/><text x=\"\(n(labelWidth + 16))\" y=\"16\">\(esc(requiredLabel))</text>")
        line("<rect x=\"\(n(labelWidth + 120))\" y=\"6\" width=\"12\" height=\"12\" fill=\"\(actualColor)\"/><text x=\"\(n(labelWidth + 136))\" y=\"16\">\(esc(actualLabel))</text>")
        // Grid and axis labels
        for k in 0...Int(((hi - lo) / step).rounded()) {
            let t = lo + Double(k) * step
            line("<line x1=\"\(n(x(t)))\" y1=\"\(n(top))\" x2=\"\(n(x(t)))\" y2=\"\(n(plotBottom))\" stroke=\"\(abs(t) < step / 2 ? "#2d3748" : "#e2e8f0")\" stroke-width=\"\(abs(t) < step / 2 ? 1 : 0.5)\"/>")
            line("<text x=\"\(n(x(t)))\" y=\"\(n(plotBottom + 14))\" text-anchor=\"middle\" fill=\"#4a5568\">\(String(format: "%g", (t * 1000).rounded() / 1000))%</text>")
        }
        for (i, bar) in bars.enumerated() {
            let y = top + Double(i) * rowHeight
            line("<text x=\"\(n(labelWidth - 6))\" y=\"\(n(y + rowHeight / 2 + 4))\" text-anchor=\"end\">\(esc(bar.label))</text>")
            for (j, (value, text)) in [(bar.required, bar.requiredText), (bar.actual, bar.actualText)].enumerated() {
                let by = y + 3 + Double(j) * 9
                let color = j == 0 ? requiredColor : actualColor
                guard let value else {
                    line("<text x=\"\(n(x(0) + 3))\" y=\"\(n(by + 8))\" font-size=\"8\" fill=\"#718096\">—</text>")
                    continue
                }
                let v = double(value)
                let x0 = min(x(0), x(v)), w = abs(x(v) - x(0))
                line("<rect x=\"\(n(x0))\" y=\"\(n(by))\" width=\"\(n(w))\" height=\"8\" fill=\"\(color)\"/>")
                let labelX = v >= 0 ? x(v) + 3 : x(v) - 3
                line("<text x=\"\(n(labelX))\" y=\"\(n(by + 7.5))\" font-size=\"8\" text-anchor=\"\(v >= 0 ? "start" : "end")\" fill=\"#2d3748\">\(esc(text ?? ""))%</text>")
            }
        }
    }

    /// Vertical bars, one per grade, with the number of units above each bar.
    static func grades(_ title: String, _ bars: [SummaryDocument.GradeBar], id: String) -> String {
        let width = 680, height = 200
        let top = 20.0, bottom = 170.0, left = 60.0, slot = (Double(width) - 2 * left) / Double(max(bars.count, 1))
        let maxCount = Double(max(bars.map(\.count).max() ?? 1, 1))
        var out = ["<line x1=\"\(n(left))\" y1=\"\(n(bottom))\" x2=\"\(n(Double(width) - left))\" y2=\"\(n(bottom))\" stroke=\"#2d3748\"/>"]
        for (i, bar) in bars.enumerated() {
            let h = Double(bar.count) / maxCount * (bottom - top - 14)
            let cx = left + slot * (Double(i) + 0.5)
            let w = min(70, slot * 0.6)
            out.append("<rect x=\"\(n(cx - w / 2))\" y=\"\(n(bottom - h))\" width=\"\(n(w))\" height=\"\(n(h))\" fill=\"\(gradeColors[bar.key] ?? "#a0aec0")\"/>")
            out.append("<text x=\"\(n(cx))\" y=\"\(n(bottom - h - 4))\" text-anchor=\"middle\" font-weight=\"bold\">\(bar.count)</text>")
            out.append("<text x=\"\(n(cx))\" y=\"\(n(bottom + 16))\" text-anchor=\"middle\">\(esc(bar.label))</text>")
        }
        return figure(title, id: id, width: width, height: height, out)
    }
}

extension SummaryRender {
    /// The first lines every kaohe HTML page starts with, through `<title>`: doctype, `lang` (zh-CN or en),
    /// UTF-8 and the viewport; `escapedTitle` must already be escaped (`esc`).
    static func htmlOpening(lang: Language, escapedTitle: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(lang == .zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escapedTitle)</title>
        """
    }
}

