import Foundation
import KaoheCore

/// The byte layout of one staged station-day (D-164): the six pollutants' masks (UInt32, little-endian, by
/// rank), then every present hour in slot order as its value's exact text (a length byte, then the UTF-8
/// bytes) and the file index, line and column (UInt32 each, little-endian). Private to one import's staging.
enum NationalStagedBlock {
    static let header = 6 * 4

    static func encode(_ hours: NationalDayHours, file: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(header + 16 * NationalDayHours.slotCount)
        for mask in hours.masks { put(mask, &out) }
        for slot in 0..<NationalDayHours.slotCount {
            guard let e = hours.entries[slot] else { continue }
            append(e, file: file, &out)
        }
        return out
    }

    /// `stored` with the hours of `hours` it lacks added (nil bytes when it lacks none), and the hours both have
    /// with different values (the stored entry returned).
    static func merge(_ stored: [UInt8], with hours: NationalDayHours, file: Int) -> (bytes: [UInt8]?, clashes: [(slot: Int, entry: NationalDayHours.Entry)]) {
        var clashes: [(slot: Int, entry: NationalDayHours.Entry)] = []
        let old = (0..<6).map { mask(stored, $0) }
        let added = (0..<6).contains { hours.masks[$0] & ~old[$0] != 0 }
        var out: [UInt8] = []
        if added {
            out.reserveCapacity(stored.count + 16 * NationalDayHours.slotCount)
            for r in 0..<6 { put(old[r] | hours.masks[r], &out) }
        }
        var p = header
        for slot in 0..<NationalDayHours.slotCount {
            let inOld = old[slot / 24] & (1 << UInt32(slot % 24)) != 0
            if inOld {
                let length = 1 + Int(stored[p]) + 12
                if let e = hours.entries[slot], let earlier = entry(stored, at: p), earlier.value != e.value {
                    clashes.append((slot, earlier))
                }
                if added { out.append(contentsOf: stored[p..<(p + length)]) }
                p += length
            } else if added, let e = hours.entries[slot] {
                append(e, file: file, &out)
            }
        }
        return (added ? out : nil, clashes)
    }

    /// The block's masks and the entries of the pollutants of `ranks` (the others present, not decoded).
    static func decode(_ bytes: [UInt8], ranks: Set<Int>) -> NationalDayHours {
        var hours = NationalDayHours()
        let masks = (0..<6).map { mask(bytes, $0) }
        let wanted = rankBits(ranks)
        var p = header
        for slot in 0..<NationalDayHours.slotCount where masks[slot / 24] & (1 << UInt32(slot % 24)) != 0 {
            hours.set(slot: slot, wanted & (1 << (slot / 24)) != 0 ? entry(bytes, at: p) : nil)
            p += 1 + Int(bytes[p]) + 12
        }
        return hours
    }

    /// Calls `body` with every present hour of the pollutants of `ranks`, in slot order: the slot, the value's
    /// exact text as staged, and the file index, line and column.
    static func forEachHour(_ bytes: [UInt8], ranks: Set<Int>, _ body: (Int, String, Int, Int, Int) throws -> Void) rethrows {
        let masks = (0..<6).map { mask(bytes, $0) }
        let wanted = rankBits(ranks)
        var p = header
        for slot in 0..<NationalDayHours.slotCount where masks[slot / 24] & (1 << UInt32(slot % 24)) != 0 {
            let n = Int(bytes[p])
            if wanted & (1 << (slot / 24)) != 0 {
                let q = p + 1 + n
                try body(
                    slot, String(decoding: bytes[(p + 1)..<q], as: UTF8.self), Int(word(bytes, q)), Int(word(bytes, q + 4)), Int(word(bytes, q + 8)))
            }
            p += 1 + n + 12
        }
    }

    /// Calls `body` with each pollutant of `ranks` (bits, bit r for rank r) the block has hours of, in rank order:
    /// the rank, the `hours` and `imports` texts of a new `national_day` row holding them (24 comma-separated
    /// fields; field h−1 the value's exact text as staged, and `importID`, where end hour h is present), and how
    /// many hours it has. The same texts as `NationalDayRow.texts` of a row given those hours one by one (D-178).
    static func forEachRow(
        _ bytes: [UInt8], ranks wanted: Int, importID: Int64, _ body: (Int, (hours: String, imports: String), Int) throws -> Void
    ) rethrows {
        let id = Array(String(importID).utf8)
        var hours: [UInt8] = []
        hours.reserveCapacity(24 * 8)
        var imports: [UInt8] = []
        imports.reserveCapacity(24 * (id.count + 1))
        var p = header
        for rank in 0..<6 {
            let present = mask(bytes, rank)
            guard present != 0 else { continue }
            let taken = wanted & (1 << rank) != 0
            hours.removeAll(keepingCapacity: true)
            imports.removeAll(keepingCapacity: true)
            for h in 0..<NationalDayHours.hoursPerDay {
                if taken, h > 0 {
                    hours.append(UInt8(ascii: ","))
                    imports.append(UInt8(ascii: ","))
                }
                guard present & (1 << UInt32(h)) != 0 else { continue }
                let n = Int(bytes[p])
                if taken {
                    hours.append(contentsOf: bytes[(p + 1)..<(p + 1 + n)])
                    imports.append(contentsOf: id)
                }
                p += 1 + n + 12
            }
            if taken {
                try body(rank, (String(decoding: hours, as: UTF8.self), String(decoding: imports, as: UTF8.self)), present.nonzeroBitCount)
            }
        }
    }

    /// The ranks as bits (bit r for rank r), asked once per hour instead of hashing into the set (D-175).
    private static func rankBits(_ ranks: Set<Int>) -> Int { ranks.reduce(0) { $0 | 1 << $1 } }

    private static func append(_ e: NationalDayHours.Entry, file: Int, _ out: inout [UInt8]) {
        var text = e.value.exactText
        text.withUTF8 { t in
            out.append(UInt8(t.count))
            out.append(contentsOf: t)
        }
        put(UInt32(file), &out)
        put(UInt32(e.line), &out)
        put(UInt32(e.column), &out)
    }

    private static func entry(_ bytes: [UInt8], at p: Int) -> NationalDayHours.Entry? {
        let n = Int(bytes[p])
        let text = String(decoding: bytes[(p + 1)..<(p + 1 + n)], as: UTF8.self)
        guard let value = Decimal(exactText: text) else { return nil }
        let q = p + 1 + n
        return NationalDayHours.Entry(value: value, file: Int(word(bytes, q)), line: Int(word(bytes, q + 4)), column: Int(word(bytes, q + 8)))
    }

    private static func mask(_ bytes: [UInt8], _ rank: Int) -> UInt32 { word(bytes, 4 * rank) }

    private static func word(_ bytes: [UInt8], _ p: Int) -> UInt32 {
        UInt32(bytes[p]) | UInt32(bytes[p + 1]) << 8 | UInt32(bytes[p + 2]) << 16 | UInt32(bytes[p + 3]) << 24
    }

    private static func put(_ v: UInt32, _ out: inout [UInt8]) {
        out.append(UInt8(truncatingIfNeeded: v))
        out.append(UInt8(truncatingIfNeeded: v >> 8))
        out.append(UInt8(truncatingIfNeeded: v >> 16))
        out.append(UInt8(truncatingIfNeeded: v >> 24))
    }
}
