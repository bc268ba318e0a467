import Foundation
import KaoheCore
import KaoheTestSupport
import Testing

@testable import KaoheCSV

/// A station-day's PM hours as a monitoring part (D-167): the value scaled from its digits is the integer the
/// `Decimal` path gives (`value × PollutantPart.scale`, exact), and values outside the fast path's bounds are
/// left to the `Decimal` path.
@Suite struct NationalPartTests {
    /// The `Decimal` path alone, as `part` computed every value before the fast path.
    func decimalScaled(_ value: Decimal) -> Int64? {
        var scaled = value * Decimal(PollutantPart.scale)
        var whole = Decimal()
        NSDecimalRound(&whole, &scaled, 0, .plain)
        guard whole == scaled, whole < Decimal(Int64.max / 48) else { return nil }
        return NSDecimalNumber(decimal: whole).int64Value
    }

    /// Worked by hand: 12.5 μg/m³ is 12,500,000,000 units of 10⁻⁹; 0.000000001 is 1; 99999999.999999999 is the
    /// largest the fast path takes.
    @Test(arguments: [("12.5", Int64(12_500_000_000)), ("0", 0), ("7", 7_000_000_000), ("0.000000001", 1),
        ("99999999.999999999", 99_999_999_999_999_999)])
    func plainValuesAreScaledFromTheirDigits(_ text: String, _ scaled: Int64) throws {
        let value = try #require(Decimal(exactText: text))
        #expect(NationalImport.scaledFast(value) == scaled)
        #expect(decimalScaled(value) == scaled)
    }

    @Test(arguments: ["0.0000000001", "100000000", "-5", "123456789.5"])
    func valuesBeyondTheBoundsTakeTheDecimalPath(_ text: String) throws {
        #expect(NationalImport.scaledFast(try #require(Decimal(exactText: text))) == nil)
    }

    @Test func seededValuesGiveTheDecimalPathsInteger() throws {
        var rng = SplitMix64(state: 165)
        var fast = 0
        for _ in 0..<50_000 {
            let whole = String(UInt64.random(in: 0...9_999_999_999, using: &rng) >> UInt64.random(in: 0...34, using: &rng))
            let places = Int.random(in: 0...10, using: &rng)
            let fraction = String((0..<places).map { _ in Character(String(Int.random(in: 0...9, using: &rng))) })
            let value = try #require(parseDecimalText(places == 0 ? whole : whole + "." + fraction))
            if let scaled = NationalImport.scaledFast(value) {
                fast += 1
                #expect(scaled == decimalScaled(value), "\(value)")
            }
        }
        #expect(fast > 10_000)
        // A whole part: the sum and mask of `part` are those of the values (12.5 at hour 1, 7 at hour 24).
        let part = try #require(try NationalImport.part([1: 12.5, 24: 7], station: "S", day: Day(year: 2015, month: 1, day: 1)!))
        #expect(part.sum == 19_500_000_000 && part.mask == 1 | 1 << 23)
    }

    /// A block's PM part (D-179) is the part of its decoded hours, values beyond the fast path's bounds included
    /// (they take the `Decimal` path, and its error for ten decimals).
    @Test func aBlocksPartIsThePartOfItsHours() throws {
        var rng = SplitMix64(state: 1_790)
        let samples = ["0", "12.5", "7", "123456789.5", "999.999999999", "0.0000000001", "3", "4"].map { Decimal(exactText: $0)! }
        let day = Day(year: 2015, month: 1, day: 1)!
        var slow = 0
        for _ in 0..<2_000 {
            var hours = NationalDayHours()
            for slot in 0..<NationalDayHours.slotCount where rng.next() % 3 == 0 {
                hours.set(slot: slot, .init(value: samples[Int(rng.next() % UInt64(samples.count))], file: 0, line: 2, column: 4))
            }
            let block = NationalDayBlock(hours, file: 0)
            for pollutant in [NationalPollutant.pm10, .pm25] {
                // The same part, or the same error (ten decimals cannot be stored exactly).
                let expected = Result { try NationalImport.part(hours.hours(pollutant), station: "S", day: day) }
                let got = Result { try NationalImport.part(block, pollutant, station: "S", day: day) }
                #expect("\(got)" == "\(expected)")
                if hours.hours(pollutant).values.contains(where: { NationalImport.scaledFast($0) == nil }) { slow += 1 }
            }
        }
        #expect(slow > 100)
    }

    func parseDecimalText(_ text: String) -> Decimal? { try? parseDecimal(text) }
}
