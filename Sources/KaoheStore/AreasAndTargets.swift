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
            // Codes compare case-insensitively (D-40): the reader refuses such a file; the store holds the line too.
            if let other = try String.fetchOne(
                db, sql: "SELECT code FROM area WHERE code = ? COLLATE NOCASE AND code <> ?", arguments: [area.code, area.code])
            {
                throw DiagnosticsError([
                    Diagnostic(
                        file: file.name, reason: "unit \(area.code) differs only by case from the stored unit \(other); codes ignore case",
                        fix: "write the code as \(other)", reasonZh: "区域 \(area.code) 与已存储的区域 \(other) 仅大小写不同；区域代码不区分大小写",
                        fixZh: "请将代码写为 \(other)")
                ])
            }
            return try AreaRow.fetchOne(db, key: area.code)?.area
        } save: { db, area, importID in
            try AreaRow(area, importID: importID).save(db)
        }
    }

    /// Stores a targets file's rows in one transaction, keyed by (unit, year).
    public func importTargets(_ targets: [Target], file: ImportFile, reinstate: Bool = false) throws -> ImportOutcome {
        try upsert(targets, kind: "targets", file: file, reinstate: reinstate) { db, target in
            try TargetRow.fetchOne(db, key: ["area_code": target.areaCode, "year": target.year])?.target
        } save: { db, target, importID in
            try TargetRow(target, importID: importID).save(db)
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
                        Diagnostic(
                            file: file.name,
                            reason: "the same file was imported before (import \(id), \(at)) and \(reverted) of its row(s) were changed by later imports; importing it again would silently undo those changes",
                            fix: "import the corrected file instead, or add --reinstate to make this file's values current again",
                            reasonZh: "同一文件此前已导入（导入编号 \(id)，\(at)），其中 \(reverted) 行已被后来的导入更改；再次导入将悄然撤销这些更改",
                            fixZh: "请导入更正后的文件；如确需恢复本文件的内容，请加 --reinstate")
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

    /// Targets for one year, or all of them, ordered by unit and year.
    public func targets(year: Int? = nil) throws -> [Target] {
        try writer.read { db in
            var request = TargetRow.order(Column("area_code"), Column("year"))
            if let year { request = request.filter(Column("year") == year) }
            return try request.fetchAll(db).compactMap(\.target)
        }
    }

    /// The import log, oldest first.
    public func importLog() throws -> [ImportLogEntry] {
        try writer.read { db in try ImportLogEntry.order(Column("id")).fetchAll(db) }
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
    /// The pollutant each unit is assessed on, from its targets; units without targets are absent.
    public func pollutants() throws -> [String: Pollutant] {
        try writer.read { db in
            var result: [String: Pollutant] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT area_code, pollutant FROM target ORDER BY year") {
                if let p = Pollutant(rawValue: row["pollutant"]) { result[row["area_code"]] = p }
            }
            return result
        }
    }
}
