import Foundation
import KaoheTestSupport
import Testing

@testable import KaoheCore

/// The 64-bit integer path of GB/T 8170 rounding (issue 14, D-157) against the digit path it stands in for:
/// the same value, the same representation (`exactText`, `description`) and the same fixed text, on edge values
/// of both halves of the rule and on seeded random ones.
@Suite struct GBRoundingFastPathTests {
    /// Compares both paths on one value; returns whether the fast path answered (it may hand values on).
    @discardableResult
    static func check(_ value: Decimal, places: Int, _ note: String = "") -> Bool {
        let reference = GBRounding.digitRound(value, places: places)
        let referenceText = GBRounding.digitFixed(value, places: places)
        // The public functions give the reference answer whichever path they take.
        #expect(GBRounding.round(value, places: places) == reference, "\(value) at \(places) \(note)")
        #expect(GBRounding.round(value, places: places).exactText == reference.exactText, "\(value) at \(places) \(note)")
        #expect(GBRounding.round(value, places: places).description == reference.description, "\(value) at \(places) \(note)")
        #expect(GBRounding.fixed(value, places: places) == referenceText, "\(value) at \(places) \(note)")
        guard let fast = GBRounding.Fast.round(value, places: places) else { return false }
        #expect(fast == reference && fast.exactText == reference.exactText && fast.hashValue == reference.hashValue, "\(value) at \(places)")
        // `fixed` may still hand on a value whose digits at `places` overflow 64 bits.
        if let text = GBRounding.Fast.fixed(value, places: places) { #expect(text == referenceText, "\(value) at \(places)") }
        return true
    }

    @Test func edgeValuesOfBothHalvesOfTheRule() {
        // Worked by hand (R-11, half to even judged on all dropped digits):
        // 2.25 → 2.2 (5 alone, kept 2 even: down); 2.35 → 2.4 (kept 3 odd: up); 2.2501 → 2.3 (5 then nonzero: up);
        // 2.26 → 2.3; 2.24 → 2.2; 9.95 → 10.0 (carry into a new digit); -2.35 → -2.4; -2.25 → -2.2.
        let cases: [(String, Int, String)] = [
            ("2.25", 1, "2.2"), ("2.35", 1, "2.4"), ("2.2501", 1, "2.3"), ("2.26", 1, "2.3"), ("2.24", 1, "2.2"),
            ("9.95", 1, "10.0"), ("-2.35", 1, "-2.4"), ("-2.25", 1, "-2.2"), ("0.5", 0, "0"), ("1.5", 0, "2"), ("2.5", 0, "2"),
            ("99.995", 2, "100.00"), ("0.125", 2, "0.12"), ("0.135", 2, "0.14"), ("94", 1, "94.0"), ("100", 2, "100.00"),
            ("0.05", 1, "0.0"), ("-0.05", 1, "0.0"), ("-0.051", 1, "-0.1"), ("0", 2, "0.00"), ("12.30", 1, "12.3"),
        ]
        for (text, places, expected) in cases {
            let value = Decimal(string: text)!
            #expect(GBRounding.fixed(value, places: places) == expected, "\(text) at \(places)")
            Self.check(value, places: places, text)
        }
        // Values the fast path hands on, and the widest it takes. A quotient of 38 digits is rounded in 128 bits
        // (issue 14, D-170): 1 ÷ 3 at 2 places is 0.33.
        let third = Decimal(1) / Decimal(3)  // 38 digits
        #expect(GBRounding.Fast.round(third, places: 2) == Decimal(string: "0.33"))
        #expect(Self.check(third, places: 2))
        // Worked by hand: 1.0000000000000000000000005 (26 digits) at 18 places drops 0000005, less than half:
        // 1.000000000000000000; 0.12345678901234567890125 at 4 places drops 5678…, more than half: 0.1235;
        // 0.12345 (written with trailing zeros) at 4 places drops a lone 5 after an even 4: 0.1234; 0.12355…01
        // drops more than half: 0.1236. 12345678901234567890.5 rounds to 20 digits, too wide: handed on.
        Self.check(Decimal(string: "1.0000000000000000000000005")!, places: 18)
        #expect(GBRounding.fixed(Decimal(string: "1.0000000000000000000000005")!, places: 18) == "1.000000000000000000")
        #expect(GBRounding.fixed(Decimal(string: "0.12345678901234567890125")!, places: 4) == "0.1235")
        #expect(GBRounding.fixed(Decimal(string: "0.1234500000000000000000000")!, places: 4) == "0.1234")
        #expect(GBRounding.fixed(Decimal(string: "0.1235500000000000000000001")!, places: 4) == "0.1236")
        Self.check(Decimal(string: "12345678901234567890.5")!, places: 0)
        Self.check(Decimal(string: "0.12345678901234567890125")!, places: 4)
        Self.check(Decimal(string: "0.1234500000000000000000000")!, places: 4)
        Self.check(Decimal(string: "0.1235500000000000000000001")!, places: 4)
        Self.check(Decimal(string: "9999999999999999999")!, places: 0)  // 19 nines: below 10^19
        Self.check(Decimal(string: "0.9999999999999999999")!, places: 18)
        Self.check(Decimal(string: "12345678901234567890")!, places: 1)  // 20 digits: the digit path
        Self.check(Decimal(string: "1E+5")!, places: 3)
        Self.check(Decimal(sign: .plus, exponent: 25, significand: 7), places: 1)
        Self.check(Decimal.nan, places: 1)
        for places in 0...7 { Self.check(Decimal(string: "-0.0000005")!, places: places) }
    }

    @Test func randomValuesAgreeWithTheDigitPath() {
        var rng = SplitMix64(state: 8170)
        var answered = 0
        for i in 0..<20_000 {
            // A significand of 1 to 20 digits (ending often in 5 or 50…0, the halves), an exponent from −20 to 3.
            let digits = Int(rng.next() % 20) + 1
            var text = (0..<digits).map { _ in String(rng.next() % 10) }.joined()
            switch rng.next() % 4 {
            case 0: text += "5"
            case 1: text += "50"
            default: break
            }
            let trimmed = String(text.drop { $0 == "0" })
            let significand = trimmed.isEmpty ? "0" : trimmed
            let exponent = Int(rng.next() % 24) - 20
            let negative = rng.next() % 3 == 0
            guard let value = Decimal(string: (negative ? "-" : "") + significand + "E" + String(exponent)) else { continue }
            let places = Int(rng.next() % 7)
            if Self.check(value, places: places, "case \(i)") { answered += 1 }
        }
        // Most of these values fit 64 bits: the fast path was the one compared, not only the fallback.
        #expect(answered > 10_000)
    }

    @Test func wideSignificandsAgreeWithTheDigitPath() {
        // Significands of 20 to 38 digits (ending often in 5 or 50…0), exponents from −38 to 0: the 128-bit path.
        var rng = SplitMix64(state: 38)
        var answered = 0
        for i in 0..<5_000 {
            let digits = Int(rng.next() % 19) + 20
            var text = "1" + (1..<digits).map { _ in String(rng.next() % 10) }.joined()
            switch rng.next() % 3 {
            case 0: text = String(text.dropLast()) + "5"
            case 1: text = String(text.dropLast(2)) + "50"
            default: break
            }
            let exponent = -Int(rng.next() % 39)
            guard let value = Decimal(string: (rng.next() % 3 == 0 ? "-" : "") + text + "E" + String(exponent)) else { continue }
            let places = Int(rng.next() % 7)
            if Self.check(value, places: places, "wide case \(i)") { answered += 1 }
        }
        #expect(answered > 2_000)
    }

    /// `display` (an explanation's exact figure, "≈" beyond four places) counts fraction digits from the parts;
    /// the reference counts them in the digits of the text, as before.
    @Test func displayCountsPlacesAsTheDigitPathDoes() {
        func reference(_ v: Decimal, _ maxPlaces: Int) -> String {
            let places = GBRounding.digits(of: v).frac.count
            return places <= maxPlaces ? GBRounding.digitFixed(v, places: places) : "≈" + GBRounding.digitFixed(v, places: maxPlaces)
        }
        var values: [Decimal] = [0, 1, -1, 100, Decimal(string: "1E+5")!, Decimal(string: "2.50")!, Decimal(string: "0.00005")!, Decimal(string: "-12.3400")!]
        for base in stride(from: 60, through: 130, by: 11) {
            for current in stride(from: base - 20, through: base + 3, by: 3) {
                let decline = Decimal(base - current) / Decimal(base)
                values += [decline, decline * 100, Decimal(100 * (base - current)) / Decimal(string: "3.24")!]
            }
        }
        for v in values {
            for maxPlaces in [0, 2, 4] { #expect(GBRounding.display(v, maxPlaces: maxPlaces) == reference(v, maxPlaces), "\(v) \(maxPlaces)") }
        }
    }

    @Test func quotientsAsScoringMakesThem() {
        // Scores and declines come from divisions: 100 × (C_base − C_year) ÷ reduction, (C_base − C_year) ÷ C_base.
        for base in stride(from: 60, through: 130, by: 7) {
            for current in stride(from: base - 20, through: base + 3, by: 1) {
                let decline = Decimal(base - current) / Decimal(base)
                let percent = decline * 100
                for places in 0...4 {
                    Self.check(decline, places: places)
                    Self.check(percent, places: places)
                    Self.check(GBRounding.round(percent, places: 2), places: places)
                }
            }
        }
    }
}
