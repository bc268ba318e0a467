import GRDB

extension AppDatabase {
    /// Migration "v13n national days keyed by day first": `national_day` keyed by day, station and pollutant instead
    /// of station, day and pollutant (D-177); every row carried over as it was.
    ///
    /// An import of daily files stores one day after another (D-176). Keyed by station first, each day's rows went
    /// into a place of the B-tree per station — 1,500 places a day for the whole network, which SQLite's page cache
    /// could not hold, so pages were read and written again and again; keyed by day first, a day's rows are added
    /// at the end. The reads ask for days (`WHERE day BETWEEN`), which the key now serves too.
    static func registerNationalDayKeyMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v13n national days keyed by day first") { db in
            try db.create(table: "national_day_by_day", options: .withoutRowID) { t in
                t.column("station", .text).notNull()
                t.column("day", .text).notNull()
                t.column("pollutant", .text).notNull().check { ["SO2", "NO2", "CO", "O3"].contains($0) }
                t.column("area_code", .text).notNull().references("area")
                t.column("hours", .text).notNull().check(sql: "length(hours) - length(replace(hours, ',', '')) = 23")
                t.column("imports", .text).notNull().check(sql: "length(imports) - length(replace(imports, ',', '')) = 23")
                t.column("import_id", .integer).notNull().references("import_log")
                t.primaryKey(["day", "station", "pollutant"])
            }
            try db.execute(
                sql: """
                    INSERT INTO national_day_by_day (station, day, pollutant, area_code, hours, imports, import_id)
                    SELECT station, day, pollutant, area_code, hours, imports, import_id FROM national_day ORDER BY day, station, pollutant
                    """)
            try db.drop(table: "national_day")
            try db.rename(table: "national_day_by_day", to: "national_day")
        }
    }
}
