import Foundation
import GRDB
import KaoheCore

extension AppDatabase {
    /// Every progress entry of the stronger-accountability decisions, oldest first.
    public func accountabilityUpdates() throws -> [AccountabilityUpdate] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM accountability_update ORDER BY id").map(Self.accountabilityUpdate)
        }
    }

    /// Appends a progress entry to an accountability decision; the decision itself never changes.
    ///
    /// Refused when there is no such decision, when the progress text is empty, or when `on` is before the
    /// publication that created the decision or after today.
    public func recordAccountabilityUpdate(
        decisionID: Int64, on day: Day, progress: String, document: String?, today: Day? = nil, by who: String, at time: Date = Date()
    ) throws -> AccountabilityUpdate {
        try writer.write { db in
            guard let decision = try Self.fetchDecisions(db, where: "d.id = ?", [decisionID]).first else {
                throw Refusal(ConsequenceRefusal.noSuchDecision(id: decisionID))
            }
            if progress.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw Refusal(ConsequenceRefusal.emptyProgress)
            }
            let published = try Self.fetchRun(db, id: decision.runID)?.publishedOn
            if let published, day < published {
                throw Refusal(ConsequenceRefusal.progressBeforeDecision(day: day, published: published, document: decision.document))
            }
            let now = today ?? Self.day(of: time)
            if day > now {
                throw Refusal(ConsequenceRefusal.progressAfterToday(day: day, today: now))
            }
            try db.execute(
                sql: "INSERT INTO accountability_update (decision_id, on_date, progress, document, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [decisionID, day.description, progress, document, ISO8601DateFormatter().string(from: time), who])
            return Self.accountabilityUpdate(try Row.fetchOne(db, sql: "SELECT * FROM accountability_update WHERE id = ?", arguments: [db.lastInsertedRowID])!)
        }
    }

    static func accountabilityUpdate(_ row: Row) -> AccountabilityUpdate {
        AccountabilityUpdate(
            id: row["id"], decisionID: row["decision_id"], on: Day(iso: row["on_date"])!, progress: row["progress"], document: row["document"],
            recordedAt: row["recorded_at"], recordedBy: row["recorded_by"])
    }
}
