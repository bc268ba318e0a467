import GRDB

extension AppDatabase {
    /// Migration "v8c unit succession": who succeeded whom, from which day, by which document (issue 21).
    ///
    /// Append-only: triggers refuse changes and deletions, and a row naming one unit twice; both codes must be
    /// known units. The shape checks (once succeeded, cycles) live in `SuccessionRules`, run in the writing
    /// transaction.
    static func registerSuccessionMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v8c unit succession, appended, never changed or deleted") { db in
            try db.create(table: "area_succession") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("predecessor_code", .text).notNull().references("area")
                t.column("successor_code", .text).notNull().references("area")
                t.column("effective_on", .text).notNull()
                t.column("document", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("recorded_at", .text).notNull()
                t.column("recorded_by", .text).notNull()
                t.uniqueKey(["predecessor_code", "successor_code"])
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
                    """)
        }
    }
}
