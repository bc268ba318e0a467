import Foundation
import GRDB
import Testing

@testable import KaoheStore

/// Texts bound in place (`runBorrowing`, D-181): what is stored is the bytes as they were during the run, and no
/// binding outlives it — neither after a run that succeeded nor after one that failed.
@Suite struct BoundStatementTests {
    func table() throws -> DatabaseQueue {
        let db = try DatabaseQueue()
        try db.write { try $0.execute(sql: "CREATE TABLE t (k TEXT PRIMARY KEY, a TEXT, b TEXT NOT NULL)") }
        return db
    }

    @Test func theBytesAsTheyWereDuringTheRunAreStored() throws {
        let db = try table()
        try db.write { db in
            let insert = try BoundStatement(db, sql: "INSERT INTO t VALUES (?, ?, ?)")
            // Three texts one after another, "k1", "甲 12.5" and "", in one buffer used again after the run.
            var buffer = Array("k1甲 12.5".utf8)
            let ends = [2, buffer.count, buffer.count]
            try insert.runBorrowing(texts: buffer, ends: ends)
            // The buffer changes in place after the run: SQLite kept no pointer into it.
            buffer.withUnsafeMutableBufferPointer { $0.update(repeating: UInt8(ascii: "z")) }
            _ = buffer
        }
        let rows = try db.read { try Row.fetchAll($0, sql: "SELECT k, a, b, typeof(b) FROM t") }
        #expect(rows.map { [$0[0] as String, $0[1] as String, $0[2] as String, $0[3] as String] } == [["k1", "甲 12.5", "", "text"]])
    }

    @Test func noBindingOutlivesARunThatFailed() throws {
        let db = try table()
        try db.write { db in
            let insert = try BoundStatement(db, sql: "INSERT INTO t VALUES (?, ?, ?)")
            try insert.run { bind in
                try bind.text(1, "k1")
                try bind.text(3, "b")
            }
            // A second row with the same key fails at the step, with every parameter bound in place ("k1", "kept?",
            // "kept?").
            #expect(throws: DatabaseError.self) {
                try insert.runBorrowing(texts: Array("k1kept?kept?".utf8), ends: [2, 7, 12])
            }
            // Run again binding only the key and b: a, not bound now, is NULL — nothing left from the failed run.
            try insert.run { bind in
                try bind.text(1, "k2")
                try bind.text(3, "b")
            }
        }
        let a = try db.read { try Row.fetchOne($0, sql: "SELECT a IS NULL FROM t WHERE k = 'k2'") }
        #expect(a?[0] as Bool? == true)
    }
}
