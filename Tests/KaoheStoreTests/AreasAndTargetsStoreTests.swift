import Foundation
import KaoheCore
import KaoheStore
import Testing

@Suite struct AreasAndTargetsStoreTests {
    let file = ImportFile(name: "areas.csv", sha256: String(repeating: "ab", count: 32), time: Date(timeIntervalSince1970: 1_420_070_400))
    /// Another file's bytes: the same bytes whose rows differ from the store would need `reinstate`.
    let other = ImportFile(name: "areas-2.csv", sha256: String(repeating: "ef", count: 32), time: Date(timeIntervalSince1970: 1_420_070_400))
    let fucheng = Area(code: "510703", name: "涪城区", type: .district, parentCode: "510700")
    let gaoxin = Area(code: "MY-GXQ", name: "高新区", type: .park)

    @Test func areasRoundTripThroughTheDatabaseUnchanged() throws {
        let db = try AppDatabase.inMemory()
        let outcome = try db.importAreas([gaoxin, fucheng], file: file)
        #expect(outcome == ImportOutcome(importID: 1, added: 2, changed: 0, unchanged: 0))
        #expect(try db.areas() == [fucheng, gaoxin])
    }

    @Test func reimportingCountsAddedChangedAndUnchangedRows() throws {
        let db = try AppDatabase.inMemory()
        _ = try db.importAreas([fucheng], file: file)
        var renamed = fucheng
        renamed.name = "涪城区（更正）"
        let youxian = Area(code: "510704", name: "游仙区", type: .district)
        let outcome = try db.importAreas([renamed, youxian, fucheng].dropLast() + [gaoxin], file: other)
        #expect(outcome == ImportOutcome(importID: 2, added: 2, changed: 1, unchanged: 0))
        let again = try db.importAreas([renamed], file: file)
        #expect(again == ImportOutcome(importID: 3, added: 0, changed: 0, unchanged: 1))
        #expect(try db.areas().map(\.name) == ["涪城区（更正）", "游仙区", "高新区"])
    }

    @Test func targetsKeepExactDecimalsAndAreKeyedByUnitAndYear() throws {
        let db = try AppDatabase.inMemory()
        _ = try db.importAreas([fucheng], file: file)
        let t2015 = Target(
            areaCode: "510703", year: 2015, baseYear: 2013, baseConcentration: Decimal(string: "102.35")!,
            kind: .percentDecline, value: Decimal(string: "4.05")!)
        let t2017 = Target(
            areaCode: "510703", year: 2017, pollutant: .pm25, baseYear: 2013, baseConcentration: 60,
            kind: .continuousImprovement, value: nil, isFinal: true)
        #expect(try db.importTargets([t2017, t2015], file: file).added == 2)
        #expect(try db.targets() == [t2015, t2017])
        #expect(try db.targets(year: 2017) == [t2017])
        var corrected = t2015
        corrected.value = 5
        #expect(try db.importTargets([corrected], file: other) == ImportOutcome(importID: 3, added: 0, changed: 1, unchanged: 0))
        #expect(try db.targets(year: 2015) == [corrected])
    }

    @Test func importLogRecordsFileHashKindRowsAndTime() throws {
        let db = try AppDatabase.inMemory()
        _ = try db.importAreas([fucheng, gaoxin], file: file)
        #expect(
            try db.importLog() == [
                ImportLogEntry(
                    id: 1, fileName: "areas.csv", sha256: String(repeating: "ab", count: 32), kind: "areas", rowCount: 2,
                    added: 2, changed: 0, importedAt: "2015-01-01T00:00:00Z")
            ])
    }

    @Test func fileDatabaseUsesWriteAheadLogging() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kaohe-wal-\(UUID().uuidString).sqlite").path
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        let db = try AppDatabase.open(path: path)
        #expect(try db.journalMode() == "wal")
    }
}
