import Foundation
import GRDB
import GRDBSQLite
import KaoheCore

extension AppDatabase {
    /// Stores a new draft run of `year`/`kind` as the next revision, in one transaction.
    public func saveRun(
        year: Int, kind: AssessmentKind, rules: RuleSet, ruleSetText: String, inputs: [UnitInput], results: [UnitAssessment],
        at time: Date = Date()
    ) throws -> AssessmentRun {
        try writer.write { db in
            let id = try Self.insertRunHeader(db, year: year, kind: kind, rules: rules, ruleSetText: ruleSetText, at: time)
            let inputsByCode = Dictionary(uniqueKeysWithValues: inputs.map { ($0.area.code, $0) })
            // One statement for every unit, prepared once (issue 14).
            let insert = try Self.resultInsert(db)
            for r in results {
                guard let input = inputsByCode[r.area.code] else { continue }
                try Self.insertResult(insert, runID: id, input: input, result: r)
            }
            // The run as stored, without decoding every document just written (issue 14): the pairs
            // stored, in the order `fetchRun` reads them (area code, SQLite's byte order).
            var run = try Self.fetchRun(db, id: id, withResults: false)!
            let stored = results.compactMap { r in inputsByCode[r.area.code].map { ($0, r) } }
                .sorted { $0.1.area.code.utf8.lexicographicallyPrecedes($1.1.area.code.utf8) }
            run.inputs = stored.map(\.0)
            run.results = stored.map(\.1)
            return run
        }
    }

    /// Inserts a new draft run's row as the next revision of `year`/`kind` inside `db`'s transaction; its id.
    static func insertRunHeader(_ db: Database, year: Int, kind: AssessmentKind, rules: RuleSet, ruleSetText: String, at time: Date) throws -> Int64 {
        let revision = (try Int.fetchOne(
            db, sql: "SELECT MAX(revision) FROM assessment_run WHERE year = ? AND kind = ?", arguments: [year, kind.rawValue]) ?? 0) + 1
        let createdAt = ISO8601DateFormatter().string(from: time)
        let hash = sha256Hex(of: ruleSetText)
        try db.execute(
            sql: """
                INSERT INTO assessment_run (year, kind, revision, rule_set_name, rule_set_hash, rule_set_text, created_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'draft')
                """,
            arguments: [year, kind.rawValue, revision, rules.name, hash, ruleSetText, createdAt])
        return db.lastInsertedRowID
    }

    /// The statement that stores one unit's result (`insertResult`), bound through SQLite's C interface.
    static func resultInsert(_ db: Database) throws -> BoundStatement {
        BoundStatement(
            db,
            statement: try db.cachedStatement(
                sql: "INSERT INTO assessment_result (run_id, area_code, grade, result_score, input_json, result_json) VALUES (?, ?, ?, ?, ?, ?)"))
    }

    /// Stores one unit's input and result in run `runID` through `insert` (`resultInsert`).
    ///
    /// A value JSON cannot carry (a NaN from a division by zero) is refused before it is stored, so a stored run
    /// always reads back (issue 12 item 11); the documents are written by hand, the same bytes as `JSONEncoder`
    /// with `.sortedKeys` (issue 14, D-112).
    /// The documents are bound as their bytes (the text GRDB bound for their `String`s, issue 14).
    static func insertResult(_ insert: BoundStatement, runID: Int64, input: UnitInput, result r: UnitAssessment) throws {
        let inputJSON = StoredJSON.encode(input), resultJSON = StoredJSON.encode(r)
        guard isPlainJSON(inputJSON), isPlainJSON(resultJSON) else {
            throw Refusal(RunRefusal.unstorableValue(code: r.area.code))
        }
        try insert.run { b in
            try b.integer(1, runID)
            try b.text(2, r.area.code)
            try b.text(3, r.grade?.rawValue)
            try b.text(4, r.resultScore.map { "\($0)" })
            try b.text(5, utf8: inputJSON)
            try b.text(6, utf8: resultJSON)
        }
    }

    /// `isPlainJSON` over bytes, skipping each string with `memchr` to its closing quote — one not escaped by an
    /// odd run of backslashes before it — instead of byte by byte (issue 14: the scan read 16 MB at 3,000 units).
    static func isPlainJSON(_ json: [UInt8]) -> Bool {
        json.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return true }
            let n = b.count
            var i = 0
            while i < n {
                guard b[i] == UInt8(ascii: "\"") else {
                    guard isPlainOutsideStrings(b[i]) else { return false }
                    i += 1
                    continue
                }
                var from = i + 1
                while true {
                    guard from < n, let found = memchr(base + from, Int32(UInt8(ascii: "\"")), n - from) else { return false }
                    let q = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    var k = q - 1, slashes = 0
                    while k > i, b[k] == UInt8(ascii: "\\") {
                        slashes += 1
                        k -= 1
                    }
                    from = q + 1
                    if slashes % 2 == 0 { break }
                }
                i = from
            }
            return true
        }
    }

    /// Whether `json`, as `JSONEncoder` wrote it, is JSON that reads back: outside its strings only
    /// JSON's structure, numbers and `true`/`false`/`null`.
    ///
    /// Foundation's encoder throws for a non-finite `Double` but writes a `Decimal` NaN as a bare `NaN`,
    /// which no decoder reads. Decoding every document again to find that (issue 12 item 11) took a sixth
    /// of `assess` at 3,000 units; this scan refuses that token, and any other outside strings (issue 14, D-94).
    /// This is the byte-by-byte reference of the `[UInt8]` scan above (the tests compare them).
    static func isPlainJSON(_ json: some Sequence<UInt8>) -> Bool {
        var inString = false, escaped = false
        for byte in json {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            if byte == UInt8(ascii: "\"") {
                inString = true
            } else if !isPlainOutsideStrings(byte) {
                return false
            }
        }
        return !inString
    }

    /// Whether `byte` may stand outside a string in JSON as `JSONEncoder` writes it: structure, whitespace,
    /// numbers and the letters of `true`, `false` and `null`.
    static func isPlainOutsideStrings(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: ","), UInt8(ascii: ":"),
            UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
            UInt8(ascii: "t"), UInt8(ascii: "r"), UInt8(ascii: "u"), UInt8(ascii: "f"), UInt8(ascii: "a"), UInt8(ascii: "l"), UInt8(ascii: "s"),
            UInt8(ascii: "n"):
            true
        default: false
        }
    }

    /// A run by id; with `withResults` false its header only (status, dates, rule set), with no inputs and
    /// results — for a command that reads the run again in its own transaction (issue 14: `publish` decoded
    /// the whole run twice).
    public func run(id: Int64, withResults: Bool = true) throws -> AssessmentRun? {
        try writer.read { db in try Self.fetchRun(db, id: id, withResults: withResults) }
    }

    /// The newest run of a year and kind, or the newest published one when `publishedOnly`; its header only
    /// when `withResults` is false.
    public func latestRun(year: Int, kind: AssessmentKind, publishedOnly: Bool = false, withResults: Bool = true) throws -> AssessmentRun? {
        try writer.read { db in
            let id = try Int64.fetchOne(
                db,
                sql: "SELECT id FROM assessment_run WHERE year = ? AND kind = ? \(publishedOnly ? "AND status = 'published'" : "") ORDER BY revision DESC LIMIT 1",
                arguments: [year, kind.rawValue])
            return try id.flatMap { try Self.fetchRun(db, id: $0, withResults: withResults) }
        }
    }

    /// Every run of a year and kind, oldest first, without their results.
    public func runs(year: Int, kind: AssessmentKind) throws -> [AssessmentRun] {
        try writer.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM assessment_run WHERE year = ? AND kind = ? ORDER BY revision", arguments: [year, kind.rawValue])
                .compactMap { try Self.fetchRun(db, id: $0) }
        }
    }

    /// The run `id` inside `db`'s transaction; with `withResults` false only its header (status, dates,
    /// rule set), without decoding every unit's stored documents (issue 14: publish read every earlier
    /// revision's results only to look at their dates).
    static func fetchRun(_ db: Database, id: Int64, withResults: Bool = true) throws -> AssessmentRun? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM assessment_run WHERE id = ?", arguments: [id]) else { return nil }
        // Row by row, not every row at once (see `fetchResults`); the header alone when `withResults` is false.
        let (inputs, results) = withResults ? try fetchResults(db, runID: id, parts: .whole) : ([], [])
        return AssessmentRun(
            id: id, year: row["year"], kind: AssessmentKind(rawValue: row["kind"]) ?? .annual, revision: row["revision"],
            ruleSetName: row["rule_set_name"], ruleSetHash: row["rule_set_hash"], ruleSetText: row["rule_set_text"],
            createdAt: row["created_at"], status: AssessmentRun.Status(rawValue: row["status"]) ?? .draft,
            publishedOn: (row["published_on"] as String?).flatMap(Day.init(iso:)), documentNumber: row["document_number"],
            inputs: inputs, results: results)
    }
}

/// The bytes of a text column of the current row, valid until the statement steps again (empty for NULL).
func columnText(_ statement: OpaquePointer, _ index: Int32) -> UnsafeBufferPointer<UInt8> {
    guard let p = sqlite3_column_text(statement, index) else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(statement, index)))
}

extension AppDatabase {
    /// Whether a unit with this code is stored.
    public func isKnownUnit(_ code: String) throws -> Bool {
        try writer.read { db in try Self.isKnownUnit(db, code) }
    }

    static func isKnownUnit(_ db: Database, _ code: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM area WHERE code = ?", arguments: [code]) == true
    }

    /// Refuses a per-unit command for a code that names no stored unit, before anything else is said
    /// about it (issue 12, item 23: "unknown unit", not "has no freeze").
    static func requireKnownUnit(_ db: Database, _ code: String) throws {
        guard try isKnownUnit(db, code) else { throw unknownUnit(code) }
    }

    /// The refusal for a code that names no stored unit.
    public static func unknownUnit(_ code: String) -> Refusal {
        Refusal(UnitRefusal.unknownUnit(code: code))
    }

    /// Records the assessor's finding of falsified monitoring data (R-17); never inferred by the tool.
    public func recordFalsification(area: String, year: Int, reference: String, at time: Date = Date()) throws -> FalsificationFinding {
        try writer.write { db in
            try Self.requireKnownUnit(db, area)
            if let existing = try Self.activeFinding(db, area: area, year: year) {
                throw Refusal(FindingRefusal.alreadyFound(area: area, year: year, reference: existing.reference))
            }
            try db.execute(
                sql: "INSERT INTO falsification_finding (area_code, year, reference, recorded_at) VALUES (?, ?, ?, ?)",
                arguments: [area, year, reference, ISO8601DateFormatter().string(from: time)])
            return try Self.activeFinding(db, area: area, year: year)!
        }
    }

    /// Records the removal of a finding; the finding itself stays on record.
    public func removeFalsification(area: String, year: Int, reference: String, at time: Date = Date()) throws -> FalsificationFinding {
        try writer.write { db in
            try Self.requireKnownUnit(db, area)
            guard let existing = try Self.activeFinding(db, area: area, year: year) else {
                throw Refusal(FindingRefusal.noFindingToRemove(area: area, year: year))
            }
            try db.execute(
                sql: "UPDATE falsification_finding SET removed_at = ?, removal_reference = ? WHERE id = ?",
                arguments: [ISO8601DateFormatter().string(from: time), reference, existing.id])
            return try Self.findings(db).first { $0.id == existing.id }!
        }
    }

    /// Every finding ever recorded, with removals, oldest first.
    public func falsificationFindings() throws -> [FalsificationFinding] {
        try writer.read { db in try Self.findings(db) }
    }

    /// The reference of each unit's active finding for a year.
    public func activeFalsifications(year: Int) throws -> [String: String] {
        try writer.read { db in
            Dictionary(try Self.findings(db).filter { $0.year == year && $0.removedAt == nil }.map { ($0.areaCode, $0.reference) }) { a, _ in a }
        }
    }

    static func activeFinding(_ db: Database, area: String, year: Int) throws -> FalsificationFinding? {
        try findings(db).first { $0.areaCode == area && $0.year == year && $0.removedAt == nil }
    }

    static func findings(_ db: Database) throws -> [FalsificationFinding] {
        try Row.fetchAll(db, sql: "SELECT * FROM falsification_finding ORDER BY id").map {
            FalsificationFinding(
                id: $0["id"], areaCode: $0["area_code"], year: $0["year"], reference: $0["reference"], recordedAt: $0["recorded_at"],
                removedAt: $0["removed_at"], removalReference: $0["removal_reference"])
        }
    }
}

extension AppDatabase {
    /// Everything stored about every unit that the assessment of `year` reads (targets, reports,
    /// findings), in one read transaction; monitored means are merged by `AssessmentPreparation`.
    public func unitRecords(year: Int) throws -> [UnitRecord] {
        try writer.read { db in try Self.unitRecords(db, year: year) }
    }
}
