import Foundation
import KaoheCore
import KaoheTestSupport
import Testing

@testable import KaoheCSV

// The byte-level cell check of the national files against the careful path (issue 18, D-136): on seeded random
// cells the shortcut only ever accepts what the careful path accepts, and on seeded random files both paths give
// the same reading or the same diagnostics, byte for byte.

/// Pieces random cells are made of: valid numbers, their near misses, spaces of both widths, signs, exponents,
/// separators, full-width digits, text and long digit strings.
private let pieces = [
    "0", "7", "12", "45.6", ".5", "5.", "0.000", "007", "1234567890", "123456789012345678", "1234567890123456789",
    ".", "..", "-", "+", "−", "e", "E3", "1e5", ",", "1,234", "%", " ", "  ", "\t", "\u{3000}", "\u{A0}", "\r",
    "\n", "５", "１２．５", "－", "NaN", "inf", "∞", "abc", "二", "\u{301}", "\"", "0x1F",
]

private func randomCell(_ rng: inout SplitMix64) -> String {
    let count = Int.random(in: 0...4, using: &rng)
    return (0..<count).map { _ in pieces.randomElement(using: &rng)! }.joined()
}

/// The careful path's verdict on a cell, as the reader had it before the shortcut: trim with the CharacterSet,
/// then missing, or `parseDecimal` and the sign.
private enum CarefulVerdict: Equatable {
    case missing, nonNegative, negative, rejected
}

private func careful(_ cell: String) -> CarefulVerdict {
    let text = cell.trimmingCharacters(in: CharacterSet(charactersIn: " \t\u{3000}"))
    if text.isEmpty || text == "-" { return .missing }
    guard let value = try? parseDecimal(text) else { return .rejected }
    return value < 0 ? .negative : .nonNegative
}

/// The exact text `NationalCell.appendExactText` writes of a cell's bytes (D-179).
private func exactTextFromBytes(_ cell: String) -> String {
    var out: [UInt8] = []
    var cell = cell
    cell.withUTF8 { NationalCell.appendExactText($0, to: &out) }
    return String(decoding: out, as: UTF8.self)
}

/// What a read gives: the reading, or every diagnostic and the rejection as printed in both languages.
private struct Outcome: Equatable {
    var reading: NationalFileReading?
    var diagnostics: [Diagnostic] = []
    var printed: [String] = []
}

private func outcome(_ data: Data, file: String, keep: Set<String>, cells: NationalCellPath) -> Outcome {
    do {
        return Outcome(reading: try NationalHourlyFile.read(data, file: file, keepOn: { _ in { keep.contains($0) } }, cells: cells))
    } catch let error as DiagnosticsError {
        return Outcome(diagnostics: error.diagnostics, printed: [error.rendered(chinese: true), error.rendered(chinese: false)])
    } catch {
        return Outcome(printed: ["unexpected \(error)"])
    }
}

@Suite struct NationalCellPathTests {
    @Test func theShortcutAcceptsOnlyWhatTheCarefulPathAccepts() {
        var rng = SplitMix64(state: 18_135)
        var tally: [NationalCell.Verdict: Int] = [:]
        var valued = 0
        for _ in 0..<200_000 {
            let cell = randomCell(&rng)
            let quick = NationalCell.quick(cell)
            tally[quick, default: 0] += 1
            let expected = careful(cell)
            switch quick {
            case .missing: #expect(expected == .missing, "cell \(cell.debugDescription)")
            case .nonNegative:
                #expect(expected == .nonNegative, "cell \(cell.debugDescription)")
                // The value made from the bytes (D-166) is the careful path's Decimal, to the byte.
                let trimmed = cell.trimmingCharacters(in: CharacterSet(charactersIn: " \t\u{3000}"))
                if let fast = NationalCell.value(cell), let slow = try? parseDecimal(trimmed) {
                    #expect(fast == slow && fast.exactText == slow.exactText && fast.description == slow.description, "cell \(cell.debugDescription)")
                    #expect(withUnsafeBytes(of: fast) { Array($0) } == withUnsafeBytes(of: slow) { Array($0) }, "cell \(cell.debugDescription)")
                    // The exact text written from the bytes (D-179) is the careful path's value's.
                    #expect(exactTextFromBytes(cell) == slow.exactText, "cell \(cell.debugDescription)")
                    valued += 1
                } else {
                    Issue.record("no value for \(cell.debugDescription)")
                }
            case .careful: break
            }
            // The byte-checked trim gives what the CharacterSet trim gives.
            #expect(NationalHourlyFile.clean(cell) == cell.trimmingCharacters(in: CharacterSet(charactersIn: " \t\u{3000}")), "cell \(cell.debugDescription)")
        }
        // Every verdict is reached often, so the agreement above is not vacuous.
        #expect(tally[.missing, default: 0] > 1_000)
        #expect(tally[.nonNegative, default: 0] > 1_000)
        #expect(tally[.careful, default: 0] > 1_000)
        #expect(valued == tally[.nonNegative, default: 0])
    }

    /// Worked by hand: the value of the common cells (D-166), as `parseDecimal` writes them.
    @Test(arguments: [(" 45.6 ", "45.6"), (".5", "0.5"), ("5.", "5"), ("007", "7"), ("0.000", "0"), ("12.50", "12.5"), ("120", "120"),
        ("123456789012345678", "123456789012345678"), ("0.00000000000000001", "0.00000000000000001"), ("00.050", "0.05"),
        ("\t10.0 ", "10"), ("100", "100"), ("0", "0")])
    func theValueOfACommonCellIsItsNumber(_ cell: String, _ text: String) {
        #expect(NationalCell.value(cell)?.exactText == text)
        #expect(exactTextFromBytes(cell) == text)
        #expect(NationalCell.value("1e3") == nil && NationalCell.value("-5") == nil && NationalCell.value("") == nil)
    }

    @Test(arguments: [
        "+5", "-5", "−5", "1e3", "1E3", "1,234", "５", "１２．５", "\u{3000}5", "5\u{3000}", "1.2.3", ".", "abc", "NaN",
        "1234567890123456789", "5%", "\u{A0}5", "5\r",
    ])
    func sendsEveryUnusualCellToTheCarefulPath(_ cell: String) {
        #expect(NationalCell.quick(cell) == .careful)
    }

    @Test(arguments: [("", NationalCell.Verdict.missing), ("  ", .missing), ("\t-\t", .missing), (" 45.6 ", .nonNegative),
        (".5", .nonNegative), ("5.", .nonNegative), ("123456789012345678", .nonNegative), ("0", .nonNegative)])
    func acceptsTheCommonCells(_ cell: String, _ verdict: NationalCell.Verdict) {
        #expect(NationalCell.quick(cell) == verdict)
    }

    @Test func randomFilesGiveTheSameReadingOrTheSameDiagnosticsThroughBothPaths() {
        var rng = SplitMix64(state: 20_261_130)
        var readings = 0
        var rejections = 0
        for _ in 0..<150 {
            let stations = (0..<Int.random(in: 1...12, using: &rng)).map { String(format: "%04dA", 1001 + $0) }.shuffled(using: &rng)
            let keep = Set(stations.filter { _ in Bool.random(using: &rng) })
            // Mostly clean numbers, so that many files are valid; a bad cell now and then, so that many are not.
            let badRate = [0.0, 0.0, 0.002, 0.02, 0.2].randomElement(using: &rng)!
            var lines = ["date,hour,type," + stations.joined(separator: ",")]
            for hour in 0..<Int.random(in: 1...4, using: &rng) {
                for type in NationalHourlyFile.types.shuffled(using: &rng).prefix(Int.random(in: 1...15, using: &rng)) {
                    let cells = stations.map { _ -> String in
                        if Double.random(in: 0..<1, using: &rng) < badRate { return randomCell(&rng) }
                        switch Int.random(in: 0..<10, using: &rng) {
                        case 0: return ""
                        case 1: return "-"
                        case 2: return " \(Int.random(in: 0...500, using: &rng)) "
                        default: return "\(Int.random(in: 0...900, using: &rng)).\(Int.random(in: 0...9, using: &rng))"
                        }
                    }
                    lines.append((["20150101", "\(hour)", type] + cells).joined(separator: ","))
                }
            }
            let text = lines.joined(separator: "\n") + "\n"
            let data = Data(text.utf8)
            let fast = outcome(data, file: "china_sites_20150101.csv", keep: keep, cells: .fast)
            let slow = outcome(data, file: "china_sites_20150101.csv", keep: keep, cells: .careful)
            #expect(fast == slow, "file:\n\(text)")
            if slow.reading != nil { readings += 1 } else { rejections += 1 }
            #expect(slow.reading != nil || !slow.diagnostics.isEmpty)
        }
        #expect(readings > 20)
        #expect(rejections > 20)
    }
}
