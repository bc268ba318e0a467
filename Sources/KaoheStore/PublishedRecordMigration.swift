import GRDB

extension AppDatabase {
    /// The published record as issued (R-22b), summons closing and withdrawal (R-22c), and the progress of
    /// accountability decisions. Append-only like the rest: triggers refuse changes and deletions.
    static func registerPublishedRecordMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7b published record as issued, summons lifecycle, accountability progress") { db in
            // One row per published run: the summary's facts frozen in the publishing transaction.
            try db.create(table: "published_record") { t in
                t.primaryKey("run_id", .integer).references("assessment_run")
                t.column("issued_at", .text).notNull()
                t.column("record_json", .text).notNull()
            }
            try db.alter(table: "summons") { t in
                t.add(column: "closed_on", .text)
                t.add(column: "decision_doc", .text)
            }
            try db.create(table: "accountability_update") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("decision_id", .integer).notNull().references("accountability_decision")
                t.column("on_date", .text).notNull()
                t.column("progress", .text).notNull()
                t.column("document", .text)
                t.column("recorded_at", .text).notNull()
                t.column("recorded_by", .text).notNull()
            }
            try db.execute(
                sql: """
                    CREATE TRIGGER published_record_is_immutable BEFORE UPDATE ON published_record
                    BEGIN SELECT RAISE(ABORT, 'a published record is kept as issued and cannot be changed'); END;
                    CREATE TRIGGER published_record_is_kept BEFORE DELETE ON published_record
                    BEGIN SELECT RAISE(ABORT, 'a published record is kept as issued and cannot be deleted'); END;
                    CREATE TRIGGER published_record_only_for_published_runs BEFORE INSERT ON published_record
                    WHEN (SELECT status FROM assessment_run WHERE id = NEW.run_id) IS NOT 'published'
                    BEGIN SELECT RAISE(ABORT, 'only a published run has a published record'); END;
                    CREATE TRIGGER accountability_update_is_immutable BEFORE UPDATE ON accountability_update
                    BEGIN SELECT RAISE(ABORT, 'accountability_update rows are never changed'); END;
                    CREATE TRIGGER accountability_update_is_kept BEFORE DELETE ON accountability_update
                    BEGIN SELECT RAISE(ABORT, 'accountability_update rows are never deleted'); END;
                    CREATE TRIGGER finished_summons_is_immutable BEFORE UPDATE ON summons
                    WHEN OLD.status IN ('closed', 'withdrawn') AND (NEW.status IS NOT OLD.status OR NEW.held_on IS NOT OLD.held_on
                        OR NEW.rectification_due IS NOT OLD.rectification_due OR NEW.closed_on IS NOT OLD.closed_on
                        OR NEW.decision_doc IS NOT OLD.decision_doc)
                    BEGIN SELECT RAISE(ABORT, 'a closed or withdrawn summons cannot change state'); END;
                    """)
        }
    }
}
