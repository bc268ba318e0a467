import Foundation
import GRDB
import GRDBSQLite

/// A statement prepared once and run many times with values bound through SQLite's C interface (D-149, D-161).
///
/// GRDB's `execute(arguments:)` and `Row.fetchOne` box every value as a `DatabaseValueConvertible`, check the
/// arguments against the statement and build a `Row`: for inserts run once per stored row (report rows, staged
/// and stored national hours) that is most of the cost. The values bound are the ones GRDB binds: text for
/// strings, dates and decimals (`exactText`), integers for numbers, NULL for what is absent.
struct BoundStatement {
    private let db: Database
    private let statement: Statement

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
    }

    /// Wraps a statement prepared already (with GRDB) on `db`.
    init(_ db: Database, statement: Statement) {
        self.db = db
        self.statement = statement
    }

    /// Binds one row's values with `bind`, runs the statement to its end and readies it for the next row,
    /// also after a failure; throws SQLite's error with its message (the caller's transaction rolls back).
    func run(_ bind: (Binder) throws -> Void) throws {
        _ = try step(bind) { _ in () }
    }

    /// Binds values with `bind`, runs the statement and reads its first row with `read` (nil when it gives
    /// none); the statement is reset for the next use, also after a failure.
    func first<T>(_ bind: (Binder) throws -> Void, read: (Columns) throws -> T) throws -> T? {
        try step(bind, read)
    }

    /// Runs the statement once with parameters 1…n bound in place rather than copied (`SQLITE_STATIC`, D-181) to
    /// consecutive texts of `utf8` — text i ends at `ends[i]` — and the others by `bind`. Every binding is cleared
    /// before this returns, so SQLite keeps no pointer into `utf8`. For the national import's millions of rows,
    /// where SQLite's copy of each text was a `malloc` and a `free` under its memory mutex.
    func runBorrowing(texts utf8: [UInt8], ends: [Int], then bind: (Binder) throws -> Void = { _ in }) throws {
        try utf8.withUnsafeBufferPointer { all in
            _ = try step({ b in
                var start = 0
                for (i, end) in ends.enumerated() {
                    try b.text(Int32(i + 1), bytes: UnsafeBufferPointer(rebasing: all[start..<end]))
                    start = end
                }
                try bind(b)
            }, borrowing: true) { _ in () }
        }
    }

    private func step<T>(_ bind: (Binder) throws -> Void, borrowing: Bool = false, _ read: (Columns) throws -> T) throws -> T? {
        let raw = statement.sqliteStatement
        defer {
            sqlite3_reset(raw)
            sqlite3_clear_bindings(raw)
        }
        try bind(Binder(raw: raw, statement: statement, borrowing: borrowing))
        let code = sqlite3_step(raw)
        switch code {
        case SQLITE_DONE: return nil
        case SQLITE_ROW: return try read(Columns(raw: raw))
        default: throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql)
        }
    }

    /// Binds values to the 1-based parameters of one prepared statement.
    struct Binder {
        let raw: OpaquePointer
        /// For the error's SQL only: GRDB's `sql` trims the text each time it is read.
        let statement: Statement
        /// Whether `text(_:bytes:)` binds in place (inside `runBorrowing` only, which holds the bytes).
        var borrowing = false

        /// Text given as UTF-8 bytes, bound in place inside `runBorrowing` (the bytes must stay valid until it
        /// returns) and copied by SQLite otherwise.
        func text(_ index: Int32, bytes: UnsafeBufferPointer<UInt8>) throws {
            let code = bytes.withMemoryRebound(to: CChar.self) { b in
                // An empty text is bound as one, not as the NULL a nil base address would give.
                b.isEmpty ? sqlite3_bind_text(raw, index, "", 0, transientText)
                    : sqlite3_bind_text(raw, index, b.baseAddress, Int32(b.count), borrowing ? staticText : transientText)
            }
            try check(code)
        }

        /// Text (UTF-8, copied by SQLite) or NULL.
        func text(_ index: Int32, _ value: String?) throws {
            guard var value else { return try check(sqlite3_bind_null(raw, index)) }
            // An empty text is bound as one, not as the NULL a nil base address would give.
            try check(value.withUTF8 { $0.isEmpty ? sqlite3_bind_text(raw, index, "", 0, transientText) : sqlite3_bind_text(raw, index, $0.baseAddress, Int32($0.count), transientText) })
        }

        /// Text given as its UTF-8 bytes (copied by SQLite): what `text` binds for the `String` of those bytes,
        /// without making one (a run's stored documents, issue 14).
        func text(_ index: Int32, utf8 bytes: [UInt8]) throws {
            try check(bytes.withUnsafeBufferPointer { b in
                b.isEmpty ? sqlite3_bind_text(raw, index, "", 0, transientText)
                    : b.withMemoryRebound(to: CChar.self) { sqlite3_bind_text(raw, index, $0.baseAddress, Int32($0.count), transientText) }
            })
        }

        /// An integer or NULL.
        func integer(_ index: Int32, _ value: Int?) throws {
            guard let value else { return try check(sqlite3_bind_null(raw, index)) }
            try check(sqlite3_bind_int64(raw, index, Int64(value)))
        }

        func integer(_ index: Int32, _ value: Int64) throws { try check(sqlite3_bind_int64(raw, index, value)) }

        /// Bytes as a blob (copied by SQLite).
        func blob(_ index: Int32, _ value: [UInt8]) throws {
            try check(value.withUnsafeBytes { sqlite3_bind_blob(raw, index, $0.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32($0.count), transientText) })
        }

        /// A failed bind would leave another row's value in place: it aborts the statement's caller instead.
        private func check(_ code: Int32) throws {
            guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code), sql: statement.sql) }
        }
    }

    /// The 0-based columns of the row a statement stands on.
    struct Columns {
        let raw: OpaquePointer

        /// The column as text (SQLite converts a number; NULL gives the empty text).
        func text(_ index: Int32) -> String {
            guard let bytes = sqlite3_column_text(raw, index) else { return "" }
            return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(raw, index))), as: UTF8.self)
        }

        /// The column's bytes, read in place by `body` (valid only during the call).
        func blob<T>(_ index: Int32, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
            // The pointer first, then the size (SQLite's documented order).
            let start = sqlite3_column_blob(raw, index)
            return try body(UnsafeRawBufferPointer(start: start, count: Int(sqlite3_column_bytes(raw, index))))
        }
    }
}

/// SQLite's "copy the bytes now" destructor (`SQLITE_TRANSIENT`).
private let transientText = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
/// SQLite's "the bytes stay valid, do not copy them" destructor (`SQLITE_STATIC`, a null pointer).
private let staticText: sqlite3_destructor_type? = nil
