import Foundation
import GRDB
import KaoheCore
import KaoheDepartments

extension AppDatabase {
    /// Stores a validated departments file in one transaction: new departments are added, a changed name is
    /// appended as the department's newest name (the old one stays in the table), identical rows are left alone.
    public func importDepartments(_ departments: [Department], file: ImportFile) throws -> ImportOutcome {
        try writer.write { db in
            let current = try Self.departments(db)
            let byKey = Dictionary(current.map { (Department.codeKey($0.code), $0) }, uniquingKeysWith: { a, _ in a })
            var log = file.logEntry(kind: "departments", rowCount: departments.count)
            try log.insert(db)
            let importID = log.id!
            var added = 0, changed = 0, unchanged = 0
            for d in departments {
                let known = byKey[Department.codeKey(d.code)]
                if known == d {
                    unchanged += 1
                    continue
                }
                if known == nil { added += 1 } else { changed += 1 }
                try db.execute(
                    sql: "INSERT INTO department (code, name, import_id) VALUES (?, ?, ?)", arguments: [known?.code ?? d.code, d.name, importID])
            }
            try db.execute(sql: "UPDATE import_log SET added = ?, changed = ? WHERE id = ?", arguments: [added, changed, importID])
            return ImportOutcome(importID: importID, added: added, changed: changed, unchanged: unchanged)
        }
    }

    /// The departments with their newest names, ordered by code.
    public func departments() throws -> [Department] {
        try writer.read { db in try Self.departments(db) }
    }

    static func departments(_ db: Database) throws -> [Department] {
        try Row.fetchAll(
            db, sql: "SELECT code, name FROM department d WHERE id = (SELECT MAX(id) FROM department WHERE code = d.code) ORDER BY code"
        ).map { Department(code: $0["code"], name: $0["name"]) }
    }
}
