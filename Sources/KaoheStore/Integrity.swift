import GRDB

extension AppDatabase {
    /// SQLite's own check of the whole file: `["ok"]` when the database is sound, else each problem found.
    ///
    /// Runs `PRAGMA integrity_check`, which reads every page, index and constraint; the crash and
    /// concurrency tests call it after every kill to prove nothing was corrupted.
    public func integrityCheck() throws -> [String] {
        try writer.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// The number of rows in each table, by table name; two states compare in one line.
    public func rowCounts() throws -> [String: Int] {
        try writer.read { db in
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            var counts: [String: Int] = [:]
            for table in tables {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.quotedDatabaseIdentifier)") ?? 0
            }
            return counts
        }
    }
}
