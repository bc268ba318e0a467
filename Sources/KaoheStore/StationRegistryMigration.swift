import GRDB

extension AppDatabase {
    /// Migration "v10 national station lists and mappings": versioned, appended, never changed or deleted (D-121).
    ///
    /// A station list is stored whole as one version with the day it takes effect; a mapping is stored whole as
    /// one version (its rows carry their own first and last days) and the newest version is the one in force.
    /// Triggers refuse every change and deletion, so the history of what was in force stays as recorded.
    static func registerStationRegistryMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v10 national station lists and mappings, versioned, never changed or deleted") { db in
            try db.create(table: "station_list_version") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("effective_on", .text).notNull()
                t.column("file_name", .text).notNull()
                t.column("sha256", .text).notNull()
                t.column("recorded_at", .text).notNull()
            }
            try db.create(table: "station_list_entry") { t in
                t.column("version_id", .integer).notNull().references("station_list_version")
                t.column("code", .text).notNull()
                t.column("name", .text).notNull()
                t.column("city", .text).notNull()
                t.column("longitude", .text)
                t.column("latitude", .text)
                t.column("is_background", .boolean).notNull()
                t.primaryKey(["version_id", "code"])
            }
            try db.create(table: "station_mapping_version") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("file_name", .text).notNull()
                t.column("sha256", .text).notNull()
                t.column("recorded_at", .text).notNull()
            }
            try db.create(table: "station_mapping_entry") { t in
                t.column("version_id", .integer).notNull().references("station_mapping_version")
                t.column("station", .text).notNull()
                t.column("area_code", .text).notNull().references("area")
                t.column("from_day", .text).notNull()
                t.column("to_day", .text)
                t.column("line", .integer).notNull()
                t.column("code_column", .integer).notNull()
                t.primaryKey(["version_id", "line"])
            }
            for table in ["station_list_version", "station_list_entry", "station_mapping_version", "station_mapping_entry"] {
                try db.execute(
                    sql: """
                        CREATE TRIGGER \(table)_is_immutable BEFORE UPDATE ON \(table)
                        BEGIN SELECT RAISE(ABORT, 'a stored station list or mapping is never changed'); END;
                        CREATE TRIGGER \(table)_is_kept BEFORE DELETE ON \(table)
                        BEGIN SELECT RAISE(ABORT, 'a stored station list or mapping is kept with its history, never deleted'); END;
                        """)
            }
        }
    }
}
