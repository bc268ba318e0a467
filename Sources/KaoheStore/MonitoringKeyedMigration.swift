import GRDB

extension AppDatabase {
    /// Migration "v11m monitoring days stored in key order, without a rowid": the same columns and values,
    /// one B-tree keyed by (station, day) instead of a rowid table plus an index on that key (D-150).
    ///
    /// A monitoring import inserts millions of station-days in key order; in a rowid table each costs two
    /// B-tree inserts and stores the station code and day twice. Every stored row is copied unchanged.
    static func registerMonitoringKeyedMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v11m monitoring days stored in key order, without a rowid") { db in
            try db.create(table: "monitoring_day_keyed", options: .withoutRowID) { t in
                t.column("station", .text).notNull()
                t.column("area_code", .text).notNull().references("area")
                t.column("day", .text).notNull()
                t.column("pm10", .text)
                t.column("pm10_hours", .integer)
                t.column("pm25", .text)
                t.column("pm25_hours", .integer)
                t.column("dust", .boolean).notNull()
                t.column("import_id", .integer).notNull().references("import_log")
                t.column("pm10_sum", .integer)
                t.column("pm10_mask", .integer)
                t.column("pm25_sum", .integer)
                t.column("pm25_mask", .integer)
                t.primaryKey(["station", "day"])
            }
            try db.execute(
                sql: """
                    INSERT INTO monitoring_day_keyed (station, area_code, day, pm10, pm10_hours, pm25, pm25_hours, dust, import_id,
                      pm10_sum, pm10_mask, pm25_sum, pm25_mask)
                    SELECT station, area_code, day, pm10, pm10_hours, pm25, pm25_hours, dust, import_id,
                      pm10_sum, pm10_mask, pm25_sum, pm25_mask
                    FROM monitoring_day ORDER BY station, day
                    """)
            try db.drop(table: "monitoring_day")
            try db.rename(table: "monitoring_day_keyed", to: "monitoring_day")
        }
    }
}
