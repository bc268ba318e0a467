import Foundation
import GRDB
import KaoheCore
import KaoheTracking

/// Everything the in-year view and the trend read, taken in one read transaction so it is consistent.
public struct TrackingSnapshot: Sendable {
    /// Every known unit, ordered by code.
    public var areas: [Area]
    /// Every stored target, by unit code.
    public var targets: [String: [Target]]
    /// Each unit's station series for the pollutant, over the days read.
    public var series: [String: [StationSeries]]
    /// The last day with a stored value of the pollutant, nil when there is none.
    public var lastDay: Day?
    /// The first and last day read; nil when there was nothing to read.
    public var range: ClosedRange<Day>?
}

extension AppDatabase {
    /// Units, targets and the stored daily values of `pollutant` from 01-01 of `fromYear` through `through`.
    ///
    /// `through` nil means the last day with data. `fromYear` nil means the year before `through`'s year,
    /// which the same-period comparison of R-27 needs. A day whose value is not valid keeps no value.
    public func trackingSnapshot(pollutant: Pollutant, through: Day?, fromYear: Int? = nil) throws -> TrackingSnapshot {
        let column = pollutant == .pm10 ? "pm10" : "pm25"
        return try writer.read { db in
            let areas = try AreaRow.order(Column("code")).fetchAll(db).compactMap(\.area)
            var targets: [String: [Target]] = [:]
            for t in try TargetRow.order(Column("area_code"), Column("year")).fetchAll(db).compactMap(\.target) {
                targets[t.areaCode, default: []].append(t)
            }
            let last = try String.fetchOne(db, sql: "SELECT MAX(day) FROM monitoring_day WHERE \(column) IS NOT NULL").flatMap(Day.init(iso:))
            guard let end = through ?? last else {
                return TrackingSnapshot(areas: areas, targets: targets, series: [:], lastDay: last, range: nil)
            }
            let start = Day(year: fromYear ?? end.year - 1, month: 1, day: 1)!
            var series: [String: [StationSeries]] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT area_code, station, day, \(column), \(column)_hours, dust FROM monitoring_day
                    WHERE day BETWEEN ? AND ? ORDER BY area_code, station, day
                    """,
                arguments: [start.description, end.description])
            var area = "", station = ""
            var days: [TrackedDay] = []
            func flush() {
                if !days.isEmpty { series[area, default: []].append(StationSeries(presorted: station, days: days)) }
                days.removeAll(keepingCapacity: true)
            }
            while let row = try rows.next() {
                let a: String = row[0], s: String = row[1]
                if a != area || s != station {
                    flush()
                    area = a
                    station = s
                }
                guard let day = Day(iso: row[2]) else { continue }
                let hours: Int? = row[4]
                let valid = hours.map { $0 >= MonitoringValidity.minimumHours } ?? true
                let value = valid ? (row[3] as String?).flatMap(Decimal.init(storedText:)) : nil
                days.append(TrackedDay(ordinal: day.ordinal, value: value, dust: row[5]))
            }
            flush()
            return TrackingSnapshot(areas: areas, targets: targets, series: series, lastDay: last, range: start...end)
        }
    }
}

extension Decimal {
    /// Parses stored decimal text; plain `-?digits[.digits]` of up to 19 digits is built directly from its
    /// integer significand (exact), anything else through `init(exactText:)`. A year of a province's
    /// station-days is millions of values, and Foundation's parser dominated reading them.
    init?(storedText text: String) {
        var significand: UInt64 = 0
        var digits = 0, fraction = 0
        var negative = false, point = false
        for (i, b) in text.utf8.enumerated() {
            switch b {
            case UInt8(ascii: "-") where i == 0: negative = true
            case UInt8(ascii: "."): if point { return nil }; point = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                if digits > 19 {
                    self.init(exactText: text)
                    return
                }
                significand = significand * 10 + UInt64(b - 48)
                if point { fraction += 1 }
            default:
                self.init(exactText: text)
                return
            }
        }
        guard digits > 0 else { return nil }
        self.init(sign: negative ? .minus : .plus, exponent: -fraction, significand: Decimal(significand))
    }
}
