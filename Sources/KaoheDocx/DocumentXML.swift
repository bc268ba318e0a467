import Foundation
import KaoheReport

/// word/document.xml: the notice in a portrait section, the attachments and the later-events section in a
/// landscape one. Charts are left out, as in text and Markdown (the appendix has their numbers).
struct DocumentXML {
    let doc: SummaryDocument

    /// Type-area widths in twips: portrait 156 mm, landscape 225 mm.
    static let portraitWidth = 8844
    static let landscapeWidth = 12756

    func run(_ text: String) -> String { "<w:r><w:t xml:space=\"preserve\">\(xmlEscape(text))</w:t></w:r>" }

    func p(_ style: String, _ text: String, pPr: String = "") -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>\(pPr)</w:pPr>\(run(text))</w:p>"
    }

    func xml() -> String {
        var body: [String] = []
        if let mark = doc.watermark { body.append(p("Draft", mark)) }
        body.append(p("DocNumber", doc.documentNumber))
        body.append(p("Title", doc.title))
        body.append(p("Normal", doc.addressees, pPr: "<w:jc w:val=\"left\"/>"))
        body += doc.body.flatMap { block($0, landscape: false) }
        body.append(p("Normal", "", pPr: "<w:keepNext/>"))
        for (i, line) in doc.attachmentNote.enumerated() {
            let ind = i == 0 ? "<w:ind w:left=\"2240\" w:hanging=\"1600\"/>" : "<w:ind w:left=\"2240\" w:hanging=\"640\"/>"
            body.append(p("AttachmentNote", line.trimmingCharacters(in: CharacterSet(charactersIn: "　 ")), pPr: ind))
        }
        body.append(p("Signature", "", pPr: ""))
        body.append(p("Signature", doc.signature))
        body.append(p("Signature", doc.date))
        body.append(p("Normal", "", pPr: "<w:keepNext/>"))
        // 版记: 抄送 between a thick rule above and a thin one below; 印发机关 left and 印发日期 right above a thick rule.
        body.append(p(
            "Foot", doc.copies,
            pPr: "<w:pBdr><w:top w:val=\"single\" w:sz=\"8\" w:space=\"1\" w:color=\"000000\"/><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"))
        body.append(
            "<w:p><w:pPr><w:pStyle w:val=\"Foot\"/><w:pBdr><w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
                + "<w:tabs><w:tab w:val=\"right\" w:pos=\"\(Self.portraitWidth - 280 - 1400)\"/></w:tabs><w:ind w:left=\"280\" w:right=\"280\" w:hanging=\"0\"/>"
                + "\(Self.sectionProperties(landscape: false))</w:pPr>\(run(doc.printedBy))<w:r><w:tab/></w:r>\(run(doc.printedOn))</w:p>")
        for (i, a) in doc.attachments.enumerated() {
            // The first attachment opens the landscape section, which starts a new page by itself.
            body.append(p("AttachmentLabel", a.label, pPr: i == 0 ? "<w:pageBreakBefore w:val=\"0\"/>" : ""))
            body.append(p("AttachmentTitle", a.title))
            body += a.blocks.flatMap { block($0, landscape: true) }
        }
        if !doc.afterword.isEmpty {
            body.append("<w:p><w:pPr><w:pStyle w:val=\"AppendixText\"/><w:pageBreakBefore/></w:pPr></w:p>")
            body += doc.afterword.flatMap { block($0, landscape: true) }
        }
        return WordParts.header
            + "<w:document xmlns:w=\"\(WordParts.w)\" xmlns:r=\"\(WordParts.r)\"><w:body>"
            + body.joined() + Self.sectionProperties(landscape: true) + "</w:body></w:document>"
    }

    /// A section: A4 portrait with the GB/T 9704 margins, or landscape for the attachments; odd and even
    /// footers carry the page number.
    static func sectionProperties(landscape: Bool) -> String {
        let size = landscape ? "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>" : "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        let margins =
            landscape
            ? "<w:pgMar w:top=\"1587\" w:right=\"1984\" w:bottom=\"1474\" w:left=\"2098\" w:header=\"851\" w:footer=\"850\" w:gutter=\"0\"/>"
            : "<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\" w:header=\"851\" w:footer=\"1304\" w:gutter=\"0\"/>"
        return "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/><w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/>"
            + size + margins + "<w:docGrid w:type=\"lines\" w:linePitch=\"579\"/></w:sectPr>"
    }

    func block(_ b: SummaryDocument.Block, landscape: Bool) -> [String] {
        let text = landscape ? "AppendixText" : "Body"
        switch b {
        case .heading(let t): return [p("Heading1", t, pPr: landscape ? "<w:spacing w:before=\"240\" w:after=\"120\" w:line=\"400\" w:lineRule=\"exact\"/><w:ind w:firstLine=\"0\" w:firstLineChars=\"0\"/>" : "")]
        case .subheading(let t): return [p("Heading2", t, pPr: landscape ? "<w:spacing w:before=\"120\" w:after=\"60\" w:line=\"400\" w:lineRule=\"exact\"/><w:ind w:firstLine=\"0\" w:firstLineChars=\"0\"/>" : "")]
        case .paragraph(let t): return [p(text, t)]
        case .fields(let fields): return fields.map { p(text, $0.label + "：" + $0.value) }
        case .list(let items): return items.map { p(text, "・" + $0) }
        case .steps(let items): return items.enumerated().map { p(text, "\($0 + 1). \($1)") }
        case .table(let t): return [table(t, landscape: landscape)]
        case .chart: return []
        }
    }

    /// A bordered table across the type area, the header row repeated on each page, rows never split;
    /// column widths follow the longest text (a CJK character counts two).
    func table(_ t: SummaryDocument.Table, landscape: Bool) -> String {
        let style = landscape ? "SmallTableText" : "TableText"
        let columns = t.headers.count
        func width(_ s: String) -> Int { s.unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E7F ? 2 : 1) } }
        // A column is as wide as its longest cell; a long header may wrap (it counts at most six CJK
        // characters), a two-character one (名次) never does (at least three).
        let wants = (0..<columns).map { c in
            max(6, min(40, max(width(t.headers[c]) > 12 ? 12 : width(t.headers[c]), t.rows.map { c < $0.count ? width($0[c]) : 0 }.max() ?? 0) + 1))
        }
        let total = landscape ? Self.landscapeWidth : Self.portraitWidth
        let sum = wants.reduce(0, +)
        let widths = wants.map { $0 * total / max(sum, 1) }
        func cell(_ text: String, _ c: Int, header: Bool) -> String {
            let jc = !header && c < t.alignments.count && t.alignments[c] == .right ? "right" : (header ? "center" : "left")
            let font = header ? WordParts.fonts(DocxFonts.boldHeading) : ""
            return "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[c])\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
                + "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/><w:jc w:val=\"\(jc)\"/></w:pPr>"
                + "<w:r><w:rPr>\(font)</w:rPr><w:t xml:space=\"preserve\">\(xmlEscape(text))</w:t></w:r></w:p></w:tc>"
        }
        let head = "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" + t.headers.enumerated().map { cell($1, $0, header: true) }.joined() + "</w:tr>"
        let rows = t.rows.map { row in
            "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + (0..<columns).map { cell($0 < row.count ? row[$0] : "", $0, header: false) }.joined() + "</w:tr>"
        }
        return "<w:tbl><w:tblPr><w:tblStyle w:val=\"Grid\"/><w:tblW w:w=\"\(total)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr>"
            + "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
            + head + rows.joined() + "</w:tbl>"
            // Word needs a paragraph between two tables and after the last one.
            + "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr></w:p>"
    }
}
