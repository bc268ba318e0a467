import GRDB

extension AppDatabase {
    /// Makes the history of what was taken in append-only: no statement, from kaohe or any other program,
    /// can delete or rewrite a stored report version, its rows, or an import-log entry's file, hash, kind
    /// and time. A resubmission adds a version; the old ones stay (docs/reliability.md).
    static func registerHistoryMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v6 report history and import log are append-only") { db in
            let reportTables = [
                "report_version", "report_version_file", "report_summary", "report_key_task", "report_project", "report_funding",
            ]
            for table in reportTables {
                try db.execute(
                    sql: """
                        CREATE TRIGGER \(table)_is_kept BEFORE DELETE ON \(table)
                        BEGIN SELECT RAISE(ABORT, 'stored reports are never deleted; import a corrected file to add a new version'); END;
                        CREATE TRIGGER \(table)_is_immutable BEFORE UPDATE ON \(table)
                        BEGIN SELECT RAISE(ABORT, 'stored reports are never changed; import a corrected file to add a new version'); END;
                        """)
            }
            try db.execute(
                sql: """
                    CREATE TRIGGER import_log_is_kept BEFORE DELETE ON import_log
                    BEGIN SELECT RAISE(ABORT, 'the import log is never deleted'); END;
                    CREATE TRIGGER import_log_is_immutable BEFORE UPDATE ON import_log
                    WHEN OLD.file_name IS NOT NEW.file_name OR OLD.sha256 IS NOT NEW.sha256 OR OLD.kind IS NOT NEW.kind
                      OR OLD.imported_at IS NOT NEW.imported_at
                    BEGIN SELECT RAISE(ABORT, 'an import-log entry never changes its file, hash, kind or time'); END;
                    """)
        }
    }
}
