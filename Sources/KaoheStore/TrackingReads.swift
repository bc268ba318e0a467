import Foundation
import GRDB
import GRDBSQLite
import KaoheCore
import KaoheTracking

/// Everything the in-year view and the trend read, taken in one read transaction so it is consistent.
public struct TrackingSnapshot: Sendable {
    /// Every known unit, ordered by code.
    public var areas: [Area]
    /// Every stored target, by unit code.
    public var targets: [String: [Target]]
    /// Each unit's station series of its own pollutant (`pollutants`), over the days read.
    public var series: [String: [StationSeries]]
    /// The pollutant each unit is tracked on: that of its targets in force, else the default (R-5 revised).
    public var pollutants: [String: Pollutant]
    /// The last day with a stored value of a pollutant some unit is tracked on, nil when there is none.
    public var lastDay: Day?
    /// The first and last day read; nil when there was nothing to read.
    public var range: ClosedRange<Day>?
    /// The successions in force, read with the rest, so lists can note each unit's successor (D-110).
    public var successions: [Succession] = []

    /// The units of `year`'s lists: those that exist in the year, named as they were called then with their
    /// successor noted; a unit that does not exist in the year only when it has monitoring days of it, with a
    /// note saying what becomes of them (issue 21, D-140, D-144).
    public func listedAreas(year: Int, english: Bool) -> [Area] {
        guard let first = Day(year: year, month: 1, day: 1), let last = Day(year: year, month: 12, day: 31) else { return areas }
        let days = first.ordinal...last.ordinal
        let withRows: (String) -> Bool = { code in
            (series[code] ?? []).contains { s in s.days.contains { days.contains($0.ordinal) } }
        }
        return SuccessionMembership.listed(areas, year: year, successions: successions, withRows: withRows, english: english, monitoring: true).map(\.area)
    }
}

extension AppDatabase {
    /// Units, targets and the stored daily values of each unit's own pollutant from 01-01 of `fromYear`
    /// through `through`.
    ///
    /// A unit is tracked on the pollutant of its targets in force, `defaultPollutant` (the rule set's) only
    /// when it has none (R-5 revised, `Tracking.pollutant`); a unit's series holds only that pollutant's
    /// values, so a PM2.5 unit is never tracked on its PM10 (or the reverse). `through` nil means the last day
    /// with data of any pollutant a unit is tracked on. `fromYear` nil means the year before `through`'s
    /// year, which the same-period comparison of R-27 needs. A day whose value is not valid keeps no value.
    public func trackingSnapshot(defaultPollutant: Pollutant, through: Day?, fromYear: Int? = nil) throws -> TrackingSnapshot {
        try writer.read { db in try Self.trackingSnapshot(db, defaultPollutant: defaultPollutant, through: through, fromYear: fromYear) }
    }

    /// `trackingSnapshot(defaultPollutant:through:fromYear:)` inside a transaction the caller holds.
    static func trackingSnapshot(_ db: Database, defaultPollutant: Pollutant, through: Day?, fromYear: Int?) throws -> TrackingSnapshot {
        let areas = try AreaRow.order(Column("code")).fetchAll(db).compactMap(\.area)
        var targets: [String: [Target]] = [:]
        // Targets in force only: a withdrawn target no longer counts (R-5 revised).
        for t in try TargetRow.filter(Column("withdrawn_at") == nil).order(Column("area_code"), Column("year")).fetchAll(db).compactMap(\.target) {
            targets[t.areaCode, default: []].append(t)
        }
        var pollutants: [String: Pollutant] = [:]
        for a in areas { pollutants[a.code] = Tracking.pollutant(targets: targets[a.code] ?? [], default: defaultPollutant) }
        // Stored codes that are not units (yet) take the default, as a unit without targets would.
        func pollutant(of code: String) -> Pollutant { pollutants[code] ?? Tracking.pollutant(targets: targets[code] ?? [], default: defaultPollutant) }
        let needed = Pollutant.allCases.filter { p in p == defaultPollutant || pollutants.values.contains(p) }
        var last: Day?
        for p in needed {
            let day = try Self.lastDay(db, column: Self.column(p))
            if let day, last.map({ day > $0 }) ?? true { last = day }
        }
        guard let end = through ?? last else {
            return TrackingSnapshot(
                areas: areas, targets: targets, series: [:], pollutants: pollutants, lastDay: last, range: nil, successions: try activeSuccessions(db))
        }
        let start = Day(year: fromYear ?? end.year - 1, month: 1, day: 1)!
        var series: [String: [StationSeries]] = [:]
        for p in needed {
            for (code, s) in try readSeries(db, column: Self.column(p), from: start, through: end) where pollutant(of: code) == p {
                series[code] = s
            }
        }
        return TrackingSnapshot(
            areas: areas, targets: targets, series: series, pollutants: pollutants, lastDay: last, range: start...end,
            successions: try activeSuccessions(db))
    }

    /// The last day with a value in `column`, found through the primary key (station, day) without a scan.
    ///
    /// `MAX(day) … WHERE column IS NOT NULL` reads every row, since no index leads with the day: 0.2–0.9 s
    /// over two years of 3,000 stations (docs/performance.md). Instead a recursive query hops from station to
    /// station along the key (one seek each) and takes each station's last day with a value by walking its
    /// days backwards (usually one row); the maximum over stations is the same day.
    static func lastDay(_ db: Database, column: String) throws -> Day? {
        try String.fetchOne(
            db,
            sql: """
                WITH RECURSIVE s(station) AS (
                    SELECT MIN(station) FROM monitoring_day
                    UNION ALL
                    SELECT (SELECT MIN(station) FROM monitoring_day WHERE station > s.station) FROM s WHERE s.station IS NOT NULL
                )
                SELECT MAX((SELECT day FROM monitoring_day m WHERE m.station = s.station AND m.\(column) IS NOT NULL
                            ORDER BY day DESC LIMIT 1))
                FROM s WHERE s.station IS NOT NULL
                """
        ).flatMap(Day.init(iso:))
    }

    /// The monitoring_day column of a pollutant's daily value (a constant, never user text, in the SQL).
    static func column(_ p: Pollutant) -> String { p == .pm10 ? "pm10" : "pm25" }
}

/// Reads the station-days of `from`…`through` in the primary key's order (station, day), grouped by unit.
///
/// Stepped through SQLite's C API with bytes compared in place: a province's year is millions of rows, and
/// a String per column per row cost more than SQLite's own work (docs/performance.md, issue 15). A station
/// stored under more than one unit (files that disagree) is kept apart per unit, never merged.
private func readSeries(_ db: Database, column: String, from: Day, through: Day) throws -> [String: [StationSeries]] {
    let statement = try db.makeStatement(
        sql: """
            SELECT area_code, station, day, \(column), \(column)_hours, dust FROM monitoring_day
            WHERE day BETWEEN ? AND ? ORDER BY station, day
            """)
    try statement.setArguments([from.description, through.description])
    let raw = statement.sqliteStatement
    var parts: [String: [String: [TrackedDay]]] = [:]  // unit → station → days
    var area: [UInt8] = [], station: [UInt8] = []
    var areaCode = "", stationCode = ""
    var days: [TrackedDay] = []
    func flush() {
        if !days.isEmpty { parts[areaCode, default: [:]][stationCode, default: []] += days }
        days.removeAll(keepingCapacity: true)
    }
    var yearStarts: [Int: Int] = [:]
    defer { sqlite3_reset(raw) }
    while true {
        let code = sqlite3_step(raw)
        if code == SQLITE_DONE { break }
        guard code == SQLITE_ROW else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql)
        }
        if !columnEquals(raw, 0, area) || !columnEquals(raw, 1, station) {
            flush()
            area = columnBytes(raw, 0)
            station = columnBytes(raw, 1)
            areaCode = String(decoding: area, as: UTF8.self)
            stationCode = String(decoding: station, as: UTF8.self)
        }
        guard let ordinal = dayOrdinal(raw, 2, &yearStarts) else { continue }
        var value: (Decimal, Int64?)?
        let valid = sqlite3_column_type(raw, 4) == SQLITE_NULL || Int(sqlite3_column_int64(raw, 4)) >= MonitoringValidity.minimumHours
        if valid, sqlite3_column_type(raw, 3) != SQLITE_NULL {
            let bytes = UnsafeBufferPointer(start: sqlite3_column_text(raw, 3), count: Int(sqlite3_column_bytes(raw, 3)))
            value = parseStored(bytes)
        }
        days.append(TrackedDay(ordinal: ordinal, value: value?.0, micro: value?.1, dust: sqlite3_column_int64(raw, 5) != 0))
    }
    flush()
    return parts.mapValues { stations in
        // Days arrive in day order per (unit, station), so no sort is needed.
        stations.keys.sorted().map { StationSeries(presorted: $0, days: stations[$0]!) }
    }
}

private func columnBytes(_ s: OpaquePointer, _ i: Int32) -> [UInt8] {
    guard let p = sqlite3_column_text(s, i) else { return [] }
    return Array(UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(s, i))))
}

private func columnEquals(_ s: OpaquePointer, _ i: Int32, _ bytes: [UInt8]) -> Bool {
    let n = Int(sqlite3_column_bytes(s, i))
    guard n == bytes.count else { return false }
    guard n > 0, let p = sqlite3_column_text(s, i) else { return true }
    return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress!, p, n) == 0 }
}

/// `Day.ordinal` of a stored `YYYY-MM-DD` text without making a String; nil for anything else.
private func dayOrdinal(_ s: OpaquePointer, _ i: Int32, _ yearStarts: inout [Int: Int]) -> Int? {
    guard sqlite3_column_bytes(s, i) == 10, let p = sqlite3_column_text(s, i) else { return nil }
    func digit(_ k: Int) -> Int? { (48...57).contains(p[k]) ? Int(p[k]) - 48 : nil }
    guard p[4] == 45, p[7] == 45, let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3),
        let m0 = digit(5), let m1 = digit(6), let d0 = digit(8), let d1 = digit(9)
    else { return nil }
    let year = y0 * 1000 + y1 * 100 + y2 * 10 + y3, month = m0 * 10 + m1, day = d0 * 10 + d1
    guard (1...12).contains(month), year >= 1, (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
    let yearStart: Int
    if let known = yearStarts[year] { yearStart = known } else {
        yearStart = Day(year: year, month: 1, day: 1)!.ordinal
        yearStarts[year] = yearStart
    }
    return yearStart + cumulativeDays[month - 1] + (month > 2 && Day.isLeap(year) ? 1 : 0) + day - 1
}

/// Days before each month in a common year.
private let cumulativeDays = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

/// A stored decimal text's value and, when it has at most six decimals, the value × 10⁶ as an integer.
///
/// Plain `-?digits[.digits]` of up to 18 digits is built directly from its integer significand (exact);
/// anything else goes through `Decimal(exactText:)`. Foundation's parser dominated reading a province's
/// millions of values.
private func parseStored(_ bytes: UnsafeBufferPointer<UInt8>) -> (Decimal, Int64?)? {
    var significand: Int64 = 0
    var digits = 0, fraction = 0
    var negative = false, point = false
    func slow() -> (Decimal, Int64?)? {
        Decimal(exactText: String(decoding: bytes, as: UTF8.self)).map { ($0, TrackedDay(ordinal: 0, value: $0, dust: false).micro) }
    }
    for (i, b) in bytes.enumerated() {
        switch b {
        case UInt8(ascii: "-") where i == 0: negative = true
        case UInt8(ascii: "."):
            if point { return nil }
            point = true
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            digits += 1
            if digits > 18 { return slow() }
            significand = significand * 10 + Int64(b - 48)
            if point { fraction += 1 }
        default:
            return slow()
        }
    }
    guard digits > 0 else { return nil }
    let value = Decimal(sign: negative ? .minus : .plus, exponent: -fraction, significand: Decimal(significand))
    var micro: Int64? = nil
    if fraction <= 6 {
        var scale: Int64 = 1
        for _ in fraction..<6 { scale *= 10 }
        let (m, overflow) = significand.multipliedReportingOverflow(by: scale)
        if !overflow, m < 9_000_000_000_000_000 { micro = negative ? -m : m }
    }
    return (value, micro)
}
