import Foundation
import GRDB
import KaoheCore

extension AppDatabase {
    /// Records new values of document settings in one transaction; `nil` resets a field to the tool's
    /// default. Earlier values stay in the history (R-22b).
    public func setDocumentSettings(_ changes: [(DocumentSettings.Field, String?)], by who: String, at time: Date = Date()) throws {
        let now = ISO8601DateFormatter().string(from: time)
        try writer.write { db in
            for (field, value) in changes {
                try db.execute(
                    sql: "INSERT INTO document_setting (field, value, set_at, set_by) VALUES (?, ?, ?, ?)",
                    arguments: [field.rawValue, value, now, who])
            }
        }
    }

    /// The document settings in force now.
    public func documentSettings() throws -> DocumentSettings {
        try writer.read { db in try Self.currentSettings(db, upTo: nil) }
    }

    /// Every recorded change, oldest first.
    public func documentSettingsHistory() throws -> [DocumentSettingChange] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM document_setting ORDER BY id").compactMap { row in
                guard let field = DocumentSettings.Field(rawValue: row["field"]) else { return nil }
                return DocumentSettingChange(id: row["id"], field: field, value: row["value"], setAt: row["set_at"], setBy: row["set_by"])
            }
        }
    }

    /// The settings a summary of `run` is printed with: for a published run those frozen at publication
    /// (R-22b) — for a run published before settings were kept, those recorded up to its issued instant — and
    /// for a draft the settings in force now.
    public func documentSettings(for run: AssessmentRun) throws -> DocumentSettings {
        try writer.read { db in try Self.documentSettings(db, for: run) }
    }

    static func documentSettings(_ db: Database, for run: AssessmentRun) throws -> DocumentSettings {
        guard run.status == .published else { return try Self.currentSettings(db, upTo: nil) }
        if let json = try String.fetchOne(db, sql: "SELECT settings_json FROM published_settings WHERE run_id = ?", arguments: [run.id]) {
            do {
                return try JSONDecoder().decode(DocumentSettings.self, from: Data(json.utf8))
            } catch {
                throw Refusal(RunRefusal.unreadableSettings(runID: run.id))
            }
        }
        let issuedAt = try String.fetchOne(db, sql: "SELECT issued_at FROM published_record WHERE run_id = ?", arguments: [run.id])
        return try Self.currentSettings(db, upTo: issuedAt ?? "")
    }

    /// The newest value of each field, counting only changes recorded at or before `instant` when given.
    static func currentSettings(_ db: Database, upTo instant: String?) throws -> DocumentSettings {
        var values: [String: String] = [:]
        let rows = try Row.fetchAll(
            db, sql: "SELECT field, value FROM document_setting WHERE ? IS NULL OR set_at <= ? ORDER BY id", arguments: [instant, instant])
        for row in rows {
            let field: String = row["field"]
            guard DocumentSettings.Field(rawValue: field) != nil else { continue }
            values[field] = row["value"] as String?
        }
        return DocumentSettings(values: values)
    }

    /// Freezes the settings in force as those of the published run `runID`, inside the publishing transaction.
    static func storePublishedSettings(_ db: Database, runID: Int64) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let settings = try currentSettings(db, upTo: nil)
        try db.execute(
            sql: "INSERT INTO published_settings (run_id, settings_json) VALUES (?, ?)",
            arguments: [runID, String(decoding: try encoder.encode(settings), as: UTF8.self)])
    }
}
