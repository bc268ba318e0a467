import Foundation
import GRDB
import KaoheTestSupport
import Testing

@testable import KaoheCore
@testable import KaoheStore

/// Migration v12n (issue 18, D-165): `national_hour` (a row per hour) becomes `national_day` (a row per station,
/// day and pollutant with its 24 hours), every stored hour carried over with its value text, unit and import.
@Suite struct NationalHoursByDayMigrationTests {
    func rows(_ db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: "SELECT station, day, pollutant, area_code, hours, imports, import_id FROM national_day ORDER BY station, day, pollutant")
            .map(\.description)
    }

    /// The three imports (an areas file, two national files) and the two units the stored hours refer to.
    func seedImportsAndUnits(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO import_log (file_name, sha256, kind, row_count, added, changed, imported_at)
            VALUES ('a.csv', 'ab', 'areas', 2, 2, 0, '2016-02-01T00:00:00Z'),
                   ('n1', 'cd', 'monitoring', 1, 1, 0, '2016-02-02T00:00:00Z'),
                   ('n2', 'ef', 'monitoring', 1, 1, 0, '2016-02-03T00:00:00Z');
            INSERT INTO area (code, name, type, import_id) VALUES ('510703', '涪城区', '区', 1), ('510704', '游仙区', '区', 1);
            """)
    }

    /// A store migrated up to v11m, with the imports and units of `seedImportsAndUnits` and `hours` (the values
    /// of an `INSERT INTO national_hour … VALUES`) stored as v8b stored them.
    func storeBeforeV12n(hours: String) throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try AppDatabase.migrator.migrate(queue, upTo: "v11m monitoring days stored in key order, without a rowid")
        try queue.write { db in
            try seedImportsAndUnits(db)
            try db.execute(sql: "INSERT INTO national_hour (station, area_code, day, pollutant, hour, value, import_id) VALUES " + hours)
        }
        return queue
    }

    @Test func everyStoredHourIsCarriedOverIntoItsDayRow() throws {
        let queue = try DatabaseQueue()
        try AppDatabase.migrator.migrate(queue, upTo: "v11m monitoring days stored in key order, without a rowid")
        // Hours as v8b stored them, out of key order: 2601A's SO2 of 2014-12-31 from import 2 (hours 1 and 23) and
        // its hour 24 from import 3 (the next file, imported later, R-24a); a CO hour with decimals; 2602A's O3.
        let before = try queue.write { db in
            try seedImportsAndUnits(db)
            try db.execute(sql: """
                INSERT INTO national_hour (station, area_code, day, pollutant, hour, value, import_id) VALUES
                  ('2601A', '510703', '2014-12-31', 'SO2', 24, '9', 3),
                  ('2602A', '510704', '2015-01-01', 'O3', 8, '120', 2),
                  ('2601A', '510703', '2014-12-31', 'SO2', 1, '12', 2),
                  ('2601A', '510703', '2014-12-31', 'CO', 5, '1.25', 2),
                  ('2601A', '510703', '2014-12-31', 'SO2', 23, '0.35', 2);
                """)
            return try Row.fetchAll(db, sql: "SELECT station, area_code, day, pollutant, hour, value FROM national_hour ORDER BY station, day, pollutant, hour")
                .map { "\($0[0] as String) \($0[1] as String) \($0[2] as String) \($0[3] as String) \($0[4] as Int) \($0[5] as String)" }
        }
        let app = try AppDatabase(queue)
        let (stored, oldTables, key, parents) = try queue.read { db in
            (
                try rows(db), try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name = 'national_hour'"),
                try db.primaryKey("national_day").columns, try db.foreignKeys(on: "national_day").map(\.destinationTable).sorted()
            )
        }
        // Worked by hand: field h−1 of `hours` and `imports` is end hour h; 22 empty fields between hours 1 and 23.
        let empty22 = String(repeating: ",", count: 22)
        #expect(
            stored == [
                "[station:\"2601A\" day:\"2014-12-31\" pollutant:\"CO\" area_code:\"510703\" hours:\",,,,1.25\(String(repeating: ",", count: 19))\" imports:\",,,,2\(String(repeating: ",", count: 19))\" import_id:2]",
                "[station:\"2601A\" day:\"2014-12-31\" pollutant:\"SO2\" area_code:\"510703\" hours:\"12\(empty22)0.35,9\" imports:\"2\(empty22)2,3\" import_id:2]",
                "[station:\"2602A\" day:\"2015-01-01\" pollutant:\"O3\" area_code:\"510704\" hours:\",,,,,,,120\(String(repeating: ",", count: 16))\" imports:\",,,,,,,2\(String(repeating: ",", count: 16))\" import_id:2]",
            ])
        #expect(oldTables == 0)
        // The store migrates on to the latest version: keyed by day first since v13n (D-177).
        #expect(key == ["day", "station", "pollutant"])
        #expect(parents == ["area", "import_log"])
        // The reader gives every hour as before (in day, station, pollutant and hour order since v13n: for these
        // rows the same order as before).
        let after = try app.nationalHours(from: Day(year: 2014, month: 1, day: 1)!, to: Day(year: 2015, month: 12, day: 31)!)
            .map { "\($0.station) \($0.areaCode) \($0.hour.day) \($0.pollutant.rawValue) \($0.hour.hour) \($0.value.exactText)" }
        #expect(after == before)
        // No rowid; the key, the pollutant check and the 24 fields are enforced.
        #expect(throws: DatabaseError.self) { try queue.read { db in try Row.fetchAll(db, sql: "SELECT rowid FROM national_day") } }
        for bad in [
            "('2601A', '2014-12-31', 'SO2', '510703', '\(String(repeating: ",", count: 23))', '\(String(repeating: ",", count: 23))', 2)",
            "('2601A', '2015-01-02', 'PM10', '510703', '\(String(repeating: ",", count: 23))', '\(String(repeating: ",", count: 23))', 2)",
            "('2601A', '2015-01-02', 'SO2', '510703', '1,2', '\(String(repeating: ",", count: 23))', 2)",
            "('2601A', '2015-01-02', 'SO2', '999999', '\(String(repeating: ",", count: 23))', '\(String(repeating: ",", count: 23))', 2)",
        ] {
            #expect(throws: DatabaseError.self) {
                try queue.write { db in
                    try db.execute(sql: "INSERT INTO national_day (station, day, pollutant, area_code, hours, imports, import_id) VALUES \(bad)")
                }
            }
        }
    }
    /// An old store could hold a station-day's hours for two units (the mapping changed between two imports,
    /// before D-165 refused that); the migration keeps the first hour's unit in `national_day` and every old row
    /// of that station-day, unchanged, in `national_hour_mixed_unit` — nothing is dropped.
    @Test func hoursOfTwoUnitsForOneStationDayAreKeptAsTheyWere() throws {
        let queue = try storeBeforeV12n(hours: """
                ('2601A', '510704', '2015-01-01', 'SO2', 2, '7', 3),
                ('2601A', '510703', '2015-01-01', 'SO2', 1, '12', 2),
                ('2602A', '510704', '2015-01-01', 'SO2', 1, '5', 2)
            """)
        _ = try AppDatabase(queue)
        let (stored, kept) = try queue.read { db in
            (
                try rows(db),
                try Row.fetchAll(db, sql: "SELECT station, area_code, day, pollutant, hour, value, import_id FROM national_hour_mixed_unit ORDER BY hour")
                    .map(\.description)
            )
        }
        // Worked by hand: 2601A's hour 1 (510703, import 2) comes first in key order, so the row is 510703's with
        // hours "12,7" then 22 empty fields and imports "2,3" likewise; 2602A had one unit and is not kept aside.
        let empty22 = String(repeating: ",", count: 22)
        #expect(
            stored == [
                "[station:\"2601A\" day:\"2015-01-01\" pollutant:\"SO2\" area_code:\"510703\" hours:\"12,7\(empty22)\" imports:\"2,3\(empty22)\" import_id:2]",
                "[station:\"2602A\" day:\"2015-01-01\" pollutant:\"SO2\" area_code:\"510704\" hours:\"5,\(empty22)\" imports:\"2,\(empty22)\" import_id:2]",
            ])
        #expect(
            kept == [
                "[station:\"2601A\" area_code:\"510703\" day:\"2015-01-01\" pollutant:\"SO2\" hour:1 value:\"12\" import_id:2]",
                "[station:\"2601A\" area_code:\"510704\" day:\"2015-01-01\" pollutant:\"SO2\" hour:2 value:\"7\" import_id:3]",
            ])
    }
    /// Across the migration (the sequence a user's store goes through): hours stored before v12n, then the same
    /// files' hours imported again after it, are unchanged; a new hour is added beside them; another value for a
    /// migrated hour is a located conflict that stores nothing (R-24a).
    @Test func hoursStoredBeforeTheMigrationMergeWithAnImportAfterIt() throws {
        let queue = try storeBeforeV12n(hours: """
                ('2601A', '510703', '2014-12-31', 'SO2', 1, '12', 2),
                ('2601A', '510703', '2014-12-31', 'SO2', 24, '9', 3)
            """)
        let app = try AppDatabase(queue)
        let day = Day(year: 2014, month: 12, day: 31)!
        func hour(_ label: Int, _ value: String, line: Int = 0) -> NationalStoredHour {
            NationalStoredHour(
                station: "2601A", areaCode: "510703", pollutant: .so2, hour: EndLabelledHour(day: day, hour: label),
                value: Decimal(string: value, locale: Locale(identifier: "en_US_POSIX"))!, file: "n.csv", line: line, column: 4)
        }
        func store(_ hours: [NationalStoredHour]) throws -> (added: Int, unchanged: Int) {
            try app.importMonitoringBatch { batch in
                let o = try batch.store([], file: ImportFile(name: "national", sha256: "h"), rowCount: 0)
                return try batch.storeNationalHours(hours, importID: o.importID)
            }
        }
        // Worked by hand: hours 1 (12) and 24 (9) are stored; 12.0 equals 12 as a decimal, so both are unchanged,
        // and hour 2 is new.
        let again = try store([hour(1, "12.0"), hour(2, "8"), hour(24, "9")])
        #expect(again.added == 1 && again.unchanged == 2)
        let stored = try queue.read { try rows($0) }
        let empty21 = String(repeating: ",", count: 21)
        #expect(stored == ["[station:\"2601A\" day:\"2014-12-31\" pollutant:\"SO2\" area_code:\"510703\" hours:\"12,8\(empty21),9\" imports:\"2,4\(empty21),3\" import_id:2]"])
        // 13 for hour 1 (line 5) against the migrated 12: a located conflict, and nothing of the batch is stored.
        let error = #expect(throws: DiagnosticsError.self) { _ = try store([hour(1, "13", line: 5), hour(3, "7")]) }
        #expect(try #require(error).diagnostics.map { "\($0.file):\($0.line ?? 0) \($0.reason)" } == [
            "n.csv:5 SO2 of 2601A for hour 1 of 2014-12-31 is 13 here but 12 is stored",
        ])
        #expect(try queue.read { try rows($0) } == stored)
    }
}
