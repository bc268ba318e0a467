import GRDB

extension AppDatabase {
    /// Makes targets keep their history (R-5 revised): a target is withdrawn, never deleted, and every state a
    /// target row takes — imported, replaced by a later import, withdrawn — is written by triggers to the
    /// append-only `target_history`, whatever program sends the statement (docs/reliability.md).
    static func registerTargetsHistoryMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7a targets are withdrawn, never deleted, and keep their history") { db in
            try db.alter(table: "target") { t in
                t.add(column: "withdrawn_at", .text)
                t.add(column: "withdrawal_reason", .text)
            }
            try db.create(table: "target_history") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("area_code", .text).notNull()
                t.column("year", .integer).notNull()
                t.column("pollutant", .text).notNull()
                t.column("base_year", .integer).notNull()
                t.column("base_concentration", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("value", .text)
                t.column("is_final", .boolean).notNull()
                t.column("import_id", .integer).notNull()
                // 'imported' (added or replaced by an import) or 'withdrawn'.
                t.column("event", .text).notNull()
                t.column("reason", .text)
                t.column("recorded_at", .text).notNull()
            }
            let columns = "area_code, year, pollutant, base_year, base_concentration, kind, value, is_final, import_id, event, reason, recorded_at"
            func values(_ row: String) -> String {
                """
                \(row).area_code, \(row).year, \(row).pollutant, \(row).base_year, \(row).base_concentration, \(row).kind, \(row).value,
                \(row).is_final, \(row).import_id, CASE WHEN \(row).withdrawn_at IS NULL THEN 'imported' ELSE 'withdrawn' END,
                \(row).withdrawal_reason,
                COALESCE(\(row).withdrawn_at, (SELECT imported_at FROM import_log WHERE id = \(row).import_id), '')
                """
            }
            try db.execute(sql: "INSERT INTO target_history (\(columns)) SELECT \(values("target")) FROM target ORDER BY import_id, area_code, year")
            try db.execute(
                sql: """
                    CREATE TRIGGER target_history_is_kept BEFORE DELETE ON target_history
                    BEGIN SELECT RAISE(ABORT, 'target history is never deleted'); END;
                    CREATE TRIGGER target_history_is_immutable BEFORE UPDATE ON target_history
                    BEGIN SELECT RAISE(ABORT, 'target history is never changed'); END;
                    CREATE TRIGGER target_is_kept BEFORE DELETE ON target
                    BEGIN SELECT RAISE(ABORT, 'targets are never deleted; withdraw one with kaohe targets withdraw'); END;
                    CREATE TRIGGER target_insert_is_recorded AFTER INSERT ON target
                    BEGIN INSERT INTO target_history (\(columns)) VALUES (\(values("NEW"))); END;
                    CREATE TRIGGER target_update_is_recorded AFTER UPDATE ON target
                    BEGIN INSERT INTO target_history (\(columns)) VALUES (\(values("NEW"))); END;
                    """)
        }
    }
}
