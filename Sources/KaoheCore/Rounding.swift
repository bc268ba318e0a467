import Foundation

/// GB/T 8170 rounding (四舍六入五成双) and fixed-place formatting for exact decimals.
///
/// R-11 asks for round-half-to-even judged on *all* the digits dropped: 2.2501 → 2.3, 2.25 → 2.2,
/// 2.35 → 2.4 at one place. Foundation's `NSDecimalRound(.bankers)` gives the same answers on Linux for the
/// vectors in the tests, but the rule is done here by hand on the decimal digits so that it cannot differ
/// between Foundation implementations.
public enum GBRounding {
    /// Rounds `value` to `places` digits after the decimal point, half to even; `places` ≥ 0.
    public static func round(_ value: Decimal, places: Int) -> Decimal {
        precondition(places >= 0, "places must not be negative")
        if let fast = Fast.round(value, places: places) { return fast }
        return digitRound(value, places: places)
    }

    /// `round` on the decimal digits: the rule as written, for every value (the fast path's reference).
    static func digitRound(_ value: Decimal, places: Int) -> Decimal {
        let (negative, intDigits, fracDigits) = digits(of: value)
        guard fracDigits.count > places else { return value }
        var kept = Array(intDigits + fracDigits.prefix(places))
        let dropped = fracDigits.dropFirst(places)
        let first = dropped.first!
        let restNonZero = dropped.dropFirst().contains { $0 != 0 }
        let lastKeptOdd = (kept.last ?? 0) % 2 == 1
        let up = first > 5 || (first == 5 && (restNonZero || lastKeptOdd))
        if up {
            var i = kept.count - 1
            while i >= 0 {
                if kept[i] == 9 {
                    kept[i] = 0
                    i -= 1
                } else {
                    kept[i] += 1
                    break
                }
            }
            if i < 0 { kept.insert(1, at: 0) }
        }
        let intCount = kept.count - places
        var text = negative ? "-" : ""
        text += kept[..<intCount].map(String.init).joined()
        if places > 0 { text += "." + kept[intCount...].map(String.init).joined() }
        return Decimal(string: text, locale: posix)!
    }

    /// Made once: building a `Locale` on every rounding cost more than the rounding (`kaohe track`, 3,000
    /// units, docs/performance.md).
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// The value rounded half to even and written with exactly `places` decimals: `fixed(94, 1)` is "94.0".
    public static func fixed(_ value: Decimal, places: Int) -> String {
        if let fast = Fast.fixed(value, places: places) { return fast }
        return digitFixed(value, places: places)
    }

    /// `fixed` on the decimal digits (the fast path's reference).
    static func digitFixed(_ value: Decimal, places: Int) -> String {
        let rounded = digitRound(value, places: places)
        let (negative, intDigits, fracDigits) = digits(of: rounded)
        var frac = fracDigits
        while frac.count < places { frac.append(0) }
        let isZero = !(intDigits + frac).contains { $0 != 0 }
        var text = (negative && !isZero) ? "-" : ""
        text += intDigits.map(String.init).joined()
        if places > 0 { text += "." + frac.map(String.init).joined() }
        return text
    }

    /// The value written in full when it has at most `maxPlaces` decimals, else rounded to that and marked
    /// with "≈", so an explanation shows an intermediate result without pretending it is exact.
    public static func display(_ value: Decimal, maxPlaces: Int = 4) -> String {
        let places = Fast.fractionDigits(value) ?? digits(of: value).frac.count
        if places <= maxPlaces { return fixed(value, places: places) }
        return "≈" + fixed(value, places: maxPlaces)
    }

    /// Sign, integer digits (at least one) and fraction digits (no trailing zeros) of `value`.
    ///
    /// Reads the ASCII bytes of the exact text ("-12.345"): `Character.wholeNumberValue` on each digit was a
    /// tenth of `kaohe track`'s time over 3,000 units. Anything but a sign, digits and one point is skipped,
    /// as before.
    static func digits(of value: Decimal) -> (negative: Bool, int: [Int], frac: [Int]) {
        // `exactText` is Foundation's text (`description`) written without Foundation, which dominated
        // `assess` at scale (issue 14); the digits are read from its bytes.
        var negative = false, inFraction = false
        var intDigits: [Int] = [], frac: [Int] = []
        for byte in value.exactText.utf8 {
            switch byte {
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: "."): inFraction = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inFraction { frac.append(Int(byte - 48)) } else { intDigits.append(Int(byte - 48)) }
            default: continue
            }
        }
        if intDigits.isEmpty { intDigits = [0] }
        while frac.last == 0 { frac.removeLast() }
        return (negative, intDigits, frac)
    }
}

extension GBRounding {
    /// GB/T 8170 rounding in 64-bit integers for the values the assessment has — a significand below 10^19
    /// and at most 18 places — with the same results as the digit path: `GBRoundingFastPathTests` compares them
    /// on random and edge values, both halves of the rule (issue 14: rounding was 13 % of `assess`).
    /// Nil hands the value to the digit path (zero, NaN, wider significands, results of 20 digits or more).
    enum Fast {
        static let powers: [UInt64] = (0...19).map { (0..<$0).reduce(UInt64(1)) { p, _ in p * 10 } }

        /// ±`n` × 10^−`k`, `k` ≤ `places`: the value rounded half to even at `places` decimals, judged on all
        /// the digits dropped; `unchanged` when nothing was dropped (the value is then returned as it is).
        static func rounded(_ value: Decimal, places: Int) -> (negative: Bool, n: UInt64, k: Int, unchanged: Bool)? {
            guard places <= 18, let p = value.wideParts else { return nil }
            guard p.high == 0, p.low < powers[19] else {
                if #available(macOS 15, *) { return widelyRounded(p, places: places) }
                return nil
            }
            var m = p.low, e = p.exponent
            if e > 0 {
                // An integer written with a positive exponent (100 as 1E2).
                guard e <= 19 else { return nil }
                let (scaled, overflow) = m.multipliedReportingOverflow(by: powers[e])
                guard !overflow, scaled < powers[19] else { return nil }
                return (p.negative, scaled, 0, true)
            }
            // The fraction's digits without trailing zeros, as the digit path counts them.
            while e < 0, m % 10 == 0 {
                m /= 10
                e += 1
            }
            guard -e > places else { return (p.negative, m, -e, true) }
            let d = -e - places  // digits dropped
            // More than 19 dropped from a significand below 10^19 leaves zero: the digit path's case.
            guard d <= 19 else { return nil }
            let q = m / powers[d], r = m % powers[d], half = powers[d] / 2
            let up = r > half || (r == half && q % 2 == 1)
            let n = up ? q + 1 : q
            // A result of zero goes the digit path ("-0.0" is read by Decimal(string:)).
            guard n != 0 else { return nil }
            return (p.negative, n, places, false)
        }

        /// The number of fraction digits without trailing zeros, as `digits(of:)` counts them, read from the
        /// significand and exponent (issue 14: `display` wrote every value's text to count them); nil for what the
        /// fast path does not read (NaN, significands of 64 bits or more). Zero has none.
        static func fractionDigits(_ value: Decimal) -> Int? {
            if value.isZero { return 0 }
            guard let p = value.wideParts else { return nil }
            var e = p.exponent
            if p.high == 0 {
                var m = p.low
                while e < 0, m % 10 == 0 {
                    m /= 10
                    e += 1
                }
            } else if #available(macOS 15, *) {
                var m = UInt128(p.high) << 64 | UInt128(p.low)
                while e < 0, m % 10 == 0 {
                    m /= 10
                    e += 1
                }
            } else {
                return nil
            }
            return max(0, -e)
        }

        /// `rounded` for a significand of 10^19 or more (the quotients of scoring have 38 digits): the same rule in
        /// 128-bit integers, for a result below 10^19; nil otherwise (and for integers written with an exponent).
        @available(macOS 15, *)
        static func widelyRounded(
            _ p: (negative: Bool, exponent: Int, high: UInt64, low: UInt64), places: Int
        ) -> (negative: Bool, n: UInt64, k: Int, unchanged: Bool)? {
            var m = UInt128(p.high) << 64 | UInt128(p.low), e = p.exponent
            guard e <= 0 else { return nil }
            while e < 0, m % 10 == 0 {
                m /= 10
                e += 1
            }
            let limit = UInt128(powers[19])
            guard -e > places else { return m < limit ? (p.negative, UInt64(m), -e, true) : nil }
            let d = -e - places  // digits dropped; 10^38 is the largest power of ten in 128 bits
            guard d <= 38 else { return nil }
            var power: UInt128 = 1
            for _ in 0..<d { power *= 10 }
            let q = m / power, r = m % power, half = power / 2
            let up = r > half || (r == half && q % 2 == 1)
            let n = up ? q + 1 : q
            guard n != 0, n < limit else { return nil }
            return (p.negative, UInt64(n), places, false)
        }

        static func round(_ value: Decimal, places: Int) -> Decimal? {
            if value.isZero { return value }
            guard let r = rounded(value, places: places) else { return nil }
            if r.unchanged { return value }
            // Compacted, as Decimal(string:)'s compaction leaves the digit path's text (D-112).
            return Decimal(compacting: r.n, exponent: -r.k, negative: r.negative)
        }

        static func fixed(_ value: Decimal, places: Int) -> String? {
            let negative: Bool, n: UInt64, k: Int
            if value.isZero {
                guard places <= 18 else { return nil }
                (negative, n, k) = (false, 0, 0)
            } else {
                guard let r = rounded(value, places: places) else { return nil }
                (negative, n, k) = (r.negative, r.n, r.k)
            }
            // n × 10^(places − k): every digit to write, the last `places` of them after the point.
            let (all, overflow) = n.multipliedReportingOverflow(by: powers[places - k])
            guard !overflow else { return nil }
            var text = negative && all != 0 ? "-" : ""
            text += String(all / powers[places])
            if places > 0 {
                let frac = String(all % powers[places])
                text += "." + String(repeating: "0", count: places - frac.count) + frac
            }
            return text
        }
    }
}

extension Decimal {
    /// GB/T 8170 round half to even at `places` decimals.
    public func roundedGB(_ places: Int) -> Decimal { GBRounding.round(self, places: places) }
}
