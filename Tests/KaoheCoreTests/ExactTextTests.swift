import Foundation
import Testing

@testable import KaoheCore

/// `exactText` writes decimals itself for speed; it must give Foundation's text for every value.
@Suite struct ExactTextTests {
    @Test func matchesFoundationOnEdgeValues() {
        let values: [Decimal] = [
            0, 1, -1, 10, 100, Decimal(string: "0.5")!, Decimal(string: "-0.05")!, Decimal(string: "89.5")!,
            Decimal(string: "1234.5678")!, Decimal(string: "0.000000001")!, Decimal(sign: .plus, exponent: 5, significand: 7),
            Decimal(sign: .minus, exponent: -3, significand: 1234), Decimal(sign: .plus, exponent: -3, significand: 123),
            Decimal(string: "340282366920938463463374607431768211455")!, Decimal.greatestFiniteMagnitude,
            Decimal.leastNonzeroMagnitude, Decimal(string: "18446744073709551616")!, Decimal(string: "18446744073709551615")!,
        ]
        for v in values { #expect(v.exactText == NSDecimalNumber(decimal: v).stringValue, "\(v)") }
    }

    @Test func matchesFoundationOnDailyMeansAndRandomValues() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        for _ in 0..<20_000 {
            // A daily mean as the importer makes it: a sum in 10⁻⁹ units over 1...24 hours.
            let sum = Decimal(sign: .plus, exponent: -9, significand: Decimal(next() % 240_000_000_000_000))
            let mean = sum / Decimal(Int(next() % 24) + 1)
            #expect(mean.exactText == NSDecimalNumber(decimal: mean).stringValue)
            // Any significand up to 128 bits, any sign and a wide range of exponents.
            var random = Decimal(next()) * Decimal(next()) + Decimal(next())
            random = Decimal(sign: next() % 2 == 0 ? .plus : .minus, exponent: Int(next() % 60) - 45, significand: random)
            #expect(random.exactText == NSDecimalNumber(decimal: random).stringValue)
        }
    }
}
