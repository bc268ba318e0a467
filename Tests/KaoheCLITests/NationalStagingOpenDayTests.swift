import Foundation
import KaoheCore
import KaoheStore
import Testing

/// The staging keeps the newest day's blocks in memory until a file of a later day begins (D-168): a rejected
/// file (`--keep-going`, D-154) leaves them as they were, and a day written to the staging table already is merged
/// again, with its earlier places, when a file comes back to it.
@Suite struct NationalStagingOpenDayTests {
    static func day(_ d: Int) -> Day { Day(year: 2015, month: 1, day: d)! }

    /// A block of SO2 hours (end hour → value) of file `file`, each at line 10 + hour, column 4.
    func block(_ hours: [Int: Decimal], file: Int) -> NationalDayBlock {
        var b = NationalDayHours()
        for (h, v) in hours { b.set(slot: NationalDayHours.slot(.so2, hour: h), .init(value: v, file: file, line: 10 + h, column: 4)) }
        return NationalDayBlock(b, file: file)
    }

    /// Every staged station-day's SO2 hours, as "day h=v …".
    func staged(_ staging: NationalStaging) throws -> [String] {
        var out: [String] = []
        try staging.forEachStationDay { _, day, block in
            out.append("\(day) " + block.decode(ranks: [NationalPollutant.so2.rank]).hours(.so2).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
        }
        return out
    }

    @Test func aRejectedFileLeavesTheOpenDayAsItWasAndALateFileMergesWithTheWrittenDay() throws {
        let (_, db, _) = try NationalStagedImportTests().database()
        let result: [String] = try db.importMonitoringBatch { batch in
            let staging = try batch.nationalStaging(unit: { _, _ in "510703" })
            // File 1 (01-01): hours 1 and 2 of its day, which stays open.
            try staging.stagingFile {
                let clashes = try staging.stage(station: "2601A", day: Self.day(1), block: block([1: 10, 2: 11], file: 1), file: (1, "f1"))
                #expect(clashes.isEmpty)
                return true
            }
            // File 2, rejected: hour 2 again with another value (a clash naming f1's cell), a new hour 3, and 01-02.
            try staging.stagingFile {
                let clashes = try staging.stage(station: "2601A", day: Self.day(1), block: block([2: 99, 3: 12], file: 2), file: (2, "f2"))
                #expect(clashes.map(\.slot) == [NationalDayHours.slot(.so2, hour: 2)])
                #expect(clashes.first.map { "\($0.earlier.value) \($0.earlier.file):\($0.earlier.line):\($0.earlier.column)" } == "11 f1:12:4")
                _ = try staging.stage(station: "2601A", day: Self.day(2), block: block([1: 5], file: 2), file: (2, "f2"))
                return false
            }
            // File 3 (01-03): 01-01 is written to the table as file 1 left it.
            try staging.stagingFile {
                _ = try staging.stage(station: "2601A", day: Self.day(3), block: block([1: 7], file: 3), file: (3, "f3"))
                return true
            }
            // File 4 comes back to 01-01 (out of date order): the written block is read again, hour 2 clashes with
            // f1's value, hour 24 is added.
            try staging.stagingFile {
                let clashes = try staging.stage(station: "2601A", day: Self.day(1), block: block([2: 12, 24: 9], file: 4), file: (4, "f4"))
                #expect(clashes.map { "\($0.earlier.value) \($0.earlier.file):\($0.earlier.line)" } == ["11 f1:12"])
                return true
            }
            return try staged(staging)
        }
        // Worked by hand: 01-01 has file 1's hours and file 4's hour 24; nothing of file 2; 01-03 has file 3's hour.
        #expect(result == ["2015-01-01 1=10 2=11 24=9", "2015-01-03 1=7"])
    }
}
