import Foundation
import GRDB
import KaoheCore

/// GRDB's row type, named apart from `upsert`'s generic `Row`.
private typealias Row_ = GRDB.Row

extension AppDatabase {
    /// Stores an areas file's rows in one transaction: new codes are added, known codes updated.
    ///
    /// The import is logged with the file's name and hash; rows that are already identical count as
    /// unchanged and are left as they are.
    public func importAreas(_ areas: [Area], file: ImportFile, reinstate: Bool = false) throws -> ImportOutcome {
        try upsert(areas, kind: "areas", file: file, reinstate: reinstate) { db, area in
            // Codes compare case-insensitively (D-46): the reader refuses such a file; the store holds the line too.
            if let other = try String.fetchOne(
                db, sql: "SELECT code FROM area WHERE code = ? COLLATE NOCASE AND code <> ?", arguments: [area.code, area.code])
            {
                throw DiagnosticsError([
                    Diagnostic(file: file.name, problem: StoreConflict.unitCaseTwin(code: area.code, other: other))
                ])
            }
            return try AreaRow.fetchOne(db, key: area.code)?.area
        } save: { db, area, importID in
            try AreaRow(area, importID: importID).save(db)
        }
    }

    /// Stores a targets file's rows in one transaction, keyed by (unit, year).
    ///
    /// A row identical to a withdrawn target leaves it withdrawn (counted in `keptWithdrawn`); a different
    /// row for that unit and year is a new target in force. Every state is kept in `target_history` by the
    /// triggers of migration v7a. A file imported before whose rows changed since needs `reinstate` (issue 12
    /// item 8).
    public func importTargets(_ targets: [Target], file: ImportFile, reinstate: Bool = false) throws -> ImportOutcome {
        // A set, not a count: `upsert` may look a row up more than once (the reinstatement check, then the write).
        var keptWithdrawnKeys: Set<String> = []
        var outcome = try upsert(targets, kind: "targets", file: file, reinstate: reinstate) { db, target in
            let row = try TargetRow.fetchOne(db, key: ["area_code": target.areaCode, "year": target.year])
            if let row, row.withdrawnAt != nil {
                if row.target == target { keptWithdrawnKeys.insert("\(target.areaCode)/\(target.year)") }
                return row.target == target ? target : nil
            }
            return row?.target
        } save: { db, target, importID in
            try TargetRow(target, importID: importID).save(db)
        }
        outcome.unchanged -= keptWithdrawnKeys.count
        outcome.keptWithdrawn = keptWithdrawnKeys.count
        return outcome
    }

    /// Withdraws the target in force of a unit and year, with the reason (R-5 revised): the row stays, marked
    /// withdrawn, and no longer counts for assessment; the history keeps both states.
    public func withdrawTarget(area: String, year: Int, reason: String, at time: Date = Date()) throws -> TargetEntry {
        try writer.write { db in
            guard let row = try TargetRow.fetchOne(db, key: ["area_code": area, "year": year]) else {
                throw Refusal(RecordRefusal.noTarget(area: area, year: year))
            }
            if let at = row.withdrawnAt {
                throw Refusal(RecordRefusal.targetAlreadyWithdrawn(area: area, year: year, at: at))
            }
            try db.execute(
                sql: "UPDATE target SET withdrawn_at = ?, withdrawal_reason = ? WHERE area_code = ? AND year = ? AND withdrawn_at IS NULL",
                arguments: [ISO8601DateFormatter().string(from: time), reason, area, year])
            return try TargetRow.fetchOne(db, key: ["area_code": area, "year": year])!.entry!
        }
    }

    /// Every target row, in force or withdrawn, for one year or all, ordered by unit and year.
    public func targetEntries(year: Int? = nil) throws -> [TargetEntry] {
        try writer.read { db in
            var request = TargetRow.order(Column("area_code"), Column("year"))
            if let year { request = request.filter(Column("year") == year) }
            return try request.fetchAll(db).compactMap(\.entry)
        }
    }

    /// Logs an import and writes each row that is new or differs from the stored one, in one transaction.
    ///
    /// The same bytes imported before whose rows now differ from what is stored would silently undo the later
    /// imports that changed them: refused (`DiagnosticsError`) unless `reinstate` (issue 12 item 8's rule).
    private func upsert<Row: Equatable>(
        _ rows: [Row], kind: String, file: ImportFile, reinstate: Bool, stored: (Database, Row) throws -> Row?,
        save: (Database, Row, Int64) throws -> Void
    ) throws -> ImportOutcome {
        try writer.write { db in
            if !reinstate,
                let earlier = try Row_.fetchOne(
                    db, sql: "SELECT id, imported_at FROM import_log WHERE sha256 = ? AND kind = ? ORDER BY id LIMIT 1",
                    arguments: [file.sha256, kind])
            {
                let reverted = try rows.filter { row in try stored(db, row).map { $0 != row } ?? false }.count
                if reverted > 0 {
                    let id: Int64 = earlier["id"], at: String = earlier["imported_at"]
                    throw DiagnosticsError([
                        Diagnostic(file: file.name, problem: StoreConflict.reimportUndoes(importID: id, at: at, reverted: reverted))
                    ])
                }
            }
            var log = file.logEntry(kind: kind, rowCount: rows.count)
            try log.insert(db)
            let importID = log.id!
            var added = 0, changed = 0, unchanged = 0
            for row in rows {
                if let old = try stored(db, row) {
                    if old == row { unchanged += 1; continue }
                    changed += 1
                } else {
                    added += 1
                }
                try save(db, row, importID)
            }
            log.added = added
            log.changed = changed
            try log.update(db)
            return ImportOutcome(importID: importID, added: added, changed: changed, unchanged: unchanged)
        }
    }

    /// Every known unit, ordered by code.
    public func areas() throws -> [Area] {
        try writer.read { db in
            try AreaRow.order(Column("code")).fetchAll(db).compactMap(\.area)
        }
    }

    /// Targets in force (not withdrawn) for one year, or all of them, ordered by unit and year.
    public func targets(year: Int? = nil) throws -> [Target] {
        try writer.read { db in
            var request = TargetRow.filter(Column("withdrawn_at") == nil).order(Column("area_code"), Column("year"))
            if let year { request = request.filter(Column("year") == year) }
            return try request.fetchAll(db).compactMap(\.target)
        }
    }

    /// The import log, oldest first.
    ///
    /// For a report file, `added` and `changed` are the stored report parts it brought (a first version, or
    /// a version replacing an earlier one), counted from the versions themselves, so entries logged before
    /// the counts were recorded are shown truthfully too.
    public func importLog() throws -> [ImportLogEntry] {
        try writer.read { db in
            var entries = try ImportLogEntry.order(Column("id")).fetchAll(db)
            let parts = try Row.fetchAll(
                db,
                sql: """
                    SELECT f.import_id AS id, SUM(v.version = 1) AS added, SUM(v.version > 1) AS changed
                    FROM report_version_file f JOIN report_version v ON v.id = f.version_id GROUP BY f.import_id
                    """)
            let counts = Dictionary(uniqueKeysWithValues: parts.map { ($0["id"] as Int64, ($0["added"] as Int, $0["changed"] as Int)) })
            for i in entries.indices {
                guard let id = entries[i].id, let c = counts[id] else { continue }
                entries[i].added = c.0
                entries[i].changed = c.1
            }
            return entries
        }
    }
}

/// What the store needs to know about a file being imported: its name as the user gave it and its hash.
public struct ImportFile: Sendable, Hashable {
    public var name: String
    /// SHA-256 of the file's bytes, lowercase hex.
    public var sha256: String
    /// When the import runs; injected so tests are deterministic.
    public var time: Date

    public init(name: String, sha256: String, time: Date = Date()) {
        self.name = name
        self.sha256 = sha256
        self.time = time
    }

    func logEntry(kind: String, rowCount: Int) -> ImportLogEntry {
        ImportLogEntry(
            fileName: name, sha256: sha256, kind: kind, rowCount: rowCount,
            importedAt: ISO8601DateFormatter().string(from: time))
    }
}

extension AppDatabase {
    /// The pollutant each unit is assessed on, from its targets in force (R-5 revised); units without targets are absent.
    public func pollutants() throws -> [String: Pollutant] {
        try writer.read { db in try Self.pollutants(db) }
    }

    /// Each unit's pollutant from its targets in force (withdrawn ones left out) inside `db`'s transaction.
    static func pollutants(_ db: Database) throws -> [String: Pollutant] {
        var result: [String: Pollutant] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT area_code, pollutant FROM target WHERE withdrawn_at IS NULL ORDER BY year") {
            if let p = Pollutant(rawValue: row["pollutant"]) { result[row["area_code"]] = p }
        }
        return result
    }
}

/// A stored target row with its state: in force, or withdrawn with when and why (R-5 revised).
public struct TargetEntry: Sendable, Hashable {
    public var target: Target
    /// UTC time of the withdrawal, ISO 8601; nil while the target is in force.
    public var withdrawnAt: String?
    public var withdrawalReason: String?

    public var isWithdrawn: Bool { withdrawnAt != nil }
}
