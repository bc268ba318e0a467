import Foundation
import KaoheCore
import KaoheStore
import Testing

@Suite struct MonitoringStoreTests {
    let file = ImportFile(name: "m.csv", sha256: String(repeating: "cd", count: 32), time: Date(timeIntervalSince1970: 1_420_070_400))

    func database() throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        _ = try db.importAreas(
            [Area(code: "510703", name: "涪城区", type: .district), Area(code: "510704", name: "游仙区", type: .district)], file: file)
        return db
    }

    /// A full year of daily means for one station.
    func year(_ station: String, area: String, value: Decimal, hours: Int? = nil) -> [StationDay] {
        (0..<365).map {
            StationDay(
                station: station, areaCode: area, day: Day(year: 2015, month: 1, day: 1)!.adding(days: $0),
                pm10: DayMeasure(mean: value, hours: hours), pm25: $0 == 0 ? DayMeasure(mean: Decimal(string: "40.125")!, hours: 21) : nil,
                dust: $0 == 1)
        }
    }

    @Test func stationDaysRoundTripExactly() throws {
        let db = try database()
        let days = year("A", area: "510703", value: Decimal(string: "96.333333333333333333333333333333333333")!, hours: 24)
        #expect(try db.importMonitoring(days.map { MonitoringPart($0) }, file: file, rowCount: 8760) == ImportOutcome(importID: 2, added: 365, changed: 0, unchanged: 0))
        let pm10 = days.map { StationDay(station: $0.station, areaCode: $0.areaCode, day: $0.day, pm10: $0.pm10, pm25: nil, dust: $0.dust) }
        #expect(try db.monitoringDays(year: 2015, pollutant: .pm10) == pm10)
        #expect(try db.monitoringDays(year: 2015, pollutant: .pm25).first?.pm25 == DayMeasure(mean: Decimal(string: "40.125")!, hours: 21))
        #expect(try db.monitoringDays(year: 2016, pollutant: .pm10) == [])
        #expect(try db.importLog().last?.rowCount == 8760)
    }

    @Test func reimportWithReplaceReplacesTheSameStationDays() throws {
        let db = try database()
        _ = try db.importMonitoring(year("A", area: "510703", value: 90).map { MonitoringPart($0) }, file: file, rowCount: 365)
        let again = try db.importMonitoring(
            year("A", area: "510703", value: 92).prefix(10).map { MonitoringPart($0) }, file: file, rowCount: 10, replace: true)
        #expect(again == ImportOutcome(importID: 3, added: 0, changed: 10, unchanged: 0))
        let stored = try db.monitoringDays(year: 2015, pollutant: .pm10).map { $0.pm10!.mean }
        #expect(stored == Array(repeating: 92, count: 10) + Array(repeating: 90, count: 355))
    }

    @Test func monitoredAnnualMeansListOnlyUnitsWithValidStations() throws {
        let db = try database()
        let thin = year("C", area: "510704", value: 80).filter { $0.day.month != 6 }
        _ = try db.importMonitoring((year("A", area: "510703", value: 90) + year("B", area: "510703", value: 95) + thin).map { MonitoringPart($0) }, file: file, rowCount: 0)
        let means = try db.monitoredAnnualMeans(year: 2015, pollutant: .pm10, excludeDust: false)
        #expect(means.keys.sorted() == ["510703"])
        #expect(means["510703"]! == (mean: Decimal(185) / 2, stations: 2))
        let status = try db.monitoringStatus(year: 2015, pollutant: .pm10, excludeDust: true)
        #expect(status.map(\.areaCode) == ["510703", "510704"])
        #expect(status[1].stations[0].failingMonths == [6])
        #expect(status[0].stations[0].excludedDustDays == 1)
    }
}
