import Foundation
import GRDB
import Testing

@testable import KaoheStore

/// Migration v13n (issue 18, D-177): `national_day` keyed by day, station and pollutant, every row carried over as
/// it was, the table still without a rowid and with its checks and foreign keys.
@Suite struct NationalDayKeyMigrationTests {
    static let v12n = "v12n national hours stored one row per station, day and pollutant"

    func rows(_ db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: "SELECT station, day, pollutant, area_code, hours, imports, import_id FROM national_day ORDER BY station, day, pollutant")
            .map(\.description)
    }

    @Test func everyRowIsCarriedOverAndTheKeyBeginsWithTheDay() throws {
        let queue = try DatabaseQueue()
        try AppDatabase.migrator.migrate(queue, upTo: Self.v12n)
        let hours = Array(repeating: "", count: 23).joined(separator: ",")
        let before = try queue.write { db in
            try db.execute(sql: """
                INSERT INTO import_log (file_name, sha256, kind, row_count, added, changed, imported_at)
                VALUES ('a.csv', 'ab', 'areas', 2, 2, 0, '2016-02-01T00:00:00Z'), ('n', 'cd', 'monitoring', 1, 1, 0, '2016-02-02T00:00:00Z');
                INSERT INTO area (code, name, type, import_id) VALUES ('510703', '涪城区', '区', 1), ('510704', '游仙区', '区', 1);
                """)
            // Rows in neither key's order: two stations, two days, two pollutants; one hour each (the 24th field).
            for (station, unit, day, pollutant, value) in [
                ("2602A", "510704", "2015-01-01", "O3", "120"), ("2601A", "510703", "2015-01-02", "SO2", "9"),
                ("2601A", "510703", "2015-01-01", "SO2", "12"), ("2601A", "510703", "2015-01-01", "CO", "1.25"),
                ("2602A", "510704", "2014-12-31", "NO2", "40"),
            ] {
                try db.execute(
                    sql: "INSERT INTO national_day (station, day, pollutant, area_code, hours, imports, import_id) VALUES (?, ?, ?, ?, ?, ?, 2)",
                    arguments: [station, day, pollutant, unit, hours + "," + value, hours + ",2"])
            }
            return try rows(db)
        }
        #expect(before.count == 5)
        try AppDatabase.migrator.migrate(queue)
        try queue.read { db in
            #expect(try rows(db) == before)
            // The key, in order: day, station, pollutant (table_info's pk is the place in the key).
            let key = try Row.fetchAll(db, sql: "SELECT name, pk FROM pragma_table_info('national_day') WHERE pk > 0 ORDER BY pk").map { $0[0] as String }
            #expect(key == ["day", "station", "pollutant"])
            let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'national_day'") ?? ""
            #expect(sql.contains("WITHOUT ROWID"))
            #expect(try String.fetchAll(db, sql: "SELECT \"table\" FROM pragma_foreign_key_list('national_day') ORDER BY \"table\"") == ["area", "import_log"])
            #expect(try !db.tableExists("national_day_by_day"))
            // Rows come in the new key's order when nothing else is asked.
            #expect(try String.fetchAll(db, sql: "SELECT day || ' ' || station || ' ' || pollutant FROM national_day") == [
                "2014-12-31 2602A NO2", "2015-01-01 2601A CO", "2015-01-01 2601A SO2", "2015-01-01 2602A O3", "2015-01-02 2601A SO2",
            ])
        }
        // The checks came along: a row whose hours are not 24 fields is refused.
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(
                    sql: "INSERT INTO national_day (station, day, pollutant, area_code, hours, imports, import_id) VALUES ('2601A', '2015-01-03', 'SO2', '510703', '1', '2', 2)")
            }
        }
    }
}
