import Foundation

extension Scoring {
    /// `x` ÷ 100, exactly as `Decimal`'s division gives it: the significand with its trailing zeros removed (as
    /// the division's compaction leaves it) and the exponent two lower (issue 14: the division computed 38 digits
    /// and removed 37 zeros one at a time, for every percentage target, R-7). `Decimal`'s division for zero, NaN
    /// and significands of 64 bits or more. `ScoringArithmeticTests` compares both.
    static func hundredth(_ x: Decimal) -> Decimal {
        guard !x.isZero, let p = x.smallParts, p.exponent > -120 else { return x / 100 }
        return Decimal(compacting: p.significand, exponent: p.exponent - 2, negative: p.negative)
    }

    /// What scoring derives from a rule set alone, made once for many units (issue 14: each unit built a set of
    /// the rule set's key-task codes and a dictionary of its claims).
    public struct Prepared: Sendable {
        public let rules: RuleSet
        /// Every sub-indicator in rule order, with the slot of its code.
        let subIndicators: [(sub: KeyTaskSubIndicator, slot: Int)]
        /// One slot per distinct sub-indicator code.
        let slots: [String: Int]

        public init(_ rules: RuleSet) {
            self.rules = rules
            var slots: [String: Int] = [:], subs: [(KeyTaskSubIndicator, Int)] = []
            for indicator in rules.keyTasks {
                for sub in indicator.subIndicators {
                    let slot = slots[sub.code] ?? slots.count
                    slots[sub.code] = slot
                    subs.append((sub, slot))
                }
            }
            self.slots = slots
            subIndicators = subs
        }
    }
}

/// A sum of decimals that are mostly small with few places (the key-task scores, R-13), added in 64-bit integers
/// at four places while every term fits and in `Decimal` from the first that does not (issue 14: `Decimal`'s
/// addition was a twentieth of `assess`). The value is `Decimal`'s sum: `ScoringArithmeticTests` compares value,
/// `exactText`, `description` and hash.
struct ExactSum {
    /// The sum × 10^4 while every term fitted.
    private var scaled: UInt64 = 0
    /// The sum in `Decimal` once a term did not fit.
    private var decimal: Decimal?

    /// Adds `term`.
    mutating func add(_ term: Decimal) {
        if decimal == nil, let t = Self.scaled(term) {
            let (sum, overflow) = scaled.addingReportingOverflow(t)
            if !overflow, sum < 1_000_000_000_000_000_000 {
                scaled = sum
                return
            }
        }
        decimal = (decimal ?? value) + term
    }

    /// The sum, with trailing zeros removed as `Decimal`'s own arithmetic leaves it.
    var value: Decimal {
        if let decimal { return decimal }
        if scaled == 0 { return 0 }
        return Decimal(compacting: scaled, exponent: -4, negative: false)
    }

    /// `term` × 10^4 when it is zero or positive with at most four places and below 10^14; nil otherwise.
    static func scaled(_ term: Decimal) -> UInt64? {
        if term.isZero { return 0 }
        guard let p = term.smallParts, !p.negative, p.exponent >= -4, p.exponent <= 14, p.significand < 100_000_000_000_000 else { return nil }
        var v = p.significand
        for _ in 0..<(p.exponent + 4) {
            let (m, overflow) = v.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            v = m
        }
        return v < 1_000_000_000_000_000_000 ? v : nil
    }
}
