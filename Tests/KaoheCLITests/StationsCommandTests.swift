import Foundation
import GRDB
import KaoheCore
import KaoheStore
import KaoheTestSupport
import Testing

/// `kaohe stations import|map|list|history` and `kaohe monitoring import` of national files with the stored
/// lists and mapping (issue 18, D-121, D-122).
@Suite struct StationsCommandTests {
    func harness() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        return cli
    }

    static let header = "监测点编码,监测点名称,城市,经度,纬度,对照点\n"
    static let list2015 = header + "2601A,市政府,绵阳,104.7303,31.4659,N\n2602A,高新区,绵阳,-,-,N\n2606A,三台,绵阳,-,-,N\n2607A,仙海湖,绵阳,-,-,Y\n1001A,万寿西宫,北京,116.3621,39.8784,N\n"
    static let mapping = "监测点编码,区域代码,起始日期,截止日期\n2601A,510703,2015-01-01,\n2602A,510704,2015-01-01,\n"

    @Test func listsAreVersionedByTheirDayAndEveryVersionIsKept() throws {
        let cli = try harness()
        let a = try cli.write("a.csv", Self.list2015)
        let b = try cli.write("b.csv", Self.header + "2601A,市政府,绵阳,-,-,N\n2608A,新站,绵阳,-,-,N\n")
        let c = try cli.write("c.csv", Self.header + "2601A,市政府,绵阳,-,-,N\n2608A,新站（更名）,绵阳,-,-,N\n")
        let first = try cli.run("stations", "import", "--lang", "en", "--effective", "2015-01-01", a)
        #expect(first.status == 0)
        #expect(first.stdout.contains("stored 5 station(s) (1 background), in force from 2015-01-01 (version 1 of that day)"))
        #expect(try cli.run("stations", "import", "--effective", "2016-01-01", b).status == 0)
        // The same day again is a new version that counts; the one before it is kept.
        let again = try cli.run("stations", "import", "--lang", "en", "--effective", "2016-01-01", c)
        #expect(again.stdout.contains("in force from 2016-01-01 (version 2 of that day)"))
        #expect(try cli.run("stations", "map", map(cli)).status == 0)

        let in2015 = try cli.run("stations", "list", "--lang", "en", "--on", "2015-12-31", "--format", "csv")
        #expect(in2015.status == 0)
        let lines2015 = in2015.stdout.dropFirst().components(separatedBy: "\r\n")
        #expect(lines2015[0] == "station,name,city,longitude,latitude,background,unit,mapped")
        #expect(lines2015[1] == "2601A,市政府,绵阳,104.7303,31.4659,no,510703,2015-01-01…")
        #expect(lines2015[4] == "2607A,仙海湖,绵阳,—,—,yes,—,—")
        #expect(!in2015.stdout.contains("2608A"))
        let in2016 = try cli.run("stations", "list", "--lang", "en", "--on", "2016-01-01")
        #expect(in2016.stdout.contains("新站（更名）"))
        #expect(!in2016.stdout.contains("新站,") && !in2016.stdout.contains("2602A"))
        #expect(in2016.stdout.contains("from 2016-01-01 (version 2 of that day, \(c)), 2 station(s), 1 mapped to a unit that day"))
        let before = try cli.run("stations", "list", "--lang", "en", "--on", "2014-12-31")
        #expect(before.status == 1)
        #expect(before.stderr.contains("no station list is in force on 2014-12-31 (the first takes effect on 2015-01-01)"))

        let history = try cli.run("stations", "history", "--lang", "en")
        #expect(history.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("2015-01-01") || $0.hasPrefix("2016-01-01") }.count == 3)
        #expect(history.stdout.contains("in force"))
        // Nothing stored is changed or deleted (D-121).
        let queue = try DatabaseQueue(path: cli.db)
        for table in ["station_list_version", "station_list_entry", "station_mapping_version", "station_mapping_entry"] {
            expectTriggerRefusal("a stored station list or mapping is never changed", "UPDATE \(table) SET rowid = rowid", in: queue)
            expectTriggerRefusal("a stored station list or mapping is kept with its history, never deleted", "DELETE FROM \(table)", in: queue)
        }
    }

    func map(_ cli: CLIHarness) throws -> String { try cli.write("mapping.csv", Self.mapping) }

    @Test func aMappingIsCheckedAgainstTheListsAndLocated() throws {
        let cli = try harness()
        let early = try cli.run("stations", "map", "--lang", "en", try map(cli))
        #expect(early.status == 1)
        #expect(early.stderr.contains("no station list is stored — import one first with kaohe stations import LIST --effective DATE"))
        #expect(try cli.run("stations", "import", "--effective", "2015-01-01", try cli.write("list.csv", Self.list2015)).status == 0)
        // Line 3 overlaps line 2 for 2601A; line 4 maps a background station; line 5 a station no list names.
        let bad = try cli.write(
            "bad.csv",
            "监测点编码,区域代码,起始日期,截止日期\n2601A,510703,2015-01-01,2015-12-31\n2601A,510704,2015-06-01,\n2607A,510703,2015-01-01,\n9999A,510703,2015-01-01,\n")
        let refused = try cli.run("stations", "map", "--lang", "en", bad)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("bad.csv:3:3 (起始日期): station 2601A is already assigned on these days (line 2) — make the periods of one station not overlap"))
        #expect(!refused.stderr.contains("9999A"), "the file's own errors come first; the list check runs on a clean file")
        let bad2 = try cli.write("bad2.csv", "监测点编码,区域代码,起始日期,截止日期\n2607A,510703,2015-01-01,\n9999A,510703,2015-01-01,\n")
        let refused2 = try cli.run("stations", "map", "--lang", "en", bad2)
        #expect(refused2.stderr.contains("bad2.csv:2:1 (监测点编码): station 2607A is a background station (对照点 = Y), which is not an assessment station"))
        #expect(refused2.stderr.contains("bad2.csv:3:1 (监测点编码): station 9999A is not in the station list"))
        let unknown = try cli.run("stations", "map", "--lang", "en", try cli.write("u.csv", "监测点编码,区域代码,起始日期,截止日期\n2601A,999999,2015-01-01,\n"))
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("unit(s) 999999 are not stored"))
        #expect(try AppDatabase.open(path: cli.db).stationMappingVersions().isEmpty, "nothing refused is stored")
        // A good mapping names the unmapped station of the city once; the background and the other city's are not named.
        let good = try cli.run("stations", "map", "--lang", "en", try map(cli))
        #expect(good.status == 0)
        #expect(good.stderr == "warning: station 2606A is in a city of the mapped units but is mapped to no unit\n")
        #expect(good.stdout.contains("stored 2 mapping row(s), 2 station(s) for 2 unit(s)"))
    }

    /// Two days of national files: a BOM, `-` and empty cells, a background station, an unmapped station,
    /// another city's station, and 2602A missing from the second file.
    func nationalFiles(_ cli: CLIHarness, folder: String) throws -> String {
        var d1 = "date,hour,type,2607A,2601A,2606A,1001A,2602A\n"
        for h in 1...23 {
            d1 += "20151231,\(h),PM10,30,80,90,100,60\n20151231,\(h),PM2.5,20,50,-,70,\n20151231,\(h),SO2,1,10,2,3,4\n"
            d1 += "20151231,\(h),CO,0.1,0.8,0.9,1.0,0.5\n20151231,\(h),PM10_24h,1,1,1,1,1\n"
        }
        try cli.write("\(folder)/2015/china_sites_20151231.csv", d1, bom: true)
        let d2 = "date,hour,type,2601A,2606A\n20160101,0,PM10,104,90\n20160101,0,SO2,14,2\n20160101,1,PM10,70,\n"
        try cli.write("\(folder)/2016/china_sites_20160101.csv", d2)
        return cli.workDir.appendingPathComponent(folder).path
    }

    @Test func monitoringImportFindsNationalFilesByTheirHeaderAndStoresWhatNationalImportStores() throws {
        let stored = try harness()
        #expect(try stored.run("stations", "import", "--effective", "2015-01-01", try stored.write("list.csv", Self.list2015)).status == 0)
        #expect(try stored.run("stations", "map", try map(stored)).status == 0)
        let run = try stored.run("monitoring", "import", "--lang", "en", try nationalFiles(stored, folder: "nat"))
        #expect(run.status == 0)
        // Named once for the import although it is in both files; background 2607A and Beijing's 1001A are not named.
        #expect(run.stderr == "warning: station 2606A is in a city of the mapped units but is mapped to no unit; its data was not imported\n")
        #expect(run.stdout.contains("read 2 file(s) as 3 station-day(s)"))

        let given = try harness()
        let list = try given.write("list.csv", Self.list2015)
        let direct = try given.run("national", "import", "--stations", list, "--mapping", try map(given), try nationalFiles(given, folder: "nat"))
        #expect(direct.status == 0)

        let a = try AppDatabase.open(path: stored.db), b = try AppDatabase.open(path: given.db)
        for pollutant in [Pollutant.pm10, .pm25] {
            #expect(try a.monitoringDays(year: 2015, pollutant: pollutant) == b.monitoringDays(year: 2015, pollutant: pollutant))
            #expect(try a.monitoringDays(year: 2016, pollutant: pollutant) == b.monitoringDays(year: 2016, pollutant: pollutant))
        }
        let from = Day(year: 2015, month: 12, day: 1)!, to = Day(year: 2016, month: 1, day: 31)!
        #expect(try a.nationalHours(from: from, to: to) == b.nationalHours(from: from, to: to))
        // Hand-worked (R-24a): 2015-12-31 of 2601A is hours 1…23 at 80 and hour 24 (file 2016-01-01, hour 0) at
        // 104: (23·80 + 104)/24 = 1944/24 = 81 over 24 hours. 2602A is missing from the second file: 23 hours of
        // 60. 2016-01-01 of 2601A has one hour (70). Only 2601A and 2602A are stored.
        let pm10 = try a.monitoringDays(year: 2015, pollutant: .pm10)
        #expect(pm10.map(\.station) == ["2601A", "2602A"])
        #expect(pm10.map(\.pm10) == [DayMeasure(mean: 81, hours: 24), DayMeasure(mean: 60, hours: 23)])
        #expect(pm10.map(\.areaCode) == ["510703", "510704"])
        #expect(try a.monitoringDays(year: 2016, pollutant: .pm10).map(\.pm10) == [DayMeasure(mean: 70, hours: 1)])
        // PM2.5 of 2602A is empty at every hour: no PM2.5 for it. SO2 of 2601A: 23 hours of 10 and hour 24 at 14.
        #expect(try a.monitoringDays(year: 2015, pollutant: .pm25).map(\.pm25) == [DayMeasure(mean: 50, hours: 23), nil])
        let so2 = try a.nationalHours(from: from, to: to).filter { $0.station == "2601A" && $0.pollutant == .so2 }
        #expect(so2.count == 24 && so2.last?.hour.hour == 24 && so2.last?.value == 14)
    }

    @Test func theListInForceOnAFilesDayDecidesAndCnemcRefusesOtherFiles() throws {
        let cli = try harness()
        #expect(try cli.run("stations", "import", "--effective", "2016-01-01", try cli.write("list.csv", Self.list2015)).status == 0)
        #expect(try cli.run("stations", "map", try map(cli)).status == 0)
        let run = try cli.run("monitoring", "import", "--lang", "en", try nationalFiles(cli, folder: "nat"))
        #expect(run.status == 1)
        #expect(run.stderr.contains("china_sites_20151231.csv: no station list is in force on 2015-12-31 (the first takes effect on 2016-01-01)"))
        #expect(try AppDatabase.open(path: cli.db).monitoringDays(year: 2016, pollutant: .pm10).isEmpty, "all or nothing")
        // --format cnemc reads a template file as national, and says it is not one.
        let template = try cli.run("monitoring", "import", "--lang", "en", "--format", "cnemc", "sample-data/monitoring/monitoring-2016.csv")
        #expect(template.status == 1)
        #expect(template.stderr.contains("the header does not begin with date,hour,type followed by station codes"))
        // A city file is recognised and refused with the reason and the files to give instead (D-124).
        let cities = try cli.write("china_cities_20160102.csv", "date,hour,type,北京,绵阳\n20160102,1,PM10,80,90\n")
        let refused = try cli.run("monitoring", "import", "--lang", "en", cities)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("china_cities_20160102.csv:1:4: this is a national city file (china_cities_YYYYMMDD.csv, one column per city), which is not imported"))
        #expect(refused.stderr.contains("give the china_sites_YYYYMMDD.csv files of the same days"))
    }

    @Test func nationalFilesNeedAStoredListAndMapping() throws {
        let cli = try harness()
        let folder = try nationalFiles(cli, folder: "nat")
        let noList = try cli.run("monitoring", "import", "--lang", "en", folder)
        #expect(noList.status == 1)
        #expect(noList.stderr.contains("national files need a stored station list — import one first with kaohe stations import LIST --effective DATE"))
        #expect(try cli.run("stations", "import", "--effective", "2015-01-01", try cli.write("list.csv", Self.list2015)).status == 0)
        let noMap = try cli.run("monitoring", "import", "--lang", "en", folder)
        #expect(noMap.stderr.contains("national files need a stored station-to-unit mapping — import one first with kaohe stations map FILE"))
    }
}
