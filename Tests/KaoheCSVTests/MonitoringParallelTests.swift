import Foundation
import KaoheCore
import KaoheTestSupport
import Testing

@testable import KaoheCSV

// The parallel path against the careful single-parser path on the same bytes (issue 14, D-101): the same
// station-days (values, hours, dust, first lines), rows and warnings, or the same printed rejection.

private let known: Set<String> = ["510703", "510704", "510705"]

/// What a read gives that a user or the store can see: the parts with their lines, rows, kind and warnings,
/// or the rejection as printed.
private struct Outcome: Equatable {
    var parts: [MonitoringPart] = []
    var rows = 0
    var hourly = false
    var warnings: [String] = []
    var rejection: String?
}

private func outcome(_ body: () throws -> MonitoringData) -> Outcome {
    do {
        let data = try body()
        return Outcome(parts: Array(data.parts), rows: data.rows, hourly: data.isHourly, warnings: data.warnings.map(\.description))
    } catch let error as DiagnosticsError {
        return Outcome(rejection: error.rendered(chinese: true))
    } catch {
        return Outcome(rejection: "unexpected \(error)")
    }
}

/// The careful path: one `MonitoringImporter` over the whole file.
private func careful(_ bytes: [UInt8], hourLabel: HourLabel = .end) -> Outcome {
    outcome { try MonitoringFile.parse(Data(bytes), file: "m.csv", knownAreas: known, hourLabel: hourLabel) }
}

/// `MonitoringFile.read` with the parallel path allowed, fed in blocks of random sizes; also the path taken
/// (nil when the file is rejected) and how many times the file was read.
private func either(
    _ bytes: [UInt8], workers: Int = 2, hourLabel: HourLabel = .end, using generator: inout SplitMix64
) -> (Outcome, MonitoringReadPath?, passes: Int) {
    var path: MonitoringReadPath?
    var passes = 0
    var sizes: [Int] = []
    for _ in 0..<64 { sizes.append(Int.random(in: 7...300, using: &generator)) }
    let result = outcome {
        let (data, taken) = try MonitoringFile.read(fileName: "m.csv", knownAreas: known, hourLabel: hourLabel, workers: workers) { sink in
            passes += 1
            var offset = 0
            var n = 0
            while offset < bytes.count {
                let end = min(bytes.count, offset + sizes[n % sizes.count])
                n += 1
                guard try sink(Data(bytes[offset..<end])) else { return }
                offset = end
            }
        }
        path = taken
        return data
    }
    return (result, path, passes)
}

/// A random hourly (or daily) monitoring file: stations of three units, rows in station order or shuffled,
/// LF or CRLF line ends with blank lines, and — when `faults` — bad cells, unknown units, duplicate hours,
/// case twins and a station that changes unit.
private func randomFile(_ g: inout SplitMix64, faults: Bool) -> [UInt8] {
    let hourly = Int.random(in: 0..<5, using: &g) > 0
    let crlf = Bool.random(using: &g)
    let stations = (0..<Int.random(in: 1...5, using: &g)).map { "S\($0)" }
    let unit = Dictionary(uniqueKeysWithValues: stations.map { ($0, known.sorted()[Int.random(in: 0..<3, using: &g)]) })
    var rows: [String] = []
    for s in stations {
        for d in 1...Int.random(in: 1...3, using: &g) {
            for h in 0..<(hourly ? 24 : 1) {
                guard Int.random(in: 0..<10, using: &g) > 0 else { continue }  // some hours missing
                let when = hourly ? "2015-03-0\(d) \(h < 10 ? "0" : "")\(h):00" : "2015-03-0\(d)"
                let pm10 = Int.random(in: 0..<12, using: &g) == 0 ? "" : "\(Int.random(in: 10...400, using: &g)).\(Int.random(in: 0...9, using: &g))"
                let pm25 = Int.random(in: 0..<12, using: &g) == 0 ? "" : "\(Int.random(in: 5...200, using: &g))"
                let dust = ["否", "是", "", "0", "1"][Int.random(in: 0..<5, using: &g)]
                // Spaces or a tab around some cells, which both paths ignore.
                let pad = ["", "", "", " ", "\t", "  "]
                func p(_ cell: String) -> String { pad[Int.random(in: 0..<6, using: &g)] + cell + pad[Int.random(in: 0..<6, using: &g)] }
                rows.append("\(p(s)),\(p(unit[s]!)),\(p(when)),\(p(pm10)),\(p(pm25)),\(p(dust))")
            }
        }
    }
    if Bool.random(using: &g) { rows.shuffle(using: &g) }
    if faults {
        for _ in 0..<Int.random(in: 1...3, using: &g) {
            guard !rows.isEmpty else { break }
            let i = Int.random(in: 0..<rows.count, using: &g)
            var cells = rows[i].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            switch Int.random(in: 0..<7, using: &g) {
            case 0: cells[3] = "abc"  // not a number
            case 1: cells[1] = "999999"  // unknown unit
            case 2: rows.insert(rows[i], at: Int.random(in: 0...rows.count, using: &g))  // the same hour twice
            case 3: cells[0] = cells[0].lowercased()  // a case twin of an earlier station
            case 4: cells[1] = known.sorted().first { $0 != cells[1] }!  // the station changes unit
            case 5: cells[2] = "2015-02-30 01:00"  // no such day
            default: cells[4] = "-3"  // out of range
            }
            rows[i] = cells.joined(separator: ",")
        }
    }
    let header = hourly ? "站点编码,区域代码,时间,PM10,PM2.5,沙尘" : "站点编码,区域代码,日期,PM10,PM2.5,沙尘"
    let end = crlf ? "\r\n" : "\n"
    var text = header + end
    for row in rows {
        text += row + end
        // A blank line, sometimes ended by a lone CR: skipped, yet counted.
        if Int.random(in: 0..<40, using: &g) == 0 { text += ["\n", "\r\n", "\r", " \t\n"][Int.random(in: 0..<4, using: &g)] }
    }
    if Bool.random(using: &g), text.hasSuffix(end) { text.removeLast(end.count) }  // no line break at the end
    return Array(text.utf8)
}

@Suite struct MonitoringParallelTests {
    @Test func randomValidFilesGiveTheSameDaysOnBothPathsAndTakeTheParallelOne() {
        var g = SplitMix64(state: 14)
        var parallel = 0
        for _ in 0..<150 {
            let bytes = randomFile(&g, faults: false)
            let workers = Int.random(in: 2...4, using: &g)
            let expected = careful(bytes)
            let (got, path, _) = either(bytes, workers: workers, using: &g)
            #expect(got == expected, "\(String(decoding: bytes, as: UTF8.self))")
            #expect(expected.rejection == nil)
            if path == .parallel { parallel += 1 } else { #expect(path == .careful(.shape)) }  // only a file of no rows
        }
        #expect(parallel > 140)
    }

    @Test func randomFilesWithFaultsGiveTheSameRejectionOnBothPaths() {
        var g = SplitMix64(state: 1414)
        var rejected = 0
        for _ in 0..<150 {
            let bytes = randomFile(&g, faults: true)
            let expected = careful(bytes)
            let (got, path, passes) = either(bytes, workers: Int.random(in: 2...3, using: &g), using: &g)
            #expect(got == expected, "\(String(decoding: bytes, as: UTF8.self))")
            if expected.rejection != nil {
                rejected += 1
                // A rejected file is always read a second time, by one parser, which locates every problem in file order.
                #expect(path == nil && passes == 2)
            } else {
                #expect(path == .parallel && passes == 1)
            }
        }
        #expect(rejected > 100)
    }

    @Test func aQuotedLineBreakTakesTheCarefulPathWithTheSameResult() throws {
        // Line 3 opens a quoted note (an ignored column) that closes on line 4: lines are not records, so one parser reads it.
        let text = "站点编码,区域代码,时间,PM10,备注\nA1,510703,2015-03-01 01:00,80,\nA1,510703,2015-03-01 02:00,90,\"第一行\n第二行\"\nA1,510703,2015-03-01 03:00,70,\n"
        var g = SplitMix64(state: 3)
        let (got, path, _) = either(Array(text.utf8), using: &g)
        #expect(path == .careful(.quotes))
        #expect(got == careful(Array(text.utf8)))
        // Worked by hand: the row at line 5 (after the two-line row 3–4) starts its day at line 2; three hours.
        #expect(got.parts.count == 1 && got.parts[0].line == 2 && got.rows == 3)
        #expect(got.parts[0].pm10?.measure == DayMeasure(mean: 80, hours: 3))
    }

    @Test func anHourGivenInTwoPiecesIsRefusedAsOneParserRefusesIt() {
        // Two workers and blocks of the whole file: the first half goes to one reader, the second to the other,
        // and the 01:00 row repeated at the end lands in the other piece than the first one.
        var rows = ["站点编码,区域代码,时间,PM10"]
        for h in 1...23 { rows.append("A1,510703,2015-03-01 \(h < 10 ? "0" : "")\(h):00,\(50 + h)") }
        rows.append("A1,510703,2015-03-01 01:00,51")
        let bytes = Array((rows.joined(separator: "\n") + "\n").utf8)
        let reader = ParallelMonitoringReader(
            first: MonitoringImporter(
                fileName: "m.csv", knownAreas: known, hourLabel: .end, years: nil, today: nil, errorLimit: 100, utf8Only: true),
            workers: 2)
        #expect(reader.feed(Data(bytes)))
        #expect(reader.finish() == nil)
        #expect(reader.reason == .acrossPieces)
        var passes = 0
        let got = outcome {
            try MonitoringFile.read(fileName: "m.csv", knownAreas: known, workers: 2) { sink in
                passes += 1
                _ = try sink(Data(bytes))
            }.data
        }
        #expect(passes == 2)
        #expect(got == careful(bytes))
        #expect(got.rejection?.contains("m.csv:25:3") == true)
    }

    @Test func aGB18030FileTakesTheCarefulPath() {
        // The header 站点编码,区域代码,日期,PM10 in GB18030 (`iconv -t GB18030`), which is not UTF-8: the careful
        // path sniffs the encoding as before.
        let header: [UInt8] = [
            0xD5, 0xBE, 0xB5, 0xE3, 0xB1, 0xE0, 0xC2, 0xEB, 0x2C, 0xC7, 0xF8, 0xD3, 0xF2, 0xB4, 0xFA, 0xC2, 0xEB, 0x2C, 0xC8, 0xD5,
            0xC6, 0xDA, 0x2C, 0x50, 0x4D, 0x31, 0x30, 0x0A,
        ]
        let bytes = header + Array("A1,510703,2015-03-01,80\n".utf8)
        var g = SplitMix64(state: 5)
        let (got, path, _) = either(bytes, using: &g)
        #expect(path == .careful(.encoding))
        #expect(got == careful(bytes))
        #expect(got.parts.count == 1)
    }

    @Test func lineBreaksAreCountedAsTheParserCountsThem() {
        // LF, CRLF and a lone CR once each: "a\n" 1, "b\r\n" 1, "c\r" 1, "\r\n" 1, "d" 0 → 4.
        let bytes = Array("a\nb\r\nc\r\r\nd".utf8)
        #expect(bytes.withUnsafeBytes(countLineBreaks) == 4)
        // The word-at-a-time loop against a byte loop, on lengths around the 8-byte words.
        var g = SplitMix64(state: 9)
        for n in 0..<70 {
            let random = (0..<n).map { _ in [UInt8(ascii: "\n"), 0x0B, 0x8A, 0x09, UInt8(ascii: "x")][Int.random(in: 0..<5, using: &g)] }
            #expect(random.withUnsafeBytes(countLineBreaks) == random.filter { $0 == UInt8(ascii: "\n") }.count)
        }
    }
}
