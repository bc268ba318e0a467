import Foundation
import GRDB
import KaoheTestSupport
import Testing

@testable import KaoheCore
@testable import KaoheStore

/// Migration v7a (R-5 revised): targets stored before it get their history, and withdrawal keeps the row.
@Suite struct TargetsHistoryStoreTests {
    /// A database at v6 with one target (imported 2016-02-01) is migrated: the target is in `target_history`
    /// as imported at its import's time, still in force, and can then be withdrawn but not deleted.
    @Test func migrationRecordsTargetsStoredBeforeItAndWithdrawalKeepsTheRow() throws {
        let queue = try DatabaseQueue()
        try AppDatabase.migrator.migrate(queue, upTo: "v6 report history and import log are append-only")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO import_log (file_name, sha256, kind, row_count, added, changed, imported_at)
                VALUES ('t.csv', 'ab', 'targets', 1, 1, 0, '2016-02-01T00:00:00Z');
                INSERT INTO area (code, name, type, import_id) VALUES ('510703', '涪城区', '区', 1);
                INSERT INTO target (area_code, year, pollutant, base_year, base_concentration, kind, value, is_final, import_id)
                VALUES ('510703', 2017, 'PM10', 2013, '102', '下降比例', '10', 1, 1);
                """)
        }
        let db = try AppDatabase(queue)
        let history = try queue.read { try Row.fetchAll($0, sql: "SELECT year, event, recorded_at FROM target_history") }
        #expect(history.map { "\($0["year"] as Int) \($0["event"] as String) \($0["recorded_at"] as String)" } == ["2017 imported 2016-02-01T00:00:00Z"])
        #expect(try db.targets().map(\.year) == [2017])
        let entry = try db.withdrawTarget(area: "510703", year: 2017, reason: "调整", at: Date(timeIntervalSince1970: 1_500_000_000))
        #expect(entry.isWithdrawn && entry.withdrawalReason == "调整")
        #expect(try db.targets().isEmpty)
        #expect(try db.targetEntries().count == 1)
        expectTriggerRefusal("targets are never deleted; withdraw one with kaohe targets withdraw", "DELETE FROM target", in: queue)
        expectTriggerRefusal("target history is never deleted", "DELETE FROM target_history", in: queue)
        expectTriggerRefusal("target history is never changed", "UPDATE target_history SET reason = 'x'", in: queue)
        #expect(try db.targetEntries().count == 1)
        #expect(throws: Refusal.self) { try db.withdrawTarget(area: "510703", year: 2017, reason: "again") }
        #expect(throws: Refusal.self) { try db.withdrawTarget(area: "510703", year: 2016, reason: "none") }
    }
}
