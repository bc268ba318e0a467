import Foundation
import GRDB
import GRDBSQLite
import KaoheCore

/// Stores monitoring files inside one write transaction opened by `AppDatabase.importMonitoringBatch`.
///
/// Valid only inside that call's closure.
public struct MonitoringBatch {
    let db: Database

    /// Most conflicts listed for one file; the rest are counted.
    public static let conflictLimit = 100

    /// Runs `body` in a savepoint, undone when it returns false or throws (then rethrown): a part of the batch
    /// rejected alone (D-176).
    public func inSavepoint(_ body: () throws -> Bool) throws {
        try db.inSavepoint { try body() ? .commit : .rollback }
    }

    /// Stores one file's parts and its import-log entry, all or nothing (a savepoint inside the transaction).
    ///
    /// R-24a: a station-day not yet stored is added. One already stored is merged by pollutant and hour: a
    /// pollutant the part does not carry keeps its stored value, and so does the dust flag when the part has
    /// none (a dust mark from any file stays unless replaced); hours not yet stored are added to the stored
    /// ones; the same values again change nothing. Other values for hours already stored are a located
    /// conflict, unless `replace`, when the file's value replaces the stored one for that pollutant and day
    /// (and its dust cell the stored flag). A station stored for another unit is a located conflict too.
    /// Conflicts throw `DiagnosticsError`, after the savepoint is rolled back.
    ///
    /// The values to bind are prepared on a second thread, a few batches ahead of the inserts, so a file's
    /// million station-days cost little more than SQLite's own work.
    ///
    /// `logID` gives the import-log entry an id taken before (`NationalStaging.logID`, D-176).
    public func store<Parts: Sequence<MonitoringPart> & Sendable>(
        _ parts: Parts, file: ImportFile, rowCount: Int, replace: Bool = false, logID: Int64? = nil
    ) throws -> ImportOutcome {
        var outcome: ImportOutcome?
        var conflicts: [Diagnostic] = []
        var conflictCount = 0
        try db.inSavepoint {
            var log = file.logEntry(kind: "monitoring", rowCount: rowCount)
            log.id = logID
            try log.insert(db)
            let importID = log.id!
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO monitoring_day (station, area_code, day, pm10, pm10_hours, pm25, pm25_hours, dust, import_id,
                      pm10_sum, pm10_mask, pm25_sum, pm25_mask)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (station, day) DO NOTHING
                    """)
            // Bound and stepped through SQLite's C API: GRDB's argument arrays box every value, which cost more
            // than SQLite itself for a province's million station-days. Errors still surface as DatabaseError.
            let statement = insert.sqliteStatement
            let handoff = DayRowHandoff(depth: 4)
            let preparing = DispatchGroup()
            DispatchQueue.global().async(group: preparing) { handoff.prepare(parts) }
            defer {
                handoff.cancel()
                preparing.wait()
            }
            var units: [String: String] = [:]
            var stationKeys: [String: String]? = nil
            var refused: Set<String> = []
            var added = 0, changed = 0, unchanged = 0
            func conflict(_ d: Diagnostic) {
                conflictCount += 1
                if conflicts.count < Self.conflictLimit { conflicts.append(d) }
            }
            // The station checks below give the same answer for every part of one station and unit, so they
            // run once per run of such parts (a file's parts come ordered by station); the station, the unit
            // and the import id stay bound between steps, as SQLite keeps bindings across resets (D-150).
            var previous: (station: String, areaCode: String, refused: Bool)? = nil
            try statement.bind(9, Int(importID))
            while let batch = handoff.take() {
                for row in batch {
                    let p = row.part
                    if let previous, previous.station == p.station, previous.areaCode == p.areaCode {
                        if previous.refused { continue }
                    } else {
                        previous = (p.station, p.areaCode, true)
                        if refused.contains(p.station) { continue }
                        if let stored = try storedUnit(p.station, &units), stored != p.areaCode {
                            refused.insert(p.station)
                            conflict(unitConflict(p, stored: stored, file: file.name))
                            continue
                        }
                        if units[p.station] == nil, let other = try caseTwin(p.station, &stationKeys) {
                            // Station codes, like unit codes, compare case-insensitively (D-46).
                            refused.insert(p.station)
                            conflict(
                                Diagnostic(
                                    file: file.name, line: p.line, header: MonitoringHeaders.stationCode,
                                    problem: StoreConflict.stationCaseTwin(station: p.station, other: other)))
                            continue
                        }
                        units[p.station] = p.areaCode
                        previous = (p.station, p.areaCode, false)
                        try statement.reset(insert)
                        try row.bindStation(statement)
                    }
                    try statement.reset(insert)
                    try row.bindDay(statement)
                    try statement.step(db, insert)
                    if sqlite3_changes(db.sqliteConnection) > 0 {
                        added += 1
                        continue
                    }
                    switch try merge(p, replace: replace, importID: importID, file: file.name) {
                    case .added: added += 1
                    case .changed: changed += 1
                    case .unchanged: unchanged += 1
                    case .conflict(let d): conflict(d)
                    }
                }
            }
            try statement.reset(insert)
            guard conflictCount == 0 else { return .rollback }
            log.added = added
            log.changed = changed
            try log.update(db)
            outcome = ImportOutcome(importID: importID, added: added, changed: changed, unchanged: unchanged)
            return .commit
        }
        guard let outcome else {
            let more = conflictCount - conflicts.count
            if more > 0 {
                conflicts.append(
                    Diagnostic(file: file.name, problem: StoreConflict.moreConflicts(more: more)))
            }
            throw DiagnosticsError(conflicts)
        }
        return outcome
    }

    /// The unit a station is stored for, from `cache` or the table (nil for a new station).
    private func storedUnit(_ station: String, _ cache: inout [String: String]) throws -> String? {
        if let known = cache[station] { return known }
        let stored = try String.fetchOne(db, sql: "SELECT area_code FROM monitoring_day WHERE station = ? LIMIT 1", arguments: [station])
        if let stored { cache[station] = stored }
        return stored
    }

    /// A stored station whose code differs from `station` only by case; the stored codes are read once per
    /// file, when the first new station needs them.
    private func caseTwin(_ station: String, _ keys: inout [String: String]?) throws -> String? {
        if keys == nil {
            keys = Dictionary(
                try String.fetchAll(db, sql: "SELECT DISTINCT station FROM monitoring_day").map { ($0.uppercased(), $0) },
                uniquingKeysWith: { a, _ in a })
        }
        let key = station.uppercased()
        if let other = keys?[key], other != station { return other }
        keys?[key] = station
        return nil
    }

    private enum MergeOutcome {
        case added, changed, unchanged
        case conflict(Diagnostic)
    }

    /// Merges a part into the station-day already stored (R-24a).
    private func merge(_ p: MonitoringPart, replace: Bool, importID: Int64, file: String) throws -> MergeOutcome {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT pm10, pm10_hours, pm10_sum, pm10_mask, pm25, pm25_hours, pm25_sum, pm25_mask, dust
                    FROM monitoring_day WHERE station = ? AND day = ?
                    """, arguments: [p.station, p.day.description])
        else { return .added }  // cannot happen: the insert found the row
        func stored(_ name: String) -> PollutantPart? {
            guard let text: String = row[name], let mean = Decimal(exactText: text) else { return nil }
            let sum: Int64? = row["\(name)_sum"], mask: Int64? = row["\(name)_mask"]
            return PollutantPart(
                measure: DayMeasure(mean: mean, hours: row["\(name)_hours"]), sum: sum, mask: mask.map { UInt32(truncatingIfNeeded: $0) })
        }
        let old10 = stored("pm10"), old25 = stored("pm25")
        let r10 = MonitoringMerge.merge(stored: old10, incoming: p.pm10, replace: replace)
        let r25 = MonitoringMerge.merge(stored: old25, incoming: p.pm25, replace: replace)
        for (result, name, old, new) in [(r10, "PM10", old10, p.pm10), (r25, "PM2.5", old25, p.pm25)] where result == .conflict {
            return .conflict(valueConflict(p, pollutant: name, stored: old!, incoming: new!, file: file))
        }
        let oldDust: Bool = row["dust"]
        let dust = p.dust.map { replace ? $0 : (oldDust || $0) } ?? oldDust
        guard r10 != .keep || r25 != .keep || dust != oldDust else { return .unchanged }
        var new10 = old10, new25 = old25
        if case .store(let v) = r10 { new10 = v }
        if case .store(let v) = r25 { new25 = v }
        try db.execute(
            sql: """
                UPDATE monitoring_day SET pm10 = ?, pm10_hours = ?, pm10_sum = ?, pm10_mask = ?,
                  pm25 = ?, pm25_hours = ?, pm25_sum = ?, pm25_mask = ?, dust = ?, import_id = ?
                WHERE station = ? AND day = ?
                """,
            arguments: [
                new10?.measure.mean.exactText, new10?.measure.hours, new10?.sum, new10?.mask.map { Int64($0) },
                new25?.measure.mean.exactText, new25?.measure.hours, new25?.sum, new25?.mask.map { Int64($0) },
                dust, importID, p.station, p.day.description,
            ])
        return .changed
    }

    private func unitConflict(_ p: MonitoringPart, stored: String, file: String) -> Diagnostic {
        Diagnostic(
            file: file, line: p.line, header: MonitoringHeaders.areaCode,
            problem: StoreConflict.stationOfOtherUnit(station: p.station, stored: stored, code: p.areaCode))
    }

    private func valueConflict(_ p: MonitoringPart, pollutant: String, stored: PollutantPart, incoming: PollutantPart, file: String) -> Diagnostic {
        Diagnostic(
            file: file, line: p.line, header: pollutant,
            problem: StoreConflict.monitoringValuesDiffer(station: p.station, day: p.day, pollutant: pollutant, overlap: overlap(stored, incoming)))
    }

    /// The hours both give, for messages: the first four ("01:00–02:00") or a daily mean.
    private func overlap(_ a: PollutantPart, _ b: PollutantPart) -> MonitoringOverlap {
        guard let m = a.mask, let n = b.mask else { return .none }
        if (m | n) & PollutantPart.dailyBit != 0 { return .dailyMean }
        let hours = (0..<24).filter { (m & n) >> UInt32($0) & 1 == 1 }
        func two(_ h: Int) -> String { h < 10 ? "0\(h)" : "\(h)" }
        return .hours(hours.prefix(4).map { "\(two($0)):00–\(two($0 + 1)):00" }, more: hours.count > 4)
    }
}

/// A station-day part and its values as text, ready to bind to the insert.
struct DayRow: Sendable {
    var part: MonitoringPart
    var day: String
    var pm10: String?
    var pm25: String?

    init(_ p: MonitoringPart) {
        part = p
        day = p.day.description
        pm10 = p.pm10?.measure.mean.exactText
        pm25 = p.pm25?.measure.mean.exactText
    }

    /// Binds the station and its unit (parameters 1 and 2), which stay bound for the station's next days.
    func bindStation(_ s: OpaquePointer) throws {
        try s.bind(1, part.station)
        try s.bind(2, part.areaCode)
    }

    /// Binds the day and its values (every parameter but the station, the unit and the import id).
    func bindDay(_ s: OpaquePointer) throws {
        try s.bind(3, day)
        try s.bind(4, pm10)
        try s.bind(5, part.pm10?.measure.hours)
        try s.bind(6, pm25)
        try s.bind(7, part.pm25?.measure.hours)
        try s.bind(8, (part.dust ?? false) ? 1 : 0)
        try s.bind(10, part.pm10?.sum.map { Int($0) })
        try s.bind(11, part.pm10?.mask.map { Int($0) })
        try s.bind(12, part.pm25?.sum.map { Int($0) })
        try s.bind(13, part.pm25?.mask.map { Int($0) })
    }
}
