import GRDB

extension AppDatabase {
    /// An index on unit codes compared without case (D-46), so that checking each imported unit against the
    /// stored ones is a lookup and not a scan of the table (issue 14: `areas import` of 30,000 units was
    /// quadratic, 13 s of CPU). The data is unchanged.
    static func registerAreaCodeIndexMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v8e index of unit codes without case") { db in
            try db.execute(sql: "CREATE INDEX area_code_nocase ON area(code COLLATE NOCASE)")
        }
    }
}
