import Foundation
import GRDB
import GRDBSQLite
import KaoheCore

extension AppDatabase {
    /// Migration "v3 monitoring": daily station values, one row per station and day.
    ///
    /// Only daily values are stored, never hourly rows: a day reduced from hours keeps its mean and how many
    /// hours it was taken over (`pm10_hours`; NULL for a day given as a daily mean), so R-24 can be applied
    /// later. Means are exact decimal text (D-2).
    static func createMonitoringTables(_ db: Database) throws {
        try db.create(table: "monitoring_day") { t in
            t.column("station", .text).notNull()
            t.column("area_code", .text).notNull().references("area")
            t.column("day", .text).notNull()
            t.column("pm10", .text)
            t.column("pm10_hours", .integer)
            t.column("pm25", .text)
            t.column("pm25_hours", .integer)
            t.column("dust", .boolean).notNull()
            t.column("import_id", .integer).notNull().references("import_log")
            t.primaryKey(["station", "day"])
        }
    }

    /// Stores one monitoring file's station-days and its import-log entry in one transaction.
    ///
    /// A station-day already stored is replaced by the new one; `changed` in the outcome counts those,
    /// `added` the new ones. `rowCount` is the file's data rows (hourly or daily) for the log.
    ///
    /// The values to bind (decimal texts, day texts) are prepared on a second thread, a few batches ahead of
    /// the inserts, so a file's million station-days cost little more than SQLite's own work.
    public func importMonitoring<Days: Sequence<StationDay> & Sendable>(
        _ days: Days, file: ImportFile, rowCount: Int
    ) throws -> ImportOutcome {
        try writer.write { db in
            var log = file.logEntry(kind: "monitoring", rowCount: rowCount)
            try log.insert(db)
            let importID = log.id!
            let before = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM monitoring_day") ?? 0
            let insert = try db.cachedStatement(
                sql: """
                    INSERT OR REPLACE INTO monitoring_day (station, area_code, day, pm10, pm10_hours, pm25, pm25_hours, dust, import_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            // Bound and stepped through SQLite's C API: GRDB's argument arrays box every value, which cost more
            // than SQLite itself for a province's million station-days. Errors still surface as DatabaseError.
            let statement = insert.sqliteStatement
            let handoff = DayRowHandoff(depth: 4)
            let preparing = DispatchGroup()
            DispatchQueue.global().async(group: preparing) { handoff.prepare(days) }
            defer {
                handoff.cancel()
                preparing.wait()
            }
            var stored = 0
            while let batch = handoff.take() {
                for d in batch {
                    try statement.reset(insert)
                    try statement.bind(1, d.station)
                    try statement.bind(2, d.areaCode)
                    try statement.bind(3, d.day)
                    try statement.bind(4, d.pm10)
                    try statement.bind(5, d.pm10Hours)
                    try statement.bind(6, d.pm25)
                    try statement.bind(7, d.pm25Hours)
                    try statement.bind(8, d.dust ? 1 : 0)
                    try statement.bind(9, Int(importID))
                    try statement.step(db, insert)
                    stored += 1
                }
            }
            try statement.reset(insert)
            let after = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM monitoring_day") ?? 0
            log.added = after - before
            log.changed = stored - log.added
            try log.update(db)
            return ImportOutcome(importID: importID, added: log.added, changed: log.changed, unchanged: 0)
        }
    }

    /// Every stored station-day of `year` with the one pollutant asked for, ordered by station and day.
    public func monitoringDays(year: Int, pollutant: Pollutant) throws -> [StationDay] {
        let column = pollutant == .pm10 ? "pm10" : "pm25"
        return try writer.read { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT station, area_code, day, \(column) AS mean, \(column)_hours AS hours, dust FROM monitoring_day
                    WHERE day BETWEEN ? AND ? ORDER BY station, day
                    """,
                arguments: ["\(year)-01-01", "\(year)-12-31"])
            var days: [StationDay] = []
            while let row = try rows.next() {
                guard let day = Day(iso: row["day"]) else { continue }
                let measure = (row["mean"] as String?).flatMap(Decimal.init(exactText:)).map {
                    DayMeasure(mean: $0, hours: row["hours"])
                }
                days.append(
                    StationDay(
                        station: row["station"], areaCode: row["area_code"], day: day,
                        pm10: pollutant == .pm10 ? measure : nil, pm25: pollutant == .pm25 ? measure : nil, dust: row["dust"]))
            }
            return days
        }
    }

    /// Completeness and annual means per unit and station for `year`, ordered by unit code.
    public func monitoringStatus(year: Int, pollutant: Pollutant, excludeDust: Bool) throws -> [UnitMonitoring] {
        let days = try monitoringDays(year: year, pollutant: pollutant)
        var stations: [StationYear] = []
        var start = 0
        while start < days.count {
            var end = start + 1
            while end < days.count, days[end].station == days[start].station { end += 1 }
            stations.append(
                MonitoringAssessment.stationYear(
                    Array(days[start..<end]), station: days[start].station, year: year, pollutant: pollutant, excludeDust: excludeDust))
            start = end
        }
        return MonitoringAssessment.units(stations)
    }

    /// Each unit's monitored annual mean for `year`, μg/m³ exact, and how many stations it averages.
    ///
    /// Only units with a valid mean (at least one station meeting R-24) appear; scoring takes these values
    /// as authoritative and flags self-reports that differ by more than the tolerance.
    public func monitoredAnnualMeans(year: Int, pollutant: Pollutant, excludeDust: Bool) throws -> [String: (mean: Decimal, stations: Int)] {
        var result: [String: (mean: Decimal, stations: Int)] = [:]
        for unit in try monitoringStatus(year: year, pollutant: pollutant, excludeDust: excludeDust) {
            if let mean = unit.mean { result[unit.areaCode] = (mean, unit.validStations) }
        }
        return result
    }
}

/// A station-day as the values bound to the insert.
private struct DayRow: Sendable {
    var station: String
    var areaCode: String
    var day: String
    var pm10: String?
    var pm10Hours: Int?
    var pm25: String?
    var pm25Hours: Int?
    var dust: Bool

    init(_ d: StationDay) {
        station = d.station
        areaCode = d.areaCode
        day = d.day.description
        pm10 = d.pm10?.mean.exactText
        pm10Hours = d.pm10?.hours
        pm25 = d.pm25?.mean.exactText
        pm25Hours = d.pm25?.hours
        dust = d.dust
    }
}

/// Batches of rows handed from the preparing thread to the inserting one, at most `depth` waiting.
///
/// The inserting side may stop early (an SQL error): `cancel()` makes the preparing side's next `put` fail.
private final class DayRowHandoff: @unchecked Sendable {
    private let lock = NSLock()
    private let ready = DispatchSemaphore(value: 0)
    private let room: DispatchSemaphore
    private var queue: [[DayRow]] = []
    private var cancelled = false

    init(depth: Int) { room = DispatchSemaphore(value: depth) }

    /// Preparing side: turns `days` into rows, batch by batch, until done or cancelled; then ends the stream.
    func prepare<Days: Sequence<StationDay>>(_ days: Days) {
        defer { ready.signal() }  // the end: one signal more than batches, with nothing queued
        var batch: [DayRow] = []
        batch.reserveCapacity(Self.batchSize)
        for d in days {
            batch.append(DayRow(d))
            if batch.count == Self.batchSize {
                guard put(batch) else { return }
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { _ = put(batch) }
    }

    private static let batchSize = 2048

    private func put(_ batch: [DayRow]) -> Bool {
        room.wait()
        let queued = lock.withLock {
            guard !cancelled else { return false }
            queue.append(batch)
            return true
        }
        if queued { ready.signal() } else { room.signal() }
        return queued
    }

    /// Inserting side: the next batch in order, or nil once the preparing side has ended.
    func take() -> [DayRow]? {
        ready.wait()
        let batch: [DayRow]? = lock.withLock { queue.isEmpty ? nil : queue.removeFirst() }
        if batch != nil { room.signal() }
        return batch
    }

    /// Inserting side: stop the preparing side (harmless once it has ended).
    func cancel() {
        lock.withLock { cancelled = true }
        room.signal()
    }
}

/// SQLite's "copy the bytes now" destructor.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

extension OpaquePointer {
    /// Binds text (UTF-8, copied) or NULL to the 1-based parameter `index` of this prepared statement.
    fileprivate func bind(_ index: Int32, _ text: String?) throws {
        guard var text else { return try check(sqlite3_bind_null(self, index)) }
        try check(text.withUTF8 { sqlite3_bind_text(self, index, $0.baseAddress, Int32($0.count), transient) })
    }

    /// Binds an integer or NULL to the 1-based parameter `index` of this prepared statement.
    fileprivate func bind(_ index: Int32, _ value: Int?) throws {
        guard let value else { return try check(sqlite3_bind_null(self, index)) }
        try check(sqlite3_bind_int64(self, index, Int64(value)))
    }

    /// A failed bind would leave the previous row's value in place: it aborts the import instead.
    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
    }

    /// Readies the statement of `owner` for another run.
    fileprivate func reset(_ owner: Statement) throws {
        let code = sqlite3_reset(self)
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code), sql: owner.sql) }
    }

    /// Runs the insert of `owner` once; throws SQLite's error with its message.
    fileprivate func step(_ db: Database, _ owner: Statement) throws {
        let code = sqlite3_step(self)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: owner.sql)
        }
    }
}
