import Foundation
import KaoheCore
import KaoheStore
import Testing

/// `kaohe national import` and `kaohe national index` (issue 18, D-68 to D-72).
@Suite struct NationalCommandTests {
    func harness() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        return cli
    }

    static let list = "监测点编码,监测点名称,城市,经度,纬度,对照点\n2601A,市政府,绵阳,-,-,N\n2606A,三台,绵阳,-,-,N\n2607A,仙海湖,绵阳,-,-,Y\n"
    static let mapping = "监测点编码,区域代码,起始日期,截止日期\n2601A,510703,2015-01-01,\n"

    /// A file of `stamp` (YYYYMMDD) with PM10 = `value` at every listed hour for 2601A, 2606A and 2607A.
    func day(_ stamp: String, hours: ClosedRange<Int>, value: Int) -> String {
        var text = "date,hour,type,2607A,2601A,2606A\n"
        for h in hours { text += "\(stamp),\(h),PM10,1,\(value),2\n\(stamp),\(h),PM10_24h,999,999,999\n" }
        return text
    }

    @Test func hoursAcrossTheDayBoundaryMergeIntoTheMonitoringStore() throws {
        let cli = try harness()
        let list = try cli.write("stations.csv", Self.list)
        let map = try cli.write("mapping.csv", Self.mapping)
        // 2015-03-01: hours 1…23 at 80 from its file, hour 24 at 104 from the file of 03-02 (R-24a):
        // (23·80 + 104)/24 = (1840 + 104)/24 = 1944/24 = 81.
        _ = try cli.write("files/2015/china_sites_20150301.csv", day("20150301", hours: 1...23, value: 80))
        _ = try cli.write("files/2015/china_sites_20150302.csv", day("20150302", hours: 0...0, value: 104))
        let run = try cli.run("national", "import", "--lang", "en", "--stations", list, "--mapping", map, cli.workDir.appendingPathComponent("files").path)
        #expect(run.status == 0)
        #expect(run.stderr.contains("warning: station 2606A is in a city of the mapped units but is mapped to no unit"))
        #expect(!run.stderr.contains("2607A"))
        let days = try AppDatabase.open(path: cli.db).monitoringDays(year: 2015, pollutant: .pm10)
        #expect(days.map(\.station) == ["2601A"])
        #expect(days.first?.day == Day(year: 2015, month: 3, day: 1))
        #expect(days.first?.pm10 == DayMeasure(mean: 81, hours: 24))
    }

    @Test func aBadCellInAnyFileStoresNothing() throws {
        let cli = try harness()
        let list = try cli.write("stations.csv", Self.list)
        let map = try cli.write("mapping.csv", Self.mapping)
        let good = try cli.write("china_sites_20150301.csv", day("20150301", hours: 1...23, value: 80))
        let bad = try cli.write("china_sites_20150302.csv", "date,hour,type,2601A\n20150302,0,PM10,x1\n")
        let run = try cli.run("national", "import", "--lang", "en", "--stations", list, "--mapping", map, good, bad)
        #expect(run.status == 1)
        #expect(run.stderr.contains("china_sites_20150302.csv:2:4 (2601A): "))
        #expect(run.stderr.contains("nothing from any of them was stored"))
        #expect(try AppDatabase.open(path: cli.db).monitoringDays(year: 2015, pollutant: .pm10).isEmpty)
    }

    @Test func theSampleWeekImportsAndRanksByTheIndex() throws {
        let cli = try harness()
        let args = ["--stations", "sample-data/national/stations.csv", "--mapping", "sample-data/national/mapping.csv", "sample-data/national/2017"]
        #expect(try cli.runArgs(["national", "import"] + args).status == 0)
        let index = try cli.runArgs(["national", "index", "--year", "2017", "--month", "1"] + args)
        #expect(index.status == 0)
        let rows = index.stdout.split(separator: "\n").filter { $0.contains("5107") || $0.contains("MY-GXQ") }
        #expect(rows.count == 4)
        #expect(index.stdout.contains("综合指数"))
        // A week is not a complete month (27 valid days, R-24): no unit is ranked, and the output says why.
        #expect(rows.allSatisfy { $0.trimmingCharacters(in: .whitespaces).hasPrefix("—") })
        #expect(index.stdout.contains("不参与排名"))
        // Without files the index comes from what was imported, and is the same (D-73).
        let stored = try cli.run("national", "index", "--year", "2017", "--month", "1")
        #expect(stored.status == 0)
        #expect(stored.stdout == index.stdout)
    }

    @Test func anotherValueForAStoredHourOfSO2IsRefusedAndStoresNothing() throws {
        let cli = try harness()
        let list = try cli.write("stations.csv", Self.list)
        let map = try cli.write("mapping.csv", Self.mapping)
        let first = try cli.write("a/china_sites_20150301.csv", "date,hour,type,2601A\n20150301,5,SO2,12\n20150301,5,PM10,80\n")
        #expect(try cli.run("national", "import", "--stations", list, "--mapping", map, first).status == 0)
        // The same hour again, same SO2 but a new PM10 hour and another SO2 value for hour 5.
        let second = try cli.write("b/china_sites_20150301.csv", "date,hour,type,2601A\n20150301,5,SO2,13\n20150301,6,PM10,90\n")
        let run = try cli.run("national", "import", "--lang", "en", "--stations", list, "--mapping", map, second)
        #expect(run.status == 1)
        #expect(run.stderr.contains("b/china_sites_20150301.csv:2:4 (2601A): SO2 of 2601A for hour 5 of 2015-03-01 is 13 here but 12 is stored"))
        #expect(run.stderr.contains("Nothing was stored."))
        // The PM10 hour of the refused file was not kept either: still one hour (80) for the day.
        let days = try AppDatabase.open(path: cli.db).monitoringDays(year: 2015, pollutant: .pm10)
        #expect(days.first?.pm10 == DayMeasure(mean: 80, hours: 1))
        let day = Day(year: 2015, month: 3, day: 1)!
        let hours = try AppDatabase.open(path: cli.db).nationalHours(from: day, to: day)
        #expect(hours.map(\.value) == [12])
    }

    @Test func moreThanAHundredConflictsAreCountedNotDropped() throws {
        let cli = try harness()
        let list = try cli.write("stations.csv", Self.list)
        let map = try cli.write("mapping.csv", Self.mapping)
        func files(_ folder: String, value: Int) throws -> String {
            for stamp in ["20150301", "20150302"] {
                var text = "date,hour,type,2601A\n"
                for h in 1...23 { for t in ["SO2", "NO2", "CO", "O3"] { text += "\(stamp),\(h),\(t),\(value)\n" } }
                _ = try cli.write("\(folder)/china_sites_\(stamp).csv", text)
            }
            return cli.workDir.appendingPathComponent(folder).path
        }
        #expect(try cli.run("national", "import", "--stations", list, "--mapping", map, try files("a", value: 1)).status == 0)
        // 2 days × 23 hours × 4 pollutants = 184 conflicting hours: 100 listed, the other 84 counted.
        let run = try cli.run("national", "import", "--lang", "en", "--stations", list, "--mapping", map, try files("b", value: 2))
        #expect(run.status == 1)
        #expect(run.stderr.components(separatedBy: "is stored").count - 1 == 100)
        #expect(run.stderr.contains("84 more conflict(s) with stored national hours are not listed (184 in all)"))
    }
}
