import Foundation
import KaoheReport

/// The fixed parts of the package: content types, relationships, styles, settings and the two footers.
///
/// Sizes in twips (1/20 pt; 1 mm ≈ 56.69 twips) and half-points: A4 11906 × 16838; margins 37 mm 2098 (top),
/// 26 mm 1474 (right), 35 mm 1984 (bottom), 28 mm 1587 (left); line pitch 225 mm ÷ 22 = 10.227 mm = 579 twips;
/// 3号 16 pt = 32 half-points, 2号 22 pt = 44, 4号 14 pt = 28; one body character 320 twips, tightened by 4
/// so 28 fit the 156 mm (8844 twips) line.
enum WordParts {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    static let contentTypes = header + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
        <Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>
        """

    static let packageRels = header + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """

    static let documentRels = header + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
        <Relationship Id="rIdFooterOdd" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>\
        <Relationship Id="rIdFooterEven" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>\
        </Relationships>
        """

    static func core(title: String, lang: Language) -> String {
        header + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(xmlEscape(title))</dc:title>\
            <dc:language>\(lang == .zh ? "zh-CN" : "en")</dc:language><dc:creator>kaohe</dc:creator></cp:coreProperties>
            """
    }

    /// Odd and even footers differ (GB/T 9704 7.5: odd pages right, even pages left).
    static let settings = header + """
        <w:settings xmlns:w="\(w)"><w:evenAndOddHeaders/><w:defaultTabStop w:val="640"/>\
        <w:compat><w:doNotExpandShiftReturn/></w:compat></w:settings>
        """

    /// "— n —" in 4号 宋体, one character in from the type area's edge.
    static func footer(odd: Bool) -> String {
        let run = { (t: String) in "<w:r><w:t xml:space=\"preserve\">\(t)</w:t></w:r>" }
        return header + """
            <w:ftr xmlns:w="\(w)" xmlns:r="\(r)"><w:p><w:pPr><w:pStyle w:val="PageNumber"/><w:jc w:val="\(odd ? "right" : "left")"/>\
            <w:ind w:\(odd ? "right" : "left")="280"/></w:pPr>\(run("— "))<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>\(run(" —"))</w:p></w:ftr>
            """
    }

    static func fonts(_ name: String) -> String {
        "<w:rFonts w:ascii=\"\(name)\" w:hAnsi=\"\(name)\" w:eastAsia=\"\(name)\" w:cs=\"\(name)\"/>"
    }

    static func paragraphStyle(_ id: String, _ name: String, pPr: String, rPr: String, basedOn: String = "Normal") -> String {
        "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:basedOn w:val=\"\(basedOn)\"/><w:qFormat/><w:pPr>\(pPr)</w:pPr><w:rPr>\(rPr)</w:rPr></w:style>"
    }

    static let exactLine = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"579\" w:lineRule=\"exact\"/>"
    /// Single spacing off the 22-line grid (tables, page numbers).
    static let singleLine = "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"

    static let styles = header + """
        <w:styles xmlns:w="\(w)">\
        <w:docDefaults><w:rPrDefault><w:rPr>\(fonts(DocxFonts.body))<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr>\(exactLine)</w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr>\(exactLine)<w:jc w:val="both"/></w:pPr>\
        <w:rPr>\(fonts(DocxFonts.body))<w:spacing w:val="-4"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>\
        \(paragraphStyle("Body", "Body Text", pPr: "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>", rPr: ""))\
        \(paragraphStyle("Title", "Title", pPr: "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"579\" w:line=\"760\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/>", rPr: fonts(DocxFonts.title) + "<w:b/><w:spacing w:val=\"0\"/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>"))\
        \(paragraphStyle("DocNumber", "Document Number", pPr: "<w:spacing w:before=\"0\" w:after=\"1158\" w:line=\"579\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/><w:pBdr><w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"6\" w:color=\"C00000\"/></w:pBdr>", rPr: ""))\
        \(paragraphStyle("Heading1", "heading 1", pPr: "<w:keepNext/><w:outlineLvl w:val=\"0\"/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>", rPr: fonts(DocxFonts.boldHeading)))\
        \(paragraphStyle("Heading2", "heading 2", pPr: "<w:keepNext/><w:outlineLvl w:val=\"1\"/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>", rPr: fonts(DocxFonts.italicHeading)))\
        \(paragraphStyle("Signature", "Signature", pPr: "<w:keepNext/><w:keepLines/><w:jc w:val=\"right\"/><w:ind w:right=\"640\"/>", rPr: ""))\
        \(paragraphStyle("Foot", "Distribution", pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"440\" w:lineRule=\"exact\"/><w:jc w:val=\"left\"/><w:ind w:left=\"1400\" w:right=\"280\" w:hanging=\"1120\"/>", rPr: "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"))\
        \(paragraphStyle("AttachmentNote", "Attachment Note", pPr: "<w:keepNext/><w:jc w:val=\"left\"/>", rPr: ""))\
        \(paragraphStyle("AttachmentLabel", "Attachment Label", pPr: "<w:pageBreakBefore/><w:keepNext/><w:jc w:val=\"left\"/>", rPr: fonts(DocxFonts.boldHeading)))\
        \(paragraphStyle("AttachmentTitle", "Attachment Title", pPr: "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"240\" w:line=\"600\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/>", rPr: fonts(DocxFonts.title) + "<w:b/><w:spacing w:val=\"0\"/><w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/>"))\
        \(paragraphStyle("TableText", "Table Text", pPr: singleLine + "<w:jc w:val=\"left\"/>", rPr: "<w:spacing w:val=\"0\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>"))\
        \(paragraphStyle("SmallTableText", "Small Table Text", pPr: singleLine + "<w:jc w:val=\"left\"/>", rPr: "<w:spacing w:val=\"0\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"))\
        \(paragraphStyle("AppendixText", "Appendix Text", pPr: "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"60\" w:line=\"300\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>", rPr: "<w:spacing w:val=\"0\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>"))\
        \(paragraphStyle("PageNumber", "Page Number", pPr: singleLine, rPr: fonts(DocxFonts.pageNumber) + "<w:spacing w:val=\"0\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"))\
        \(paragraphStyle("Draft", "Draft Mark", pPr: "<w:jc w:val=\"center\"/>", rPr: fonts(DocxFonts.boldHeading) + "<w:color w:val=\"C53030\"/>"))\
        <w:style w:type="table" w:styleId="Grid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>\
        <w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
        <w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
        <w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
        </w:tblBorders><w:tblCellMar><w:left w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
        </w:styles>
        """
}
