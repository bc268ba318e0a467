import Foundation
import GRDB
import KaoheCore
import Testing

/// `kaohe monitoring import` of national files whose names state their days (D-176): a day no later file can touch
/// is stored while the files are read, under the id the import's log entry then gets; a conflict with stored hours
/// found on such a day still rejects every national file, and undoes those days, whether the command then fails
/// or (`--keep-going`) keeps the template files.
@Suite struct NationalSettledDaysCommandTests {
    /// A database with the list and mapping of `CompositeNoticeCommandTests`, the files of 2015-02-01 … 02-05
    /// imported (2601A and 2602A), and in `second/`: the 02-03 file with 2601A's SO2 at hour 5 changed from 12 to
    /// 99 (a conflict with the stored hour), then the files of 02-06 … 02-10; and a template file of 2603A.
    static func setUp() throws -> (cli: CLIHarness, second: [String], template: String) {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let list = cli.workDir.appendingPathComponent("list.csv"), map = cli.workDir.appendingPathComponent("map.csv")
        try Data(CompositeNoticeCommandTests.list.utf8).write(to: list)
        try Data(CompositeNoticeCommandTests.mapping.utf8).write(to: map)
        #expect(try cli.run("stations", "import", "--effective", "2014-01-01", list.path).status == 0)
        #expect(try cli.run("stations", "map", map.path).status == 0)
        let first = cli.workDir.appendingPathComponent("first"), second = cli.workDir.appendingPathComponent("second")
        for dir in [first, second] { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) }
        for d in 1...5 {
            let f = CompositeNoticeCommandTests.file(d, stations: ["2601A", "2602A"])
            try Data(f.text.utf8).write(to: first.appendingPathComponent(f.name))
        }
        #expect(try cli.run("monitoring", "import", first.path).status == 0)
        var paths: [String] = []
        let three = Self.withoutPM(CompositeNoticeCommandTests.file(3, stations: ["2601A", "2602A"]).text)
        let changed = three.replacingOccurrences(of: "20150203,5,SO2,12,30", with: "20150203,5,SO2,99,30")
        #expect(changed != three)
        let threeName = CompositeNoticeCommandTests.file(3, stations: ["2601A"]).name
        try Data(changed.utf8).write(to: second.appendingPathComponent(threeName))
        paths.append(second.appendingPathComponent(threeName).path)
        for d in 6...10 {
            let f = CompositeNoticeCommandTests.file(d, stations: ["2601A", "2602A"])
            try Data(f.text.utf8).write(to: second.appendingPathComponent(f.name))
            paths.append(second.appendingPathComponent(f.name).path)
        }
        let template = cli.workDir.appendingPathComponent("template.csv")
        try Data("站点编码,区域代码,日期,PM10,PM2.5,沙尘\n2603A,510724,2015-03-01,80,40,否\n".utf8).write(to: template)
        return (cli, paths, template.path)
    }

    /// A national file's text without its PM rows: only its SO2/NO2/CO/O3 hours (R-24a: a file that carries only
    /// some pollutants replaces only those), so a file of a day already stored meets no PM conflict.
    static func withoutPM(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains(",PM") }.joined(separator: "\n")
    }

    /// Every stored national hour and PM station-day, and the import log's kinds and names, as lines.
    func stored(_ cli: CLIHarness) throws -> [String] {
        let hours = try StoredNationalHour.all(cli.db).map(\.line)
        let rest = try DatabaseQueue(path: cli.db).read { db in
            try String.fetchAll(db, sql: "SELECT station || ' ' || day || ' ' || coalesce(pm10, '') || ' ' || import_id FROM monitoring_day ORDER BY station, day")
                + String.fetchAll(db, sql: "SELECT id || ' ' || kind || ' ' || file_name FROM import_log ORDER BY id")
        }
        return hours + rest
    }

    func foreignKeyProblems(_ cli: CLIHarness) throws -> Int {
        try DatabaseQueue(path: cli.db).read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check").count }
    }

    @Test func aConflictFoundOnASettledDayUndoesTheNationalFilesAndKeepsTheTemplateFile() throws {
        let (cli, second, template) = try Self.setUp()
        let before = try stored(cli)
        let run = try cli.runArgs(["monitoring", "import", "--keep-going", "--lang", "en", template] + second)
        #expect(run.status == 1)
        #expect(run.stderr.contains("SO2 of 2601A for hour 5 of 2015-02-03 is 99 here but 12 is stored"))
        #expect(run.stderr.contains("2015-02-03.csv") || run.stderr.contains(second[0]))
        let after = try stored(cli)
        // Worked by hand: nothing of 02-05's hour 24 or of 02-06 … 02-10 (settled as the files were read, then
        // undone); the template's one station-day and its log entry (id 3: areas 1, first import 2) were kept.
        #expect(!after.contains { $0.contains("2015-02-06") || $0.contains("2015-02-10") })
        #expect(after.filter { !before.contains($0) } == ["2603A 2015-03-01 80 3", "3 monitoring \(template)"])
        #expect(before.allSatisfy { after.contains($0) } && after.count == before.count + 2)
        #expect(try foreignKeyProblems(cli) == 0)
    }

    @Test func withoutKeepGoingTheConflictStoresNothing() throws {
        let (cli, second, template) = try Self.setUp()
        let before = try stored(cli)
        let run = try cli.runArgs(["monitoring", "import", "--lang", "en", template] + second)
        #expect(run.status == 1)
        #expect(run.stderr.contains("SO2 of 2601A for hour 5 of 2015-02-03 is 99 here but 12 is stored"))
        #expect(try stored(cli) == before)
    }

    @Test func settledHoursCarryTheIdTheImportLogEntryGets() throws {
        let (cli, second, template) = try Self.setUp()
        // The 02-03 file's SO2/NO2/CO/O3 again as first imported: nothing conflicts.
        let three = Self.withoutPM(CompositeNoticeCommandTests.file(3, stations: ["2601A", "2602A"]).text)
        try Data(three.utf8).write(to: URL(fileURLWithPath: second[0]))
        let run = try cli.runArgs(["monitoring", "import", "--lang", "en", template] + second)
        #expect(run.status == 0)
        // The template file is stored first (id 3), the national files last (id 4), as before D-176.
        let log = try DatabaseQueue(path: cli.db).read { try String.fetchAll($0, sql: "SELECT id || ' ' || file_name FROM import_log WHERE id > 2 ORDER BY id") }
        #expect(log == ["3 \(template)", "4 \(second[0]) … \(second[5])"])
        // Worked by hand: 02-05's hour 24 (from the 02-06 file's hour 0) and 02-06 … 02-09 (24 hours each) and 02-10
        // (hours 1…23) are new: 1 + 4 × 24 + 23 = 120 hours per station and pollutant, × 4 pollutants × 2 stations.
        let hours = try StoredNationalHour.all(cli.db)
        let new = hours.filter { $0.importID == "4" }
        #expect(new.count == 960)
        #expect(new.contains { $0.day == "2015-02-05" && $0.hour == 24 } && new.contains { $0.day == "2015-02-10" && $0.hour == 23 })
        #expect(try foreignKeyProblems(cli) == 0)
    }

    /// Conflicts with stored hours on settled days are met day by day (D-176): 2602A's on 02-03 (settled before the
    /// 02-06 file) before 2601A's on 02-04 (settled before the 02-07 file); by station, as when every day waited
    /// for the last file, 2601A's would come first.
    @Test func conflictsOnSettledDaysComeDayByDay() throws {
        let (cli, second, _) = try Self.setUp()
        let three = Self.withoutPM(CompositeNoticeCommandTests.file(3, stations: ["2601A", "2602A"]).text)
            .replacingOccurrences(of: "20150203,5,SO2,12,30", with: "20150203,5,SO2,12,31")
        let four = Self.withoutPM(CompositeNoticeCommandTests.file(4, stations: ["2601A", "2602A"]).text)
            .replacingOccurrences(of: "20150204,5,SO2,12,30", with: "20150204,5,SO2,99,30")
        #expect(three.contains(",5,SO2,12,31") && four.contains(",5,SO2,99,30"))
        try Data(three.utf8).write(to: URL(fileURLWithPath: second[0]))
        let fourPath = URL(fileURLWithPath: second[0]).deletingLastPathComponent().appendingPathComponent(
            CompositeNoticeCommandTests.file(4, stations: ["2601A"]).name).path
        try Data(four.utf8).write(to: URL(fileURLWithPath: fourPath))
        let before = try stored(cli)
        let run = try cli.runArgs(["monitoring", "import", "--lang", "en", second[0], fourPath] + second.dropFirst())
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        let a = lines.firstIndex { $0.contains("SO2 of 2602A for hour 5 of 2015-02-03 is 31 here but 30 is stored") }
        let b = lines.firstIndex { $0.contains("SO2 of 2601A for hour 5 of 2015-02-04 is 99 here but 12 is stored") }
        #expect(a != nil && b != nil && a! < b!)
        #expect(try stored(cli) == before)
    }
}
