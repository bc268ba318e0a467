import Foundation
import KaoheCore
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

    /// A new row's texts written straight from a staged block (D-178) are those of a row given the block's hours
    /// one by one, for every pollutant the block has hours of; the pollutants not asked for are passed over.
    @Test func rowsWrittenFromABlockMatchRowsGivenTheirHoursOneByOne() {
        var rng = SplitMix64(state: 178)
        let samples: [Decimal] = [0, 1, Decimal(string: "12.5")!, Decimal(string: "0.005")!, 999, Decimal(string: "1234.5678")!]
        let names = NationalPollutant.allCases.map(\.rawValue)
        for _ in 0..<2_000 {
            var hours = NationalDayHours()
            for slot in 0..<NationalDayHours.slotCount where rng.next() % 4 == 0 {
                hours.set(slot: slot, .init(value: samples[Int(rng.next() % UInt64(samples.count))], file: 0, line: slot + 2, column: 5))
            }
            let block = NationalDayBlock(hours, file: 0)
            let wanted = Int(rng.next() % 64)
            let id = Int64(rng.next() % 1_000)
            var written: [String] = []
            block.forEachRow(ranks: wanted, importID: id) { rank, texts, count in
                written.append("\(names[rank]) \(count) \(String(decoding: texts.hours, as: UTF8.self)) \(String(decoding: texts.imports, as: UTF8.self))")
            }
            var expected: [String] = []
            for rank in 0..<6 where wanted & (1 << rank) != 0 {
                var row = NationalDayRow(station: "1001A", day: "2019-06-30", pollutant: names[rank], unit: "510703")
                var count = 0
                for h in 1...24 {
                    guard let e = hours.entries[rank * 24 + h - 1] else { continue }
                    row.set(hour: h, value: e.value.exactText, importID: id)
                    count += 1
                }
                if count > 0 { expected.append("\(names[rank]) \(count) \(row.hoursText) \(row.importsText)") }
            }
            #expect(written == expected)
        }
    }
}
