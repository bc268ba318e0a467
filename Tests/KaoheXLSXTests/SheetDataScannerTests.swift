import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KaoheCore
import KaoheTestSupport
import Testing

@testable import KaoheXLSX

/// What a sheet reader gave: the rows, the cell problems and the merged ranges.
struct SheetOutcome: Equatable {
    var rows: [SheetRow]
    var problems: [CellProblem]
    var merges: [[Int]]
}

/// Runs the two sheet readers on the same XML: the byte scanner fed in chunks, and XMLParser (the reference).
enum BothReaders {
    /// Shared strings 0…3, style 1 a date, style 2 a percentage (as `DateStyles` reads styles.xml).
    static let shared = ["站点编码", "A\"1", " x ", "第二行\n"]
    static var styles: DateStyles {
        var s = DateStyles()
        s.isDate = [false, true, false]
        s.isPercent = [false, false, true]
        return s
    }

    /// The scanner's reading, fed `chunk` bytes at a time; nil when it gave way.
    static func scanned(_ xml: [UInt8], chunk: Int) -> SheetOutcome? {
        var rows: [SheetRow] = []
        var scanner = SheetDataScanner(shared: shared, styles: styles, date1904: false) { rows.append($0) }
        var i = 0
        while i < xml.count {
            guard scanner.feed(Data(xml[i..<min(i + chunk, xml.count)])) else { return nil }
            i += chunk
        }
        guard scanner.finish() else { return nil }
        return SheetOutcome(rows: rows, problems: scanner.problems, merges: scanner.merges.map { [$0.0, $0.1, $0.2, $0.3] })
    }

    /// XMLParser's reading; nil when the XML is refused (not UTF-8, or the parser fails).
    static func parsed(_ xml: [UInt8]) -> SheetOutcome? {
        guard isValidUTF8(Data(xml)) else { return nil }
        var rows: [SheetRow] = []
        let reader = SheetReader(shared: shared, styles: styles, date1904: false) { rows.append($0) }
        let parser = XMLParser(data: Data(xml))
        parser.delegate = reader
        guard parser.parse() else { return nil }
        return SheetOutcome(rows: rows, problems: reader.problems, merges: reader.merges.map { [$0.0, $0.1, $0.2, $0.3] })
    }
}


/// A seeded writer of random worksheet XML using every construct the scanner reads (D-111).
struct SheetXMLGenerator {
    var rng: SplitMix64
    var prefix = ""

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &rng)] }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }

    /// White space as a producer might put it inside a tag (spaces, tabs, LF, CR LF).
    mutating func space() -> String { pick([" ", " ", "  ", "\t", "\n", "\r\n ", " \n\t"]) }

    func n(_ local: String) -> String { prefix + local }

    /// An attribute with either quote, spaced around `=` or not.
    mutating func attr(_ name: String, _ value: String) -> String {
        let q = pick(["\"", "'"])
        let v = q == "\"" ? value.replacingOccurrences(of: "\"", with: "&quot;") : value.replacingOccurrences(of: "'", with: "&apos;")
        return space() + name + pick(["=", " = ", "=\n"]) + q + v + q
    }

    /// Text with entities, character references (decimal, hex, astral), line ends, escapes, CDATA, comments.
    mutating func text() -> String {
        var out = ""
        for _ in 0..<Int.random(in: 0...4, using: &rng) {
            out += pick([
                "a", "区域", " ", "  lead", "tail  ", "&lt;", "&gt;", "&amp;", "&quot;", "&apos;", "&#20013;", "&#x56FD;", "&#x56fd;",
                "&#x1F600;", "&#128512;", "&#65;", "&#x0041;", "&#9;", "&#13;", "&#10;", "\r\n", "\r", "\n", "_x000D_", "_x0041_",
                "<![CDATA[1<2&3]]>", "<![CDATA[]]>", "<!-- note -->", "<?pi data?>", "]", "\"'", "😀", "1.5", "-3",
            ])
        }
        return out
    }

    /// A number as a producer writes it, sometimes with spaces or in forms Double reads.
    mutating func number() -> String {
        pick([
            "0", "42", "42005", "45.6", "-3", "0.30000000000000004", "1E3", " 12 ", "12 ", "1.0", "123456789012345678", "0.04",
            "", "abc", "2958466", "-1", "60", "3.5", "007",
        ])
    }

    mutating func cellRef(_ row: Int, _ col: Int) -> String? {
        let letters = columnLetters(col)
        return pick([
            "\(letters)\(row)", "\(letters)\(row)", "$\(letters)$\(row)", "\(letters.lowercased())\(row)", nil, "\(letters)0", "3\(letters)",
            "\(letters)&#49;", "XFE1", "",
        ])
    }

    mutating func cell(_ row: Int, _ col: Int) -> String {
        var attrs: [String] = []
        if let r = cellRef(row, col) { attrs.append(attr(pick(["r", "r", "x:r"]).replacingOccurrences(of: "x:", with: prefix.isEmpty ? "" : prefix), r)) }
        let type = pick(["s", "str", "inlineStr", "b", "e", "n", "d", nil, nil, "zz"] as [String?])
        if let type { attrs.append(attr("t", type)) }
        if chance(0.5) { attrs.append(attr("s", pick(["0", "1", "2", "99", "-1", "+1", "x"]))) }
        attrs.shuffle(using: &rng)
        let open = "<" + n("c") + attrs.joined()
        if chance(0.1) { return open + space() + "/>" }
        var body = ""
        switch type {
        case "inlineStr":
            if chance(0.5) {
                body = "<\(n("is"))><\(n("t"))\(chance(0.3) ? attr("xml:space", "preserve") : "")>\(text())</\(n("t"))></\(n("is"))>"
            } else {
                // Rich runs, their formatting, and a phonetic run that is left out.
                body = "<\(n("is"))><\(n("r"))><\(n("rPr"))><\(n("b"))/></\(n("rPr"))><\(n("t"))>\(text())</\(n("t"))></\(n("r"))>"
                    + "<\(n("r"))><\(n("t"))\(attr("xml:space", "preserve"))>\(text())</\(n("t"))></\(n("r"))>"
                    + (chance(0.5) ? "<\(n("rPh"))\(attr("sb", "0"))\(attr("eb", "1"))><\(n("t"))>\(text())</\(n("t"))></\(n("rPh"))>" : "")
                    + "</\(n("is"))>"
            }
        case "s":
            body = "<\(n("v"))>\(pick(["0", "1", "2", "3", " 1 ", "4", "-1", "x"]))</\(n("v"))>"
        case "b":
            body = "<\(n("v"))>\(pick(["0", "1", " 1", "true"]))</\(n("v"))>"
        case "e":
            body = "<\(n("v"))>\(pick(["#N/A", "#REF!", "#DIV/0!"]))</\(n("v"))>"
        case "str":
            body = (chance(0.5) ? "<\(n("f"))>A1&amp;B1</\(n("f"))>" : "") + "<\(n("v"))>\(text())</\(n("v"))>"
        default:
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: body = "<\(n("f"))>SUM(A1:A2)</\(n("f"))><\(n("v"))>\(number())</\(n("v"))>"
            case 1: body = "<\(n("f"))\(attr("t", "shared"))\(attr("si", "0"))/><\(n("v"))>\(number())</\(n("v"))>"
            case 2: body = "<\(n("f"))>1+1</\(n("f"))>" + (chance(0.5) ? "<\(n("v"))/>" : "")
            case 3: body = "<\(n("v"))>\(number())<!-- c --></\(n("v"))>"
            default: body = "<\(n("v"))>\(number())</\(n("v"))>"
            }
        }
        return open + pick([">", space() + ">"]) + body + "</\(n("c"))\(chance(0.2) ? space() : "")>"
    }

    mutating func row(_ r: Int) -> String {
        var attrs: [String] = []
        if chance(0.8) { attrs.append(attr("r", pick(["\(r)", "\(r)", "+\(r)", "0\(r)", "x"]))) }
        if chance(0.3) { attrs.append(attr("spans", "1:5")) }
        if chance(0.2) { attrs.append(attr("x14ac:dyDescent", "0.25")) }
        attrs.shuffle(using: &rng)
        if chance(0.08) { return "<\(n("row"))\(attrs.joined())/>" }
        var cells = ""
        for col in 1...Int.random(in: 1...6, using: &rng) where chance(0.85) { cells += cell(r, col) }
        if chance(0.1) { cells += "<!-- between cells -->" }
        return "<\(n("row"))\(attrs.joined())>\(cells)</\(n("row"))>" + pick(["", "\n", "\r\n", " "])
    }

    /// A whole worksheet part.
    mutating func sheet() -> String {
        prefix = pick(["", "", "x:", "main:"])
        let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let declaration = pick([
            "", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n", "<?xml version='1.0' encoding='utf-8'?>",
            "<?xml version=\"1.0\"?>\r\n", "\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        ])
        let xmlns = prefix.isEmpty ? attr("xmlns", ns) : attr("xmlns:" + String(prefix.dropLast()), ns)
        var out = declaration + (chance(0.2) ? "<!-- written by a test -->\n" : "")
        out += "<\(n("worksheet"))\(xmlns)\(attr("xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"))>"
        out += "<\(n("dimension"))\(attr("ref", "A1:F9"))/><\(n("sheetViews"))><\(n("sheetView"))\(attr("workbookViewId", "0"))/></\(n("sheetViews"))>"
        out += "<\(n("sheetData"))>" + pick(["", "\n"])
        var r = 0
        for _ in 0..<Int.random(in: 0...12, using: &rng) {
            r += Int.random(in: 1...3, using: &rng)
            out += row(r)
        }
        out += "</\(n("sheetData"))>"
        if chance(0.5) {
            out += "<\(n("mergeCells"))\(attr("count", "2"))><\(n("mergeCell"))\(attr("ref", "B1:C1"))/><\(n("mergeCell"))\(attr("ref", pick(["A2:A4", "$D$1:E1", "x"])))/></\(n("mergeCells"))>"
        }
        out += "<\(n("pageMargins"))\(attr("left", "0.7"))\(attr("right", "0.7"))/></\(n("worksheet"))>" + pick(["", "\n", "<!-- end -->"])
        return out
    }
}

@Suite struct SheetDataScannerTests {
    /// Random sheets (seeded) give the same rows, problems and merges through the scanner, fed 1, 7 and 4096
    /// bytes at a time, as through XMLParser; the scanner never gives way on them, so the comparison is real.
    @Test func randomSheetsReadAsXMLParserReadsThem() throws {
        var generator = SheetXMLGenerator(rng: SplitMix64(state: 16_102))
        var rowsSeen = 0
        var problemsSeen = 0
        for index in 0..<400 {
            let xml = Array(generator.sheet().utf8)
            let reference = try #require(BothReaders.parsed(xml), "sheet \(index): XMLParser refused it\n\(String(decoding: xml, as: UTF8.self))")
            rowsSeen += reference.rows.count
            problemsSeen += reference.problems.count
            for chunk in [1, 7, 4096] {
                let scanned = BothReaders.scanned(xml, chunk: chunk)
                #expect(scanned == reference, "sheet \(index), chunks of \(chunk)\n\(String(decoding: xml, as: UTF8.self))")
                if scanned != reference { return }
            }
        }
        // The generator's sheets hold rows and problems enough to compare.
        #expect(rowsSeen > 1_500 && problemsSeen > 300, "rows \(rowsSeen), problems \(problemsSeen)")
    }

    /// Constructs the scanner does not read, or XML that is damaged: it gives way (XMLParser then reads it or
    /// says what is wrong), whatever the chunk size.
    @Test func itGivesWayOnWhatItDoesNotRead() {
        let body = "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>"
        let cases: [(String, [UInt8])] = [
            ("a DOCTYPE", Array("<!DOCTYPE worksheet [<!ENTITY e \"x\">]><worksheet>\(body)</worksheet>".utf8)),
            ("another encoding", Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet>\(body)</worksheet>".utf8)),
            ("an entity without a DTD", Array("<worksheet><sheetData><row><c t=\"str\"><v>&nbsp;</v></c></row></sheetData></worksheet>".utf8)),
            ("&#X41; (upper-case X)", Array("<worksheet><sheetData><row><c t=\"str\"><v>&#X41;</v></c></row></sheetData></worksheet>".utf8)),
            ("&#0;", Array("<worksheet><sheetData><row><c t=\"str\"><v>&#0;</v></c></row></sheetData></worksheet>".utf8)),
            ("cut short", Array("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>".utf8)),
            ("mismatched tags", Array("<worksheet><sheetData><row></c></sheetData></worksheet>".utf8)),
            ("]]> in text", Array("<worksheet><sheetData><row><c t=\"str\"><v>a]]>b</v></c></row></sheetData></worksheet>".utf8)),
            ("a control character", Array("<worksheet><sheetData><row><c t=\"str\"><v>a\u{1}</v></c></row></sheetData></worksheet>".utf8)),
            ("a duplicated attribute", Array("<worksheet><sheetData><row r=\"1\" r=\"2\"/></sheetData></worksheet>".utf8)),
            ("attributes not separated", Array("<worksheet><sheetData><row r=\"1\"spans=\"1:2\"/></sheetData></worksheet>".utf8)),
            ("text after the root", Array("<worksheet>\(body)</worksheet>junk".utf8)),
            ("a second root", Array("<worksheet>\(body)</worksheet><worksheet/>".utf8)),
            ("a name outside ASCII", Array("<worksheet><sheetData><扩展/></sheetData></worksheet>".utf8)),
            ("two attributes of one local name", Array("<worksheet><sheetData><row a:r=\"1\" b:r=\"2\"/></sheetData></worksheet>".utf8)),
            ("invalid UTF-8", Array("<worksheet><sheetData><row><c t=\"str\"><v>".utf8) + [0xE5, 0x8C] + Array("</v></c></row></sheetData></worksheet>".utf8)),
            ("U+FFFF", Array("<worksheet><sheetData><row><c t=\"str\"><v>\u{FFFF}</v></c></row></sheetData></worksheet>".utf8)),
            ("<?xml?> not at the start", Array(" <?xml version=\"1.0\"?><worksheet/>".utf8)),
            ("-- in a comment", Array("<worksheet><!-- a -- b --></worksheet>".utf8)),
        ]
        for (what, xml) in cases {
            for chunk in [1, 7, 4096] {
                #expect(BothReaders.scanned(xml, chunk: chunk) == nil, "\(what), chunks of \(chunk)")
            }
        }
    }

    /// Each construct by hand, with the value worked out from the XML.
    @Test func eachConstructGivesTheValueWorkedByHand() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
            <x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a&lt;b&gt;c&amp;d&quot;e&apos;f&#20013;&#x56FD;&#x1F600;&#128512;</x:t></x:is></x:c></x:row>
            <x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:r><x:t>东</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve"> 城</x:t></x:r><x:rPh sb="0" eb="1"><x:t>dong</x:t></x:rPh></x:is></x:c></x:row>
            <x:row r="3"><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c r="D3"><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row>
            <x:row><x:c r="A4" t="s"><x:v>0</x:v></x:c></x:row>
            <x:row r="6"/>
            <x:row r="7"><x:c r="A7" s="1"/><x:c r="B7"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>
            <x:row r="8"><x:c r="B8" t="b"><x:v>1</x:v></x:c></x:row>
            <x:row r="9"><x:c
             t='s'	r = "A9" ><x:v> 1 </x:v></x:c></x:row>
            <x:row r="10"><x:c r="A10" t="str"><x:v><![CDATA[1<2]]></x:v></x:c><x:c r="B10" t="str"><x:v>a\r\nb\rc</x:v></x:c></x:row>
            <x:row r="11"><x:c r="A11" s="1"><x:v>42005</x:v></x:c><x:c r="B11" t="d"><x:v>2015-01-01</x:v></x:c><x:c r="C11" s="2"><x:v>0.04</x:v></x:c></x:row>
            <x:row r="12"><x:c r="A12" t="inlineStr"><x:is><x:t xml:space="preserve">  x  </x:t></x:is></x:c><x:c r="$B$12"><x:v>0.30000000000000004</x:v></x:c><!-- a note --><?pi x?></x:row>
            <x:row r="13"><x:c r="A13"><x:f>A1</x:f><x:v></x:v></x:c><x:c r="B13" t="e"><x:v>#N/A</x:v></x:c></x:row>
            </x:sheetData><x:mergeCells count="1"><x:mergeCell ref="B1:C1"/></x:mergeCells></x:worksheet>
            """
        let bytes = Array(xml.utf8)
        // Row 1: the five entities, 中 (20013), 国 (0x56FD), 😀 twice (0x1F600 = 128512).
        // Row 2: the runs 东 and " 城" joined, the phonetic run left out.
        // Row 3: A3 without r is column 1; D3; the next without r follows D: E3.
        // Row 4: no r, follows row 3; shared string 0. Row 6: empty, not handed on.
        // Row 7: A7 self-closing (empty); B7 the formula's cached 2. Row 8: TRUE in B.
        // Row 9: attributes in another order, either quote, white space in the tag; " 1 " is shared string 1.
        // Row 10: CDATA read as text; CR LF and a lone CR read as LF.
        // Row 11: serial 42005 in a date style is 2015-01-01; t="d" keeps its text; 0.04 in a percent style is 4%.
        // Row 12: spaces kept; $B$12 is column B; binary noise shows at 15 digits: 0.3.
        // Row 13: a formula with an empty cached value and an error value: two problems, nothing in the row.
        let expected = SheetOutcome(
            rows: [
                SheetRow(number: 1, cells: ["a<b>c&d\"e'f中国😀😀"]),
                SheetRow(number: 2, cells: ["东 城"]),
                SheetRow(number: 3, cells: ["a", "", "", "1", "2"]),
                SheetRow(number: 4, cells: ["站点编码"]),
                SheetRow(number: 7, cells: ["", "2"]),
                SheetRow(number: 8, cells: ["", "TRUE"]),
                SheetRow(number: 9, cells: ["A\"1"]),
                SheetRow(number: 10, cells: ["1<2", "a\nb\nc"]),
                SheetRow(number: 11, cells: ["2015-01-01", "2015-01-01", "4%"]),
                SheetRow(number: 12, cells: ["  x  ", "0.3"]),
            ],
            problems: [
                CellProblem(row: 13, column: 1, issue: .formulaWithoutResult),
                CellProblem(row: 13, column: 2, issue: .errorValue(value: "#N/A")),
            ],
            merges: [[1, 2, 1, 3]])
        for chunk in [1, 7, 4096] {
            #expect(BothReaders.scanned(bytes, chunk: chunk) == expected, "chunks of \(chunk)")
        }
        // XMLParser reads it the same (its CDATA handling included, D-111).
        #expect(BothReaders.parsed(bytes) == expected)
    }

    /// The byte forms of `Int(_:)` and `parseCellReference(_:)?.column` agree with them on random short texts.
    @Test func attributeNumbersReadAsTheStringFunctionsReadThem() {
        var rng = SplitMix64(state: 7)
        let alphabet = Array("0123456789+-$AbZz: .".utf8) + [0xE4, 0xB8, 0xAD]
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...8, using: &rng)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(XMLText.int(bytes[...]) == Int(text), "\(text)")
            #expect(XMLText.referenceColumn(bytes[...]) == parseCellReference(text)?.column, "\(text)")
        }
        #expect(XMLText.int(Array("99999999999999999999".utf8)[...]) == nil && XMLText.referenceColumn(Array("A99999999999999999999".utf8)[...]) == nil)
    }
}

/// The workbooks real producers wrote (openpyxl, LibreOffice; the CLI tests' fixtures) are read by the byte
/// scanner — not by its fallback — with XMLParser's result, whole and streamed.
@Suite struct ProducerWorkbookScanTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("KaoheCLITests/Fixtures/xlsx")

    /// A sheet's rows, or the messages refusing it.
    func outcome(_ body: () throws -> SheetText?) -> String? {
        do {
            return try body().map { "\($0.rows)" }
        } catch let e as DiagnosticsError {
            return e.diagnostics.map { $0.rendered(chinese: false) }.joined(separator: "\n")
        } catch {
            return "\(error)"
        }
    }

    @Test func everyFixtureSheetIsReadByTheScanner() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".xlsx") }.sorted()
        #expect(files.count >= 10)
        var sheetsRead = 0
        for file in files {
            let data = try Data(contentsOf: Self.folder.appendingPathComponent(file))
            let book = try Book(data: data, file: file)
            for info in book.sheets {
                let scanned = outcome { try book.readScanning(info) }
                let parsed = outcome { try book.readParsing(info) }
                #expect(scanned != nil, "\(file):\(info.name) gave way")
                #expect(scanned == parsed, "\(file):\(info.name)")
                sheetsRead += 1
            }
            guard file.hasPrefix("monitoring") else { continue }
            // The monitoring import's stream: read by the scanner, the whole read's CSV (or nil for the
            // merged header that the whole read fills across, D-64).
            var csv = Data()
            let result = try SheetStream.csv(data, file: file) { csv.append($0) }
            if file.contains("merged") {
                #expect(result == nil)
            } else {
                let whole = try XLSXReader.read(data, file: file).csv
                #expect(result?.scanned == true && csv == whole, "\(file)")
            }
        }
        #expect(sheetsRead >= files.count)
    }
}
