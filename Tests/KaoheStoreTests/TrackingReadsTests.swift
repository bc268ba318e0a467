import Foundation
import KaoheCore
import KaoheStore
import KaoheTracking
import Testing

/// The in-year view's one-transaction read (issue 15): values exact, invalid days kept without a value.
@Suite struct TrackingReadsTests {
    let file = ImportFile(name: "m.csv", sha256: String(repeating: "ab", count: 32), time: Date(timeIntervalSince1970: 1_420_070_400))

    func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    func stationDay(_ station: String, _ area: String, _ day: Day, _ value: String?, hours: Int? = nil, pm25: String? = nil) -> StationDay {
        StationDay(
            station: station, areaCode: area, day: day, pm10: value.map { DayMeasure(mean: Decimal(string: $0)!, hours: hours) },
            pm25: pm25.map { DayMeasure(mean: Decimal(string: $0)!, hours: nil) }, dust: false)
    }

    @Test func snapshotReadsExactValuesInDayOrderAndTheLastDay() throws {
        let db = try AppDatabase.inMemory()
        _ = try db.importAreas([Area(code: "510703", name: "涪城区", type: .district), Area(code: "510704", name: "游仙区", type: .district)], file: file)
        let long = "96.333333333333333333333333333333333333"  // a mean of hours that does not terminate
        let days = [
            stationDay("A", "510703", day(2016, 3, 2), "80.5"),
            stationDay("A", "510703", day(2016, 3, 1), long, hours: 24),
            stationDay("A", "510703", day(2016, 3, 3), "500", hours: 19),  // invalid: kept, no value
            stationDay("B", "510704", day(2016, 2, 29), "-0.25"),
            stationDay("B", "510704", day(2014, 12, 31), "70"),  // before the range read (2015-01-01 on)
            stationDay("C", "510704", day(2016, 3, 2), nil, pm25: "30"),  // PM2.5 only: not a PM10 day
        ]
        // D's PM2.5-only day after every PM10 value: it must not become the last day with data.
        let later = days + [stationDay("D", "510704", day(2016, 3, 9), nil, pm25: "31")]
        _ = try db.importMonitoring(later.map { MonitoringPart($0) }, file: file, rowCount: later.count)
        let s = try db.trackingSnapshot(defaultPollutant: .pm10, through: nil)
        #expect(s.lastDay == day(2016, 3, 3))  // 03-03 has a (invalid) PM10 value, the last one
        #expect(s.range == day(2015, 1, 1)...day(2016, 3, 3))
        #expect(s.areas.map(\.code) == ["510703", "510704"])
        let a = try #require(s.series["510703"]?.first)
        #expect(a.station == "A")
        #expect(a.days.map(\.ordinal) == [day(2016, 3, 1), day(2016, 3, 2), day(2016, 3, 3)].map(\.ordinal))
        #expect(a.days.map(\.value) == [Decimal(string: long)!, Decimal(string: "80.5")!, nil])
        #expect(a.days.map(\.micro) == [nil, 80_500_000, nil])
        let b = try #require(s.series["510704"]?.first)
        #expect(b.days.map(\.value) == [Decimal(string: "-0.25")!])
        #expect(b.days.first?.micro == -250_000)
        #expect(b.days.first?.ordinal == day(2016, 2, 29).ordinal)
        // C has no PM10 value at all: its day is read (no value) and makes no mean.
        #expect(s.series["510704"]?.map(\.station) == ["B", "C"])
        #expect(s.series["510704"]?[1].days.first?.value == nil)
    }

    /// A station belongs to one unit (issue 12 item 6): the store refuses a second unit for it, so the in-year
    /// view never sees a station under two units.
    @Test func aStationIsReadUnderTheOneUnitTheStoreAllows() throws {
        let db = try AppDatabase.inMemory()
        _ = try db.importAreas([Area(code: "U1", name: "甲", type: .county), Area(code: "U2", name: "乙", type: .county)], file: file)
        _ = try db.importMonitoring([MonitoringPart(stationDay("S", "U1", day(2016, 1, 1), "10"))], file: file, rowCount: 1)
        #expect(throws: DiagnosticsError.self) {
            try db.importMonitoring([MonitoringPart(stationDay("S", "U2", day(2016, 1, 2), "20"))], file: file, rowCount: 1)
        }
        let s = try db.trackingSnapshot(defaultPollutant: .pm10, through: day(2016, 1, 31))
        #expect(s.series["U1"]?.first?.days.map(\.value) == [10])
        #expect(s.series["U2"] == nil)
    }

    /// R-5 (revised): each unit is read on the pollutant of its own targets, the default only without targets.
    @Test func eachUnitIsReadOnItsOwnPollutant() throws {
        let db = try AppDatabase.inMemory()
        _ = try db.importAreas(
            [Area(code: "U1", name: "甲", type: .county), Area(code: "U2", name: "乙", type: .county), Area(code: "U3", name: "丙", type: .county)],
            file: file)
        // U1 holds PM2.5 targets; U2 PM10 targets; U3 none (the default, PM10, applies).
        _ = try db.importTargets(
            [
                Target(areaCode: "U1", year: 2016, pollutant: .pm25, baseYear: 2013, baseConcentration: 60, kind: .percentDecline, value: 5),
                Target(areaCode: "U2", year: 2016, pollutant: .pm10, baseYear: 2013, baseConcentration: 90, kind: .percentDecline, value: 5),
            ], file: file)
        // Every station has both pollutants; U1's PM2.5 runs to 03-05, later than any PM10 value (03-02).
        let days = [
            stationDay("S1", "U1", day(2016, 3, 1), "101", pm25: "41"), stationDay("S1", "U1", day(2016, 3, 5), nil, pm25: "45"),
            stationDay("S2", "U2", day(2016, 3, 1), "102", pm25: "42"), stationDay("S3", "U3", day(2016, 3, 2), "103", pm25: "43"),
        ]
        _ = try db.importMonitoring(days.map { MonitoringPart($0) }, file: file, rowCount: days.count)
        let s = try db.trackingSnapshot(defaultPollutant: .pm10, through: nil)
        #expect(s.pollutants == ["U1": .pm25, "U2": .pm10, "U3": .pm10])
        #expect(s.series["U1"]?.first?.days.map(\.value) == [41, 45])
        #expect(s.series["U2"]?.first?.days.map(\.value) == [102])
        #expect(s.series["U3"]?.first?.days.map(\.value) == [103])
        // The last day is the last of any pollutant a unit is tracked on: U1's PM2.5 on 03-05.
        #expect(s.lastDay == day(2016, 3, 5))
        // With PM2.5 as the default only U3 changes: U2 keeps the PM10 of its targets.
        let d = try db.trackingSnapshot(defaultPollutant: .pm25, through: nil)
        #expect(d.series["U2"]?.first?.days.map(\.value) == [102])
        #expect(d.series["U3"]?.first?.days.map(\.value) == [43])
    }

    @Test func emptyStoreHasNoLastDay() throws {
        let db = try AppDatabase.inMemory()
        let s = try db.trackingSnapshot(defaultPollutant: .pm10, through: nil)
        #expect(s.lastDay == nil && s.range == nil && s.series.isEmpty)
    }
}
