import Foundation
import GRDB
import KaoheCore

extension AppDatabase {
    /// Stores a new draft run of `year`/`kind` as the next revision in one write transaction, in which `body`
    /// reads what it assesses and stores each unit's result as it is scored (issue 14, D-169); the run's header
    /// (no inputs or results) and what `body` returned.
    ///
    /// All or nothing: whatever `body` throws (a refusal, a value JSON cannot carry) rolls back the whole run. The
    /// transaction is SQLite's IMMEDIATE one, so every read inside it sees one committed state, as the snapshot's
    /// read transaction did (issue 13 item 3), and no other write comes between the reads and the run.
    /// `RunWriter` is only valid inside `body`.
    public func writeRun<T>(
        year: Int, kind: AssessmentKind, rules: RuleSet, ruleSetText: String, at time: Date = Date(), _ body: (RunWriter) throws -> T
    ) throws -> (run: AssessmentRun, value: T) {
        try writer.write { db in
            let id = try Self.insertRunHeader(db, year: year, kind: kind, rules: rules, ruleSetText: ruleSetText, at: time)
            let value = try body(RunWriter(db: db, runID: id, year: year, insert: try Self.resultInsert(db)))
            return (try Self.fetchRun(db, id: id, withResults: false)!, value)
        }
    }
}

/// The reads and the per-unit store of one run being written (`AppDatabase.writeRun`), inside its transaction.
public struct RunWriter {
    let db: Database
    let runID: Int64
    let year: Int
    let insert: BoundStatement

    /// Every recorded succession in force, oldest first (issue 21).
    public func successions() throws -> [Succession] {
        try AppDatabase.activeSuccessions(db)
    }

    /// The pollutants some unit may be assessed on (R-5 revised): those of the targets in force, and `fallback`
    /// (the rule set's) when a unit has none. Reading monitoring for one more pollutant than needed changes no
    /// mean a unit looks up, so this may name one a unit's first target does not.
    public func pollutants(fallback: Pollutant) throws -> Set<Pollutant> {
        var set = Set(try String.fetchAll(db, sql: "SELECT DISTINCT pollutant FROM target WHERE withdrawn_at IS NULL").compactMap(Pollutant.init(rawValue:)))
        let without = try Bool.fetchOne(
            db,
            sql: "SELECT EXISTS (SELECT 1 FROM area a WHERE NOT EXISTS (SELECT 1 FROM target t WHERE t.area_code = a.code AND t.withdrawn_at IS NULL))")
        if without == true || set.isEmpty { set.insert(fallback) }
        return set
    }

    /// Every stored station-day of `year` with `pollutant`, ordered by station and day.
    public func stationDays(year: Int, pollutant: Pollutant) throws -> [StationDay] {
        try AppDatabase.stationDays(db, year: year, pollutant: pollutant)
    }

    /// Every stored unit's record for the run's year, one at a time in code order (`only`: those codes alone).
    public func eachUnitRecord(only: Set<String>? = nil, _ body: (UnitRecord) throws -> Void) throws {
        try AppDatabase.eachUnitRecord(db, year: year, only: only, body)
    }

    /// Stores one unit's input and result in the run; refuses a value JSON cannot carry (`RunRefusal.unstorableValue`).
    public func store(_ input: UnitInput, _ result: UnitAssessment) throws {
        try AppDatabase.insertResult(insert, runID: runID, input: input, result: result)
    }
}
