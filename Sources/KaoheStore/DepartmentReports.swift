import Foundation
import GRDB
import KaoheCore
import KaoheDepartments

/// What a department report import did.
public struct DepartmentReportsOutcome: Sendable, Hashable {
    public struct NewVersion: Sendable, Hashable {
        public var departmentCode: String
        public var year: Int
        public var version: Int
        /// Whether the new version holds any verified score (核定得分).
        public var hasVerifiedScores: Bool
    }
    public var newVersions: [NewVersion]
    /// Reports identical to their newest stored version, left alone.
    public var unchanged: Int
}

extension AppDatabase {
    /// The newest stored task list of every department for `year`, keyed `code/year` as the report parser expects.
    public func departmentTaskLists(year: Int? = nil) throws -> [String: DepartmentTaskList] {
        try writer.read { db in
            let keys = try Row.fetchAll(
                db, sql: "SELECT DISTINCT department_code, year FROM department_task_version" + (year == nil ? "" : " WHERE year = ?"),
                arguments: year.map { [$0] } ?? [])
            var out: [String: DepartmentTaskList] = [:]
            for k in keys {
                let code: String = k["department_code"], y: Int = k["year"]
                out["\(code)/\(y)"] = try Self.departmentTaskList(db, department: code, year: y)
            }
            return out
        }
    }

    /// Stores validated department reports in one transaction, each one that differs from its newest stored
    /// version as a new version; older versions stay (R-3, like the areas' reports). Nothing changed, nothing written.
    public func importDepartmentReports(_ reports: [DepartmentReport], file: ImportFile) throws -> DepartmentReportsOutcome {
        try writer.write { db in
            var changed: [DepartmentReport] = []
            var unchanged = 0
            for r in reports {
                if let current = try Self.departmentReport(db, department: r.departmentCode, year: r.year), current.sameContent(as: r) {
                    unchanged += 1
                } else {
                    changed.append(r)
                }
            }
            guard !changed.isEmpty else { return DepartmentReportsOutcome(newVersions: [], unchanged: unchanged) }
            var log = file.logEntry(kind: "department-report", rowCount: reports.reduce(0) { $0 + $1.tasks.count })
            try log.insert(db)
            let importID = log.id!
            let now = ISO8601DateFormatter().string(from: file.time)
            var versions: [DepartmentReportsOutcome.NewVersion] = []
            for r in changed {
                let version = (try Int.fetchOne(
                    db, sql: "SELECT MAX(version) FROM department_report_version WHERE department_code = ? AND year = ?",
                    arguments: [r.departmentCode, r.year]) ?? 0) + 1
                try db.execute(
                    sql: """
                        INSERT INTO department_report_version (department_code, year, version, submitted_on, task_list_version, import_id, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [r.departmentCode, r.year, version, r.submittedOn.description, r.taskListVersion, importID, now])
                let id = db.lastInsertedRowID
                for (i, t) in r.tasks.enumerated() {
                    try db.execute(
                        sql: """
                            INSERT INTO department_report_task (version_id, position, task_code, completion_note, self_score, evidence_note, verified_score)
                            VALUES (?, ?, ?, ?, ?, ?, ?)
                            """,
                        arguments: [id, i, t.taskCode, t.completionNote, "\(t.selfScore)", t.evidenceNote, t.verifiedScore.map { "\($0)" }])
                }
                versions.append(.init(departmentCode: r.departmentCode, year: r.year, version: version, hasVerifiedScores: r.tasks.contains { $0.verifiedScore != nil }))
            }
            let added = versions.filter { $0.version == 1 }.count
            try db.execute(sql: "UPDATE import_log SET added = ?, changed = ? WHERE id = ?", arguments: [added, versions.count - added, importID])
            return DepartmentReportsOutcome(newVersions: versions, unchanged: unchanged)
        }
    }

    /// A department's self-report for a year: the newest version (or `version`), with the first version's date; nil when none.
    public func departmentReport(department: String, year: Int, version: Int? = nil) throws -> DepartmentReport? {
        try writer.read { db in try Self.departmentReport(db, department: department, year: year, version: version) }
    }

    /// Every stored version of a department's report for a year, oldest first.
    public func departmentReportHistory(department: String, year: Int) throws -> [DepartmentReport] {
        try writer.read { db in
            let versions = try Int.fetchAll(
                db, sql: "SELECT version FROM department_report_version WHERE department_code = ? AND year = ? ORDER BY version",
                arguments: [department, year])
            return try versions.compactMap { try Self.departmentReport(db, department: department, year: year, version: $0) }
        }
    }

    static func departmentReport(_ db: Database, department: String, year: Int, version: Int? = nil) throws -> DepartmentReport? {
        let select = "SELECT id, version, submitted_on, task_list_version FROM department_report_version WHERE department_code = ? AND year = ?"
        let row = try version.map {
            try Row.fetchOne(db, sql: select + " AND version = ?", arguments: [department, year, $0])
        } ?? Row.fetchOne(db, sql: select + " ORDER BY version DESC LIMIT 1", arguments: [department, year])
        guard let row else { return nil }
        let first = try String.fetchOne(
            db, sql: "SELECT submitted_on FROM department_report_version WHERE department_code = ? AND year = ? ORDER BY version LIMIT 1",
            arguments: [department, year])
        let id: Int64 = row["id"]
        let tasks = try Row.fetchAll(
            db, sql: "SELECT * FROM department_report_task WHERE version_id = ? ORDER BY position", arguments: [id]
        ).map { r in
            DepartmentTaskReport(
                taskCode: r["task_code"], completionNote: r["completion_note"], selfScore: Decimal(exactText: r["self_score"])!,
                evidenceNote: r["evidence_note"], verifiedScore: (r["verified_score"] as String?).flatMap(Decimal.init(exactText:)))
        }
        return DepartmentReport(
            departmentCode: department, year: year, submittedOn: Day(iso: row["submitted_on"])!, tasks: tasks, version: row["version"],
            firstSubmittedOn: first.flatMap(Day.init(iso:)), taskListVersion: row["task_list_version"])
    }
}
