import GRDB

extension AppDatabase {
    /// Document settings with history (issuer, addressees, copies, work requirements) and the settings frozen
    /// with each publication (R-22b). Append-only: triggers refuse changes and deletions.
    static func registerDocumentSettingsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7d document settings with history, frozen at publication") { db in
            // One row per change; the newest row of a field is in force. A NULL value resets to the default.
            try db.create(table: "document_setting") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("field", .text).notNull()
                t.column("value", .text)
                t.column("set_at", .text).notNull()
                t.column("set_by", .text).notNull()
            }
            // The settings a publication was issued with, as JSON, written in the publishing transaction.
            try db.create(table: "published_settings") { t in
                t.primaryKey("run_id", .integer).references("assessment_run")
                t.column("settings_json", .text).notNull()
            }
            try db.execute(
                sql: """
                    CREATE TRIGGER document_setting_is_immutable BEFORE UPDATE ON document_setting
                    BEGIN SELECT RAISE(ABORT, 'document settings are appended, never changed'); END;
                    CREATE TRIGGER document_setting_is_kept BEFORE DELETE ON document_setting
                    BEGIN SELECT RAISE(ABORT, 'document settings are appended, never deleted'); END;
                    CREATE TRIGGER published_settings_is_immutable BEFORE UPDATE ON published_settings
                    BEGIN SELECT RAISE(ABORT, 'the settings of a publication are kept as issued'); END;
                    CREATE TRIGGER published_settings_is_kept BEFORE DELETE ON published_settings
                    BEGIN SELECT RAISE(ABORT, 'the settings of a publication are kept as issued'); END;
                    CREATE TRIGGER published_settings_only_for_published_runs BEFORE INSERT ON published_settings
                    WHEN (SELECT status FROM assessment_run WHERE id = NEW.run_id) IS NOT 'published'
                    BEGIN SELECT RAISE(ABORT, 'only a published run has published settings'); END;
                    """)
        }
    }
}
