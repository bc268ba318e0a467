import Foundation
import KaoheCSV
import Testing

@Suite struct CSVParserTests {
    @Test func quotedFieldWithEmbeddedLFKeepsFieldAndNextRecordLines() throws {
        let records = try parse("id,note,x\n1,\"a\nb\",y\n2,c,d\n")
        #expect(records == [
            record(1, ["id", "note", "x"]),
            CSVRecord(line: 2, fields: ["1", "a\nb", "y"], fieldLines: [2, 2, 3]),
            record(4, ["2", "c", "d"]),
        ])
    }

    @Test func quotedFieldWithEmbeddedCRLFInCRLFFileCountsEachBreakOnce() throws {
        let records = try parse("id,note\r\n1,\"a\r\nb\r\nc\",z\r\n2,d\r\n")
        #expect(records == [
            record(1, ["id", "note"]),
            CSVRecord(line: 2, fields: ["1", "a\r\nb\r\nc", "z"], fieldLines: [2, 2, 4]),
            record(5, ["2", "d"]),
        ])
    }

    @Test func recordWhoseFirstFieldSpansLinesStartsWhereTheQuoteOpens() throws {
        let records = try parse("\"multi\nline\",b\n\"x\"\"y\",\"\"\n")
        #expect(records == [
            CSVRecord(line: 1, fields: ["multi\nline", "b"], fieldLines: [1, 2]),
            record(3, ["x\"y", ""]),
        ])
    }

    @Test func crlfLineEndingsNumberLinesLikeLF() throws {
        #expect(try parse("a,b\r\n1,2\r\n3,4\r\n") == [record(1, ["a", "b"]), record(2, ["1", "2"]), record(3, ["3", "4"])])
    }

    @Test func loneCRIsALineBreak() throws {
        #expect(try parse("a,b\r1,2\r\r3,4") == [record(1, ["a", "b"]), record(2, ["1", "2"]), record(4, ["3", "4"])])
    }

    @Test func blankLinesBetweenAndAfterRecordsDoNotShiftLineNumbers() throws {
        let records = try parse("a,b\n\n\n1,2\r\n   \n\r\n\t\n3,4\n\n\n")
        #expect(records == [record(1, ["a", "b"]), record(4, ["1", "2"]), record(8, ["3", "4"])])
    }

    @Test func lastRecordWithoutTrailingNewlineIsFlushed() throws {
        #expect(try parse("a,b\n1,2") == [record(1, ["a", "b"]), record(2, ["1", "2"])])
        #expect(try parse("a,b\n1,") == [record(1, ["a", "b"]), record(2, ["1", ""])])
        #expect(try parse("a,b\n\"1\",\"x\ny\"") == [record(1, ["a", "b"]), CSVRecord(line: 2, fields: ["1", "x\ny"], fieldLines: [2, 2])])
    }

    @Test func fieldsKeepSurroundingSpacesAndTabsVerbatim() throws {
        #expect(try parse(" a , b\t,\" c \"\n") == [record(1, [" a ", " b\t", " c "])])
    }

    @Test func emptyInputGivesNoRecords() throws {
        #expect(try parse("") == [])
        #expect(try parse("\n\r\n  \n") == [])
    }

    @Test func unclosedQuoteIsReportedWhereItsFieldOpens() {
        let message = diagnostics { _ = try parse("a,b\nc,d\ne,\"f\ng,h\n\ni,j\n") }
        #expect(message == "f.csv:3:2: unclosed quote in the field that opens here — close the quote with \" or remove it")
    }

    @Test func quoteInsideUnquotedFieldIsLocated() {
        let message = diagnostics { _ = try parse("a,b\n1,a\"b\n") }
        #expect(message == """
            f.csv:2:2: a quote (") stands inside a field that does not start with a quote \
            — quote the whole field and double the quote inside it ("a""b"), or remove the quote
            """)
    }

    @Test func textAfterClosingQuoteIsLocatedOnItsOwnLine() {
        let message = diagnostics { _ = try parse("a,b\n1,\"x\n\"y\n") }
        #expect(message == """
            f.csv:3:2: text follows the closing quote of a quoted field \
            — double each quote inside a quoted field ("" stands for "), or put the delimiter right after the closing quote
            """)
    }

    @Test func spacesBeforeOpeningQuoteAreNamed() {
        let message = diagnostics { _ = try parse("a, \"b\"\n") }
        #expect(message == "f.csv:1:2: spaces stand before the opening quote of a quoted field — remove the spaces between the delimiter and the quote")
    }

    @Test func nulByteIsRejectedWithItsLine() {
        let message = diagnostics { _ = try parse(Array("a,b\n1,2\n3,\0\n".utf8)) }
        #expect(message == "f.csv:3: the line holds a NUL byte, so the file is not text CSV — export the sheet again as CSV (UTF-8 or GB18030)")
    }

    @Test func parserStaysFailedAfterAnError() throws {
        let parser = CSVStreamParser(fileName: "f.csv")
        let first = diagnostics { try parser.feed(Data("a\"b\n".utf8)) { _ in } }
        let second = diagnostics { try parser.feed(Data("c\n".utf8)) { _ in } }
        #expect(first != nil)
        #expect(second == first)
    }

    @Test func overlongOpenFieldIsReportedAsLikelyUnclosedQuote() {
        let parser = CSVStreamParser(fileName: "f.csv")
        parser.maximumFieldBytes = 16
        let message = diagnostics {
            try parser.feed(Data("a,b\nc,\"d\n".utf8)) { _ in }
            try parser.feed(Data(String(repeating: "long line\n", count: 5).utf8)) { _ in }
        }
        #expect(message == "f.csv:2:2: the field that opens here runs past 16 bytes, most likely an unclosed quote — close the quote with \" or remove it")
    }

    @Test func recordsAreDeliveredAsSoonAsTheirLineEnds() throws {
        let parser = CSVStreamParser(fileName: "f.csv")
        var seen: [[String]] = []
        try parser.feed(Data("a,b\n1,".utf8)) { seen.append($0.fields) }
        #expect(seen == [["a", "b"]])
        try parser.finish { seen.append($0.fields) }
        #expect(seen == [["a", "b"], ["1", ""]])
    }

    @Test func recordsConvenienceReadsAWholeFile() throws {
        let records = try CSVStreamParser.records(in: Data("站点,值\n甲,1\n".utf8), fileName: "f.csv")
        #expect(records == [record(1, ["站点", "值"]), record(2, ["甲", "1"])])
    }
}
