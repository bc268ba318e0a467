import Foundation
import GRDB
import KaoheCSV
import KaoheCore
import KaoheStore
import Testing

@testable import kaohe

/// Differential (D-153): the staged national import — each file's kept hours written into the open transaction as
/// the file is read — stores exactly the rows, log entries and counts of the in-memory path it replaced
/// (`NationalImport.read`, then `MonitoringBatch.store` and `storeNationalHours`), and refuses alike.
@Suite struct NationalStagedImportTests {
    static let list = """
        监测点编码,监测点名称,城市,经度,纬度,对照点
        2601A,市政府,绵阳,-,-,N
        2602A,高新区,绵阳,-,-,N
        2603A,三台,绵阳,-,-,N
        2604A,江油,绵阳,-,-,N
        2607A,仙海湖,绵阳,-,-,Y
        1001A,万寿西宫,北京,-,-,N

        """
    /// 2602A's mapping ends with 2014 (its 2015-01-01 file's hour 0 still counts, for 12-31); 2604A is mapped from 2015-01-02 only (its 01-02 file's hour 0
    /// belongs to 01-01, unmapped, so that hour is dropped); 2603A is unmapped (named once); 2607A is background.
    static let mapping = """
        监测点编码,区域代码,起始日期,截止日期
        2601A,510703,2014-01-01,
        2602A,510704,2014-01-01,2014-12-31
        2604A,510724,2015-01-02,

        """

    /// A seeded generator (a 64-bit LCG), so every run builds the same files.
    struct Seeded {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    /// Files of 2014-12-27 … 2015-01-05 (a year boundary), station order shuffled per file, 2603A missing from
    /// every third file, one cell in nine empty or `-`, values with up to three decimals; a copy of one day under
    /// another name gives each of its hours twice with the same value.
    static func files(seed: UInt64) -> [(name: String, data: Data)] {
        var g = Seeded(state: seed)
        var out: [(String, Data)] = []
        let types = NationalHourlyFile.types
        for offset in 0..<10 {
            let day = Day(year: 2014, month: 12, day: 27)!.adding(days: offset)
            var stations = ["2601A", "2602A", "2603A", "2604A", "2607A", "1001A"]
            if offset % 3 == 0 { stations.removeAll { $0 == "2603A" } }
            for i in stations.indices.reversed() { stations.swapAt(i, g.next(i + 1)) }
            let stamp = day.description.replacingOccurrences(of: "-", with: "")
            var text = "date,hour,type," + stations.joined(separator: ",") + "\n"
            for hour in 0...23 {
                for type in types {
                    let cells = stations.map { _ -> String in
                        switch g.next(9) {
                        case 0: return ""
                        case 1: return "-"
                        default: return "\(g.next(300))" + (type.hasPrefix("CO") ? ".\(g.next(1000))" : "")
                        }
                    }
                    text += "\(stamp),\(hour),\(type)," + cells.joined(separator: ",") + "\n"
                }
            }
            out.append(("china_sites_\(stamp).csv", Data(text.utf8)))
        }
        out.append(("copy/" + out[4].0, out[4].1))
        for i in out.indices.reversed() { out.swapAt(i, g.next(i + 1)) }  // not in day order
        return out
    }

    /// A database with the sample areas, the list (from 2014-01-01) and the mapping stored.
    func database() throws -> (CLIHarness, AppDatabase, NationalStationBook) {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let list = cli.workDir.appendingPathComponent("list.csv")
        let map = cli.workDir.appendingPathComponent("map.csv")
        try Data(Self.list.utf8).write(to: list)
        try Data(Self.mapping.utf8).write(to: map)
        #expect(try cli.run("stations", "import", "--effective", "2014-01-01", list.path).status == 0)
        #expect(try cli.run("stations", "map", map.path).status == 0)
        let db = try AppDatabase.open(path: cli.db)
        return (cli, db, try #require(try db.stationBook()))
    }

    /// What an import gave, to compare the two paths.
    struct Outcome: Equatable {
        var stationDays: Int, withValue: Int, unmapped: [String], leftOut: [String]
        var added: Int, changed: Int, unchanged: Int, otherAdded: Int, otherUnchanged: Int
    }

    func inMemory(_ files: [(name: String, data: Data)], _ db: AppDatabase, _ book: NationalStationBook) throws -> Outcome {
        let r = try NationalImport.read(fileCount: files.count, file: { files[$0] }, book: book)
        return try db.importMonitoringBatch { batch in
            let o = try batch.store(r.parts, file: ImportFile(name: "national", sha256: "h"), rowCount: r.parts.count)
            let other = try batch.storeNationalHours(r.otherHours, importID: o.importID)
            return Outcome(
                stationDays: r.days.count, withValue: r.days.filter { !$0.day.means.isEmpty || $0.day.ozoneMax8h != nil }.count,
                unmapped: r.unmapped, leftOut: r.backgroundLeftOut.map(\.station), added: o.added, changed: o.changed, unchanged: o.unchanged,
                otherAdded: other.added, otherUnchanged: other.unchanged)
        }
    }

    /// The staged path; with `settling`, the files' named days are given, so a day no later file touches is
    /// stored while the files are read (D-176), else every station-day waits for the last file.
    /// `settles`, when given, is whether some day must have been settled (its hours stored while reading).
    func staged(
        _ files: [(name: String, data: Data)], _ db: AppDatabase, _ book: NationalStationBook, settling: Bool = true, settles: Bool? = nil
    ) throws -> Outcome {
        try db.importMonitoringBatch { batch in
            let staging = try batch.nationalStaging(unit: { book.unit(of: $0, on: $1) })
            let r = try NationalStagedImport.read(
                fileCount: files.count, file: { files[$0] }, book: book, staging: staging,
                fileDays: settling ? files.map { NationalHourlyFile.day(inFileName: $0.name) } : nil)
            if let settles { #expect((staging.logID != nil) == settles) }
            let o = try batch.store(r.parts, file: ImportFile(name: "national", sha256: "h"), rowCount: r.parts.count, logID: staging.logID)
            let other = try staging.storeHours(batch: batch, importID: o.importID)
            return Outcome(
                stationDays: r.stationDays, withValue: r.withValue, unmapped: r.unmapped, leftOut: r.backgroundLeftOut.map(\.station),
                added: o.added, changed: o.changed, unchanged: o.unchanged, otherAdded: other.added, otherUnchanged: other.unchanged)
        }
    }

    /// Every stored row of the tables the import writes, as text, in key order; "national_hour" is every stored
    /// national hour, one line each, as the per-hour table held them (D-165).
    func rows(_ cli: CLIHarness) throws -> [String: [String]] {
        try DatabaseQueue(path: cli.db).read { d in
            var out: [String: [String]] = [:]
            for (table, order) in [("monitoring_day", "station, day"), ("national_day", "station, day, pollutant"), ("import_log", "id")] {
                let columns = try d.columns(in: table).map(\.name).filter { !["recorded_at", "imported_at", "created_at"].contains($0) }
                out[table] = try Row.fetchAll(d, sql: "SELECT \(columns.joined(separator: ", ")) FROM \(table) ORDER BY \(order)").map { "\($0)" }
            }
            return out
        }.merging(["national_hour": try StoredNationalHour.all(cli.db).map(\.line)]) { a, _ in a }
    }

    func diagnostics(_ body: () throws -> Outcome) -> [String] {
        do {
            _ = try body()
            return ["no error"]
        } catch let error as DiagnosticsError {
            return error.diagnostics.map { $0.rendered(chinese: false) + " | " + $0.rendered(chinese: true) }
        } catch {
            return ["unexpected error"]
        }
    }

    /// The files in date order (by the day their names state, then the name).
    static func inDateOrder(_ files: [(name: String, data: Data)]) -> [(name: String, data: Data)] {
        files.sorted { ($0.name.split(separator: "/").last!, $0.name) < ($1.name.split(separator: "/").last!, $1.name) }
    }

    /// The three seeds' files shuffled (some days settle, others wait), each also in date order (every day but the
    /// last two settles as the files are read, D-176), without the files' days (none settles), in date order with
    /// the earliest file last under a name stating no day (none settles: a file still to come may touch any day),
    /// and in date order with the fourth file's name stating no day (only the days after it settle).
    @Test(arguments: [
        (UInt64(1), "shuffled"), (7, "shuffled"), (2026, "shuffled"), (1, "in date order"), (7, "in date order"), (2026, "no file days"),
        (1, "last undated"), (7, "undated in the middle"),
    ])
    func theStagedImportStoresTheInMemoryPathsRows(seed: UInt64, order: String) throws {
        var files = Self.files(seed: seed)
        if order != "shuffled" && order != "no file days" { files = Self.inDateOrder(files) }
        if order == "last undated" { files.append(("undated.csv", files.removeFirst().data)) }
        if order == "undated in the middle" { files[3].name = "undated.csv" }
        let settling = order != "no file days"
        let (ca, a, book) = try database()
        let (cb, b, _) = try database()
        let first = try inMemory(files, a, book)
        let settles: Bool? = order == "shuffled" ? nil : order == "in date order" || order == "undated in the middle"
        #expect(try staged(files, b, book, settling: settling, settles: settles) == first)
        // The generated set exercises what matters: station-days for three units, hours across the year boundary,
        // the unmapped and background stations named.
        #expect(first.stationDays > 20 && first.otherAdded > 1_000)
        #expect(first.unmapped == ["2603A"] && first.leftOut.isEmpty)
        let stored = try rows(ca)
        #expect(stored["national_hour"]!.contains { $0.contains("day:\"2014-12-31\"") && $0.contains("hour:24") })
        #expect(stored["monitoring_day"]!.contains { $0.contains("area_code:\"510724\"") })
        #expect(try rows(cb) == stored)
        // Again into the same databases: everything is already stored (unchanged), identically.
        let again = try inMemory(files, a, book)
        #expect(try staged(files, b, book, settling: settling) == again)
        #expect(again.added == 0 && again.otherAdded == 0 && again.otherUnchanged == first.otherAdded)
        #expect(try rows(cb) == rows(ca))
    }

    @Test func conflictsAndBadCellsAreRefusedAlikeAndNothingIsStored() throws {
        var files = Self.files(seed: 7)
        // A second copy of one day with one value changed: a located conflict naming the earlier cell.
        let copy = try #require(files.first { $0.name.hasPrefix("copy/") })
        var text = String(decoding: copy.data, as: UTF8.self)
        let line = try #require(text.split(separator: "\n").first { $0.contains(",5,SO2,") && !$0.contains(",,") && !$0.contains(",-") })
        let changed = line.split(separator: ",", omittingEmptySubsequences: false).enumerated().map { $0.offset == 3 ? "999999" : String($0.element) }
        text = text.replacingOccurrences(of: line, with: changed.joined(separator: ","))
        files.append(("again/" + copy.name, Data(text.utf8)))
        // A bad cell in another file.
        let bad = String(decoding: files[0].data, as: UTF8.self).replacingOccurrences(of: ",AQI,", with: ",AQI,abc", options: [], range: nil)
        files[0] = (files[0].name, Data(bad.utf8))
        let (ca, a, book) = try database()
        let (cb, b, _) = try database()
        let before = try rows(cb)
        let expected = diagnostics { try inMemory(files, a, book) }
        #expect(expected.count > 1 && expected.contains { $0.contains("999999") })
        #expect(diagnostics { try staged(files, b, book) } == expected)
        #expect(try rows(cb) == before)
        // The staging table went with the rolled-back transaction; a clean import still stores the same rows.
        let clean = Self.files(seed: 7)
        #expect(try staged(clean, b, book) == inMemory(clean, a, book))
        #expect(try rows(cb) == rows(ca))
    }

    /// A PM value that cannot be stored exactly (more than 9 decimals) on a day settled early (D-176) is reported as
    /// the in-memory path reports it: after every file's problems (a bad cell in the last file), and alone, as the
    /// first by station and day, when there is no other problem.
    @Test func aPMValueThatCannotBeStoredOnASettledDayIsReportedAfterEveryFilesProblems() throws {
        var files = Self.inDateOrder(Self.files(seed: 7))
        // The first file's first PM10 row: 2601A's cell (its column in that file) gets ten decimals.
        var first = String(decoding: files[0].data, as: UTF8.self)
        let header = first.split(separator: "\n")[0].split(separator: ",").map(String.init)
        let column = try #require(header.firstIndex(of: "2601A"))
        let row = try #require(first.split(separator: "\n").first { $0.contains(",1,PM10,") })
        var cells = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        cells[column] = "1.0000000001"
        first = first.replacingOccurrences(of: row, with: cells.joined(separator: ","))
        files[0].data = Data(first.utf8)
        let (_, a, book) = try database()
        let (cb, b, _) = try database()
        let before = try rows(cb)
        let alone = diagnostics { try inMemory(files, a, book) }
        #expect(alone.count == 1 && alone[0].contains("1.0000000001"))
        #expect(diagnostics { try staged(files, b, book, settles: true) } == alone)
        // A bad cell in the last file: the in-memory path reports it alone; so does the staged one.
        let last = files.count - 1
        files[last].data = Data(String(decoding: files[last].data, as: UTF8.self).replacingOccurrences(of: ",AQI,", with: ",AQI,abc").utf8)
        let expected = diagnostics { try inMemory(files, a, book) }
        #expect(expected.count >= 1 && !expected.contains { $0.contains("1.0000000001") })
        #expect(diagnostics { try staged(files, b, book) } == expected)
        #expect(try rows(cb) == before)
    }

    /// With `--keep-going` (D-154), files rejected alone — a bad cell in a middle file, and a copy of a later day with
    /// one value changed (a conflict with the file before it) — are rejected alike, and the kept files store the same
    /// rows, whether days settle as the files are read (D-176) or all wait for the last file.
    @Test func filesRejectedAloneAreTheSameWithAndWithoutSettling() throws {
        var files = Self.inDateOrder(Self.files(seed: 7)).filter { !$0.name.hasPrefix("copy/") }
        files[4].data = Data(String(decoding: files[4].data, as: UTF8.self).replacingOccurrences(of: ",AQI,", with: ",AQI,abc").utf8)
        var copy = String(decoding: files[6].data, as: UTF8.self)
        // 2601A's SO2 at an hour after 0 (a kept station, its column in that file) holding a number, changed.
        let column = try #require(copy.split(separator: "\n")[0].split(separator: ",").map(String.init).firstIndex(of: "2601A"))
        let line = try #require(copy.split(separator: "\n").first {
            let f = $0.split(separator: ",", omittingEmptySubsequences: false)
            return f[1] != "0" && f[2] == "SO2" && Int(f[column]) != nil
        })
        var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        cells[column] = "999999"
        copy = copy.replacingOccurrences(of: line, with: cells.joined(separator: ","))
        files.insert(("again/" + files[6].name, Data(copy.utf8)), at: 7)
        let all = files
        func run(_ settling: Bool) throws -> (outcome: Outcome, rejected: [String], rows: [String: [String]]) {
            let (cli, db, book) = try database()
            var rejected: [String] = []
            let outcome: Outcome = try db.importMonitoringBatch { batch in
                let staging = try batch.nationalStaging(unit: { book.unit(of: $0, on: $1) })
                let r = try NationalStagedImport.read(
                    fileCount: all.count, file: { all[$0] }, book: book, staging: staging,
                    fileDays: settling ? all.map { NationalHourlyFile.day(inFileName: $0.name) } : nil,
                    reject: { i, problems in rejected.append(all[i].name + " " + problems.map { $0.rendered(chinese: false) }.joined(separator: " | ")) })
                #expect((staging.logID != nil) == settling)
                let o = try batch.store(r.parts, file: ImportFile(name: "national", sha256: "h"), rowCount: r.parts.count, logID: staging.logID)
                let other = try staging.storeHours(batch: batch, importID: o.importID)
                return Outcome(
                    stationDays: r.stationDays, withValue: r.withValue, unmapped: r.unmapped, leftOut: r.backgroundLeftOut.map(\.station),
                    added: o.added, changed: o.changed, unchanged: o.unchanged, otherAdded: other.added, otherUnchanged: other.unchanged)
            }
            return (outcome, rejected, try rows(cli))
        }
        let settled = try run(true)
        let waited = try run(false)
        // Worked out: the two files named are rejected, each with its own problem, in file order.
        #expect(settled.rejected.count == 2 && settled.rejected[0].hasPrefix(files[4].name) && settled.rejected[1].hasPrefix("again/"))
        #expect(settled.rejected[1].contains("999999"))
        #expect(settled.outcome == waited.outcome && settled.rejected == waited.rejected)
        #expect(settled.rows == waited.rows)
    }
}
