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

    /// Wraps a read-only connection whose schema is already current.
    init(readOnly queue: DatabaseQueue) {
        self.writer = queue
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

    /// Opens an existing kaohe database for reading only: nothing in the file or its folder is changed.
    ///
    /// Read commands use this (issue 12, item 15), so a read-only file, or one in a read-only folder, still
    /// lists. A database in WAL mode needs a `-shm` file; when none exists and none can be created (a
    /// read-only folder) and the caller has found no `-wal` file (which could hold unmerged changes:
    /// `walFileExists`), the file is opened as immutable.
    /// A database made by an older kaohe is first brought up to date (a write) when it can be.
    /// Throws `OpenRefusal` for a file that holds no kaohe data.
    public static func openReadOnly(path: String, walFileExists: Bool) throws -> AppDatabase {
        var config = Configuration()
        config.readonly = true
        config.foreignKeysEnabled = true
        func connect(_ target: String) throws -> DatabaseQueue {
            let queue = try DatabaseQueue(path: target, configuration: config)
            try queue.read { db in _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        }
        var queue: DatabaseQueue
        do {
            queue = try connect(path)
        } catch let error as DatabaseError
            where [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode) && !walFileExists
        {
            queue = try connect(immutableURI(path))
        }
        let (applied, tables) = try queue.read { db in
            (try migrator.appliedIdentifiers(db), try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0)
        }
        if applied.isEmpty { throw tables == 0 ? OpenRefusal.empty : OpenRefusal.notKaohe }
        if try !queue.read({ try migrator.hasCompletedMigrations($0) }) {
            try queue.close()
            _ = try open(path: path)
            queue = try connect(path)
        }
        return AppDatabase(readOnly: queue)
    }

    /// Why a file that SQLite can read is still not a database to read from.
    public enum OpenRefusal: Error, Sendable {
        /// The file is an SQLite database without any table (e.g. a 0-byte file).
        case empty
        /// The file is an SQLite database of another program.
        case notKaohe
    }

    /// An SQLite URI that opens `path` as immutable (no locking, no `-shm`); `%`, `?` and `#` are escaped.
    static func immutableURI(_ path: String) -> String {
        var escaped = ""
        for ch in path {
            switch ch {
            case "%": escaped += "%25"
            case "?": escaped += "%3F"
            case "#": escaped += "%23"
            default: escaped.append(ch)
            }
        }
        return "file:" + escaped + "?immutable=1&mode=ro"
    }

    /// A private database in memory, for tests.
    public static func inMemory() throws -> AppDatabase {
        var config = Configuration()
        config.foreignKeysEnabled = true
        return try AppDatabase(DatabaseQueue(configuration: config))
    }
}
