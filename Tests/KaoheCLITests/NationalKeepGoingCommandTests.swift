import Foundation
import GRDB
import KaoheCore
import Testing

/// `kaohe monitoring import --keep-going` with national daily files (issue 18, D-154): a national file with
/// problems is rejected alone, printed and counted as a rejected template file is (D-49), and the others are
/// stored; without the option the command still stores nothing (D-122).
@Suite struct NationalKeepGoingCommandTests {
    /// The files of 2015-02-01 … 02-05 (`CompositeNoticeCommandTests.file`, 2601A and 2602A), then in `later/`:
    /// 02-06 with one bad cell, and a copy of 02-03 whose SO2 of 2601A at hour 5 is 99 instead of 12.
    static func setUp() throws -> (cli: CLIHarness, good: [String], bad: String, conflicting: String) {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let dir = cli.workDir.appendingPathComponent("nat")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("later"), withIntermediateDirectories: true)
        var good: [String] = []
        for d in 1...5 {
            let f = CompositeNoticeCommandTests.file(d, stations: ["2601A", "2602A"])
            let url = dir.appendingPathComponent(f.name)
            try Data(f.text.utf8).write(to: url)
            good.append(url.path)
        }
        let six = CompositeNoticeCommandTests.file(6, stations: ["2601A", "2602A"])
        let badText = six.text.replacingOccurrences(of: "20150206,7,NO2,20,40", with: "20150206,7,NO2,2O,40")
        #expect(badText != six.text)
        let bad = dir.appendingPathComponent("later/" + six.name)
        try Data(badText.utf8).write(to: bad)
        let three = CompositeNoticeCommandTests.file(3, stations: ["2601A", "2602A"])
        let changed = three.text.replacingOccurrences(of: "20150203,5,SO2,12,30", with: "20150203,5,SO2,99,30")
        #expect(changed != three.text)
        let conflicting = dir.appendingPathComponent("later/copy-" + three.name)
        try Data(changed.utf8).write(to: conflicting)
        try Data(CompositeNoticeCommandTests.list.utf8).write(to: cli.workDir.appendingPathComponent("list.csv"))
        try Data(CompositeNoticeCommandTests.mapping.utf8).write(to: cli.workDir.appendingPathComponent("map.csv"))
        #expect(try cli.run("stations", "import", "--effective", "2014-01-01", cli.workDir.appendingPathComponent("list.csv").path).status == 0)
        #expect(try cli.run("stations", "map", cli.workDir.appendingPathComponent("map.csv").path).status == 0)
        return (cli, good, bad.path, conflicting.path)
    }

    func count(_ cli: CLIHarness, _ sql: String) throws -> Int {
        try DatabaseQueue(path: cli.db).read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }

    @Test func aNationalFileWithProblemsIsRejectedAloneAndTheOthersAreStored() throws {
        let (cli, good, bad, conflicting) = try Self.setUp()
        let dir = cli.workDir.appendingPathComponent("nat").path
        let run = try cli.run("monitoring", "import", "--keep-going", "--lang", "en", dir)
        #expect(run.status == 1)
        // Each rejected file: its located problems, then the template files' closing line for it.
        #expect(run.stderr.contains("\(bad):"))
        #expect(run.stderr.contains("\(bad): 1 error(s); the file was rejected and nothing from it was stored."))
        #expect(run.stderr.contains("\(conflicting):"))
        #expect(run.stderr.contains("SO2 of 2601A for hour 5 of 2015-02-03 is 99 here but 12 in \(good[2]):"))
        #expect(run.stderr.contains("\(conflicting): 1 error(s); the file was rejected and nothing from it was stored."))
        // The closing line names the files kept, as for template files.
        #expect(run.stderr.contains("2 of 7 files were rejected; 5 kept: \(good.joined(separator: ", "))"))
        // The five files kept give, per station, 01-31 (hour 24 only: the 02-01 file's hour 0, R-24a), 02-01 … 02-04
        // (24 hours each, 02-04's hour 24 from the 02-05 file's hour 0) and 02-05 (hours 1…23: its hour 24 was in the
        // rejected 02-06 file): 6 station-days × 2 stations = 12.
        #expect(run.stdout.contains("read 5 file(s) as 12 station-day(s)"))
        // SO2/NO2/CO/O3 hours per station: 4 × 24 + 23 + 1 = 120, × 4 pollutants × 2 stations = 960.
        #expect(run.stdout.contains("SO2/NO2/CO/O3 hours: 960 added"))
        let hours = try StoredNationalHour.all(cli.db)
        #expect(hours.count == 960)
        #expect(!hours.contains { $0.day == "2015-02-06" })
        #expect(hours.filter { $0.day == "2015-02-05" }.map(\.hour).max() == 23)
        // The conflicting copy stored nothing: 2601A's SO2 at 02-03 hour 5 is the first file's 12.
        #expect(hours.filter { $0.station == "2601A" && $0.day == "2015-02-03" && $0.pollutant == "SO2" && $0.hour == 5 }.map(\.value) == ["12"])
        // One import log entry, naming the kept files.
        #expect(try count(cli, "SELECT COUNT(*) FROM import_log WHERE kind = 'monitoring'") == 1)
        let name = try DatabaseQueue(path: cli.db).read { try String.fetchOne($0, sql: "SELECT file_name FROM import_log WHERE kind = 'monitoring'") }
        #expect(name == "\(good[0]) … \(good[4])")
    }

    @Test func withoutKeepGoingNothingIsStored() throws {
        let (cli, _, bad, conflicting) = try Self.setUp()
        let run = try cli.run("monitoring", "import", "--lang", "en", cli.workDir.appendingPathComponent("nat").path)
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(bad):") && run.stderr.contains("\(conflicting):"))
        #expect(run.stderr.contains("2 error(s); all 7 files were rejected and nothing from any of them was stored."))
        #expect(try StoredNationalHour.all(cli.db).isEmpty)
        #expect(try count(cli, "SELECT COUNT(*) FROM import_log WHERE kind = 'monitoring'") == 0)
    }
}
