import Foundation
import KaoheCSV
import KaoheCore
import Testing

@testable import KaoheXLSX

/// The streamed read (issue 16) against the whole read: the same CSV bytes and line map for every batch
/// size, the same located problems, and nil (read it whole) where streaming cannot give the same result.
@Suite struct SheetStreamTests {
    /// The CSV a stream hands on, joined, with the result.
    /// With `scanning` false the XMLParser batches read the sheet (D-88), else the byte scanner first (D-111);
    /// a second start voids what came before, as the monitoring import does.
    func streamed(_ data: Data, batch: Int, sheet: String? = nil, scanning: Bool = false) throws -> (csv: Data, result: SheetStream.Result?) {
        var out = Data()
        let result = try SheetStream.csv(
            data, file: "m.xlsx", sheet: sheet, preferred: [], batchBytes: batch, scanning: scanning, onStart: { _ in out = Data() }
        ) { out.append($0) }
        return (out, result)
    }

    func s(_ ref: String, _ text: String) -> String { "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>" }

    /// 300 rows of shared strings, numbers, a date cell, a quote and (with `breaks`) line breaks in cells, in
    /// XML with or without a prefix (`x:`).
    func bigSheet(prefix: String, breaks: Bool = true) throws -> Data {
        var b = WorkbookBuilder()
        b.sharedStrings = ["<t>站点编码</t>", "<t>区域代码</t>", "<t>日期</t>", "<t>PM10</t>", "<t>A\"1</t>"]
        b.stylesXML = "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>"
        let p = prefix.isEmpty ? "" : prefix + ":"
        var rows = "<\(p)row r=\"1\"><\(p)c r=\"A1\" t=\"s\"><\(p)v>0</\(p)v></\(p)c><\(p)c r=\"B1\" t=\"s\"><\(p)v>1</\(p)v></\(p)c><\(p)c r=\"C1\" t=\"s\"><\(p)v>2</\(p)v></\(p)c><\(p)c r=\"D1\" t=\"s\"><\(p)v>3</\(p)v></\(p)c></\(p)row>\n"
        for i in 2...301 {
            let station = i % 7 == 0 ? "<\(p)c r=\"A\(i)\" t=\"s\"><\(p)v>4</\(p)v></\(p)c>" : "<\(p)c r=\"A\(i)\" t=\"inlineStr\"><\(p)is><\(p)t>S\(i % 5)\(breaks ? "\nx" : "")</\(p)t></\(p)is></\(p)c>"
            rows += "<\(p)row r=\"\(i)\">\(station)<\(p)c r=\"B\(i)\"><\(p)v>510703</\(p)v></\(p)c><\(p)c r=\"C\(i)\" s=\"1\"><\(p)v>\(42005 + i)</\(p)v></\(p)c><\(p)c r=\"D\(i)\"><\(p)v>\(40 + i % 50).5</\(p)v></\(p)c></\(p)row>\n"
        }
        let body = "<\(p)sheetData>\n\(rows)</\(p)sheetData>"
        b.sheets = [("监测数据", body, nil)]
        // With a prefix, the root declares the main namespace under it (`<x:worksheet xmlns:x="…">`).
        return prefix.isEmpty ? try b.data() : try WorkbookBuilder.prefixed(b, prefix: prefix, body: body)
    }

    @Test(arguments: ["", "x"]) func everyBatchSizeGivesTheWholeReadsCSVAndLineMap(prefix: String) throws {
        let data = try bigSheet(prefix: prefix)
        let whole = try XLSXReader.read(data, file: "m.xlsx")
        #expect(whole.rows.count == 301)
        // 64 bytes: a batch per row or two; 1 KiB: several rows; 4 MiB: the whole part at once.
        for batch in [64, 1024, 4 << 20] {
            let (csv, result) = try streamed(data, batch: batch)
            let r = try #require(result, "batch \(batch)")
            #expect(csv == whole.csv, "batch \(batch)")
            #expect(r.rowOfLine == whole.rowOfLine && r.rows == 301 && r.sheet.name == "m.xlsx:监测数据" && !r.scanned)
        }
        // The byte scanner (D-111): the same CSV and line map, read without XMLParser.
        let (scannedCSV, scannedResult) = try streamed(data, batch: 64, scanning: true)
        let r = try #require(scannedResult)
        #expect(r.scanned && scannedCSV == whole.csv && r.rowOfLine == whole.rowOfLine && r.rows == 301)
        // The CSV the validators see: the monitoring importer gives the same days whether fed whole or streamed.
        let plain = try bigSheet(prefix: prefix, breaks: false)
        let (csv, _) = try streamed(plain, batch: 200)
        let a = MonitoringImporter(fileName: "m", knownAreas: ["510703"])
        try a.feed(try XLSXReader.read(plain, file: "m.xlsx").csv)
        let b = MonitoringImporter(fileName: "m", knownAreas: ["510703"])
        try b.feed(csv)
        let (fromWhole, fromStream) = (try a.finish(), try b.finish())
        #expect(fromWhole.rows == 300 && Array(fromWhole.parts) == Array(fromStream.parts))
    }

    @Test func cellProblemsAreLocatedAsInTheWholeRead() throws {
        var b = WorkbookBuilder()
        var rows = "<row r=\"1\">\(s("A1", "站点编码"))\(s("B1", "日期"))</row>"
        for i in 2...40 { rows += "<row r=\"\(i)\">\(s("A\(i)", "S1"))<c r=\"B\(i)\" t=\"\(i % 13 == 0 ? "e" : "n")\"><v>\(i % 13 == 0 ? "#REF!" : "1")</v></c></row>" }
        b.sheets = [("监测数据", "<sheetData>\(rows)</sheetData>", nil)]
        let data = try b.data()
        func messages(_ body: () throws -> Void) -> [String] {
            do { try body() } catch let e as DiagnosticsError { return e.diagnostics.map { $0.rendered(chinese: false) } } catch { return ["\(error)"] }
            return []
        }
        let whole = messages { _ = try XLSXReader.read(data, file: "m.xlsx") }
        // Rows 13, 26 and 39 hold #REF!; written out by hand.
        #expect(whole.count == 3 && whole[0].hasPrefix("m.xlsx:监测数据!B13: the cell holds the error value #REF!"))
        #expect(messages { _ = try streamed(data, batch: 100) } == whole)
        #expect(messages { _ = try streamed(data, batch: 100, scanning: true) } == whole)
    }

    @Test func aMergedHeaderACommentOrAnEmptySheetAreHandledAsTheWholeReadWould() throws {
        // A header merged over B1:C1 with data under C: the whole read moves the name to C (D-64); the stream says nil.
        var merged = WorkbookBuilder()
        merged.sheets = [("区域", """
            <sheetData><row r="1">\(s("A1", "区域代码"))\(s("B1", "区域名称"))</row><row r="2">\(s("A2", "510703"))\(s("C2", "涪城区"))</row></sheetData>\
            <mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells>
            """, nil)]
        #expect(try streamed(try merged.data(), batch: 64).result == nil)
        #expect(try streamed(try merged.data(), batch: 64, scanning: true).result == nil)
        // A merge the whole read leaves unchanged (B1:C1 with data under B only and a header cell after it) streams.
        var harmless = WorkbookBuilder()
        harmless.sheets = [("区域", """
            <sheetData><row r="1">\(s("A1", "区域代码"))\(s("B1", "区域名称"))\(s("D1", "区域类型"))</row>\
            <row r="2">\(s("A2", "510703"))\(s("B2", "涪城区"))\(s("D2", "区"))</row></sheetData>\
            <mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells>
            """, nil)]
        let h = try harmless.data()
        let (hCSV, hResult) = try streamed(h, batch: 64)
        let hWhole = try XLSXReader.read(h, file: "m.xlsx").csv
        #expect(hResult != nil && hCSV == hWhole)
        // A comment among the rows: a `</row>` inside it must not end a batch, so the sheet is read whole.
        var commented = WorkbookBuilder()
        commented.sheets = [("区域", "<sheetData><row r=\"1\">\(s("A1", "区域代码"))</row><!-- </row> --><row r=\"2\">\(s("A2", "510703"))</row></sheetData>", nil)]
        #expect(try streamed(try commented.data(), batch: 64).result == nil)
        // The byte scanner reads past a comment (D-111): the whole read's CSV, rows 1 and 2.
        let (cCSV, cResult) = try streamed(try commented.data(), batch: 64, scanning: true)
        let cWhole = try XLSXReader.read(try commented.data(), file: "m.xlsx").csv
        #expect(cResult?.scanned == true && cResult?.rows == 2 && cCSV == cWhole)
        // An element the scanner does not read (a name outside ASCII, which XMLParser accepts) after a comment:
        // it gives way, the stream starts over with XMLParser batches, which meet the comment: read it whole.
        var foreign = WorkbookBuilder()
        foreign.sheets = [("区域", "<sheetData><row r=\"1\">\(s("A1", "区域代码"))</row><!-- x --><扩展/></sheetData>", nil)]
        #expect(try streamed(try foreign.data(), batch: 64, scanning: true).result == nil)
        // An empty sheet: the BOM alone, as the whole read's CSV.
        var empty = WorkbookBuilder()
        empty.sheets = [("区域", "<sheetData/>", nil)]
        let e = try empty.data()
        let (csv, result) = try streamed(e, batch: 64)
        let wholeCSV = try XLSXReader.read(e, file: "m.xlsx").csv
        #expect(result?.rows == 0 && csv == wholeCSV && csv == Data([0xEF, 0xBB, 0xBF]))
    }

    @Test func damagedXMLNamesTheLineOfThePart() throws {
        var b = WorkbookBuilder()
        var rows = ""
        for i in 1...30 { rows += "<row r=\"\(i)\">\(s("A\(i)", "v\(i)"))</row>\n" }
        rows += "<row r=\"31\"><c r=\"A31\" t=\"inlineStr\"><is><t>a < b</t></is></c></row>\n"  // an unescaped <
        b.sheets = [("区域", "<sheetData>\n\(rows)</sheetData>", nil)]
        let data = try b.data()
        // The part: the XML declaration and root on line 1, <sheetData> then a newline, so row r is on line r + 1
        // and the damaged row 31 on line 32; both reads name it.
        for read in [
            { _ = try XLSXReader.read(data, file: "m.xlsx") }, { _ = try self.streamed(data, batch: 128) },
            { _ = try self.streamed(data, batch: 128, scanning: true) },
        ] {
            #expect {
                try read()
            } throws: { e in
                ((e as? DiagnosticsError)?.diagnostics.first?.reason ?? "").contains("line 32 of xl/worksheets/sheet1.xml")
            }
        }
    }
}

extension WorkbookBuilder {
    /// The builder's package with its one sheet part replaced by a root declaring the main namespace under
    /// `prefix` (`<x:worksheet xmlns:x="…">`), as some producers write it.
    static func prefixed(_ b: WorkbookBuilder, prefix: String, body: String) throws -> Data {
        var copy = b
        copy.rawSheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><\(prefix):worksheet xmlns:\(prefix)=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\(body)</\(prefix):worksheet>"
        return try copy.data()
    }
}

/// A damaged package whose offsets point past its end is refused with a message, never a trap inside
/// ZIPFoundation (found by scripts/fuzz; issue 16).
@Suite struct ZipBoundsTests {
    func sound() throws -> Data {
        var b = WorkbookBuilder()
        b.sheets = [("区域", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>区域代码</t></is></c></row></sheetData>", nil)]
        return try b.data()
    }

    /// The byte offset of the last end-of-central-directory signature (PK\u{5}\u{6}).
    func eocd(_ d: [UInt8]) -> Int { (0...(d.count - 22)).last { d[$0] == 0x50 && d[$0 + 1] == 0x4B && d[$0 + 2] == 5 && d[$0 + 3] == 6 }! }

    func put32(_ d: inout [UInt8], _ at: Int, _ v: UInt32) { for i in 0..<4 { d[at + i] = UInt8(truncatingIfNeeded: v >> (8 * UInt32(i))) } }

    func refused(_ d: [UInt8]) -> String? {
        do {
            _ = try XLSXReader.read(Data(d), file: "w.xlsx")
            return nil
        } catch let e as DiagnosticsError {
            return e.diagnostics.first?.rendered(chinese: false)
        } catch {
            return "\(error)"
        }
    }

    @Test func offsetsPastTheEndAreRefusedAndSoundPackagesPass() throws {
        let good = [UInt8](try sound())
        #expect(ZipBounds.isWithinBounds(Data(good)))
        #expect(refused(good) == nil)
        let end = eocd(good)
        // The central directory's offset (EOCD + 16) moved far past the end.
        var farDirectory = good
        put32(&farDirectory, end + 16, 0x7FFF_0000)
        #expect(!ZipBounds.isWithinBounds(Data(farDirectory)))
        #expect(refused(farDirectory)?.hasPrefix("w.xlsx: the workbook is damaged: its ZIP package points past the end of the file") == true)
        // The first entry's local-header offset (central directory entry + 42) past the end.
        let directory = Int(good[end + 16]) | Int(good[end + 17]) << 8 | Int(good[end + 18]) << 16 | Int(good[end + 19]) << 24
        var farLocal = good
        put32(&farLocal, directory + 42, UInt32(good.count + 100))
        #expect(!ZipBounds.isWithinBounds(Data(farLocal)) && refused(farLocal) != nil)
        // The first entry's compressed size (entry + 20) longer than the file.
        var longData = good
        put32(&longData, directory + 20, UInt32(good.count * 2))
        #expect(!ZipBounds.isWithinBounds(Data(longData)) && refused(longData) != nil)
        // Cut short: the last 30 bytes gone (no end record left → ZIPFoundation's own refusal, still a message).
        #expect(refused(Array(good.dropLast(30))) != nil)
    }
}

/// XML that is not UTF-8 is refused before Foundation's XMLParser sees it: libxml2 recovers and hands on a
/// name that is not UTF-8, on which the parser traps (found by scripts/fuzz; issue 16).
@Suite struct XMLTextTests {
    @Test func utf8IsCheckedByTheRulesOfTheStandard() {
        #expect(isValidUTF8(Data("区域代码 abc".utf8)) && isValidUTF8(Data([0xEF, 0xBB, 0xBF, 0x41])) && isValidUTF8(Data()))
        // A lone continuation byte, FE/FF, an overlong "/" (C0 AF), a surrogate (ED A0 80), past U+10FFFF (F4 90 80 80),
        // a sequence cut short at the end.
        for bad: [UInt8] in [[0x80], [0x41, 0xFE, 0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE5, 0x8C]] {
            #expect(!isValidUTF8(Data(bad)), "\(bad)")
        }
    }

    @Test func aSheetWhoseAttributeNameIsNotUTF8IsRefusedAsDamaged() throws {
        var b = WorkbookBuilder()
        b.sheets = [("区域", "", nil)]
        // An attribute name holding FE FF, as the fuzzer wrote it: no UTF-8 text can hold those bytes.
        b.rawSheetBytes = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\" outl".utf8)
            + Data([0xFE, 0xFF]) + Data("ine=\"0\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>".utf8)
        let data = try b.data()
        for read in [{ _ = try XLSXReader.read(data, file: "w.xlsx") }, { _ = try SheetStream.csv(data, file: "w.xlsx") { _ in } }] {
            #expect {
                try read()
            } throws: { e in
                (e as? DiagnosticsError)?.diagnostics.first?.rendered(chinese: false) == "w.xlsx:区域: the sheet's XML is not UTF-8 text (the workbook is damaged) — save it again from the spreadsheet program as .xlsx"
            }
        }
    }
}

/// The byte searches the stream cuts batches with (worked by hand on short strings).
@Suite struct ByteScanTests {
    @Test func containsFindsThePatternOnlyFromTheOffset() {
        let d = Data("ab<x<!--".utf8)  // "<!" starts at offset 4
        #expect(ByteScan.contains(d, [0x3C, 0x21], from: 0) && ByteScan.contains(d, [0x3C, 0x21], from: 4))
        #expect(!ByteScan.contains(d, [0x3C, 0x21], from: 5) && !ByteScan.contains(Data("a<".utf8), [0x3C, 0x21], from: 0))
    }

    @Test func endOfLastIsJustAfterTheLastOccurrence() {
        // "<a>" is 0–2; "</row>" at 3, 10 and 16: the last one ends at 16 + 6 = 22.
        let d = Data("<a></row>x</row></row>!".utf8)
        #expect(ByteScan.endOfLast(Data("</row>".utf8), in: d) == 22)
        #expect(ByteScan.endOfLast(Data("</row>".utf8), in: Data("</ro".utf8)) == nil)
        #expect(ByteScan.endOfLast(Data("ab".utf8), in: Data("ab".utf8)) == 2)
    }

    @Test func newlinesAreCountedUpToTheEnd() {
        let d = Data("a\nb\n\nc\n".utf8)  // line feeds at 1, 3, 4, 6
        #expect(ByteScan.newlines(d, upTo: 0) == 0 && ByteScan.newlines(d, upTo: 2) == 1 && ByteScan.newlines(d, upTo: 5) == 3)
        #expect(ByteScan.newlines(d, upTo: 100) == 4)
    }
}
