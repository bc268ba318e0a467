import Foundation
import GRDB
import KaoheTestSupport
import Testing

@testable import KaoheCore
@testable import KaoheStore

/// Migration v9s (issue 21, D-107): successions stored before it keep their rows and ids, the triggers hold as
/// before, and a withdrawn pair can be recorded again.
@Suite struct SuccessionFiguresMigrationTests {
    @Test func successionsStoredBeforeTheRebuildAreKeptWithTheirIdsAndTriggers() throws {
        let queue = try DatabaseQueue()
        try AppDatabase.migrator.migrate(queue, upTo: "v9d department assessment runs, kept apart from the area runs")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO import_log (file_name, sha256, kind, row_count, added, changed, imported_at)
                VALUES ('a.csv', 'ab', 'areas', 3, 3, 0, '2016-02-01T00:00:00Z');
                INSERT INTO area (code, name, type, import_id) VALUES ('510724', '安县', '县', 1), ('510705', '安州区', '区', 1),
                    ('510723', '盐亭县', '县', 1);
                INSERT INTO area_succession (predecessor_code, successor_code, effective_on, document, kind, recorded_at, recorded_by)
                VALUES ('510724', '510705', '2016-01-01', 'D1', 'recode', '2016-02-02T00:00:00Z', 'clerk');
                """)
        }
        let db = try AppDatabase(queue)
        let entries = try db.successions()
        #expect(entries.map(\.id) == [1])
        #expect(entries.first?.succession == Succession(predecessor: "510724", successor: "510705", effective: Day(year: 2016, month: 1, day: 1)!, document: "D1", kind: .recode))
        #expect(entries.first?.recordedBy == "clerk" && entries.first?.withdrawal == nil)
        expectTriggerRefusal("a succession is recorded once and never changed", "UPDATE area_succession SET document = 'X'", in: queue)
        expectTriggerRefusal("a succession is kept with history, never deleted", "DELETE FROM area_succession", in: queue)
        expectTriggerRefusal("a unit named in a succession is kept", "DELETE FROM area WHERE code = '510724'", in: queue)
        expectTriggerRefusal(
            "a succession names known units",
            "INSERT INTO area_succession (predecessor_code, successor_code, effective_on, document, kind, recorded_at, recorded_by) VALUES ('510723', 'X', '2016-01-01', 'D', 'merge', 't', 'c')",
            in: queue)
        // Withdrawn, the same pair is recorded again under a new id; both rows stay.
        _ = try db.withdrawSuccession(id: 1, document: "W1", reason: "wrong day", by: "clerk")
        let again = try db.recordSuccession(
            Succession(predecessor: "510724", successor: "510705", effective: Day(year: 2016, month: 7, day: 1)!, document: "D2", kind: .recode),
            today: Day(year: 2016, month: 8, day: 1)!, by: "clerk")
        #expect(again.id == 2)
        #expect(try db.successions().map { "\($0.id) \($0.withdrawal?.document ?? "-")" } == ["1 W1", "2 -"])
    }

    @Test func aMergeWeightAndASplitsOwnFiguresAreStoredExactly() throws {
        let db = try AppDatabase.inMemory()
        _ = try db.importAreas(
            [Area(code: "A", name: "甲", type: .county), Area(code: "B", name: "乙", type: .county), Area(code: "C", name: "丙", type: .district)],
            file: ImportFile(name: "a.csv", sha256: String(repeating: "ab", count: 32)))
        let day = Day(year: 2016, month: 1, day: 1)!
        let split = [
            Succession(predecessor: "A", successor: "B", effective: day, document: "S", kind: .split, ownBase: Decimal(string: "100.5"), ownPrevious: 98),
            Succession(predecessor: "A", successor: "C", effective: day, document: "S", kind: .split),
        ]
        _ = try db.recordSuccessions(split, today: Day(year: 2016, month: 6, day: 1)!, by: "clerk")
        #expect(try db.successions().map(\.succession) == split)
    }
}
