import Foundation
import KaoheCSV
import KaoheTestSupport
import Testing

@Suite struct EncodingTests {
    static let sample = "站点,区县代码,时间,PM2.5,是否异常\r\n\"S0001\",510703,2015-01-01 13:00,85,否\r\n\"备注\n两行\",,,,是\r\n"
    static let sampleRecords = [
        record(1, ["站点", "区县代码", "时间", "PM2.5", "是否异常"]),
        record(2, ["S0001", "510703", "2015-01-01 13:00", "85", "否"]),
        CSVRecord(line: 3, fields: ["备注\n两行", "", "", "", "是"], fieldLines: [3, 4, 4, 4, 4]),
    ]

    @Test func plainUTF8IsDetected() throws {
        let result = try parse(Array(Self.sample.utf8))
        #expect(result.encoding == "UTF-8")
        #expect(result.records == Self.sampleRecords)
    }

    @Test func utf8BOMIsStrippedAndNamed() throws {
        let result = try parse([0xEF, 0xBB, 0xBF] + Array(Self.sample.utf8))
        #expect(result.encoding == "UTF-8 with BOM")
        #expect(result.records == Self.sampleRecords)
    }

    @Test func gb18030GivesTheSameRecordsAsItsUTF8Twin() throws {
        let bytes = encoded(Self.sample, as: "GB18030")
        #expect(Array(bytes.prefix(4)) == [0xD5, 0xBE, 0xB5, 0xE3])
        let result = try parse(bytes)
        #expect(result.encoding == "GB18030")
        #expect(result.records == Self.sampleRecords)
    }

    @Test func gb18030AfterALongASCIIStartIsStillDetected() throws {
        let text = String(repeating: "S0001,510703,85\n", count: 1000) + "甲,乙,丙\n"
        let result = try parse(encoded(text, as: "GB18030"), chunks: [4096])
        #expect(result.encoding == "GB18030")
        #expect(result.records.count == 1001)
        #expect(result.records.last == record(1001, ["甲", "乙", "丙"]))
    }

    @Test func asciiOnlyFileReportsUTF8() throws {
        #expect(try parse(Array("a,b\n".utf8)).encoding == "UTF-8")
    }

    @Test func utf16LEWithBOMIsTabSeparated() throws {
        let bytes = utf16Text("站点\t浓度\r\n甲\t1,5\r\n\"乙\tx\"\t2\r\n")
        let parser = CSVStreamParser(fileName: "f.txt")
        var records: [CSVRecord] = []
        try parser.feed(Data(bytes)) { records.append($0) }
        try parser.finish { records.append($0) }
        #expect(parser.encoding == "UTF-16LE")
        #expect(parser.delimiter == UInt8(ascii: "\t"))
        #expect(records == [record(1, ["站点", "浓度"]), record(2, ["甲", "1,5"]), record(3, ["乙\tx", "2"])])
    }

    @Test func utf16BEWithBOMIsTabSeparated() throws {
        let result = try parse(utf16Text("站点\t浓度\n甲\t1\n", bigEndian: true))
        #expect(result.encoding == "UTF-16BE")
        #expect(result.records == [record(1, ["站点", "浓度"]), record(2, ["甲", "1"])])
    }

    @Test func commaIsTheDelimiterForCSV() throws {
        // The records are collected and compared after finish, so a callback that never runs fails the test.
        let parser = CSVStreamParser(fileName: "f.csv")
        var records: [CSVRecord] = []
        try parser.feed(Data("a\tb,c\n".utf8)) { records.append($0) }
        try parser.finish { records.append($0) }
        #expect(parser.delimiter == UInt8(ascii: ","))
        #expect(records == [record(1, ["a\tb", "c"])])
    }

    @Test func invalidUTF8LaterInAUTF8FileNamesItsLine() {
        var bytes = Array("名称,值\n".utf8) + Array(String(repeating: "甲,1\n", count: 2000).utf8)
        bytes += Array("乙,".utf8) + encoded("丙", as: "GB18030") + Array("\n".utf8)
        let message = diagnostics { _ = try parse(bytes, chunks: [1000]) }
        #expect(message == """
            f.csv:2002: byte B1 is not valid UTF-8, though the file began as UTF-8 (mixed encodings) \
            — save the file as UTF-8 or GB18030
            """)
    }

    @Test func bytesThatAreNeitherUTF8NorGB18030AreRejected() {
        let message = diagnostics { _ = try parse([0x61, 0x0A, 0xD6, 0xD0, 0x0A, 0x80, 0x41, 0x0A]) }
        #expect(message == "f.csv:3: bytes 80 41 are not valid GB18030 (the file is not UTF-8 either) — save the file as UTF-8 or GB18030")
    }

    @Test func fileEndingInsideACharacterIsRejected() {
        let message = diagnostics { _ = try parse(Array("名称\n".utf8) + [0xE5, 0x90]) }
        #expect(message == "f.csv:2: the file ends in the middle of a UTF-8 character — the file looks cut off; export it again")
    }
}

@Suite struct ChunkBoundaryTests {
    static let files: [(String, [UInt8])] = [
        ("UTF-8 with CRLF and quotes", Array(EncodingTests.sample.utf8)),
        ("UTF-8 with BOM", [0xEF, 0xBB, 0xBF] + Array(EncodingTests.sample.utf8)),
        ("GB18030", encoded(EncodingTests.sample, as: "GB18030")),
        ("UTF-16LE", utf16Text(EncodingTests.sample.replacingOccurrences(of: ",", with: "\t"))),
        ("lone CR and blank lines", Array("a,b\r\r\n\r1,\"x\r\ny\"\r\r2,3".utf8)),
    ]

    @Test(arguments: files.indices)
    func byteByByteFeedingGivesTheSameRecords(file: Int) throws {
        let bytes = Self.files[file].1
        let whole = try parse(bytes)
        let split = try parse(bytes, chunks: [1])
        #expect(!whole.records.isEmpty)
        #expect(split.records == whole.records)
        #expect(split.encoding == whole.encoding)
    }

    @Test(arguments: files.indices)
    func randomChunkSizesGiveTheSameRecords(file: Int) throws {
        let bytes = Self.files[file].1
        let whole = try parse(bytes)
        var generator = SplitMix64(state: UInt64(file) + 42)
        for _ in 0..<50 {
            let sizes = (0..<bytes.count).map { _ in Int.random(in: 1...9, using: &generator) }
            #expect(try parse(bytes, chunks: sizes).records == whole.records)
        }
    }

    @Test func crlfSplitAcrossChunksCountsOnce() throws {
        let bytes = Array("a,b\r\n1,2\r\n3,4\n".utf8)
        let expected = [record(1, ["a", "b"]), record(2, ["1", "2"]), record(3, ["3", "4"])]
        #expect(try parse(bytes, chunks: [4, 1, 5, 100]).records == expected)
        #expect(try parse(bytes, chunks: [9, 100]).records == expected)
    }

    @Test func gb18030CharacterSplitAcrossChunksIsReassembled() throws {
        let bytes = encoded("名称,值\n甲,1\n", as: "GB18030")
        #expect(try parse(bytes, chunks: [1, 2, 1, 3]).records == [record(1, ["名称", "值"]), record(2, ["甲", "1"])])
    }

    @Test func bomSplitAcrossChunksIsStillABOM() throws {
        let result = try parse([0xEF, 0xBB, 0xBF] + Array("a\n".utf8), chunks: [1])
        #expect(result.encoding == "UTF-8 with BOM")
        #expect(result.records == [record(1, ["a"])])
    }
}
