import Foundation
import GRDB
import KaoheCore

/// A stored succession with who recorded it and when (issue 21).
public struct SuccessionEntry: Sendable, Equatable {
    public var id: Int64
    public var succession: Succession
    public var recordedAt: String
    public var recordedBy: String
}

extension AppDatabase {
    /// Records one succession after `SuccessionRules` accepts it against what is stored, in one transaction.
    public func recordSuccession(_ s: Succession, today: Day, by recorder: String, at time: Date = Date()) throws -> SuccessionEntry {
        try writer.write { db in
            let known = Set(try String.fetchAll(db, sql: "SELECT code FROM area"))
            let existing = try Self.successionEntries(db).map(\.succession)
            if let problem = SuccessionRules.problem(with: s, existing: existing, knownCodes: known, today: today) {
                throw problem
            }
            try db.execute(
                sql: """
                    INSERT INTO area_succession (predecessor_code, successor_code, effective_on, document, kind, recorded_at, recorded_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [s.predecessor, s.successor, s.effective.description, s.document, s.kind.rawValue,
                            ISO8601DateFormatter().string(from: time), recorder])
            return try Self.successionEntries(db).first { $0.id == db.lastInsertedRowID }!
        }
    }

    /// Every recorded succession, oldest first.
    public func successions() throws -> [SuccessionEntry] {
        try writer.read { try Self.successionEntries($0) }
    }

    static func successionEntries(_ db: Database) throws -> [SuccessionEntry] {
        try Row.fetchAll(db, sql: "SELECT * FROM area_succession ORDER BY id").compactMap { row in
            guard let day = Day(iso: row["effective_on"]), let kind = SuccessionKind(rawValue: row["kind"]) else { return nil }
            return SuccessionEntry(
                id: row["id"],
                succession: Succession(predecessor: row["predecessor_code"], successor: row["successor_code"], effective: day,
                                       document: row["document"], kind: kind),
                recordedAt: row["recorded_at"], recordedBy: row["recorded_by"])
        }
    }
}

extension AppDatabase {
    /// `freezes` with `heldBy` set for those whose unit was renamed or recoded by `day` (any day when nil).
    static func carried(_ db: Database, _ freezes: [Freeze], on day: Day?) throws -> [Freeze] {
        let successions = try successionEntries(db).map(\.succession)
        guard !successions.isEmpty else { return freezes }
        return try freezes.map { f in
            var f = f
            if let c = SuccessionRules.carrier(of: f.area.code, on: day, in: successions), let heir = try AreaRow.fetchOne(db, key: c.code)?.area {
                f.heldBy = heir
                f.heldSince = c.since
            }
            return f
        }
    }
}

extension AppDatabase {
    /// `summonses` with `heldBy` set for the open ones whose unit was renamed or recoded (issue 21).
    static func carried(_ db: Database, _ summonses: [Summons]) throws -> [Summons] {
        let successions = try successionEntries(db).map(\.succession)
        guard !successions.isEmpty else { return summonses }
        return try summonses.map { s in
            var s = s
            if s.closedOn == nil, let c = SuccessionRules.carrier(of: s.area.code, on: nil, in: successions),
               let heir = try AreaRow.fetchOne(db, key: c.code)?.area {
                s.heldBy = heir
                s.heldSince = c.since
            }
            return s
        }
    }
}
