import Foundation
import KaoheCore
import KaoheTestSupport
import Testing

/// Merging two day blocks byte by byte (D-179) gives what merging their hours one by one gives: the earlier block's
/// hours kept, the newer block's other hours added with their places, a clash for every hour both have with
/// different values, and nothing written when nothing is added.
@Suite struct NationalDayBlockTests {
    static let samples: [Decimal] = [0, 7, Decimal(string: "12.5")!, Decimal(string: "0.05")!, 999]

    func randomHours(_ rng: inout SplitMix64, file: Int, density: UInt64) -> NationalDayHours {
        var hours = NationalDayHours()
        for slot in 0..<NationalDayHours.slotCount where rng.next() % density == 0 {
            hours.set(slot: slot, .init(value: Self.samples[Int(rng.next() % UInt64(Self.samples.count))], file: file, line: slot + 2, column: file + 4))
        }
        return hours
    }

    /// The bytes of a block holding `hours`, written from the layout (masks, then per present hour in slot order
    /// a length byte, the exact text and three little-endian UInt32s: file, line, column), each hour's own file.
    static func layout(_ hours: NationalDayHours) -> [UInt8] {
        func word(_ v: Int) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
        var out = hours.masks.flatMap { word(Int($0)) }
        for case let e? in hours.entries {
            let text = Array(e.value.exactText.utf8)
            out += [UInt8(text.count)] + text + word(e.file) + word(e.line) + word(e.column)
        }
        return out
    }

    @Test func seededMergesMatchMergingHourByHour() {
        var rng = SplitMix64(state: 17_900)
        var clashes = 0, unchanged = 0
        let all = Set(0..<6)
        for _ in 0..<3_000 {
            let old = randomHours(&rng, file: 1, density: 1 + rng.next() % 4)
            let new = randomHours(&rng, file: 2, density: 1 + rng.next() % 6)
            // By hand, hour by hour: the union, old entries first; clashes where both hold different values.
            var expected = old
            var expectedClashes: [String] = []
            var added = false
            for slot in 0..<NationalDayHours.slotCount {
                guard let n = new.entries[slot] else { continue }
                if let o = old.entries[slot] {
                    if o.value != n.value { expectedClashes.append("\(slot) \(o.value) \(o.file):\(o.line):\(o.column)") }
                } else {
                    expected.set(slot: slot, n)
                    added = true
                }
            }
            let merge = NationalDayBlock(old, file: 1).merged(with: NationalDayBlock(new, file: 2))
            #expect(merge.clashes.map { "\($0.slot) \($0.entry.value) \($0.entry.file):\($0.entry.line):\($0.entry.column)" } == expectedClashes)
            if added {
                #expect(merge.block?.decode(ranks: all) == expected)
                // Byte for byte: the layout written by hand, each hour with the file it came from (1 kept, 2 added).
                #expect(merge.block?.bytes == Self.layout(expected))
            } else {
                #expect(merge.block == nil)
                unchanged += 1
            }
            clashes += expectedClashes.count
        }
        #expect(clashes > 1_000 && unchanged > 50)
    }

    /// A text that is not the one `exactText` writes ("12.50") is compared as a decimal: no clash with "12.5".
    @Test func equalValuesWrittenDifferentlyDoNotClash() {
        func block(_ text: String, file: Int) -> NationalDayBlock {
            let masks: [UInt32] = [1, 0, 0, 0, 0, 0]
            var text = text
            return masks.withUnsafeBufferPointer { m in
                NationalDayBlock.build(masks: m, hours: 1, textBytes: text.utf8.count) { filler in
                    text.withUTF8 { filler.append(text: $0, file: file, line: 3, column: 4) }
                }
            }
        }
        #expect(block("12.5", file: 1).merged(with: block("12.50", file: 2)).clashes.isEmpty)
        #expect(block("12.5", file: 1).merged(with: block("12.6", file: 2)).clashes.map(\.slot) == [0])
    }

    /// The block's validity is the hours' (R-24, R-24b): 20 SO2 hours give a daily mean, 19 do not.
    @Test func validityComesFromTheMasks() {
        var hours = NationalDayHours()
        for h in 1...19 { hours.set(slot: NationalDayHours.slot(.so2, hour: h), .init(value: 5, file: 0, line: h, column: 4)) }
        #expect(!NationalDayBlock(hours, file: 0).hasValidValue)
        hours.set(slot: NationalDayHours.slot(.so2, hour: 20), .init(value: 5, file: 0, line: 20, column: 4))
        #expect(NationalDayBlock(hours, file: 0).hasValidValue)
    }
}
