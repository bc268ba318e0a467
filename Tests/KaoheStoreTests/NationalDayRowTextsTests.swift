import Foundation
import KaoheTestSupport
import Testing

@testable import KaoheStore

/// A `national_day` row's two texts built byte by byte (issue 18, D-175) are those `hoursText` and `importsText`
/// join: worked by hand on two rows, then compared on seeded rows.
@Suite struct NationalDayRowTextsTests {
    @Test func handWorkedRows() {
        // Hours 1 and 24 only: field 0 is "12.5", fields 1…22 empty, field 23 is "0"; 24 fields are 23 commas.
        var row = NationalDayRow(station: "1001A", day: "2019-01-01", pollutant: "SO2", unit: "510703")
        row.set(hour: 1, value: "12.5", importID: 7)
        row.set(hour: 24, value: "0", importID: 1234567890123)
        let texts = row.texts
        #expect(texts.hours == "12.5" + String(repeating: ",", count: 23) + "0")
        #expect(texts.imports == "7" + String(repeating: ",", count: 23) + "1234567890123")
        // No hour at all: 23 commas and nothing else, in both.
        let empty = NationalDayRow(station: "1001A", day: "2019-01-01", pollutant: "SO2", unit: "510703").texts
        #expect(empty.hours == String(repeating: ",", count: 23))
        #expect(empty.imports == String(repeating: ",", count: 23))
    }

    @Test func seededRowsMatchTheJoinedTexts() {
        var rng = SplitMix64(state: 171)
        let samples = ["0", "1", "12.5", "0.005", "999", "12345678.123456789", "7.0"]
        let ids: [Int64] = [0, 1, 9, 10, 99, 100, 65_535, Int64.max, -1, Int64.min]
        for _ in 0..<5_000 {
            var row = NationalDayRow(station: "1001A", day: "2019-06-30", pollutant: "O3", unit: "510703")
            for h in 1...24 where rng.next() % 3 != 0 {
                row.set(hour: h, value: samples[Int(rng.next() % UInt64(samples.count))], importID: ids[Int(rng.next() % UInt64(ids.count))])
            }
            let texts = row.texts
            #expect(texts.hours == row.hoursText)
            #expect(texts.imports == row.importsText)
        }
    }
}
