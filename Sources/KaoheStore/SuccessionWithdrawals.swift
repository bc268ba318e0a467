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
                throw Refusal("there is no succession #\(id) — see kaohe areas successions", zh: "没有编号为 #\(id) 的承继记录 — 请查看 kaohe areas successions")
            }
            if let w = entry.withdrawal {
                throw Refusal("succession #\(id) was already withdrawn on \(w.withdrawnAt) (\(w.document))",
                               zh: "承继记录 #\(id) 已于 \(w.withdrawnAt) 撤回（\(w.document)）")
            }
            let s = entry.succession
            if let later = try Self.activeSuccessions(db).first(where: { $0.predecessor == s.successor && $0.effective > s.effective }) {
                throw Refusal(
                    "succession #\(id) is built on by \(later.predecessor) → \(later.successor) (\(later.effective), \(later.document)) — withdraw that one first",
                    zh: "承继记录 #\(id) 之后还有 \(later.predecessor) → \(later.successor)（\(later.effective)，\(later.document)）以其为前提 — 请先撤回该记录")
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
                throw Refusal(
                    "succession #\(id) cannot be withdrawn: the \(year) assessment (run #\(runID)), published on \(published) (\(doc)), assessed \(s.successor) as its successor, and a published result stays as issued (R-22b) — a correction of it goes through the publication path: a new revision of the \(year) assessment published with kaohe publish, which supersedes the issued one (R-22c); withdrawing the succession under it is not done by this command",
                    zh: "承继记录 #\(id) 不能撤回：\(year) 年考核（#\(runID)）已于 \(published) 发布（\(doc)），其中 \(s.successor) 作为承继单位参加考核，已发布的结果按发布时原样保留（R-22b）— 如需更正，须走发布程序：以 kaohe publish 发布 \(year) 年考核的新修订，替代已发布的通报（R-22c）；本命令不撤回已发布结果所依据的承继记录")
            }
            try db.execute(
                sql: "INSERT INTO area_succession_withdrawal (succession_id, document, reason, withdrawn_at, withdrawn_by) VALUES (?, ?, ?, ?, ?)",
                arguments: [id, document, reason, ISO8601DateFormatter().string(from: time), who])
            return try Self.successionEntries(db).first { $0.id == id }!
        }
    }
}
