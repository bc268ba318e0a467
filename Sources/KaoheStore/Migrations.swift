import GRDB

extension AppDatabase {
    /// The schema's history. Migrations are append-only: once one has shipped it is never edited;
    /// a change is a new migration at the end.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()

        migrator.registerMigration("v1 import log, areas, targets") { db in
            try db.create(table: "import_log") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("file_name", .text).notNull()
                t.column("sha256", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("row_count", .integer).notNull()
                t.column("added", .integer).notNull()
                t.column("changed", .integer).notNull()
                t.column("imported_at", .text).notNull()
            }
            try db.create(table: "area") { t in
                t.primaryKey("code", .text)
                t.column("name", .text).notNull()
                t.column("type", .text).notNull()
                t.column("parent_code", .text)
                t.column("import_id", .integer).notNull().references("import_log")
            }
            try db.create(table: "target") { t in
                t.column("area_code", .text).notNull().references("area")
                t.column("year", .integer).notNull()
                t.column("pollutant", .text).notNull()
                t.column("base_year", .integer).notNull()
                t.column("base_concentration", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("value", .text)
                t.column("is_final", .boolean).notNull()
                t.column("import_id", .integer).notNull().references("import_log")
                t.primaryKey(["area_code", "year"])
            }
        }
        migrator.registerMigration("v2 self-inspection reports") { db in
            // One row per stored version of one report part of a unit and year; the newest counts.
            try db.create(table: "report_version") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("area_code", .text).notNull().references("area")
                t.column("year", .integer).notNull()
                t.column("part", .text).notNull()
                t.column("version", .integer).notNull()
                t.column("created_at", .text).notNull()
                t.uniqueKey(["area_code", "year", "part", "version"])
            }
            try db.create(table: "report_version_file") { t in
                t.column("version_id", .integer).notNull().references("report_version")
                t.column("import_id", .integer).notNull().references("import_log")
                t.primaryKey(["version_id", "import_id"])
            }
            try db.create(table: "report_summary") { t in
                t.primaryKey("version_id", .integer).references("report_version")
                t.column("submitted_on", .text).notNull()
                t.column("pm10_annual_mean", .text)
                t.column("pm25_annual_mean", .text)
                t.column("pm10_valid_days", .integer)
                t.column("rules_published", .boolean)
                t.column("rules_filed_on", .text)
                t.column("plan_published", .boolean)
                t.column("plan_filed_on", .text)
                t.column("prepared_by", .text)
                t.column("approved_by", .text)
                t.column("remarks", .text)
            }
            try db.create(table: "report_key_task") { t in
                t.column("version_id", .integer).notNull().references("report_version")
                t.column("code", .text).notNull()
                t.column("self_score", .text).notNull()
                t.column("verified_score", .text)
                t.column("status_note", .text)
                t.primaryKey(["version_id", "code"])
            }
            try db.create(table: "report_project") { t in
                t.column("version_id", .integer).notNull().references("report_version")
                t.column("project_id", .text).notNull()
                t.column("name", .text).notNull()
                t.column("category", .text).notNull()
                t.column("responsible_unit", .text)
                t.column("planned_completion", .text)
                t.column("actual_completion", .text)
                t.column("status", .text).notNull()
                t.column("planned_investment", .text)
                t.column("actual_investment", .text)
                t.primaryKey(["version_id", "project_id"])
            }
            try db.create(table: "report_funding") { t in
                t.column("version_id", .integer).notNull().references("report_version")
                t.column("source", .text).notNull()
                t.column("planned_amount", .text).notNull()
                t.column("actual_amount", .text).notNull()
                t.primaryKey(["version_id", "source"])
            }
        }
        migrator.registerMigration("v3 monitoring", migrate: createMonitoringTables)

        registerRunsMigration(&migrator)
        registerConsequencesMigration(&migrator)
        registerHistoryMigration(&migrator)
        registerTargetsHistoryMigration(&migrator)
        registerPublishedRecordMigration(&migrator)
        registerMonitoringHoursMigration(&migrator)
        registerDocumentSettingsMigration(&migrator)
        registerSuccessionMigration(&migrator)
        registerNationalHoursMigration(&migrator)
        registerFilingEventsMigration(&migrator)
        registerAreaCodeIndexMigration(&migrator)
        registerDepartmentsMigration(&migrator)
        registerSuccessionFiguresMigration(&migrator)
        registerAccountsMigration(&migrator)
        registerStationRegistryMigration(&migrator)
        registerSuccessionCorrectionMigration(&migrator)
        registerMonitoringKeyedMigration(&migrator)
        registerNationalHoursByDayMigration(&migrator)
        registerNationalDayKeyMigration(&migrator)
        return migrator
    }
}
