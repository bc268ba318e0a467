import Foundation
import GRDB
import KaoheCSV
import KaoheCore
import KaoheStore
import KaoheTestSupport
import Testing

/// The monitoring import's fast paths (issue 14: the parallel read, D-101; the keyed table and the store's
/// per-station checks, D-150) store exactly what the careful single-parser path stores, and a file refused
/// after thousands of its station-days were inserted leaves nothing behind.
@Suite struct MonitoringStorePathTests {
    static let header = "站点编码,区域代码,时间,PM10,PM2.5,沙尘,备注\n"

    /// An hourly file of `stations` stations over `days` days of 2015 from `firstDay`, rows shuffled by `g`:
    /// about one value in 13 missing (none at 00:00), one dust cell in 50, 00:00 rows (the last hour of the day before, R-24a).
    static func hourly(stations: Range<Int>, firstDay: Int, days: Int, using g: inout SplitMix64) -> [String] {
        var rows: [String] = []
        for s in stations {
            let unit = s % 2 == 0 ? "510703" : "510704"
            for d in firstDay..<(firstDay + days) {
                let day = Day(year: 2015, month: 1, day: 1)!.adding(days: d)
                for h in 0..<24 {
                    // Both values at 00:00, so a day of one row (2014-12-31) still has values.
                    let pm10 = h > 0 && g.next() % 13 == 0 ? "" : "\(20 + g.next() % 300).\(g.next() % 10)"
                    let pm25 = h > 0 && g.next() % 13 == 0 ? "" : "\(10 + g.next() % 200)"
                    let dust = g.next() % 50 == 0 ? "是" : (g.next() % 3 == 0 ? "否" : "")
                    rows.append("S\(s),\(unit),\(day) \(h < 10 ? "0" : "")\(h):00,\(pm10),\(pm25),\(dust),\n")
                }
            }
        }
        rows.shuffle(using: &g)
        return rows
    }

    func write(_ text: String, _ name: String, in cli: CLIHarness) throws -> String {
        let path = cli.workDir.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Every column of every stored station-day, in key order.
    func stored(_ cli: CLIHarness) throws -> [String] {
        let queue = try DatabaseQueue(path: cli.db)
        defer { try? queue.close() }
        return try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM monitoring_day ORDER BY station, day").map(\.description)
        }
    }

    /// Imports `files` one command each into a fresh database, on the default path or with one parser, and
    /// returns what each command printed and what was stored.
    func importAll(_ files: [String], singleParser: Bool) throws -> (outputs: [String], rows: [String]) {
        let cli = try CLIHarness()
        try cli.run("areas", "import", "sample-data/areas.csv")
        var outputs: [String] = []
        for (i, text) in files.enumerated() {
            let path = try write(text, "m\(i).csv", in: cli)
            let result = try cli.runWith(
                ["monitoring", "import", path, "--lang", "en"],
                environment: singleParser ? ["KAOHE_MONITORING_SINGLE_PARSER": "1"] : [:])
            outputs.append("\(result.status) \(result.stdout.replacingOccurrences(of: path, with: "m\(i).csv")) \(result.stderr.replacingOccurrences(of: path, with: "m\(i).csv"))")
        }
        return (outputs, try stored(cli))
    }

    @Test func theDefaultAndTheSingleParserPathStoreTheSameStationDays() throws {
        var g = SplitMix64(state: 14)
        // File 1: stations 0…29 for 20 days. File 2: stations 20…39 over days 15…39, so it adds hours to days
        // already stored (merge, R-24a), new days of known stations and new stations (about 30 kB each).
        let first = Self.header + Self.hourly(stations: 0..<30, firstDay: 0, days: 20, using: &g).joined()
        // File 2 gives the known stations only the days after the stored ones (its hours would otherwise
        // overlap stored hours with other values: a conflict); the 00:00 row of day 20 completes day 19.
        let second = Self.header + Self.hourly(stations: 20..<40, firstDay: 20, days: 20, using: &g).joined()
        // File 3: a quoted line break in the note of one row: lines are not records, one parser reads it.
        var third = Self.hourly(stations: 40..<44, firstDay: 0, days: 3, using: &g)
        third[7] = third[7].dropLast(1) + "\"第一行\n第二行\"\n"
        let quoted = Self.header + third.joined()
        let known: Set<String> = ["510703", "510704"]
        let read = try MonitoringFile.read(fileName: "m2.csv", knownAreas: known, parallel: true, workers: 2) { sink in
            _ = try sink(Data(quoted.utf8))
        }
        #expect(read.path == .careful(.quotes))
        let parallel = try MonitoringFile.read(fileName: "m0.csv", knownAreas: known, parallel: true, workers: 2) { sink in
            _ = try sink(Data(first.utf8))
        }
        #expect(parallel.path == .parallel)

        let fast = try importAll([first, second, quoted], singleParser: false)
        let careful = try importAll([first, second, quoted], singleParser: true)
        #expect(fast.outputs == careful.outputs)
        #expect(fast.rows == careful.rows)
        // Worked by hand: file 1 stores 30 × 21 station-days (day 0's
        // 00:00 row belongs to 2014-12-31, so each station has 2014-12-31 … 2015-01-20: 21 days); file 2 adds,
        // for its 20 stations, 2015-01-20 (merged for the 10 known ones: its 00:00 row of 2015-01-21 is hour 23
        // of 2015-01-20) … 2015-02-09: 21 days each, of which 10 merge into stored days; file 3: 4 × 4 days.
        #expect(fast.rows.count == 30 * 21 + 20 * 21 - 10 + 4 * 4)
        for output in fast.outputs { #expect(output.hasPrefix("0 ")) }
    }

    @Test func aConflictAfterThousandsOfInsertedDaysStoresNothing() throws {
        var g = SplitMix64(state: 15)
        let cli = try CLIHarness()
        try cli.run("areas", "import", "sample-data/areas.csv")
        // Station S9 is stored for 510704 (odd numbers are 510704 in `hourly`).
        let earlier = try write(Self.header + Self.hourly(stations: 9..<10, firstDay: 0, days: 2, using: &g).joined(), "earlier.csv", in: cli)
        #expect(try cli.run("monitoring", "import", earlier).status == 0)
        let before = try cli.dumpTables()
        // The new file holds stations S10…S39 (stored first: "S10" < "S9" in key order, 30 × 21 station-days)
        // and S9 again with another unit in its last row: the store refuses it after inserting the others.
        var rows = Self.hourly(stations: 10..<40, firstDay: 0, days: 20, using: &g)
        rows.append("S9,510703,2015-01-01 05:00,80,40,,\n")
        let path = try write(Self.header + rows.joined(), "later.csv", in: cli)
        for single in [false, true] {
            let result = try cli.runWith(
                ["monitoring", "import", path, "--lang", "en"], environment: single ? ["KAOHE_MONITORING_SINGLE_PARSER": "1"] : [:])
            #expect(result.status == 1)
            #expect(result.stdout == "")
            // The located conflict names the row's line: the header is line 1, the appended row the last (after
            // the header's warning about the note column).
            #expect(result.stderr.contains("\n\(path):\(rows.count + 1) (区域代码): station S9 is stored for unit 510704, not 510703;"))
            #expect(result.stderr.hasSuffix("\(path): conflicts with stored data (1 listed); the file was rejected and nothing from it was stored.\n"))
            #expect(try cli.dumpTables() == before)
        }
    }
}
