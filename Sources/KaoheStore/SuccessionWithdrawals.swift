import Foundation
import GRDB
import KaoheCore

extension AppDatabase {
    /// Withdraws a wrongly recorded succession by a recorded decision, appended, never deleted (issue 21).
    ///
    /// Refused (nothing changes) when there is no such succession, when it is already withdrawn, or when a later
    /// succession in force builds on its successor (withdraw that one first). When a published assessment relied
    /// on it — a published run of a year from its first year on that assessed the successor — it is withdrawn
    /// only as a `correction` (D-143, completing D-109): the published results stay as issued (R-22b), the
    /// withdrawal records each of them and `today`, the first day the succession no longer carries freezes and
    /// summonses (before it, they are still read as carried then, R-22), and each such year awaits a correcting
    /// revision (R-22c). Without `correction` that case is refused, naming the way; with it, a succession no
    /// published result relied on is refused too (a plain withdrawal, out of force on every day, is the way).
    public func withdrawSuccession(
        id: Int64, document: String, reason: String, correction: Bool = false, today: Day? = nil, by who: String, at time: Date = Date()
    ) throws -> SuccessionEntry {
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
            let relied = try Self.publishedRuns(db, relyingOn: s)
            if let first = relied.first, !correction {
                throw Refusal(RecordRefusal.successionRelied(
                    id: id, year: first.year, runID: first.runID, published: first.publishedOn.description, document: first.document,
                    successor: s.successor))
            }
            if correction && relied.isEmpty { throw Refusal(RecordRefusal.correctionWithoutPublishedResult(id: id)) }
            try db.execute(
                sql: "INSERT INTO area_succession_withdrawal (succession_id, document, reason, withdrawn_at, withdrawn_by) VALUES (?, ?, ?, ?, ?)",
                arguments: [id, document, reason, ISO8601DateFormatter().string(from: time), who])
            if correction {
                let withdrawal = db.lastInsertedRowID
                let day = today ?? Self.day(of: time)
                try db.execute(
                    sql: """
                        INSERT INTO area_succession_correction (withdrawal_id, not_in_force_from, runs_before)
                        VALUES (?, ?, (SELECT COALESCE(MAX(id), 0) FROM assessment_run))
                        """,
                    arguments: [withdrawal, day.description])
                for run in relied {
                    try db.execute(
                        sql: "INSERT INTO area_succession_correction_run (withdrawal_id, run_id, year, kind) VALUES (?, ?, ?, ?)",
                        arguments: [withdrawal, run.runID, run.year, run.kind.rawValue])
                }
            }
            return try Self.successionEntries(db).first { $0.id == id }!
        }
    }

    /// The published runs that relied on `s`: of a year from its first year on, with a result for its successor.
    static func publishedRuns(_ db: Database, relyingOn s: Succession) throws -> [PublishedRevision] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT DISTINCT r.id, r.year, r.kind, r.revision, r.published_on, r.document_number FROM assessment_run r
                JOIN assessment_result a ON a.run_id = r.id
                WHERE r.published_on IS NOT NULL AND r.year >= ? AND a.area_code = ?
                ORDER BY r.id
                """,
            arguments: [s.firstYearOfSuccessor, s.successor]
        ).compactMap(Self.publishedRevision)
    }

    static func publishedRevision(_ row: Row) -> PublishedRevision? {
        guard let day = (row["published_on"] as String?).flatMap(Day.init(iso:)) else { return nil }
        return PublishedRevision(
            runID: row["id"], year: row["year"], kind: AssessmentKind(rawValue: row["kind"]) ?? .annual, revision: row["revision"],
            document: row["document_number"] ?? "", publishedOn: day)
    }

    /// Every correction by its withdrawal id, each relied year with the revision that corrected it, if any (D-143).
    static func successionCorrections(_ db: Database) throws -> [Int64: SuccessionCorrection] {
        let published = try Row.fetchAll(
            db, sql: "SELECT id, year, kind, revision, published_on, document_number FROM assessment_run WHERE published_on IS NOT NULL ORDER BY revision"
        ).compactMap(Self.publishedRevision)
        let runs = try Row.fetchAll(db, sql: "SELECT withdrawal_id, run_id FROM area_succession_correction_run ORDER BY run_id")
        var result: [Int64: SuccessionCorrection] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM area_succession_correction") {
            let withdrawal: Int64 = row["withdrawal_id"]
            guard let day = Day(iso: row["not_in_force_from"]) else { continue }
            let ids = Set(runs.filter { ($0["withdrawal_id"] as Int64) == withdrawal }.map { $0["run_id"] as Int64 })
            // The newest relied revision of each year and kind, and the first revision published after it.
            var newest: [String: PublishedRevision] = [:]
            for p in published where ids.contains(p.runID) { newest["\(p.year)/\(p.kind.rawValue)"] = p }
            let relied = newest.values.sorted { ($0.year, $0.kind.rawValue) < ($1.year, $1.kind.rawValue) }.map { p in
                ReliedPublication(
                    revision: p, correctedBy: published.first { $0.year == p.year && $0.kind == p.kind && $0.revision > p.revision })
            }
            result[withdrawal] = SuccessionCorrection(notInForceFrom: day, relied: relied)
        }
        return result
    }

    /// The successions withdrawn as a correction of the published revision `replaced` (D-143), named as the units
    /// are called now, for the correcting revision's notice (R-22c).
    static func correctedSuccessions(_ db: Database, replacing replaced: Int64) throws -> [CorrectedSuccession] {
        let names = Dictionary(try Row.fetchAll(db, sql: "SELECT code, name FROM area").map { ($0["code"] as String, $0["name"] as String) },
                               uniquingKeysWith: { a, _ in a })
        return try successionEntries(db).compactMap { e in
            guard let w = e.withdrawal, let c = w.correction, c.relied.contains(where: { $0.revision.runID == replaced }) else { return nil }
            let s = e.succession
            return CorrectedSuccession(
                successionID: e.id, predecessorCode: s.predecessor, predecessorName: names[s.predecessor] ?? s.predecessor,
                successorCode: s.successor, successorName: names[s.successor] ?? s.successor, effective: s.effective, document: s.document,
                withdrawalDocument: w.document, withdrawnOn: c.notInForceFrom)
        }
    }

    /// Refuses to publish a draft run made while a succession since withdrawn as a correction was in force, when it
    /// assessed that succession's successor from its first year on (D-143): publishing it would issue the withdrawn
    /// succession again. The year is assessed anew first.
    static func refuseDraftUnderWithdrawnSuccession(_ db: Database, run: AssessmentRun) throws {
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT s.id, s.successor_code, s.effective_on, w.document FROM area_succession_correction c
                JOIN area_succession_withdrawal w ON w.id = c.withdrawal_id JOIN area_succession s ON s.id = w.succession_id
                WHERE c.runs_before >= ? ORDER BY s.id
                """,
            arguments: [run.id])
        {
            guard let day = Day(iso: row["effective_on"]), run.year >= day.year else { continue }
            let assessed = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM assessment_result WHERE run_id = ? AND area_code = ?)",
                arguments: [run.id, row["successor_code"] as String]) ?? false
            if assessed {
                throw Refusal(RecordRefusal.draftUnderWithdrawnSuccession(runID: run.id, year: run.year, id: row["id"], withdrawal: row["document"]))
            }
        }
    }
}
