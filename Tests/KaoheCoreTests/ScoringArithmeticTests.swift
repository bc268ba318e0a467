import Foundation
import KaoheTestSupport
import Testing

@testable import KaoheCore

private func d(_ text: String) -> Decimal { Decimal(string: text)! }

/// Scoring's arithmetic in 64-bit integers (issue 14, D-170) against `Decimal`'s own, as scoring did it before:
/// the key-task sum against `Decimal`'s addition and the division by 100 against `Decimal`'s division — the same
/// value and the same representation (`exactText`, `description`, hash), so the same figures in the explanation
/// and the stored result.
@Suite struct ScoringArithmeticTests {
    static func expectSame(_ terms: [Decimal], sourceLocation: SourceLocation = #_sourceLocation) {
        var sum = ExactSum()
        for t in terms { sum.add(t) }
        let reference = terms.reduce(Decimal(0), +)
        let v = sum.value
        let note = "\(terms)"
        #expect(v == reference, "\(note)", sourceLocation: sourceLocation)
        #expect(v.exactText == reference.exactText, "\(note): \(v.exactText) vs \(reference.exactText)", sourceLocation: sourceLocation)
        #expect(v.description == reference.description, "\(note)", sourceLocation: sourceLocation)
        #expect(v.hashValue == reference.hashValue, "\(note)", sourceLocation: sourceLocation)
        #expect(GBRounding.display(v) == GBRounding.display(reference), "\(note)", sourceLocation: sourceLocation)
        #expect(v.roundedGB(1).exactText == reference.roundedGB(1).exactText, "\(note)", sourceLocation: sourceLocation)
    }

    @Test func edgeSums() {
        // Worked by hand: nothing is 0; 2 + 8 = 10 (a trailing zero); 2.5 + 7.5 = 10; 0.0001 × 3 = 0.0003;
        // 1.25 + 0.75 = 2; a term of five places (0.00001) and one of 10^14 go to Decimal from there on.
        let cases: [[Decimal]] = [
            [], [0], [0, 0], [2, 8], [d("2.5"), d("7.5")], [d("0.0001"), d("0.0001"), d("0.0001")], [d("1.25"), d("0.75")],
            [2, d("0.00001"), 3], [d("100000000000000"), 1], [d("1E+2"), 5], [d("2.50"), d("0.50")], [13, 0, 8, 2, 6],
            [d("99999999999999.9999"), d("0.0001")], [d("0.1"), d("0.2"), d("0.3")],
        ]
        for c in cases { Self.expectSame(c) }
    }

    @Test func randomScoresAgreeWithDecimalAddition() {
        var rng = SplitMix64(state: 1213)
        for _ in 0..<3_000 {
            let n = Int(rng.next() % 30)
            let terms: [Decimal] = (0..<n).map { _ in
                let places = Int(rng.next() % 7)  // up to six places: five and six go to Decimal
                let significand = rng.next() % 20_000
                return Decimal(sign: .plus, exponent: -places, significand: Decimal(significand))
            }
            Self.expectSame(terms)
        }
    }

    static func expectSameHundredth(_ x: Decimal, sourceLocation: SourceLocation = #_sourceLocation) {
        let v = Scoring.hundredth(x), reference = x / 100
        #expect(v == reference && v.exactText == reference.exactText && v.description == reference.description, "\(x): \(v.exactText) vs \(reference.exactText)", sourceLocation: sourceLocation)
        #expect(v.hashValue == reference.hashValue, "\(x)", sourceLocation: sourceLocation)
        #expect(GBRounding.display(v) == GBRounding.display(reference), "\(x)", sourceLocation: sourceLocation)
    }

    @Test func aHundredthAsDecimalDividesIt() {
        // Worked by hand: 80 × 4 ÷ 100 = 3.2 (320 loses its zero); 100 × 10 ÷ 100 = 10; 0 ÷ 100 = 0; 1 ÷ 100 = 0.01;
        // −250 ÷ 100 = −2.5.
        #expect(Scoring.hundredth(320).exactText == "3.2")
        #expect(Scoring.hundredth(1000).exactText == "10")
        #expect(Scoring.hundredth(d("-250")).exactText == "-2.5")
        for x in [Decimal(0), 1, 320, 1000, d("-250"), d("88.5"), d("0.0001"), d("1E+20"), d("12345678901234567890123"), Decimal(1) / Decimal(3)] {
            Self.expectSameHundredth(x)
        }
        // The products a percentage target makes: base × percent, bases 1 to 300 (and halves), percents
        // 0 to 100 with up to two places.
        var rng = SplitMix64(state: 100)
        for _ in 0..<5_000 {
            let base = Decimal(sign: .plus, exponent: -Int(rng.next() % 2), significand: Decimal(rng.next() % 3_000 + 1))
            let percent = Decimal(sign: .plus, exponent: -Int(rng.next() % 3), significand: Decimal(rng.next() % 10_001))
            Self.expectSameHundredth(base * percent)
        }
    }
}
