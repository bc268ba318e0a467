import GRDB

extension AppDatabase {
    /// The municipal departments (R-31, issue 17): their names, task lists, self-reports and runs, in tables of
    /// their own so no area query can ever see a department (D-82). Every table is append-only: triggers refuse
    /// changes and deletions, and the newest row of a key counts.
    static func registerDepartmentsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v9a municipal departments, appended, never changed or deleted") { db in
            // One row per department and name as imported; a renamed department gets a new row.
            try db.create(table: "department") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("code", .text).notNull()
                t.column("name", .text).notNull()
                t.column("import_id", .integer).notNull().references("import_log")
            }
            try db.create(index: "department_by_code", on: "department", columns: ["code"])
            try appendOnly(db, "department", what: "departments")
        }
    }

    /// Triggers that make `table` append-only: an UPDATE or DELETE aborts with a message naming `what`.
    static func appendOnly(_ db: Database, _ table: String, what: String) throws {
        try db.execute(
            sql: """
                CREATE TRIGGER \(table)_is_immutable BEFORE UPDATE ON \(table)
                BEGIN SELECT RAISE(ABORT, '\(what) are appended, never changed'); END;
                CREATE TRIGGER \(table)_is_kept BEFORE DELETE ON \(table)
                BEGIN SELECT RAISE(ABORT, '\(what) are appended, never deleted'); END;
                """)
    }
}
