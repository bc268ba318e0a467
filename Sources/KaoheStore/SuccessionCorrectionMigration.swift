import GRDB

extension AppDatabase {
    /// Migration "succession withdrawals as corrections" (issue 21, D-143): a withdrawal made under published
    /// results records that it is a correction, the first day the succession no longer carries consequences, and
    /// each published run that relied on it; appended, never changed or deleted.
    ///
    /// A table of its own beside `area_succession_withdrawal` (v9s, shipped, not edited): a withdrawal without a
    /// row here is a plain one (D-109), out of force on every day.
    static func registerSuccessionCorrectionMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v10c succession withdrawals as corrections of published runs, dated, appended, never changed or deleted") { db in
            try db.create(table: "area_succession_correction") { t in
                t.primaryKey("withdrawal_id", .integer).references("area_succession_withdrawal")
                t.column("not_in_force_from", .text).notNull()
                // The largest run id when the withdrawal was recorded: a draft up to it was assessed with the succession.
                t.column("runs_before", .integer).notNull()
            }
            try db.create(table: "area_succession_correction_run") { t in
                t.column("withdrawal_id", .integer).notNull().references("area_succession_correction")
                t.column("run_id", .integer).notNull().references("assessment_run")
                t.column("year", .integer).notNull()
                t.column("kind", .text).notNull()
                t.primaryKey(["withdrawal_id", "run_id"])
            }
            try db.execute(
                sql: """
                    CREATE TRIGGER area_succession_correction_day BEFORE INSERT ON area_succession_correction
                    WHEN NEW.not_in_force_from NOT GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'
                    BEGIN SELECT RAISE(ABORT, 'a correction names the day the succession stops carrying consequences'); END;
                    CREATE TRIGGER area_succession_correction_is_immutable BEFORE UPDATE ON area_succession_correction
                    BEGIN SELECT RAISE(ABORT, 'a correction is recorded once and never changed'); END;
                    CREATE TRIGGER area_succession_correction_is_kept BEFORE DELETE ON area_succession_correction
                    BEGIN SELECT RAISE(ABORT, 'a correction is kept with history, never deleted'); END;
                    CREATE TRIGGER area_succession_correction_run_is_immutable BEFORE UPDATE ON area_succession_correction_run
                    BEGIN SELECT RAISE(ABORT, 'a correction is recorded once and never changed'); END;
                    CREATE TRIGGER area_succession_correction_run_is_kept BEFORE DELETE ON area_succession_correction_run
                    BEGIN SELECT RAISE(ABORT, 'a correction is kept with history, never deleted'); END;
                    """)
        }
    }
}
