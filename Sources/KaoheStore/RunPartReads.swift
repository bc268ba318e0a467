import Foundation
import GRDB
import GRDBSQLite
import KaoheCore

/// Which parts of a run's stored documents a command reads (issue 14, D-171).
///
/// A unit's explanation steps (both languages) are most of its stored result, and its 26 key-task claims most of
/// its stored input; at 30,000 units holding them decoded was about half of `publish`'s and `summary`'s peak.
public struct RunParts: Sendable, Hashable {
    /// The units' inputs; without them `run.inputs` is empty.
    public var inputs: Bool
    /// The inputs' key-task claims (left empty when false).
    public var keyTasks: Bool
    /// The results' explanation steps (left empty when false; `withExplanationSteps` reads them unit by unit).
    public var steps: Bool

    public init(inputs: Bool, keyTasks: Bool, steps: Bool) {
        self.inputs = inputs
        self.keyTasks = keyTasks
        self.steps = steps
    }

    /// Everything: the run as `run(id:)` reads it.
    public static let whole = RunParts(inputs: true, keyTasks: true, steps: true)
    /// What `publish` needs: grades, scores and flags, no inputs, no explanations.
    public static let outcomes = RunParts(inputs: false, keyTasks: false, steps: false)
    /// What the streamed summary holds: results without explanations, inputs without key-task claims.
    public static let summary = RunParts(inputs: true, keyTasks: false, steps: false)
}

extension AppDatabase {
    /// The run `id` inside `db`'s transaction with only `parts` of its documents decoded (D-171); the header
    /// is `fetchRun`'s.
    static func fetchRun(_ db: Database, id: Int64, parts: RunParts) throws -> AssessmentRun? {
        guard var run = try fetchRun(db, id: id, withResults: false) else { return nil }
        (run.inputs, run.results) = try fetchResults(db, runID: id, parts: parts)
        return run
    }

    /// The stored units of run `runID` in code order with `parts` of their documents decoded; inputs are empty
    /// when `parts.inputs` is false.
    ///
    /// Row by row, not every row at once: at 30,000 units the stored documents are hundreds of MB of text, and only
    /// one unit's needs to be held while it is decoded. Each document is read from the column's bytes, without a
    /// String of it first (issue 14). A document that does not decode is named in a sentence; decoding text never
    /// reaches a user.
    static func fetchResults(_ db: Database, runID id: Int64, parts: RunParts) throws -> ([UnitInput], [UnitAssessment]) {
        var inputs: [UnitInput] = []
        var results: [UnitAssessment] = []
        let rows = try SteppedRows(
            db, sql: "SELECT area_code, \(parts.inputs ? "input_json" : "NULL"), result_json FROM assessment_result WHERE run_id = ? ORDER BY area_code",
            arguments: [id])
        try rows.forEach { raw in
            do {
                if parts.inputs { inputs.append(try StoredJSON.decodeInput(bytes: columnText(raw, 1), keyTasks: parts.keyTasks)) }
                results.append(try StoredJSON.decodeResult(bytes: columnText(raw, 2), steps: parts.steps))
            } catch is DecodingError {
                let code = String(decoding: columnText(raw, 0).prefix { $0 != 0 }, as: UTF8.self)
                throw Refusal(RunRefusal.unreadableResult(runID: id, code: code))
            }
        }
        return (inputs, results)
    }

    /// Calls `body` with a reader of the explanation steps of run `runID`'s units, one unit at a time, inside one
    /// read transaction (D-171).
    ///
    /// The reader follows the results in code order (SQLite's byte order, as `fetchRun` reads them) with one
    /// cursor, so a caller asking in that order reads each stored document once; a unit asked out of order is read
    /// by its key. A run's results are never updated or deleted once stored (the triggers of a published run refuse
    /// it, and no command changes a draft's), so these are the steps of the run read earlier in another
    /// transaction. A document that does not decode, or a unit the run does not have, is a `Refusal`, thrown by
    /// `body`'s caller after `body` returns (the reader itself answers no steps for it): see `ExplanationSteps`.
    public func withExplanationSteps<T>(runID: Int64, _ body: (ExplanationSteps) throws -> T) throws -> T {
        try writer.read { db in
            let reader = try ExplanationSteps(db, runID: runID)
            defer { reader.close() }
            let value = try body(reader)
            if let failure = reader.failure { throw failure }
            return value
        }
    }
}

/// The explanation steps of one run's units, read when a unit's explanation is written (D-171).
///
/// Not thread-safe, and valid only inside `AppDatabase.withExplanationSteps`. `steps(of:)` never throws, so a
/// renderer that takes a plain closure can call it; the first failure is kept and thrown when the read ends.
public final class ExplanationSteps {
    private let runID: Int64
    private let cursor: SteppedRows
    private let byKey: Statement
    /// The code of the row the cursor stands on (nil before the first step and after the last).
    private var current: String?
    private var done = false
    fileprivate(set) var failure: Error?

    fileprivate init(_ db: Database, runID: Int64) throws {
        self.runID = runID
        cursor = try SteppedRows(db, sql: "SELECT area_code, result_json FROM assessment_result WHERE run_id = ? ORDER BY area_code", arguments: [runID])
        byKey = try db.makeStatement(sql: "SELECT area_code, result_json FROM assessment_result WHERE run_id = ? AND area_code = ?")
    }

    fileprivate func close() {
        sqlite3_reset(cursor.raw)
        sqlite3_reset(byKey.sqliteStatement)
    }

    /// The steps of unit `code`, as the whole stored result gives them; empty (and the read fails when it
    /// ends) when the document does not decode or the run has no such unit.
    public func steps(of code: String) -> [ExplanationStep] {
        guard failure == nil else { return [] }
        do {
            if let steps = try fromCursor(code) { return steps }
            guard let steps = try SteppedRows(byKey, arguments: [runID, code]).next({ try decode($0, code) }) else {
                throw Refusal(RunRefusal.unreadableResult(runID: runID, code: code))
            }
            return steps
        } catch {
            failure = error
            return []
        }
    }

    /// The steps from the cursor when `code` is the row it stands on or a later one in code order; nil when
    /// `code` comes before the cursor's row or is past its end (then read by key).
    private func fromCursor(_ code: String) throws -> [ExplanationStep]? {
        while !done {
            if let current {
                if current == code { return try decode(cursor.raw, code) }
                // Byte order, as SQLite's ORDER BY of a text column with the binary collation.
                if !current.utf8.lexicographicallyPrecedes(code.utf8) { return nil }
            }
            current = try cursor.next { raw in String(decoding: columnText(raw, 0).prefix { $0 != 0 }, as: UTF8.self) }
            if current == nil {
                done = true
                return nil
            }
        }
        return nil
    }

    private func decode(_ raw: OpaquePointer, _ code: String) throws -> [ExplanationStep] {
        do {
            return try StoredJSON.decodeSteps(bytes: columnText(raw, 1))
        } catch is DecodingError {
            throw Refusal(RunRefusal.unreadableResult(runID: runID, code: code))
        }
    }
}
