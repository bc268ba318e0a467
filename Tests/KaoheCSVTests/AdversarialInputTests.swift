import Foundation
import KaoheCSV
import KaoheCore
import Testing

/// Hostile and broken inputs: each is rejected with a precise, located message, or stored exactly as given.
///
/// Small fixtures live in Tests/KaoheCSVTests/Adversarial/; the 100 MB field is generated here, never committed.
@Suite struct AdversarialInputTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Adversarial")

    func fixture(_ name: String) throws -> Data { try Data(contentsOf: Self.folder.appendingPathComponent(name)) }

    /// The whole error text of importing `name` as an areas file, or nil when it is accepted.
    func areasError(_ name: String) throws -> String? {
        let data = try fixture(name)
        return diagnostics { _ = try AreasFile.parse(data, file: name) }
    }

    func areas(_ name: String) throws -> [Area] { try AreasFile.parse(try fixture(name), file: name).rows }

    // MARK: Wrong encodings and files that are not CSV

    @Test func shiftJISHalfWidthKatakanaIsNotGB18030AndIsRejectedAtItsLine() throws {
        #expect(try areasError("areas-shift-jis-halfwidth.csv") == "areas-shift-jis-halfwidth.csv:2: bytes B3 2C are not valid GB18030 (the file is not UTF-8 either) — save the file as UTF-8 or GB18030")
    }

    @Test func shiftJISTextThatIsAlsoValidGB18030IsReadAsGB18030AndKeptVerbatimForReview() throws {
        // The same bytes are valid in both encodings; no detector can tell them apart (docs/reliability.md).
        #expect(try areas("areas-shift-jis.csv").map(\.name) == ["僥僗僩"])
    }

    @Test func latin1AccentBeforeADelimiterIsRejectedAsNotGB18030() throws {
        #expect(try areasError("areas-latin1.csv") == "areas-latin1.csv:2: bytes E9 2C are not valid GB18030 (the file is not UTF-8 either) — save the file as UTF-8 or GB18030")
    }

    @Test func aPNGImageIsRejectedAsNotTextCSV() throws {
        #expect(try areasError("not-csv.png") == "not-csv.png:3: the line holds a NUL byte, so the file is not text CSV — export the sheet again as CSV (UTF-8 or GB18030)")
    }

    @Test func aZIPArchiveIsRejectedAsNotTextCSV() throws {
        #expect(try areasError("not-csv.zip") == "not-csv.zip:1: the line holds a NUL byte, so the file is not text CSV — export the sheet again as CSV (UTF-8 or GB18030)")
    }

    @Test func aZeroByteFileIsRejectedAsEmpty() throws {
        #expect(try areasError("empty.csv") == "empty.csv:1: the file is empty — export the 区域 (areas) template with its header row")
    }

    @Test func aHeaderOnlyFileIsRejectedAsHavingNoDataRows() throws {
        #expect(try areasError("areas-header-only.csv") == "areas-header-only.csv:1: the file has a header row but no data rows — add the data rows below the header, or leave this file out")
    }

    @Test func aNULByteInACellIsRejectedAtItsLine() throws {
        #expect(try areasError("areas-nul.csv") == "areas-nul.csv:2: the line holds a NUL byte, so the file is not text CSV — export the sheet again as CSV (UTF-8 or GB18030)")
    }

    @Test func mixedLineEndingsReadAsOneLineEachWithTheirOwnNumbers() throws {
        let data = try fixture("areas-mixed-line-endings.csv")
        let records = try CSVStreamParser.records(in: data, fileName: "m.csv")
        #expect(records.map(\.line) == [1, 2, 3, 4])
        #expect(try areas("areas-mixed-line-endings.csv").map(\.code) == ["510703", "510704", "510722"])
    }

    @Test func aDuplicatedHeaderIsRejectedNamingBothColumns() throws {
        #expect(try areasError("areas-duplicate-headers.csv") == "areas-duplicate-headers.csv:1:4 (area_code): column 区域代码 / area_code appears twice (first in column 1) — keep one of the two columns")
    }

    // MARK: A 100 MB field

    @Test func a100MBUnquotedFieldIsRejectedAtItsCellWithoutBufferingIt() throws {
        // Fed as a stream of 1 MB chunks: the parser must stop at its 1 MB field limit, not read on to 100 MB.
        let parser = CSVStreamParser(fileName: "huge.csv")
        let chunk = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        var chunksTaken = 0
        let message = diagnostics {
            try parser.feed(Data("区域代码,区域名称,区域类型\n510703,".utf8)) { _ in }
            for _ in 0..<100 {
                chunksTaken += 1
                try parser.feed(chunk) { _ in }
            }
            try parser.feed(Data(",区\n".utf8)) { _ in }
            try parser.finish { _ in }
        }
        #expect(message == "huge.csv:2:2: the field that starts here is longer than 1048576 bytes — a cell holds at most 1048576 bytes; check that this is the right file")
        #expect(chunksTaken == 2)
    }

    @Test func a100MBFieldInAWholeFileIsRejectedByTheImporterAtItsCell() throws {
        var data = Data("区域代码,区域名称,区域类型\n510703,".utf8)
        data.append(Data(repeating: UInt8(ascii: "x"), count: 100 << 20))
        data.append(Data(",区\n".utf8))
        #expect(diagnostics { _ = try AreasFile.parse(data, file: "huge.csv") } == "huge.csv:2:2: the field that starts here is longer than 1048576 bytes — a cell holds at most 1048576 bytes; check that this is the right file")
    }

    @Test func aHugeFieldInARawStreamedFileIsRejectedAtItsCellLikeInAStringOne() throws {
        // The monitoring importer reads records as raw bytes (`feedRaw`); the same limits hold there.
        let parser = CSVStreamParser(fileName: "m.csv")
        var data = Data("站点编码,区域代码,日期\n2601A,".utf8)
        data.append(Data(repeating: UInt8(ascii: "7"), count: 2 << 20))
        data.append(Data(",2015-01-01\n".utf8))
        #expect(
            diagnostics {
                try parser.feedRaw(data) { _ in }
                try parser.finishRaw { _ in }
            } == "m.csv:2:2: the field that starts here is longer than 1048576 bytes — a cell holds at most 1048576 bytes; check that this is the right file")
    }

    @Test func a100MBQuotedFieldIsRejectedAsALikelyUnclosedQuote() throws {
        var data = Data("区域代码,区域名称,区域类型\n510703,\"".utf8)
        data.append(Data(repeating: UInt8(ascii: "x"), count: 100 << 20))
        data.append(Data("\",区\n".utf8))
        #expect(diagnostics { _ = try AreasFile.parse(data, file: "huge.csv") } == "huge.csv:2:2: the field that opens here runs past 1048576 bytes, most likely an unclosed quote — close the quote with \" or remove it")
    }

    @Test func aRowOfMillionsOfEmptyFieldsIsRejectedAsTooLong() throws {
        var data = Data("区域代码,区域名称,区域类型\n".utf8)
        data.append(Data(repeating: UInt8(ascii: ","), count: 8 << 20))
        #expect(
            diagnostics { _ = try AreasFile.parse(data, file: "commas.csv") }
                == "commas.csv:2: the row that starts here is longer than 4194304 bytes — a template row is a few hundred bytes; check that this is the right file and that it is comma-separated")
    }

    // MARK: Hostile text is stored as given

    @Test func formulaHTMLAndSQLLookingNamesAreKeptVerbatimAsText() throws {
        #expect(try areas("areas-hostile-names.csv").map(\.name) == [
            "=HYPERLINK(\"http://example.invalid/\",\"点击\")", "<script>alert(1)</script>", "'); DROP TABLE area;--", "+1+1",
        ])
    }

    // MARK: Absurd numbers, dates and years

    /// The error text of a targets file whose one data row is `row`.
    func targetsError(_ row: String) -> String? {
        let text = "区域代码,考核年度,基准年,基准浓度,目标类型,目标值\n" + row + "\n"
        return diagnostics { _ = try TargetsFile.parse(Data(text.utf8), file: "t.csv", knownAreas: ["510703"]) }
    }

    @Test func absurdConcentrationsAreEachRejectedWithTheirReason() {
        #expect(targetsError("510703,2015,2013,1e309,持续改善,") == "t.csv:2:4 (基准浓度): “1e309” is in scientific notation — write the number out in digits, e.g. 1500 instead of 1.5e3")
        #expect(targetsError("510703,2015,2013,-0,持续改善,") == "t.csv:2:4 (基准浓度): concentration -0 is out of range — write μg/m³ above 0 and at most 1000")
        #expect(targetsError("510703,2015,2013,NaN,持续改善,") == "t.csv:2:4 (基准浓度): “NaN” is not a number — write the number out in digits")
        #expect(targetsError("510703,2015,2013,99999999,持续改善,") == "t.csv:2:4 (基准浓度): concentration 99999999 is out of range — write μg/m³ above 0 and at most 1000")
    }

    @Test func yearsZeroAnd99999AreRejectedAsOutOfRange() {
        #expect(targetsError("510703,0,2013,100,持续改善,") == "t.csv:2:2 (考核年度): year 0 is out of range — write a four-digit year between 2000 and 2100")
        #expect(targetsError("510703,99999,2013,100,持续改善,") == "t.csv:2:2 (考核年度): year 99999 is out of range — write a four-digit year between 2000 and 2100")
    }

    @Test func februaryThirtiethIsRejectedAsNotADayOfTheCalendar() {
        let text = "区域代码,考核年度,报送日期,PM10年均浓度\n510703,2015,2015-02-30,90\n"
        let context = ReportContext(areas: ["510703": .pm10], years: 2014...2017, subIndicators: [:], indicators: [:])
        #expect(diagnostics { _ = try ReportFiles.parse([NamedData(name: "r.csv", data: Data(text.utf8))], context: context) } == "r.csv:2:3 (报送日期): 2015-02-30 is not a day of the calendar — write a real date as YYYY-MM-DD")
    }
}
