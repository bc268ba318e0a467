import GRDB

extension AppDatabase {
    /// Assessment runs, their results, and falsification findings. Published runs are protected by
    /// triggers: no statement can change or delete a published run or its results, whatever the caller.
    static func registerRunsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4 assessment runs and findings") { db in
            try db.create(table: "assessment_run") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("year", .integer).notNull()
                t.column("kind", .text).notNull()
                t.column("revision", .integer).notNull()
                t.column("rule_set_name", .text).notNull()
                t.column("rule_set_hash", .text).notNull()
                t.column("rule_set_text", .text).notNull()
                t.column("created_at", .text).notNull()
                t.column("status", .text).notNull()
                t.column("published_on", .text)
                t.column("document_number", .text)
                t.uniqueKey(["year", "kind", "revision"])
            }
            try db.create(table: "assessment_result") { t in
                t.column("run_id", .integer).notNull().references("assessment_run")
                t.column("area_code", .text).notNull()
                t.column("grade", .text)
                t.column("result_score", .text)
                // The engine's input and output as JSON; Decimal values are written as exact JSON numbers.
                t.column("input_json", .text).notNull()
                t.column("result_json", .text).notNull()
                t.primaryKey(["run_id", "area_code"])
            }
            try db.execute(
                sql: """
                    CREATE TRIGGER published_run_is_immutable BEFORE UPDATE ON assessment_run
                    WHEN OLD.status = 'published'
                    BEGIN SELECT RAISE(ABORT, 'a published assessment run cannot be changed'); END;
                    CREATE TRIGGER published_run_is_kept BEFORE DELETE ON assessment_run
                    WHEN OLD.status = 'published'
                    BEGIN SELECT RAISE(ABORT, 'a published assessment run cannot be deleted'); END;
                    CREATE TRIGGER published_results_are_immutable BEFORE UPDATE ON assessment_result
                    WHEN (SELECT status FROM assessment_run WHERE id = OLD.run_id) = 'published'
                    BEGIN SELECT RAISE(ABORT, 'results of a published assessment run cannot be changed'); END;
                    CREATE TRIGGER published_results_are_kept BEFORE DELETE ON assessment_result
                    WHEN (SELECT status FROM assessment_run WHERE id = OLD.run_id) = 'published'
                    BEGIN SELECT RAISE(ABORT, 'results of a published assessment run cannot be deleted'); END;
                    CREATE TRIGGER no_results_added_to_published_run BEFORE INSERT ON assessment_result
                    WHEN (SELECT status FROM assessment_run WHERE id = NEW.run_id) = 'published'
                    BEGIN SELECT RAISE(ABORT, 'results cannot be added to a published assessment run'); END;
                    """)
            try db.create(table: "falsification_finding") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("area_code", .text).notNull().references("area")
                t.column("year", .integer).notNull()
                t.column("reference", .text).notNull()
                t.column("recorded_at", .text).notNull()
                t.column("removed_at", .text)
                t.column("removal_reference", .text)
            }
            try db.execute(
                sql: """
                    CREATE TRIGGER findings_are_kept BEFORE DELETE ON falsification_finding
                    BEGIN SELECT RAISE(ABORT, 'findings are never deleted; record their removal instead'); END;
                    """)
        }
    }
}
