import GRDB

extension AppDatabase {
    /// Migration "v7c monitoring hours": each stored station-day keeps, per pollutant, the exact sum of its
    /// values (10⁻⁹ μg/m³) and which hours it covers, so a later file merges by hour (R-24a).
    ///
    /// Days stored before this migration keep NULL: their hours are unknown, so a later file with other
    /// values for them is refused unless it asks to replace them (D-43).
    static func registerMonitoringHoursMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7c monitoring hours") { db in
            try db.alter(table: "monitoring_day") { t in
                t.add(column: "pm10_sum", .integer)
                t.add(column: "pm10_mask", .integer)
                t.add(column: "pm25_sum", .integer)
                t.add(column: "pm25_mask", .integer)
            }
        }
    }
}
