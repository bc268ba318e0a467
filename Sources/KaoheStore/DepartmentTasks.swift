import Foundation
import GRDB
import KaoheCore
import KaoheDepartments

/// What a task-list import did: the department-years stored as new versions and those left as they were.
public struct DepartmentTasksOutcome: Sendable, Hashable {
    public struct NewVersion: Sendable, Hashable {
        public var departmentCode: String
        public var year: Int
        public var version: Int
    }
    public var newVersions: [NewVersion]
    /// Department-years identical to their newest stored version, left alone.
    public var unchanged: Int
    /// The import log entry, nil when nothing changed and nothing was written.
    public var importID: Int64?
}

extension AppDatabase {
    /// Stores validated task lists in one transaction, each department-year that differs from its newest
    /// stored version as a new version; older versions stay. When nothing changed nothing is written.
    public func importDepartmentTasks(_ lists: [DepartmentTaskList], file: ImportFile) throws -> DepartmentTasksOutcome {
        try writer.write { db in
            var changed: [DepartmentTaskList] = []
            var unchanged = 0
            for list in lists {
                let current = try Self.departmentTaskList(db, department: list.departmentCode, year: list.year)
                if current?.tasks == list.tasks { unchanged += 1 } else { changed.append(list) }
            }
            guard !changed.isEmpty else { return DepartmentTasksOutcome(newVersions: [], unchanged: unchanged, importID: nil) }
            var log = file.logEntry(kind: "department-tasks", rowCount: lists.reduce(0) { $0 + $1.tasks.count })
            try log.insert(db)
            let importID = log.id!
            let now = ISO8601DateFormatter().string(from: file.time)
            var versions: [DepartmentTasksOutcome.NewVersion] = []
            for list in changed {
                let version = (try Int.fetchOne(
                    db, sql: "SELECT MAX(version) FROM department_task_version WHERE department_code = ? AND year = ?",
                    arguments: [list.departmentCode, list.year]) ?? 0) + 1
                try db.execute(
                    sql: "INSERT INTO department_task_version (department_code, year, version, import_id, created_at) VALUES (?, ?, ?, ?, ?)",
                    arguments: [list.departmentCode, list.year, version, importID, now])
                let id = db.lastInsertedRowID
                for (i, t) in list.tasks.enumerated() {
                    try db.execute(
                        sql: "INSERT INTO department_task (version_id, position, task_code, task, points, source_clause) VALUES (?, ?, ?, ?, ?, ?)",
                        arguments: [id, i, t.code, t.task, "\(t.points)", t.sourceClause])
                }
                versions.append(.init(departmentCode: list.departmentCode, year: list.year, version: version))
            }
            let added = versions.filter { $0.version == 1 }.count
            try db.execute(sql: "UPDATE import_log SET added = ?, changed = ? WHERE id = ?", arguments: [added, versions.count - added, importID])
            return DepartmentTasksOutcome(newVersions: versions, unchanged: unchanged, importID: importID)
        }
    }

    /// A department's task list for a year: the newest version, or `version` when given; nil when none is stored.
    public func departmentTaskList(department: String, year: Int, version: Int? = nil) throws -> DepartmentTaskList? {
        try writer.read { db in try Self.departmentTaskList(db, department: department, year: year, version: version) }
    }

    /// Every stored version of a department's task list for a year, oldest first (history is never deleted).
    public func departmentTaskHistory(department: String, year: Int) throws -> [DepartmentTaskList] {
        try writer.read { db in
            let versions = try Int.fetchAll(
                db, sql: "SELECT version FROM department_task_version WHERE department_code = ? AND year = ? ORDER BY version",
                arguments: [department, year])
            return try versions.compactMap { try Self.departmentTaskList(db, department: department, year: year, version: $0) }
        }
    }

    static func departmentTaskList(_ db: Database, department: String, year: Int, version: Int? = nil) throws -> DepartmentTaskList? {
        let row: Row?
        if let version {
            row = try Row.fetchOne(
                db, sql: "SELECT id, version FROM department_task_version WHERE department_code = ? AND year = ? AND version = ?",
                arguments: [department, year, version])
        } else {
            row = try Row.fetchOne(
                db, sql: "SELECT id, version FROM department_task_version WHERE department_code = ? AND year = ? ORDER BY version DESC LIMIT 1",
                arguments: [department, year])
        }
        guard let row else { return nil }
        let id: Int64 = row["id"]
        let tasks = try Row.fetchAll(
            db, sql: "SELECT task_code, task, points, source_clause FROM department_task WHERE version_id = ? ORDER BY position", arguments: [id]
        ).map { r in
            DepartmentTask(code: r["task_code"], task: r["task"], points: Decimal(exactText: r["points"])!, sourceClause: r["source_clause"])
        }
        return DepartmentTaskList(departmentCode: department, year: year, tasks: tasks, version: row["version"])
    }
}
