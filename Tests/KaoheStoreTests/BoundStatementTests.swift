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
            var key = Array("k1".utf8), a = Array("甲 12.5".utf8), b = Array("".utf8)
            try key.withUnsafeBufferPointer { k in
                try a.withUnsafeBufferPointer { x in
                    try b.withUnsafeBufferPointer { y in
                        try insert.runBorrowing { bind in
                            try bind.text(1, bytes: k)
                            try bind.text(2, bytes: x)
                            try bind.text(3, bytes: y)
                        }
                    }
                }
            }
            // The buffers change after the run: SQLite kept no pointer into them.
            key = Array("zz".utf8)
            a = Array("乙 99.9".utf8)
            b = Array("x".utf8)
        }
        let rows = try db.read { try Row.fetchAll($0, sql: "SELECT k, a, b, typeof(b) FROM t") }
        #expect(rows.map { [$0[0] as String, $0[1] as String, $0[2] as String, $0[3] as String] } == [["k1", "甲 12.5", "", "text"]])
    }

    @Test func noBindingOutlivesARunThatFailed() throws {
        let db = try table()
        try db.write { db in
            let insert = try BoundStatement(db, sql: "INSERT INTO t VALUES (?, ?, ?)")
            let key = Array("k1".utf8), text = Array("kept?".utf8)
            try insert.run { bind in
                try bind.text(1, "k1")
                try bind.text(3, "b")
            }
            // A second row with the same key fails at the step, with every parameter bound in place.
            #expect(throws: DatabaseError.self) {
                try key.withUnsafeBufferPointer { k in
                    try text.withUnsafeBufferPointer { t in
                        try insert.runBorrowing { bind in
                            try bind.text(1, bytes: k)
                            try bind.text(2, bytes: t)
                            try bind.text(3, bytes: t)
                        }
                    }
                }
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
