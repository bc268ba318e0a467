import Foundation
import GRDB
import KaoheCore

extension AppDatabase {
    /// Withdraws a wrongly recorded succession by a recorded decision, appended, never deleted (issue 21).
    ///
    /// Refused (nothing changes) when there is no such succession, when it is already withdrawn, when a later
    /// succession in force builds on its successor (withdraw that one first), or when a published assessment
    /// relied on it: a published run of a year from its first year on that assessed the successor. That result
    /// stays as issued (R-22b); its correction goes through a new published revision (`kaohe publish`, R-22c),
    /// and this command never changes what an issued notice relied on (D-109).
    public func withdrawSuccession(id: Int64, document: String, reason: String, by who: String, at time: Date = Date()) throws -> SuccessionEntry {
        try writer.write { db in
            guard let entry = try Self.successionEntries(db).first(where: { $0.id == id }) else {
                throw Refusal(RecordRefusal.noSuchSuccession(id: id))
            }
            if let w = entry.withdrawal {
                throw Refusal(RecordRefusal.successionAlreadyWithdrawn(id: id, at: w.withdrawnAt, document: w.document))
            }
            let s = entry.succession
            if let later = try Self.activeSuccessions(db).first(where: { $0.predecessor == s.successor && $0.effective > s.effective }) {
                throw Refusal(RecordRefusal.successionBuiltOn(
                    id: id, predecessor: later.predecessor, successor: later.successor, effective: later.effective, document: later.document))
            }
            if let run = try Row.fetchOne(
                db,
                sql: """
                    SELECT r.id, r.year, r.published_on, r.document_number FROM assessment_run r
                    JOIN assessment_result a ON a.run_id = r.id
                    WHERE r.published_on IS NOT NULL AND r.year >= ? AND a.area_code = ?
                    ORDER BY r.id LIMIT 1
                    """,
                arguments: [s.firstYearOfSuccessor, s.successor])
            {
                let year: Int = run["year"], runID: Int64 = run["id"]
                let published: String = run["published_on"]
                let doc: String = run["document_number"] ?? ""
                throw Refusal(RecordRefusal.successionRelied(
                    id: id, year: year, runID: runID, published: published, document: doc, successor: s.successor))
            }
            try db.execute(
                sql: "INSERT INTO area_succession_withdrawal (succession_id, document, reason, withdrawn_at, withdrawn_by) VALUES (?, ?, ?, ?, ?)",
                arguments: [id, document, reason, ISO8601DateFormatter().string(from: time), who])
            return try Self.successionEntries(db).first { $0.id == id }!
        }
    }
}
