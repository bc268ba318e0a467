import Foundation
import GRDB
import Testing

/// R-24a across separate imports (D-164, D-165): national files imported in two commands — the files up to the end
/// of a year, then the next year's — store exactly what importing them in one command stores: the first file of
/// the second import completes the last day of the first with its hour 0, in the national hours and in the PM
/// station-days, and only the import that stored each hour differs.
@Suite struct NationalSeparateImportsCommandTests {
    /// The files of `NationalStagedImportTests` (2014-12-27 … 2015-01-05, a copy of one day, stations shuffled,
    /// missing cells) written under `dir`, split by year.
    func write(_ dir: URL) throws -> (y2014: [String], y2015: [String]) {
        var out: (y2014: [String], y2015: [String]) = ([], [])
        for (i, f) in NationalStagedImportTests.files(seed: 7).enumerated() {
            let url = dir.appendingPathComponent("\(i)-" + f.name.replacingOccurrences(of: "/", with: "-"))
            try f.data.write(to: url)
            if f.name.contains("china_sites_2014") { out.y2014.append(url.path) } else { out.y2015.append(url.path) }
        }
        return out
    }

    /// The stored national hours and PM station-days without the import that stored them.
    func stored(_ cli: CLIHarness) throws -> [String] {
        let hours = try StoredNationalHour.all(cli.db).map { h in
            var h = h
            h.importID = ""
            return h.line
        }
        let days = try DatabaseQueue(path: cli.db).read { d in
            try Row.fetchAll(
                d,
                sql: """
                    SELECT station, area_code, day, pm10, pm10_hours, pm25, pm25_hours, pm10_sum, pm10_mask, pm25_sum, pm25_mask
                    FROM monitoring_day ORDER BY station, day
                    """
            ).map(\.description)
        }
        return hours + days
    }

    @Test func twoImportsSplitAtAYearEndStoreWhatOneImportStores() throws {
        let (one, _, _) = try NationalStagedImportTests().database()
        let (two, _, _) = try NationalStagedImportTests().database()
        let a = try write(one.workDir), b = try write(two.workDir)
        // 2014-12-27 … 12-31 and the copy of 12-31; 2015-01-01 … 01-05.
        #expect(a.y2014.count == 6 && a.y2015.count == 5)
        #expect(try one.runArgs(["monitoring", "import"] + a.y2014 + a.y2015).status == 0)
        #expect(try two.runArgs(["monitoring", "import"] + b.y2014).status == 0)
        // Before the 2015 files, 2014-12-31 lacks hour 24 (it is the 2015-01-01 file's hour 0).
        #expect(try !StoredNationalHour.all(two.db).contains { $0.day == "2014-12-31" && $0.hour == 24 })
        #expect(try two.runArgs(["monitoring", "import"] + b.y2015).status == 0)
        let whole = try stored(one)
        #expect(try stored(two) == whole)
        // The second import completed 2014-12-31: its hour 24 is the later import's, its hour 23 the first's.
        let lastDay = try StoredNationalHour.all(two.db).filter { $0.day == "2014-12-31" }
        let h24 = try #require(lastDay.first { h in h.hour == 24 && lastDay.contains { $0.station == h.station && $0.pollutant == h.pollutant && $0.hour == 23 } })
        let h23 = try #require(lastDay.first { $0.station == h24.station && $0.pollutant == h24.pollutant && $0.hour == 23 })
        #expect(Int(h24.importID)! > Int(h23.importID)!)
        #expect(whole.contains { $0.contains("day:\"2014-12-31\"") && $0.contains("hour:24") })
    }
}
