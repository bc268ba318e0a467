import Foundation
import KaoheCore
import KaoheDocx
import KaoheReport
import Testing
import ZIPFoundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The Word rendering of the notice (issue 20): a valid OPC package whose document holds every text of the
/// notice, with A4 pages, the GB/T 9704 margins and page-number footers.
@Suite struct SummaryDocxTests {
    static let settings = DocumentSettings(values: ["city": "绵阳市", "issuer": "绵阳市环境保护局"])

    func summary() -> Summary {
        var s = SummaryFixture.summary()
        s.settings = Self.settings
        return s
    }

    /// Every part of the package by path, read back with ZIPFoundation.
    func unpack(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    /// Parses XML, collecting each paragraph's text (the w:t runs of one w:p joined) and every element name.
    final class Reader: NSObject, XMLParserDelegate {
        var paragraphs: [String] = []
        var elements: [String] = []
        var attributes: [String: [[String: String]]] = [:]
        private var current = ""
        private var inText = false
        private var inRun = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String]) {
            elements.append(name)
            attributes[name, default: []].append(a)
            if name == "w:p" { current = "" }
            if name == "w:t" { inText = true }
            if name == "w:r" { inRun = true }
            // A tab character in a run (a w:tab in paragraph properties is a tab stop, not text).
            if name == "w:tab" && inRun { current += "\t" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "w:t" { inText = false }
            if name == "w:r" { inRun = false }
            if name == "w:p" { paragraphs.append(current) }
        }
    }

    func parse(_ xml: String) throws -> Reader {
        let parser = XMLParser(data: Data(xml.utf8))
        let reader = Reader()
        parser.delegate = reader
        #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        return reader
    }

    @Test func thePackageHasItsContentTypesRelationshipsAndWellFormedParts() throws {
        let parts = try unpack(try SummaryDocx.data(summary(), lang: .zh))
        #expect(Set(parts.keys) == [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels", "word/document.xml",
            "word/styles.xml", "word/settings.xml", "word/footer1.xml", "word/footer2.xml",
        ])
        for (path, xml) in parts { _ = try parse(xml); #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\""), "\(path)") }
        // Every part but the relationships is declared with its content type; the main document as such.
        let types = try parse(parts["[Content_Types].xml"]!)
        let overrides = types.attributes["Override", default: []].compactMap { $0["PartName"] }
        #expect(Set(overrides) == ["/word/document.xml", "/word/styles.xml", "/word/settings.xml", "/word/footer1.xml", "/word/footer2.xml", "/docProps/core.xml"])
        #expect(types.attributes["Override", default: []].contains {
            $0["PartName"] == "/word/document.xml" && $0["ContentType"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        })
        // The package points at the document; the document at its styles, settings and both footers.
        let rels = try parse(parts["_rels/.rels"]!).attributes["Relationship", default: []]
        #expect(rels.contains { $0["Target"] == "word/document.xml" && $0["Type"]?.hasSuffix("/officeDocument") == true })
        let docRels = try parse(parts["word/_rels/document.xml.rels"]!).attributes["Relationship", default: []]
        let targets = Dictionary(uniqueKeysWithValues: docRels.map { ($0["Id"]!, $0["Target"]!) })
        #expect(targets == ["rIdStyles": "styles.xml", "rIdSettings": "settings.xml", "rIdFooterOdd": "footer1.xml", "rIdFooterEven": "footer2.xml"])
        // Each relationship id the document uses exists.
        let document = try parse(parts["word/document.xml"]!)
        for ref in document.attributes["w:footerReference", default: []] { #expect(targets[ref["r:id"] ?? ""] != nil) }
    }

    @Test func everyTextOfTheNoticeAndTheAttachmentsIsInTheDocument() throws {
        let s = summary()
        let parts = try unpack(try SummaryDocx.data(s, lang: .zh))
        let paragraphs = try parse(parts["word/document.xml"]!).paragraphs
        let all = paragraphs.joined(separator: "\n")
        let doc = SummaryDocument(s, lang: .zh)
        #expect(paragraphs.contains("绵阳市关于2015年度大气污染防治行动计划实施情况考核结果的通报"))
        #expect(paragraphs.contains("2016年3月15日"))
        #expect(paragraphs.contains("绵阳市环境保护局办公室\t2016年3月15日印发"))
        for text in doc.noticeTexts where !text.isEmpty {
            #expect(all.contains(text.trimmingCharacters(in: CharacterSet(charactersIn: "　 "))), "missing: \(text)")
        }
        for a in doc.attachments {
            for text in a.blocks.filter({ if case .chart = $0 { false } else { true } }).flatMap(\.texts) where !text.isEmpty {
                #expect(all.contains(text), "missing in \(a.label): \(text)")
            }
        }
        for unit in s.units { #expect(all.contains(unit.area.name)) }
        for grade in ["优秀", "不合格"] { #expect(all.contains(grade)) }
    }

    @Test func pagesAreA4WithTheGBT9704MarginsAndPageNumbers() throws {
        let parts = try unpack(try SummaryDocx.data(summary(), lang: .zh))
        let document = try parse(parts["word/document.xml"]!)
        // Portrait notice then landscape attachments: 210 × 297 mm = 11906 × 16838 twips.
        let sizes = document.attributes["w:pgSz", default: []]
        #expect(sizes.map { "\($0["w:w"]!)×\($0["w:h"]!)" } == ["11906×16838", "16838×11906"])
        // 37 mm = 2098 twips top, 28 mm = 1587 left; type area 210 − 28 − 26 = 156 mm wide, 297 − 37 − 35 = 225 mm high.
        let margins = try #require(document.attributes["w:pgMar", default: []].first)
        #expect(margins["w:top"] == "2098" && margins["w:left"] == "1587" && margins["w:right"] == "1474" && margins["w:bottom"] == "1984")
        // 225 mm ÷ 22 lines = 10.227 mm = 579 twips.
        #expect(document.attributes["w:docGrid", default: []].allSatisfy { $0["w:linePitch"] == "579" })
        // Odd pages right, even pages left, "— n —" from a PAGE field; the settings turn on separate even footers.
        #expect(parts["word/footer1.xml"]!.contains("<w:jc w:val=\"right\"/>") && parts["word/footer2.xml"]!.contains("<w:jc w:val=\"left\"/>"))
        #expect(try parse(parts["word/footer1.xml"]!).attributes["w:fldSimple", default: []].first?["w:instr"] == " PAGE ")
        #expect(parts["word/footer1.xml"]!.contains("— </w:t>") && parts["word/footer1.xml"]!.contains(" —</w:t>"))
        #expect(parts["word/settings.xml"]!.contains("<w:evenAndOddHeaders/>"))
        // Title 22 pt (44 half-points) and body 16 pt (32), official faces named.
        let styles = parts["word/styles.xml"]!
        #expect(styles.contains("w:styleId=\"Title\"") && styles.contains("<w:sz w:val=\"44\"/>") && styles.contains("<w:sz w:val=\"32\"/>"))
        #expect(styles.contains("w:eastAsia=\"仿宋_GB2312\"") && styles.contains("w:eastAsia=\"黑体\"") && styles.contains("w:eastAsia=\"楷体_GB2312\""))
    }

    @Test func controlCharactersFromInputFilesCannotBreakTheXML() throws {
        var s = SummaryFixture.summary(names: ["510703": "涪城区<&>\u{1}\u{8}\"x\""])
        s.settings = Self.settings
        let parts = try unpack(try SummaryDocx.data(s, lang: .zh))
        let paragraphs = try parse(parts["word/document.xml"]!).paragraphs
        #expect(paragraphs.joined().contains("涪城区<&>\"x\""))
    }

    @Test func theSameNoticeGivesTheSameBytes() throws {
        #expect(try SummaryDocx.data(summary(), lang: .zh) == SummaryDocx.data(summary(), lang: .zh))
    }
}
