import Foundation
import GRDB
import KaoheCore

/// The one type that owns kaohe's SQLite database: it migrates the schema on open and offers
/// intent-named reads and writes, each one transaction.
///
/// Decimals (concentrations, targets) are stored as their exact decimal text so no value ever passes
/// through binary floating point; see docs/decisions.md.
public struct AppDatabase: Sendable {
    let writer: any DatabaseWriter

    /// Wraps an open connection and brings its schema up to date.
    public init(_ writer: any DatabaseWriter) throws {
        self.writer = writer
        try Self.migrator.migrate(writer)
    }

    /// Opens (creating when absent) the database file at `path` in WAL mode with a busy timeout.
    ///
    /// WAL lets readers work while one process writes; the busy timeout (seconds) makes a second writer
    /// wait for the first instead of failing at once, and it fails with "database is locked" after that.
    public static func open(path: String, busyTimeout: TimeInterval = 10) throws -> AppDatabase {
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.foreignKeysEnabled = true
        return try AppDatabase(DatabasePool(path: path, configuration: config))
    }

    /// A private database in memory, for tests.
    public static func inMemory() throws -> AppDatabase {
        var config = Configuration()
        config.foreignKeysEnabled = true
        return try AppDatabase(DatabaseQueue(configuration: config))
    }
}
