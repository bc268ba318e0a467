import GRDB

extension AppDatabase {
    /// Migration "succession figures and withdrawals" (issue 21): a merge's weight and a split's own base and
    /// previous year on each succession, and withdrawals of wrongly recorded successions.
    ///
    /// The v8c table kept one row per pair of units for ever; a withdrawn succession must be recordable again
    /// correctly (another day or document), so the table is rebuilt without that key, its rows and ids kept,
    /// and the pair is checked among the successions in force (`SuccessionRules`). Withdrawals are appended to
    /// their own table, never changed or deleted; a succession stays, marked withdrawn.
    static func registerSuccessionFiguresMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v9s succession weights, own figures and withdrawals, appended, never changed or deleted") { db in
            try db.execute(sql: "DROP TRIGGER area_with_successor_is_kept")
            try db.create(table: "area_succession_v9s") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("predecessor_code", .text).notNull().references("area")
                t.column("successor_code", .text).notNull().references("area")
                t.column("effective_on", .text).notNull()
                t.column("document", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("recorded_at", .text).notNull()
                t.column("recorded_by", .text).notNull()
                t.column("weight", .text)
                t.column("own_base", .text)
                t.column("own_previous", .text)
            }
            try db.execute(sql: """
                INSERT INTO area_succession_v9s (id, predecessor_code, successor_code, effective_on, document, kind, recorded_at, recorded_by)
                SELECT id, predecessor_code, successor_code, effective_on, document, kind, recorded_at, recorded_by FROM area_succession;
                DROP TABLE area_succession;
                ALTER TABLE area_succession_v9s RENAME TO area_succession;
                """)
            try db.create(table: "area_succession_withdrawal") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("succession_id", .integer).notNull().unique().references("area_succession")
                t.column("document", .text).notNull()
                t.column("reason", .text).notNull()
                t.column("withdrawn_at", .text).notNull()
                t.column("withdrawn_by", .text).notNull()
            }
            try db.execute(
                sql: """
                    CREATE TRIGGER area_succession_is_immutable BEFORE UPDATE ON area_succession
                    BEGIN SELECT RAISE(ABORT, 'a succession is recorded once and never changed'); END;
                    CREATE TRIGGER area_succession_is_kept BEFORE DELETE ON area_succession
                    BEGIN SELECT RAISE(ABORT, 'a succession is kept with history, never deleted'); END;
                    CREATE TRIGGER area_succession_two_units BEFORE INSERT ON area_succession
                    WHEN NEW.predecessor_code = NEW.successor_code
                      OR NEW.kind NOT IN ('rename', 'recode', 'merge', 'split')
                      OR NEW.effective_on NOT GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'
                    BEGIN SELECT RAISE(ABORT, 'a succession names two units, a known kind and a day'); END;
                    CREATE TRIGGER area_succession_units_known BEFORE INSERT ON area_succession
                    WHEN NOT EXISTS (SELECT 1 FROM area WHERE code = NEW.predecessor_code)
                      OR NOT EXISTS (SELECT 1 FROM area WHERE code = NEW.successor_code)
                    BEGIN SELECT RAISE(ABORT, 'a succession names known units'); END;
                    CREATE TRIGGER area_with_successor_is_kept BEFORE DELETE ON area
                    WHEN EXISTS (SELECT 1 FROM area_succession WHERE OLD.code IN (predecessor_code, successor_code))
                    BEGIN SELECT RAISE(ABORT, 'a unit named in a succession is kept'); END;
                    CREATE TRIGGER area_succession_withdrawal_is_immutable BEFORE UPDATE ON area_succession_withdrawal
                    BEGIN SELECT RAISE(ABORT, 'a withdrawal is recorded once and never changed'); END;
                    CREATE TRIGGER area_succession_withdrawal_is_kept BEFORE DELETE ON area_succession_withdrawal
                    BEGIN SELECT RAISE(ABORT, 'a withdrawal is kept with history, never deleted'); END;
                    """)
        }
    }
}
