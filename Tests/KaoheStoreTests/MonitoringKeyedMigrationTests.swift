import Foundation
import GRDB
import KaoheTestSupport
import Testing

@testable import KaoheCore
@testable import KaoheStore

/// Migration v11m (issue 14, D-150): `monitoring_day` becomes one B-tree keyed by station and day, every row
/// stored before kept with the same values, its constraints (key, foreign keys) in force as before.
@Suite struct MonitoringKeyedMigrationTests {
    /// Every column of every stored station-day, in key order.
    func rows(_ db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: "SELECT * FROM monitoring_day ORDER BY station, day").map(\.description)
    }

    @Test func storedStationDaysAreKeptAndTheTableHasNoRowid() throws {
        let queue = try DatabaseQueue()
        try AppDatabase.migrator.migrate(queue, upTo: "v10 national station lists and mappings, versioned, never changed or deleted")
        // Rows as earlier versions stored them: a day from before v7c (no sums or masks), an hourly day with
        // sums and masks, a daily mean (bit 24), a dust day; inserted out of key order.
        let before = try queue.write { db in
            try db.execute(sql: """
                INSERT INTO import_log (file_name, sha256, kind, row_count, added, changed, imported_at)
                VALUES ('a.csv', 'ab', 'areas', 2, 2, 0, '2016-02-01T00:00:00Z'),
                       ('m.csv', 'cd', 'monitoring', 30, 3, 0, '2016-02-02T00:00:00Z');
                INSERT INTO area (code, name, type, import_id) VALUES ('510703', '涪城区', '区', 1), ('510704', '游仙区', '区', 1);
                INSERT INTO monitoring_day (station, area_code, day, pm10, pm10_hours, pm25, pm25_hours, dust, import_id,
                    pm10_sum, pm10_mask, pm25_sum, pm25_mask) VALUES
                  ('B2', '510704', '2015-01-02', '70.5', NULL, NULL, NULL, 1, 2, 70500000000, 16777216, NULL, NULL),
                  ('A1', '510703', '2015-01-02', '81.333333333333333333333333333333333333', 3, '40', 3, 0, 2, 244000000000, 7, 120000000000, 7),
                  ('A1', '510703', '2015-01-01', '96', 20, NULL, NULL, 0, 2, NULL, NULL, NULL, NULL);
                """)
            return try rows(db)
        }
        #expect(before.count == 3)
        _ = try AppDatabase(queue)
        try queue.read { db in
            #expect(try rows(db) == before)
            #expect(try db.primaryKey("monitoring_day").columns == ["station", "day"])
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name = 'monitoring_day_keyed'") == 0)
            // The foreign keys are declared as before: to the unit and to the import that stored the day.
            let parents = try db.foreignKeys(on: "monitoring_day").map(\.destinationTable).sorted()
            #expect(parents == ["area", "import_log"])
        }
        // No rowid: the table is the one B-tree keyed by station and day.
        #expect(throws: DatabaseError.self) { try queue.read { db in try Row.fetchAll(db, sql: "SELECT rowid FROM monitoring_day") } }
        // The key and the foreign keys still hold.
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO monitoring_day (station, area_code, day, dust, import_id) VALUES ('A1', '510703', '2015-01-01', 0, 2)
                    """)
            }
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO monitoring_day (station, area_code, day, dust, import_id) VALUES ('C3', '999999', '2015-01-01', 0, 2)
                    """)
            }
        }
        #expect(try queue.read { db in try rows(db) } == before)
    }
}
