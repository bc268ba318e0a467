import GRDB

extension AppDatabase {
    /// The municipal departments (R-31, issue 17): their names, task lists, self-reports and runs, in tables of
    /// their own so no area query can ever see a department (D-95). Every table is append-only: triggers refuse
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
        migrator.registerMigration("v9b department task lists, versioned, never changed or deleted") { db in
            // One row per stored version of a department's task list for a year (部门任务分解表); the newest counts.
            try db.create(table: "department_task_version") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("department_code", .text).notNull()
                t.column("year", .integer).notNull()
                t.column("version", .integer).notNull()
                t.column("import_id", .integer).notNull().references("import_log")
                t.column("created_at", .text).notNull()
                t.uniqueKey(["department_code", "year", "version"])
            }
            try db.create(table: "department_task") { t in
                t.column("version_id", .integer).notNull().references("department_task_version")
                t.column("position", .integer).notNull()
                t.column("task_code", .text).notNull()
                t.column("task", .text).notNull()
                // Exact decimal text, like every score and concentration (AppDatabase).
                t.column("points", .text).notNull()
                t.column("source_clause", .text).notNull()
                t.primaryKey(["version_id", "task_code"])
            }
            try appendOnly(db, "department_task_version", what: "department task lists")
            try appendOnly(db, "department_task", what: "department tasks")
        }
        migrator.registerMigration("v9c department self-reports, versioned, never changed or deleted") { db in
            // One row per stored version of a department's self-report for a year; the newest counts, the first
            // one's submitted_on decides lateness (R-3 revised).
            try db.create(table: "department_report_version") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("department_code", .text).notNull()
                t.column("year", .integer).notNull()
                t.column("version", .integer).notNull()
                t.column("submitted_on", .text).notNull()
                t.column("task_list_version", .integer).notNull()
                t.column("import_id", .integer).notNull().references("import_log")
                t.column("created_at", .text).notNull()
                t.uniqueKey(["department_code", "year", "version"])
            }
            try db.create(table: "department_report_task") { t in
                t.column("version_id", .integer).notNull().references("department_report_version")
                t.column("position", .integer).notNull()
                t.column("task_code", .text).notNull()
                t.column("completion_note", .text)
                t.column("self_score", .text).notNull()
                t.column("evidence_note", .text)
                t.column("verified_score", .text)
                t.primaryKey(["version_id", "task_code"])
            }
            try appendOnly(db, "department_report_version", what: "department reports")
            try appendOnly(db, "department_report_task", what: "department report rows")
        }
        migrator.registerMigration("v9d department assessment runs, kept apart from the area runs") { db in
            // Apart from assessment_run so that publish, freezes, summonses and the area ranking never see a department.
            try db.create(table: "department_run") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("year", .integer).notNull()
                t.column("revision", .integer).notNull()
                t.column("rule_set_name", .text).notNull()
                t.column("rule_set_hash", .text).notNull()
                t.column("rule_set_text", .text).notNull()
                t.column("created_at", .text).notNull()
                t.uniqueKey(["year", "revision"])
            }
            try db.create(table: "department_result") { t in
                t.column("run_id", .integer).notNull().references("department_run")
                t.column("department_code", .text).notNull()
                t.column("grade", .text)
                t.column("score", .text)
                t.column("failed", .boolean).notNull()
                // The assessment with its steps as JSON; Decimal values are exact JSON numbers.
                t.column("result_json", .text).notNull()
                t.primaryKey(["run_id", "department_code"])
            }
            try appendOnly(db, "department_run", what: "department runs")
            try appendOnly(db, "department_result", what: "department results")
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
