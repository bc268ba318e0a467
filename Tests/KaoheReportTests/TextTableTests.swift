@testable import KaoheReport
import KaoheTestSupport
import Testing

@Suite struct TextTableTests {
    @Test func chineseCharactersCountTwoColumnsWhenPadding() {
        var table = TextTable(headers: ["区域", "score"], alignments: [.left, .right])
        table.append(["涪城区", "100.0"])
        table.append(["MY-GXQ", "9.5"])
        #expect(
            table.render() == """
                区域    score
                ------  -----
                涪城区  100.0
                MY-GXQ    9.5

                """)
    }

    @Test func controlCharactersFromInputCannotBreakTheLayoutOrEscapeTheTerminal() {
        var table = TextTable(headers: ["name"])
        table.append(["高新区\n\u{1B}[31m红"])
        #expect(table.render() == "name\n--------------\n高新区 ␛[31m红\n")
    }

    @Test func displayWidthOfMixedText() {
        #expect(displayWidth("PM10年均浓度") == 12)
        #expect(displayWidth("（万元）") == 8)
        #expect(displayWidth("abc") == 3)
    }

    /// The rendering before issue 14 (D-169), kept as the reference: every line joined, then trailing spaces
    /// dropped character by character from the reversed text.
    static func referenceRender(_ t: TextTable) -> String {
        let all = [t.headers] + t.rows
        var widths = [Int](repeating: 0, count: t.headers.count)
        for row in all {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], displayWidth(cell)) }
        }
        func line(_ row: [String]) -> String {
            var parts: [String] = []
            for i in widths.indices {
                let cell = i < row.count ? row[i] : ""
                let pad = String(repeating: " ", count: widths[i] - displayWidth(cell))
                parts.append(t.alignments[i] == .right ? pad + cell : cell + pad)
            }
            return String(parts.joined(separator: "  ").reversed().drop(while: { $0 == " " }).reversed())
        }
        var out = [line(t.headers), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        out += t.rows.map(line)
        return out.joined(separator: "\n") + "\n"
    }

    /// The width of a scalar before the fast path for scalars below U+0300 (issue 14).
    static func referenceWidth(_ v: UInt32) -> Int {
        if v == 0x200B || v == 0xFEFF || (0x0300...0x036F).contains(v) || (0xFE00...0xFE0F).contains(v) { return 0 }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
        ]
        return wide.contains { $0.contains(v) } ? 2 : 1
    }

    @Test func everyScalarHasTheWidthItHadBeforeTheFastPath() {
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            if scalarWidth(s) != Self.referenceWidth(v) { Issue.record("U+\(String(v, radix: 16))"); return }
        }
    }

    /// Trailing spaces are dropped as characters: after a prepended mark (U+0600, which takes the next
    /// character into its cluster) the space stays, as the reversed-character walk left it; after ASCII or CJK
    /// they go.
    @Test func trailingSpacesAreDroppedAsCharactersAsBefore() {
        let cases = ["", " ", "   ", "a", "a  ", "安  ", "\u{0600} ", "\u{0600}  ", "a\u{0301}  ", "e \u{0301} ", "x\u{200D} ", "🇨🇳  "]
        for c in cases {
            #expect(TextTable.trimmingTrailingSpaces(c) == String(c.reversed().drop(while: { $0 == " " }).reversed()), "\(c.unicodeScalars.map { $0.value })")
        }
        #expect(TextTable.trimmingTrailingSpaces("\u{0600}  ") == "\u{0600} ")
        #expect(TextTable.trimmingTrailingSpaces("安  ") == "安")
    }

    /// The line-by-line rendering gives the reference's text on random tables of ASCII, CJK, combining and
    /// prepended marks, zero-width characters and spaces at the ends of cells (200 seeds).
    @Test func renderingLineByLineGivesTheWholeTextAsBefore() {
        let alphabet: [String] = ["a", "Z", "7", " ", "  ", "安", "县", "（", "）", "\u{0301}", "\u{0600}", "\u{200B}", "\u{FE0F}", "🇨🇳", "é", "-", "—", "%"]
        for seed in UInt64(1)...200 {
            var rng = SplitMix64(state: seed)
            let columns = Int.random(in: 1...5, using: &rng)
            var table = TextTable(
                headers: (0..<columns).map { "h\($0)" }, alignments: (0..<columns).map { _ in Bool.random(using: &rng) ? .left : .right })
            for _ in 0..<Int.random(in: 0...8, using: &rng) {
                table.append((0..<Int.random(in: 0...(columns + 1), using: &rng)).map { _ in
                    (0..<Int.random(in: 0...4, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined()
                })
            }
            var pieces: [String] = []
            table.render { pieces.append($0) }
            #expect(table.render() == Self.referenceRender(table), "seed \(seed)")
            #expect(pieces.joined() == Self.referenceRender(table) && pieces.allSatisfy { $0.hasSuffix("\n") }, "seed \(seed)")
        }
    }
}
