import GRDB

extension AppDatabase {
    /// Summonses, approval freezes, accountability decisions and the EIA check log.
    ///
    /// Nothing here is ever deleted: triggers refuse every DELETE. Amendment history, decisions and the
    /// EIA log are also never updated; a lifted freeze never changes again.
    static func registerConsequencesMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5 consequences") { db in
            try db.create(table: "summons") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("area_code", .text).notNull().references("area")
                t.column("run_id", .integer).notNull().references("assessment_run")
                t.column("document", .text).notNull()
                t.column("whom", .text).notNull()
                t.column("whom_en", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("status", .text).notNull()
                t.column("held_on", .text)
                t.column("rectification_due", .text)
                t.column("notes", .text)
                t.column("created_at", .text).notNull()
            }
            // One row per changed field of one `summons update`: who, when, old and new value.
            try db.create(table: "summons_amendment") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("summons_id", .integer).notNull().references("summons")
                t.column("amended_at", .text).notNull()
                t.column("amended_by", .text).notNull()
                t.column("field", .text).notNull()
                t.column("old_value", .text)
                t.column("new_value", .text)
            }
            try db.create(table: "freeze") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("area_code", .text).notNull().references("area")
                t.column("run_id", .integer).notNull().references("assessment_run")
                t.column("document", .text).notNull()
                t.column("started_on", .text).notNull()
                // The rule set's terms copied when the freeze is created, and their wording.
                t.column("minimum_days", .integer).notNull()
                t.column("lifted_by_pass", .boolean).notNull()
                t.column("lift_condition", .text).notNull()
                t.column("lifted_on", .text)
                t.column("lift_doc", .text)
                t.column("lift_reason", .text)
                t.column("lifted_by_run", .integer).references("assessment_run")
                t.column("forced", .boolean).notNull().defaults(to: false)
                t.column("lift_recorded_at", .text)
                t.column("lift_recorded_by", .text)
                t.column("created_at", .text).notNull()
            }
            try db.create(table: "accountability_decision") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("area_code", .text).notNull().references("area")
                t.column("run_id", .integer).notNull().references("assessment_run")
                t.column("document", .text).notNull()
                t.column("decision", .text).notNull()
                t.column("decision_en", .text).notNull()
                t.column("created_at", .text).notNull()
            }
            try db.create(table: "eia_check_log") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("asked_at", .text).notNull()
                t.column("area_code", .text).notNull().references("area")
                t.column("category", .text).notNull()
                t.column("project", .text)
                t.column("on_date", .text).notNull()
                t.column("answer", .text).notNull()
                t.column("ground", .text).notNull()
                t.column("freeze_id", .integer).references("freeze")
            }
            var sql = ""
            for table in ["summons", "summons_amendment", "freeze", "accountability_decision", "eia_check_log"] {
                sql += """
                    CREATE TRIGGER \(table)_is_kept BEFORE DELETE ON \(table)
                    BEGIN SELECT RAISE(ABORT, '\(table) rows are never deleted; record a lift or an amendment instead'); END;

                    """
            }
            for table in ["summons_amendment", "accountability_decision", "eia_check_log"] {
                sql += """
                    CREATE TRIGGER \(table)_is_immutable BEFORE UPDATE ON \(table)
                    BEGIN SELECT RAISE(ABORT, '\(table) rows are never changed'); END;

                    """
            }
            sql += """
                CREATE TRIGGER lifted_freeze_is_immutable BEFORE UPDATE ON freeze WHEN OLD.lifted_on IS NOT NULL
                BEGIN SELECT RAISE(ABORT, 'a lifted freeze cannot be changed'); END;
                """
            try db.execute(sql: sql)
        }
    }
}
