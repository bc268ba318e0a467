import Foundation
import GRDB
import GRDBSQLite
import KaoheCore

extension AppDatabase {
    /// Migration "v3 monitoring": daily station values, one row per station and day (v7c adds the hours).
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

    /// Stores one monitoring file's parts and its import-log entry in one transaction (R-24a).
    ///
    /// See `MonitoringBatch.store` for how a part merges with a station-day already stored.
    public func importMonitoring<Parts: Sequence<MonitoringPart> & Sendable>(
        _ parts: Parts, file: ImportFile, rowCount: Int, replace: Bool = false
    ) throws -> ImportOutcome {
        try writer.write { db in try MonitoringBatch(db: db).store(parts, file: file, rowCount: rowCount, replace: replace) }
    }

    /// Runs `body` in one write transaction, so that several monitoring files are stored all or none (one
    /// command, one transaction); a throw from `body` stores nothing.
    public func importMonitoringBatch<T>(_ body: (MonitoringBatch) throws -> T) throws -> T {
        try writer.write { db in try body(MonitoringBatch(db: db)) }
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

/// Batches of rows handed from the preparing thread to the inserting one, at most `depth` waiting.
///
/// The inserting side may stop early (an SQL error): `cancel()` makes the preparing side's next `put` fail.
final class DayRowHandoff: @unchecked Sendable {
    private let lock = NSLock()
    private let ready = DispatchSemaphore(value: 0)
    private let room: DispatchSemaphore
    private var queue: [[DayRow]] = []
    private var cancelled = false

    init(depth: Int) { room = DispatchSemaphore(value: depth) }

    /// Preparing side: turns `days` into rows, batch by batch, until done or cancelled; then ends the stream.
    func prepare<Parts: Sequence<MonitoringPart>>(_ days: Parts) {
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
    func bind(_ index: Int32, _ text: String?) throws {
        guard var text else { return try check(sqlite3_bind_null(self, index)) }
        try check(text.withUTF8 { sqlite3_bind_text(self, index, $0.baseAddress, Int32($0.count), transient) })
    }

    /// Binds an integer or NULL to the 1-based parameter `index` of this prepared statement.
    func bind(_ index: Int32, _ value: Int?) throws {
        guard let value else { return try check(sqlite3_bind_null(self, index)) }
        try check(sqlite3_bind_int64(self, index, Int64(value)))
    }

    /// A failed bind would leave the previous row's value in place: it aborts the import instead.
    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
    }

    /// Readies the statement of `owner` for another run.
    func reset(_ owner: Statement) throws {
        let code = sqlite3_reset(self)
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code), sql: owner.sql) }
    }

    /// Runs the insert of `owner` once; throws SQLite's error with its message.
    func step(_ db: Database, _ owner: Statement) throws {
        let code = sqlite3_step(self)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: owner.sql)
        }
    }
}
