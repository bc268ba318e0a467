import Foundation
import GRDB
import KaoheCore
import KaoheDepartments

extension AppDatabase {
    /// Assesses every stored department for `year` and stores the results as the year's next run, in one
    /// transaction, so the run scores exactly what was stored when it began.
    public func assessDepartments(year: Int, rules: RuleSet, ruleSetText: String, at time: Date = Date()) throws -> DepartmentRun {
        try writer.write { db in
            let results = try Self.departments(db).map { d in
                DepartmentScoring.assess(
                    d, year: year, taskList: try Self.departmentTaskList(db, department: d.code, year: year),
                    report: try Self.departmentReport(db, department: d.code, year: year), rules: rules)
            }
            let revision = (try Int.fetchOne(db, sql: "SELECT MAX(revision) FROM department_run WHERE year = ?", arguments: [year]) ?? 0) + 1
            try db.execute(
                sql: "INSERT INTO department_run (year, revision, rule_set_name, rule_set_hash, rule_set_text, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [year, revision, rules.name, sha256Hex(of: ruleSetText), ruleSetText, ISO8601DateFormatter().string(from: time)])
            let id = db.lastInsertedRowID
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            for r in results {
                try db.execute(
                    sql: "INSERT INTO department_result (run_id, department_code, grade, score, failed, result_json) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [id, r.department.code, r.grade?.rawValue, r.score.map { "\($0)" }, r.failed, String(decoding: try encoder.encode(r), as: UTF8.self)])
            }
            return try Self.departmentRun(db, id: id)!
        }
    }

    /// The newest department run of `year` (made at or before `createdAtOrBefore`, an ISO 8601 UTC time, when
    /// given), nil when there is none.
    public func latestDepartmentRun(year: Int, createdAtOrBefore: String? = nil) throws -> DepartmentRun? {
        try writer.read { db in try Self.latestDepartmentRun(db, year: year, createdAtOrBefore: createdAtOrBefore) }
    }

    /// `latestDepartmentRun(year:createdAtOrBefore:)` inside a transaction the caller holds.
    static func latestDepartmentRun(_ db: Database, year: Int, createdAtOrBefore: String?) throws -> DepartmentRun? {
        let sql = "SELECT id FROM department_run WHERE year = ?" + (createdAtOrBefore == nil ? "" : " AND created_at <= ?") + " ORDER BY revision DESC LIMIT 1"
        guard let id = try Int64.fetchOne(db, sql: sql, arguments: StatementArguments([year] + (createdAtOrBefore.map { [$0] } ?? []))) else {
            return nil
        }
        return try departmentRun(db, id: id)
    }

    /// The newest department run of `year` among those stored when `record` was issued: up to its department-run
    /// watermark, or, in a record issued before the watermark was kept, made at or before its time (D-114).
    static func latestDepartmentRun(_ db: Database, year: Int, issuedWith record: IssuedRecord) throws -> DepartmentRun? {
        guard let mark = record.watermarks.departmentRun else {
            return try latestDepartmentRun(db, year: year, createdAtOrBefore: record.issuedAt)
        }
        guard let id = try Int64.fetchOne(
            db, sql: "SELECT id FROM department_run WHERE year = ? AND id <= ? ORDER BY revision DESC LIMIT 1", arguments: [year, mark])
        else { return nil }
        return try departmentRun(db, id: id)
    }

    static func departmentRun(_ db: Database, id: Int64) throws -> DepartmentRun? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM department_run WHERE id = ?", arguments: [id]) else { return nil }
        let decoder = JSONDecoder()
        let results = try String.fetchAll(db, sql: "SELECT result_json FROM department_result WHERE run_id = ? ORDER BY department_code", arguments: [id])
            .map { try decoder.decode(DepartmentAssessment.self, from: Data($0.utf8)) }
        return DepartmentRun(
            id: id, year: row["year"], revision: row["revision"], ruleSetName: row["rule_set_name"], ruleSetHash: row["rule_set_hash"],
            createdAt: row["created_at"], results: results)
    }
}

extension AppDatabase {
    /// The text of the rule set that scored a department run, so it is shown with that run's own places.
    public func departmentRunRuleText(id: Int64) throws -> String {
        try writer.read { db in try Self.departmentRunRuleText(db, id: id) }
    }

    static func departmentRunRuleText(_ db: Database, id: Int64) throws -> String {
        try String.fetchOne(db, sql: "SELECT rule_set_text FROM department_run WHERE id = ?", arguments: [id]) ?? ""
    }
}
