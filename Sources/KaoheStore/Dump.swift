import GRDB

extension AppDatabase {
    /// Every stored row of every table as text, in a stable order, so two states can be compared.
    ///
    /// Used to prove that a rejected import left the stored tables exactly as they were.
    public func dump() throws -> String {
        try writer.read { db in
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            var out = ""
            for table in tables {
                out += "[\(table)]\n"
                // In primary-key order (the rowid where there is no other key): a table without a rowid
                // (monitoring_day, D-150) has none to order by.
                let order = try db.primaryKey(table).columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier) ORDER BY \(order)") {
                    out += row.description + "\n"
                }
            }
            return out
        }
    }
}

extension AppDatabase {
    /// SQLite's journal mode in force (`wal` for files opened with `open(path:)`).
    public func journalMode() throws -> String {
        try writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }
}
