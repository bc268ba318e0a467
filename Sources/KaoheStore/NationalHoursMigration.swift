import GRDB

extension AppDatabase {
    /// Migration "v8b national hours": the SO2, NO2, CO and O3 hours of national daily files (R-24b, D-73).
    ///
    /// One row per station, natural day, pollutant and end-labelled hour (1…24, R-24a), the value as exact
    /// decimal text (CO mg/m³, others μg/m³), with the unit the station counted for that day and the import.
    /// PM10 and PM2.5 go to `monitoring_day` as before.
    static func registerNationalHoursMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v8b national hours") { db in
            try db.create(table: "national_hour") { t in
                t.column("station", .text).notNull()
                t.column("area_code", .text).notNull().references("area")
                t.column("day", .text).notNull()
                t.column("pollutant", .text).notNull().check { ["SO2", "NO2", "CO", "O3"].contains($0) }
                t.column("hour", .integer).notNull().check { $0 >= 1 && $0 <= 24 }
                t.column("value", .text).notNull()
                t.column("import_id", .integer).notNull().references("import_log")
                t.primaryKey(["station", "day", "pollutant", "hour"])
            }
        }
    }
}
