import Foundation
import GRDB
import KaoheCore
import KaoheStore
import Testing

/// The store's read-only opening and its classification of database failures (issue 12, items 13 and 15).
@Suite struct ReadOnlyAccessStoreTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kaohe-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aReadOnlyConnectionReadsAndRefusesEveryWrite() throws {
        let path = try folder().appendingPathComponent("k.sqlite").path
        let written = try AppDatabase.open(path: path)
        _ = try written.importAreas([Area(code: "510724", name: "安县", type: .county)], file: ImportFile(name: "a.csv", sha256: "00"))
        let db = try AppDatabase.openReadOnly(path: path, walFileExists: FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(try db.areas().map(\.name) == ["安县"])
        do {
            _ = try db.importAreas([Area(code: "510725", name: "梓潼县", type: .county)], file: ImportFile(name: "b.csv", sha256: "01"))
            Issue.record("a read-only connection wrote")
        } catch {
            #expect(StoreFailure(error) == .readOnly)
        }
        #expect(try written.areas().count == 1)
    }

    @Test func anEmptyFileOrAForeignDatabaseIsRefusedAndLeftAsItWas() throws {
        let dir = try folder()
        let empty = dir.appendingPathComponent("empty.sqlite").path
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        #expect(throws: AppDatabase.OpenRefusal.empty) { _ = try AppDatabase.openReadOnly(path: empty, walFileExists: false) }
        #expect(FileManager.default.contents(atPath: empty) == Data())
        let other = dir.appendingPathComponent("other.sqlite").path
        try DatabaseQueue(path: other).write { try $0.execute(sql: "CREATE TABLE t (x)") }
        #expect(throws: AppDatabase.OpenRefusal.notKaohe) { _ = try AppDatabase.openReadOnly(path: other, walFileExists: false) }
        #expect(try DatabaseQueue(path: other).read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master") } == ["t"])
    }

    @Test func everySQLiteFailureHasAKindAndOtherErrorsHaveNone() {
        let cases: [(ResultCode, StoreFailure)] = [
            (.SQLITE_BUSY, .busy), (.SQLITE_LOCKED, .busy), (.SQLITE_FULL, .full), (.SQLITE_READONLY, .readOnly),
            (ResultCode(rawValue: 1544), .readOnly),  // SQLITE_READONLY_DIRECTORY, seen in a read-only folder
            (.SQLITE_PERM, .readOnly), (.SQLITE_CANTOPEN, .cannotOpen), (.SQLITE_NOTADB, .notADatabase),
            (.SQLITE_CORRUPT, .corrupt), (.SQLITE_IOERR, .ioError),
            (ResultCode(rawValue: 778), .ioError),  // SQLITE_IOERR_WRITE, seen past a file-size limit
            (.SQLITE_CONSTRAINT, .refused), (.SQLITE_MISMATCH, .other),
        ]
        for (code, kind) in cases {
            #expect(StoreFailure(DatabaseError(resultCode: code, message: "m", sql: "s")) == kind, "\(code)")
        }
        #expect(StoreFailure(CocoaError(.fileNoSuchFile)) == nil)
        #expect(StoreFailure.detail(DatabaseError(resultCode: .SQLITE_FULL, message: "database or disk is full")) == "SQLite 13: database or disk is full")
    }
}
