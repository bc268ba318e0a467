import Foundation
import GRDB
import KaoheCore
import KaoheStore
import Testing

/// `storeNationalHours` merges by hour (R-24a) with one insert per new hour (D-161): a new hour is added, the
/// same value again is unchanged, another value or another unit for a stored hour is a located conflict, and a
/// batch with a conflict stores none of its hours.
@Suite struct NationalHoursMergeTests {
    static let day = Day(year: 2015, month: 1, day: 1)!

    func hour(_ station: String, _ unit: String, _ pollutant: NationalPollutant, _ label: Int, _ value: String, line: Int = 0) -> NationalStoredHour {
        NationalStoredHour(
            station: station, areaCode: unit, pollutant: pollutant, hour: EndLabelledHour(day: Self.day, hour: label),
            value: Decimal(string: value, locale: Locale(identifier: "en_US_POSIX"))!, file: "f.csv", line: line, column: 4)
    }

    func store(_ db: AppDatabase, _ hours: [NationalStoredHour]) throws -> (added: Int, unchanged: Int) {
        try db.importMonitoringBatch { batch in
            let o = try batch.store([], file: ImportFile(name: "national", sha256: "h"), rowCount: 0)
            return try batch.storeNationalHours(hours, importID: o.importID)
        }
    }

    /// Every stored national hour as "station unit day pollutant hour value".
    func rows(_ path: String) throws -> [String] {
        try StoredNationalHour.all(path).map { "\($0.station) \($0.unit) \($0.day) \($0.pollutant) \($0.hour) \($0.value)" }
    }

    @Test func newHoursAreAddedTheSameValueIsUnchangedAndAConflictStoresNothing() throws {
        let (cli, db, _) = try NationalStagedImportTests().database()
        // 2601A counts for 510703 (the suite's mapping). Two new hours: both added.
        let first = try store(db, [hour("2601A", "510703", .so2, 5, "12"), hour("2601A", "510703", .co, 6, "1.5")])
        #expect(first.added == 2 && first.unchanged == 0)
        // 12.0 is the stored 12 (compared as decimals): unchanged; hour 7 is new: added.
        let second = try store(db, [hour("2601A", "510703", .so2, 5, "12.0"), hour("2601A", "510703", .so2, 7, "3")])
        #expect(second.added == 1 && second.unchanged == 1)
        let stored = [
            "2601A 510703 2015-01-01 CO 6 1.5", "2601A 510703 2015-01-01 SO2 5 12", "2601A 510703 2015-01-01 SO2 7 3",
        ]
        #expect(try rows(cli.db) == stored)

        // Another value for SO2 hour 5 (line 8), the CO hour 6 for another unit (line 9), a new hour 8 (line 10):
        // two located conflicts, and hour 8 is not stored either.
        let error = #expect(throws: DiagnosticsError.self) {
            _ = try store(
                db,
                [
                    hour("2601A", "510703", .so2, 5, "13", line: 8), hour("2601A", "510704", .co, 6, "1.5", line: 9),
                    hour("2601A", "510703", .so2, 8, "4", line: 10),
                ])
        }
        let listed = try #require(error).diagnostics.map { "\($0.file):\($0.line ?? 0):\($0.column ?? 0) \($0.reason)" }
        #expect(
            listed == [
                "f.csv:8:4 SO2 of 2601A for hour 5 of 2015-01-01 is 13 here but 12 is stored",
                "f.csv:9:4 station 2601A is stored for unit 510703 on 2015-01-01, not 510704",
            ])
        #expect(try rows(cli.db) == stored)
    }

    /// One row per station, day and pollutant (D-165): a day completed by a later import keeps which import stored
    /// each hour, and an hour for another unit is refused even when that hour is not stored yet.
    @Test func aDayCompletedLaterKeepsBothImportsAndAnotherUnitIsRefusedForANewHour() throws {
        let (cli, db, _) = try NationalStagedImportTests().database()
        let first = try store(db, [hour("2601A", "510703", .so2, 1, "12"), hour("2601A", "510703", .so2, 23, "0.35")])
        #expect(first.added == 2)
        // The next file's hour 0 is hour 24 of the day (R-24a), imported later.
        let later = try store(db, [hour("2601A", "510703", .so2, 24, "9"), hour("2601A", "510703", .so2, 1, "12")])
        #expect(later.added == 1 && later.unchanged == 1)
        let stored = try StoredNationalHour.all(cli.db)
        #expect(stored.map { "\($0.hour) \($0.value)" } == ["1 12", "23 0.35", "24 9"])
        // Hours 1 and 23 from the first import, hour 24 from the later one; the row's import is the first.
        let ids = stored.compactMap { Int($0.importID) }
        #expect(ids.count == 3 && ids[0] == ids[1] && ids[2] > ids[0])
        #expect(try DatabaseQueue(path: cli.db).read { try Int.fetchOne($0, sql: "SELECT import_id FROM national_day") } == ids[0])

        let error = #expect(throws: DiagnosticsError.self) {
            _ = try store(db, [hour("2601A", "510704", .so2, 2, "5", line: 11)])
        }
        let listed = try #require(error).diagnostics.map { "\($0.file):\($0.line ?? 0):\($0.column ?? 0) \($0.reason)" }
        #expect(listed == ["f.csv:11:4 station 2601A is stored for unit 510703 on 2015-01-01, not 510704"])
        #expect(try #require(error).diagnostics.first?.rendered(chinese: true).contains("监测点 2601A 在 2015-01-01 已按区域 510703 存储，而非 510704") == true)
        #expect(try StoredNationalHour.all(cli.db) == stored)
    }

    /// A row is tried as new first (D-177); an hour given twice for it in one batch, or for another unit, is judged
    /// as if the row had been read first: the same counts and the same conflicts, in the order the hours came.
    @Test func anHourGivenTwiceOrForAnotherUnitInOneBatchIsJudgedAsBefore() throws {
        let (cli, db, _) = try NationalStagedImportTests().database()
        // New row: hours 1 and 2 added; hour 1 again as 12.0 (the same decimal) unchanged.
        let first = try store(db, [hour("2601A", "510703", .so2, 1, "12"), hour("2601A", "510703", .so2, 2, "5"), hour("2601A", "510703", .so2, 1, "12.0")])
        #expect(first.added == 2 && first.unchanged == 1)
        #expect(try rows(cli.db) == ["2601A 510703 2015-01-01 SO2 1 12", "2601A 510703 2015-01-01 SO2 2 5"])
        // A new row (NO2): hour 3 (line 1), hour 3 again as 7 (line 2, another value), hour 4 for another unit
        // (line 3); then the stored SO2 row: hour 2 as 6 (line 4). Worked by hand: three conflicts in that order.
        let error = #expect(throws: DiagnosticsError.self) {
            _ = try store(
                db,
                [
                    hour("2601A", "510703", .no2, 3, "40", line: 1), hour("2601A", "510703", .no2, 3, "7", line: 2),
                    hour("2601A", "510704", .no2, 4, "41", line: 3), hour("2601A", "510703", .so2, 2, "6", line: 4),
                ])
        }
        let listed = try #require(error).diagnostics.map { "\($0.file):\($0.line ?? 0):\($0.column ?? 0) \($0.reason)" }
        #expect(
            listed == [
                "f.csv:2:4 NO2 of 2601A for hour 3 of 2015-01-01 is 7 here but 40 is stored",
                "f.csv:3:4 station 2601A is stored for unit 510703 on 2015-01-01, not 510704",
                "f.csv:4:4 SO2 of 2601A for hour 2 of 2015-01-01 is 6 here but 5 is stored",
            ])
        #expect(try rows(cli.db) == ["2601A 510703 2015-01-01 SO2 1 12", "2601A 510703 2015-01-01 SO2 2 5"])
    }

    /// On a new row, an hour for another unit than the row's first hour is refused before the row is written
    /// (D-177), as when the row was read first.
    @Test func aNewRowsHourForAnotherUnitIsRefused() throws {
        let (cli, db, _) = try NationalStagedImportTests().database()
        let error = #expect(throws: DiagnosticsError.self) {
            _ = try store(db, [hour("2601A", "510703", .co, 1, "1", line: 1), hour("2601A", "510704", .co, 2, "1", line: 2)])
        }
        let listed = try #require(error).diagnostics.map { "\($0.file):\($0.line ?? 0):\($0.column ?? 0) \($0.reason)" }
        #expect(listed == ["f.csv:2:4 station 2601A is stored for unit 510703 on 2015-01-01, not 510704"])
        #expect(try rows(cli.db).isEmpty)
    }
}
