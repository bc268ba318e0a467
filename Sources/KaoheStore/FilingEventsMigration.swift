import GRDB

extension AppDatabase {
    /// Publication and filing of each unit's rules and annual plan recorded when they happen, apart from
    /// the self-report. Append-only: triggers refuse changes and deletions; the newest row counts.
    static func registerFilingEventsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v8d filing events of rules and plans, appended when they happen") { db in
            try db.create(table: "filing_event") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("area_code", .text).notNull().references("area")
                t.column("year", .integer).notNull()
                t.column("kind", .text).notNull().check(sql: "kind IN ('rules', 'plan')")
                t.column("published_on", .text)
                t.column("filed_on", .text)
                t.column("document", .text)
                t.column("recorded_at", .text).notNull()
                t.column("source", .text).notNull()
            }
            try db.create(index: "filing_event_by_year", on: "filing_event", columns: ["year", "area_code", "kind"])
            try db.execute(
                sql: """
                    CREATE TRIGGER filing_event_is_immutable BEFORE UPDATE ON filing_event
                    BEGIN SELECT RAISE(ABORT, 'filing events are appended, never changed'); END;
                    CREATE TRIGGER filing_event_is_kept BEFORE DELETE ON filing_event
                    BEGIN SELECT RAISE(ABORT, 'filing events are appended, never deleted'); END;
                    """)
        }
    }
}
