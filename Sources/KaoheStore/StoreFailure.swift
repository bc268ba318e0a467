import GRDB

/// What went wrong in the database, in terms a person can act on; the CLI words each case in one place.
///
/// SQLite's own text names tables and SQL; it never reaches a user (issue 12, item 13). The raw detail is
/// available through `detail` for a debugging environment variable only.
public enum StoreFailure: Sendable, Equatable {
    /// Another connection held the database past the busy timeout.
    case busy
    /// The disk (or the file-size limit) is full; the transaction was rolled back.
    case full
    /// The file or its folder cannot be written.
    case readOnly
    /// The file cannot be opened at all (missing folder, permissions, a folder in its place).
    case cannotOpen
    /// The file is not an SQLite database.
    case notADatabase
    /// The file is damaged.
    case corrupt
    /// The operating system reported a read or write error.
    case ioError
    /// A constraint or trigger refused the change (e.g. a published run is immutable).
    case refused
    /// Any other SQLite failure.
    case other

    /// The kind of failure `error` is, or nil when it is not a database error.
    public init?(_ error: any Error) {
        guard let error = error as? DatabaseError else { return nil }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy
        case .SQLITE_FULL: self = .full
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH: self = .readOnly
        case .SQLITE_CANTOPEN: self = .cannotOpen
        case .SQLITE_NOTADB: self = .notADatabase
        case .SQLITE_CORRUPT: self = .corrupt
        case .SQLITE_IOERR: self = .ioError
        case .SQLITE_CONSTRAINT: self = .refused
        default: self = .other
        }
    }

    /// SQLite's own message, for a debugging environment variable only; never shown by default.
    public static func detail(_ error: any Error) -> String? {
        (error as? DatabaseError).map { "SQLite \($0.extendedResultCode.rawValue): \($0.message ?? "")" }
    }
}
