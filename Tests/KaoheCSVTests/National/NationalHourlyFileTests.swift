import Foundation
import KaoheCSV
import KaoheCore
import Testing

/// The national daily files (D-68): hours, types, encodings, missing values and located errors.
@Suite struct NationalHourlyFileTests {
    static let dec31 = Day(year: 2014, month: 12, day: 31)!
    static let jan1 = Day(year: 2015, month: 1, day: 1)!

    func read(_ text: String, file: String = "china_sites_20150101.csv", keep: Set<String> = ["1001A", "1002A"]) throws -> NationalFileReading {
        try NationalHourlyFile.read(Data(text.utf8), file: file, keep: { keep.contains($0) })
    }

    func messages(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    static let file = """
        date,hour,type,1001A,1002A,1003A
        20150101,0,AQI,80,90,100
        20150101,0,PM2.5,50,,70
        20150101,0,PM2.5_24h,999,999,999
        20150101,0,CO,1.25,-,2
        20150101,1,PM2.5,55,61,72
        20150101,1,O3_8h,40,41,42

        """

    @Test func keepsOnlyTheSixPollutantsOfMappedStationsOnTheirNaturalDays() throws {
        let r = try read(Self.file)
        #expect(r.fileDay == Self.jan1)
        #expect(r.stations == ["1001A", "1002A", "1003A"])
        let got = Set(r.values.map { "\($0.station) \($0.pollutant.rawValue) \($0.hour.day) \($0.hour.hour) \($0.value)" })
        // Hour 0 → hour 24 of 2014-12-31 (R-24a); AQI, *_24h and O3_8h are not kept; 1003A is not kept;
        // the empty PM2.5 and the `-` CO of 1002A are missing.
        #expect(got == [
            "1001A PM2.5 2014-12-31 24 50", "1001A CO 2014-12-31 24 1.25",
            "1001A PM2.5 2015-01-01 1 55", "1002A PM2.5 2015-01-01 1 61",
        ])
    }

    @Test func aBOMAndGB18030AreRead() throws {
        let bom = try NationalHourlyFile.read(Data([0xEF, 0xBB, 0xBF] + Array(Self.file.utf8)), file: "china_sites_20150101.csv", keep: { $0 == "1001A" })
        #expect(bom.values.count == 3)
        // A column named in Chinese, saved as GB18030, reads the same (a file of only such columns is a city
        // file, refused by D-124; see NationalFileKindTests).
        let sites = "date,hour,type,1001A,天津站\n20150101,1,PM10,100,120\n"
        let gb = try NationalHourlyFile.read(Data(encoded(sites, as: "GB18030")), file: "x.csv", keep: { $0 == "天津站" })
        #expect(gb.stations == ["1001A", "天津站"])
        #expect(gb.values.map(\.value) == [120])
        #expect(gb.values.first?.pollutant == .pm10)
    }

    @Test func everyBadCellIsLocated() {
        let text = """
            date,hour,type,1001A,1002A
            20150101,1,PM10,abc,-5
            20150101,24,PM10,1,2
            20150101,2,PM11,1,2
            20150102,3,PM10,1,2
            20150101,4,PM10,1
            20150101,1,PM10,7,8
            """
        let found = messages { _ = try read(text) }
        #expect(found.count == 7)
        #expect(found[0].hasPrefix("china_sites_20150101.csv:2:4 (1001A): "))
        #expect(found[1].hasPrefix("china_sites_20150101.csv:2:5 (1002A): the PM10 value -5 is negative"))
        #expect(found[2].hasPrefix("china_sites_20150101.csv:3:2 (hour): “24” is not an hour 0–23"))
        #expect(found[3].hasPrefix("china_sites_20150101.csv:4:3 (type): “PM11” is not a type"))
        #expect(found[4].hasPrefix("china_sites_20150101.csv:5:1 (date): the date 20150102 differs"))
        #expect(found[5].hasPrefix("china_sites_20150101.csv:6:5: the row has 4 fields but the header has 5"))
        #expect(found[6].hasPrefix("china_sites_20150101.csv:7:3 (type): hour 1 of PM10 is given twice (first on line 2)"))
        // Chinese by default for people.
        do {
            _ = try read(text)
        } catch let error as DiagnosticsError {
            #expect(error.rendered(chinese: true).contains("为负数"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func theDateMustMatchTheFileNameAndTheHeaderMustBeNational() {
        let wrongDay = messages { _ = try read("date,hour,type,1001A\n20150102,1,PM10,1\n") }
        #expect(wrongDay.count == 1)
        #expect(wrongDay[0].contains("differs from the day in the file name (2015-01-01)"))
        let notNational = messages { _ = try read("站点,时间,PM10\nS1,2015-01-01,1\n") }
        #expect(notNational.count == 1)
        #expect(notNational[0].hasPrefix("china_sites_20150101.csv:1:1: the header does not begin with date,hour,type"))
        #expect(NationalHourlyFile.day(inFileName: "2015/china_sites_20150230.csv") == nil)
        #expect(NationalHourlyFile.day(inFileName: "data/2015/china_sites_20151231.csv") == Day(year: 2015, month: 12, day: 31))
    }

    @Test func hoursMergeAcrossFilesAndTheYearBoundary() throws {
        // The file of 2014-12-31 gives hours 05…23 (19 hours); the file of 2015-01-01 gives hour 00, which
        // is hour 24 of 2014-12-31 (R-24a): 20 hours, a valid day. Stations change order, and 1002A is
        // missing from the second file.
        var rows = ["date,hour,type,1001A,1002A"]
        for h in 5...23 { rows.append("20141231,\(h),PM10,\(h),1") }
        let first = try read(rows.joined(separator: "\n"), file: "2014/china_sites_20141231.csv")
        let second = try read("date,hour,type,1003A,1001A\n20150101,0,PM10,9,100\n20150101,0,SO2,9,\n", file: "2015/china_sites_20150101.csv")
        var merge = NationalHourMerge()
        merge.add(first)
        merge.add(second)
        #expect(merge.problems.isEmpty)
        #expect(merge.stationsSeen == ["1001A", "1002A", "1003A"])
        let days = merge.stationDays()
        let a = try #require(days.first { $0.station == "1001A" && $0.day == Self.dec31 })
        // (5 + 6 + … + 23) = 266, + 100 = 366, over 20 hours = 18.3.
        #expect(a.means[.pm10] == Decimal(string: "18.3"))
        let b = try #require(days.first { $0.station == "1002A" && $0.day == Self.dec31 })
        #expect(b.means[.pm10] == nil)
        #expect(b.hourCounts[.pm10] == 19)
        #expect(!days.contains { $0.day == Self.jan1 })
        // The same hour again with the same value changes nothing; with another value it is a located conflict.
        merge.add(second)
        #expect(merge.problems.isEmpty)
        let clash = try read("date,hour,type,1001A\n20150101,0,PM10,101\n", file: "again/china_sites_20150101.csv")
        merge.add(clash)
        #expect(merge.problems.map(\.description) == [
            "again/china_sites_20150101.csv:2:4 (1001A): PM10 of 1001A for hour 24 of 2014-12-31 is 101 here but 100 in 2015/china_sites_20150101.csv:2:5 — keep one value for each hour; remove the file that is wrong",
        ])
    }
}

/// The station list and the station-to-unit mapping (D-69).
@Suite struct StationFilesTests {
    @Test func aStationListMarksBackgroundStationsAndAcceptsDashCoordinates() throws {
        let list = "监测点编码,监测点名称,城市,经度,纬度,对照点\n1001A,万寿西宫,北京,116.3621,39.8784,N\n1012A,定陵,北京,-,-,Y\n"
        let stations = try StationFiles.parseList(Data(list.utf8), file: "stations.csv")
        #expect(stations.map(\.code) == ["1001A", "1012A"])
        #expect(stations[0].longitude == Decimal(string: "116.3621"))
        #expect(stations[1].latitude == nil)
        #expect(stations.map(\.isBackground) == [false, true])
    }

    @Test func aBadStationListIsLocated() {
        let list = "监测点编码,监测点名称,城市,经度,纬度,对照点\n1001A,万寿西宫,北京,216,39.8,N\n1001A,定陵,北京,-,-,X\n"
        do {
            _ = try StationFiles.parseList(Data(list.utf8), file: "stations.csv")
            Issue.record("accepted a bad list")
        } catch let error as DiagnosticsError {
            #expect(error.diagnostics.map(\.description) == [
                "stations.csv:2:4 (经度): 216 is outside -180…180 degrees — write the coordinate in decimal degrees, or -",
                "stations.csv:3:1 (监测点编码): station 1001A is listed twice (first on line 2) — keep one row per station",
                "stations.csv:3:6 (对照点): “X” is neither Y nor N — write Y for a background station, N otherwise",
            ])
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aMappingGivesPeriodsAndRefusesOverlaps() throws {
        let ok = "监测点编码,区域代码,起始日期,截止日期\n1001A,510703,2014-01-01,2015-06-30\n1001A,510704,2015-07-01,\n"
        let rows = try StationFiles.parseMapping(Data(ok.utf8), file: "map.csv")
        #expect(rows.count == 2)
        #expect(rows[0].holds(on: Day(year: 2015, month: 6, day: 30)!))
        #expect(!rows[0].holds(on: Day(year: 2015, month: 7, day: 1)!))
        #expect(rows[1].holds(on: Day(year: 2030, month: 1, day: 1)!))
        let bad = "station_code,area_code,from,to\n1001A,510703,2014-01-01,\n1001A,510704,2015-07-01,2015-01-01\n1002A,510704,2015-07-01,2015-12-31\n1002A,510703,2015-12-31,\n"
        do {
            _ = try StationFiles.parseMapping(Data(bad.utf8), file: "map.csv")
            Issue.record("accepted overlapping periods")
        } catch let error as DiagnosticsError {
            #expect(error.diagnostics.map { "\($0.line ?? 0):\($0.column ?? 0)" } == ["3:4", "3:3", "5:3"])
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

/// Reading a set of files against a list and a mapping (D-69, D-71).
@Suite struct NationalImportTests {
    static let list = try! StationFiles.parseList(
        Data("监测点编码,监测点名称,城市,经度,纬度,对照点\n2601A,a,绵阳,-,-,N\n2690A,b,绵阳,-,-,N\n2691A,c,绵阳,-,-,Y\n1001A,d,北京,-,-,N\n".utf8),
        file: "stations.csv")

    @Test func aMappedBackgroundOrUnlistedStationIsRefusedAtItsLine() {
        let mapping = try! StationFiles.parseMapping(
            Data("区域代码,监测点编码,起始日期\n510703,2601A,2015-01-01\n510703,2691A,2015-01-01\n510704,9999A,2015-01-01\n".utf8), file: "map.csv")
        do {
            _ = try NationalImport.read([], stations: Self.list, mapping: mapping, mappingFile: "map.csv")
            Issue.record("accepted a background station")
        } catch let error as DiagnosticsError {
            #expect(error.diagnostics.map(\.description) == [
                "map.csv:3:2 (监测点编码): station 2691A is a background station (对照点 = Y), which is not an assessment station — remove it from the mapping",
                "map.csv:4:2 (监测点编码): station 9999A is not in the station list — add it to the station list or correct the code",
            ])
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func partsCarryEndLabelledHoursAsStartOfHourBitsAndUnmappedStationsAreNamedOnce() throws {
        let mapping = try StationFiles.parseMapping(Data("监测点编码,区域代码,起始日期,截止日期\n2601A,510703,2015-01-01,\n".utf8), file: "map.csv")
        let a = "date,hour,type,2601A,2690A,2691A,1001A\n20150301,23,PM10,80,1,1,1\n20150301,23,CO,0.5,1,1,1\n"
        let b = "date,hour,type,2690A,2601A\n20150302,0,PM10,1,90\n20150302,1,PM2.5,1,40\n"
        let result = try NationalImport.read(
            [("china_sites_20150301.csv", Data(a.utf8)), ("china_sites_20150302.csv", Data(b.utf8))],
            stations: Self.list, mapping: mapping, mappingFile: "map.csv")
        // Only 2690A: 2691A is a background station, 1001A is of another city.
        #expect(result.unmapped == ["2690A"])
        // 2015-03-01: hour ending 23 → bit 22, hour ending 24 (hour 0 of 03-02) → bit 23; sum 80 + 90 = 170.
        let first = try #require(result.parts.first { $0.day == Day(year: 2015, month: 3, day: 1) })
        #expect(first.pm10?.mask == (1 << 22 | 1 << 23))
        #expect(first.pm10?.sum == 170 * PollutantPart.scale)
        #expect(first.pm25 == nil)
        #expect(first.areaCode == "510703")
        // 2015-03-02: PM2.5 hour ending 01 → bit 0.
        let second = try #require(result.parts.first { $0.day == Day(year: 2015, month: 3, day: 2) })
        #expect(second.pm25?.mask == 1)
        #expect(result.days.count == 2)
        #expect(result.days.allSatisfy { $0.day.means.isEmpty })
    }
}

/// Recognising national files by their header and city files by name or header (D-122, D-124).
@Suite struct NationalFileKindTests {
    @Test func aNationalHeaderIsFoundAfterABOMAndAnythingElseIsNot() {
        #expect(NationalHourlyFile.looksNational(Data([0xEF, 0xBB, 0xBF]) + Data("date,hour,type,1001A\n".utf8)))
        #expect(NationalHourlyFile.looksNational(Data("Date, Hour, Type,1001A\n".utf8)))
        #expect(!NationalHourlyFile.looksNational(Data("监测点编码,日期,PM10\n".utf8)))
        #expect(!NationalHourlyFile.looksNational(Data("date,hour\n".utf8)))
    }

    @Test func aCityFileIsRefusedByItsNameOrItsHeader() {
        for (name, text) in [
            ("china_cities_20150101.csv", "date,hour,type,1001A\n20150101,1,PM10,80\n"),
            ("day.csv", "date,hour,type,北京,天津\n20150101,1,PM10,80,90\n"),
        ] {
            do {
                _ = try NationalHourlyFile.read(Data(text.utf8), file: name, keep: { _ in true })
                Issue.record("\(name) was read")
            } catch let error as DiagnosticsError {
                #expect(error.diagnostics.count == 1)
                #expect(error.diagnostics.first?.rendered(chinese: false).hasPrefix("\(name):1:4: this is a national city file") == true)
            } catch {
                Issue.record("\(error)")
            }
        }
    }
}

/// Files are asked for one at a time and every file's problems are still reported (D-123).
@Suite struct NationalStreamingTests {
    @Test func eachFileIsAskedForOnceInOrderAndEveryProblemIsLocated() {
        let list = [NationalStation(code: "2601A", name: "a", city: "绵阳", longitude: nil, latitude: nil, isBackground: false)]
        let book = NationalStationBook(
            list: list, listFile: "s.csv", mapping: [StationAssignment(station: "2601A", unit: "510703", from: Day(year: 2015, month: 1, day: 1)!, to: nil)],
            mappingFile: "m.csv")
        let files = [
            ("china_sites_20150301.csv", "date,hour,type,2601A\n20150301,1,PM10,x\n"),
            ("china_sites_20150302.csv", "date,hour,type,2601A\n20150302,1,PM10,80\n"),
            ("china_sites_20150303.csv", "date,hour,type,2601A\n20150303,25,PM10,80\n"),
        ]
        for readAhead in [false, true] {
            // The closure may be called from the read-ahead thread (D-160): the indexes asked are kept under a lock.
            let asked = AskedIndexes()
            do {
                _ = try NationalImport.read(fileCount: files.count, file: { i in
                    asked.append(i)
                    return (files[i].0, Data(files[i].1.utf8))
                }, book: book, readAhead: readAhead)
                Issue.record("two bad files were accepted")
            } catch let error as DiagnosticsError {
                #expect(error.diagnostics.map { "\($0.file):\($0.line ?? 0):\($0.column ?? 0)" } == ["china_sites_20150301.csv:2:4", "china_sites_20150303.csv:2:2"])
            } catch {
                Issue.record("\(error)")
            }
            // Once each; read in pairs with read-ahead (files 0 and 1 at once, in either order), else in order.
            #expect(readAhead ? asked.all.sorted() == [0, 1, 2] && asked.all.last == 2 : asked.all == [0, 1, 2])
        }
    }
}

/// Indexes a file-reading closure was asked for, in order, from whichever thread asked.
final class AskedIndexes: @unchecked Sendable {
    private let lock = NSLock()
    private var indexes: [Int] = []
    var all: [Int] { lock.withLock { indexes } }
    func append(_ i: Int) { lock.withLock { indexes.append(i) } }
}
