import Foundation
import GRDB
import KaoheTestSupport
import Testing

@testable import KaoheCore
@testable import KaoheStore

/// Successions are appended and kept (issue 21): the rules run in the writing transaction, and triggers
/// refuse any change or deletion made behind the tool's back.
@Suite struct SuccessionStoreTests {
    let file = ImportFile(name: "areas.csv", sha256: String(repeating: "ab", count: 32), time: Date(timeIntervalSince1970: 1_420_070_400))
    let anxian = Area(code: "510724", name: "安县", type: .county)
    let anzhou = Area(code: "510705", name: "安州区", type: .district)
    let today = Day(year: 2016, month: 6, day: 1)!
    var recode: Succession { Succession(predecessor: "510724", successor: "510705", effective: Day(year: 2016, month: 1, day: 1)!, document: "D1", kind: .recode) }

    @Test func aSuccessionIsStoredListedAndRefusedTwice() throws {
        let db = try AppDatabase.inMemory()
        _ = try db.importAreas([anxian, anzhou], file: file)
        let entry = try db.recordSuccession(recode, today: today, by: "clerk")
        #expect(entry.succession == recode && entry.recordedBy == "clerk")
        #expect(try db.successions().map(\.succession) == [recode])
        #expect(throws: Refusal(SuccessionRuleRefusal.alreadyRecorded(predecessor: "510724", successor: "510705"))) {
            try db.recordSuccession(recode, today: today, by: "clerk")
        }
        #expect(try db.successions().count == 1)
    }

    @Test func triggersRefuseChangeDeletionAndUnknownUnits() throws {
        let db = try AppDatabase.inMemory()
        _ = try db.importAreas([anxian, anzhou], file: file)
        _ = try db.recordSuccession(recode, today: today, by: "clerk")
        let insert = "INSERT INTO area_succession (predecessor_code, successor_code, effective_on, document, kind, recorded_at, recorded_by) VALUES "
        let shape = "a succession names two units, a known kind and a day"
        for (sql, message) in [
            ("UPDATE area_succession SET document = 'X'", "a succession is recorded once and never changed"),
            ("DELETE FROM area_succession", "a succession is kept with history, never deleted"),
            ("DELETE FROM area WHERE code = '510724'", "a unit named in a succession is kept"),
            ("DELETE FROM area WHERE code = '510705'", "a unit named in a succession is kept"),
            (insert + "('510724', '510724', '2016-01-01', 'D', 'recode', 'now', 'x')", shape),
            (insert + "('510705', '510724', '2016-01-01', 'D', 'swap', 'now', 'x')", shape),
            (insert + "('510705', '510724', '2016-1-1', 'D', 'recode', 'now', 'x')", shape),
            (insert + "('510724', '999999', '2016-01-01', 'D', 'recode', 'now', 'x')", "a succession names known units"),
            (insert + "('999999', '510724', '2016-01-01', 'D', 'recode', 'now', 'x')", "a succession names known units"),
        ] {
            expectTriggerRefusal(message, sql, in: db.writer)
        }
        #expect(try db.successions().map(\.succession) == [recode])
        #expect(try db.areas().count == 2)
    }
}
