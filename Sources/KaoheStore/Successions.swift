import Foundation
import GRDB
import KaoheCore

/// A stored succession with who recorded it and when, and its withdrawal if it was withdrawn (issue 21).
public struct SuccessionEntry: Sendable, Equatable {
    public var id: Int64
    public var succession: Succession
    public var recordedAt: String
    public var recordedBy: String
    /// Set when the succession was withdrawn as wrongly recorded; it is then kept but no longer in force.
    public var withdrawal: SuccessionWithdrawal?
}

/// The withdrawal of a wrongly recorded succession: by which document, why, who and when (issue 21).
public struct SuccessionWithdrawal: Sendable, Equatable {
    public var id: Int64
    public var document: String
    public var reason: String
    public var withdrawnAt: String
    public var withdrawnBy: String
    /// Set when the withdrawal corrects published results (D-143); nil for a plain withdrawal (D-109).
    public var correction: SuccessionCorrection? = nil
}

/// A withdrawal made as a correction of published results (D-143): from which day the succession no longer
/// carries consequences, and which published results relied on it.
public struct SuccessionCorrection: Sendable, Equatable {
    /// The day the withdrawal was recorded: on the days before it, freezes and summonses are still read as
    /// carried through the succession.
    public var notInForceFrom: Day
    /// Each year and kind whose published result relied on it, newest relied revision, oldest year first.
    public var relied: [ReliedPublication]
}

/// A published revision that relied on a succession later withdrawn, and the revision that corrected it, if any.
public struct ReliedPublication: Sendable, Equatable {
    public var revision: PublishedRevision
    /// The newer revision of the same year and kind published after it; nil while the year awaits correction (待更正).
    public var correctedBy: PublishedRevision?

    /// Whether the year still awaits its correcting revision.
    public var awaitingCorrection: Bool { correctedBy == nil }
}

/// One published revision of a year and kind: its run, number, document and day.
public struct PublishedRevision: Sendable, Equatable {
    public var runID: Int64
    public var year: Int
    public var kind: AssessmentKind
    public var revision: Int
    public var document: String
    public var publishedOn: Day
}

extension AppDatabase {
    /// Records one succession after `SuccessionRules` accepts it against what is stored, in one transaction.
    public func recordSuccession(_ s: Succession, today: Day, by recorder: String, at time: Date = Date()) throws -> SuccessionEntry {
        do {
            return try recordSuccessions([s], today: today, by: recorder, at: time)[0]
        } catch let refusal as SuccessionRefusal {
            throw refusal.problem
        }
    }

    /// Records several successions in one transaction, each checked against those stored and those before it
    /// in `list`: all are recorded or none (an import file, issue 21). A refusal names the list position.
    public func recordSuccessions(_ list: [Succession], today: Day, by recorder: String, at time: Date = Date()) throws -> [SuccessionEntry] {
        try writer.write { db in
            let known = Set(try String.fetchAll(db, sql: "SELECT code FROM area"))
            var existing = try Self.activeSuccessions(db)
            var ids: [Int64] = []
            for (i, s) in list.enumerated() {
                if let problem = SuccessionRules.problem(with: s, existing: existing, knownCodes: known, today: today) {
                    throw SuccessionRefusal(index: i, problem: problem)
                }
                try db.execute(
                    sql: """
                        INSERT INTO area_succession (predecessor_code, successor_code, effective_on, document, kind, recorded_at, recorded_by,
                                                     weight, own_base, own_previous)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [s.predecessor, s.successor, s.effective.description, s.document, s.kind.rawValue,
                                ISO8601DateFormatter().string(from: time), recorder,
                                s.weight.map(Self.text), s.ownBase.map(Self.text), s.ownPrevious.map(Self.text)])
                ids.append(db.lastInsertedRowID)
                existing.append(s)
            }
            let entries = try Self.successionEntries(db)
            return ids.map { id in entries.first { $0.id == id }! }
        }
    }

    /// Every recorded succession, oldest first, withdrawn ones included (marked).
    public func successions() throws -> [SuccessionEntry] {
        try writer.read { try Self.successionEntries($0) }
    }

    /// Each published year and kind whose succession was withdrawn as a correction and that no newer revision has
    /// corrected yet (待更正, D-143), by succession then year: what every list of published results notes (D-159).
    public func awaitingCorrections() throws -> [AwaitingCorrection] {
        try successions().flatMap { e -> [AwaitingCorrection] in
            guard let w = e.withdrawal, let c = w.correction else { return [] }
            return c.relied.filter(\.awaitingCorrection).map { p in
                let r = p.revision
                return AwaitingCorrection(
                    successionID: e.id, predecessorCode: e.succession.predecessor, successorCode: e.succession.successor, runID: r.runID,
                    year: r.year, kind: r.kind, revision: r.revision, document: r.document, withdrawalDocument: w.document)
            }
        }
    }

    /// The successions in force (recorded, not withdrawn), oldest first: what lists name successors from (D-110).
    public func successionsInForce() throws -> [Succession] {
        try writer.read { try Self.activeSuccessions($0) }
    }

    static func text(_ d: Decimal) -> String { NSDecimalNumber(decimal: d).description(withLocale: Locale(identifier: "en_US_POSIX")) }

    static func decimal(_ text: String?) -> Decimal? {
        text.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
    }

    static func successionEntries(_ db: Database) throws -> [SuccessionEntry] {
        let corrections = try Self.successionCorrections(db)
        let withdrawals = Dictionary(
            try Row.fetchAll(db, sql: "SELECT * FROM area_succession_withdrawal").map { row -> (Int64, SuccessionWithdrawal) in
                (row["succession_id"], SuccessionWithdrawal(id: row["id"], document: row["document"], reason: row["reason"],
                                                            withdrawnAt: row["withdrawn_at"], withdrawnBy: row["withdrawn_by"],
                                                            correction: corrections[row["id"]]))
            }, uniquingKeysWith: { a, _ in a })
        return try Row.fetchAll(db, sql: "SELECT * FROM area_succession ORDER BY id").compactMap { row in
            guard let day = Day(iso: row["effective_on"]), let kind = SuccessionKind(rawValue: row["kind"]) else { return nil }
            let id: Int64 = row["id"]
            return SuccessionEntry(
                id: id,
                succession: Succession(predecessor: row["predecessor_code"], successor: row["successor_code"], effective: day,
                                       document: row["document"], kind: kind, weight: decimal(row["weight"]),
                                       ownBase: decimal(row["own_base"]), ownPrevious: decimal(row["own_previous"])),
                recordedAt: row["recorded_at"], recordedBy: row["recorded_by"], withdrawal: withdrawals[id])
        }
    }

    /// The successions in force: recorded and not withdrawn, oldest first.
    static func activeSuccessions(_ db: Database) throws -> [Succession] {
        try successionEntries(db).filter { $0.withdrawal == nil }.map(\.succession)
    }

    /// The successions consequences are carried through (D-106, D-143): those in force, and those withdrawn as a
    /// correction with the day they stopped (`Succession.withdrawnOn`), so a day before it still answers as then.
    static func consequenceSuccessions(_ db: Database) throws -> [Succession] {
        try successionEntries(db).compactMap { e in
            guard let w = e.withdrawal else { return e.succession }
            guard let c = w.correction else { return nil }
            var s = e.succession
            s.withdrawnOn = c.notInForceFrom
            return s
        }
    }
}

/// A succession of an import file refused by `SuccessionRules`, with its position in the list.
public struct SuccessionRefusal: Error, Sendable {
    public var index: Int
    public var problem: Refusal
}

extension AppDatabase {
    /// `freezes` as held on `day` (any day when nil): one copy for each unit that stands in a succeeded
    /// unit's place, with `heldBy` set (a split's successors each hold it, D-106).
    static func carried(_ db: Database, _ freezes: [Freeze], on day: Day?) throws -> [Freeze] {
        let successions = try consequenceSuccessions(db)
        guard !successions.isEmpty else { return freezes }
        return try freezes.flatMap { f -> [Freeze] in
            let holders = SuccessionRules.carriers(of: f.area.code, on: day, in: successions)
            guard !holders.isEmpty else { return [f] }
            return try holders.compactMap { c in
                guard let heir = try AreaRow.fetchOne(db, key: c.code)?.area else { return nil }
                var f = f
                f.heldBy = heir
                f.heldSince = c.since
                return f
            }
        }
    }

    /// `summonses` with the open ones of a succeeded unit held by each unit in its place (issue 21).
    static func carried(_ db: Database, _ summonses: [Summons]) throws -> [Summons] {
        // Now: a succession withdrawn as a correction no longer carries (D-143).
        let successions = try consequenceSuccessions(db)
        guard !successions.isEmpty else { return summonses }
        return try summonses.flatMap { s -> [Summons] in
            let holders = s.closedOn == nil ? SuccessionRules.carriers(of: s.area.code, on: nil, in: successions) : []
            guard !holders.isEmpty else { return [s] }
            return try holders.compactMap { c in
                guard let heir = try AreaRow.fetchOne(db, key: c.code)?.area else { return nil }
                var s = s
                s.heldBy = heir
                s.heldSince = c.since
                return s
            }
        }
    }
}
