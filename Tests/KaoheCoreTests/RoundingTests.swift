import Foundation
import Testing

@testable import KaoheCore

struct RoundingTests {
    static let cases: [(String, Int, String)] = [
        ("2.2501", 1, "2.3"), ("2.25", 1, "2.2"), ("2.35", 1, "2.4"), ("2.15", 1, "2.2"), ("2.05", 1, "2"),
        ("89.95", 1, "90"), ("69.95", 1, "70"), ("59.94", 1, "59.9"), ("59.95", 1, "60"), ("89.85", 1, "89.8"),
        ("96.5", 0, "96"), ("95.5", 0, "96"), ("94.5", 0, "94"), ("94.5000001", 0, "95"), ("-2.25", 1, "-2.2"),
        ("-2.26", 1, "-2.3"), ("9.95", 1, "10"), ("99.95", 1, "100"), ("0.05", 1, "0"), ("7", 1, "7"),
        ("0.45", 1, "0.4"), ("0.4500000000000000001", 1, "0.5"),
    ]

    @Test(arguments: cases)
    func roundsHalfToEvenLookingAtAllDroppedDigits(_ c: (String, Int, String)) {
        #expect(Decimal(string: c.0)!.roundedGB(c.1) == Decimal(string: c.2)!)
    }

    /// Foundation's bankers rounding agrees on Linux for these vectors; the tool still uses its own.
    @Test(arguments: cases)
    func foundationBankersRoundingAgreesOnTheseVectors(_ c: (String, Int, String)) {
        var x = Decimal(string: c.0)!
        var r = Decimal()
        NSDecimalRound(&r, &x, c.1, .bankers)
        #expect(r == Decimal(string: c.2)!)
    }

    @Test func fixedFormattingPadsToThePlaces() {
        #expect(GBRounding.fixed(94, places: 1) == "94.0")
        #expect(GBRounding.fixed(Decimal(string: "89.95")!, places: 1) == "90.0")
        #expect(GBRounding.fixed(Decimal(string: "1.0526")!, places: 0) == "1")
        #expect(GBRounding.fixed(Decimal(string: "-0.04")!, places: 1) == "0.0")
        #expect(GBRounding.display(Decimal(10) / Decimal(95)) == "≈0.1053")
        #expect(GBRounding.display(Decimal(string: "3.5")!) == "3.5")
    }
}
