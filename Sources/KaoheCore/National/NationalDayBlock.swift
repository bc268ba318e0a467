import Foundation

/// One station-day's kept hours of a national import as bytes (D-164): what the reader builds for each station-day
/// of a file, and what the staging merges, keeps and stores (D-179).
///
/// The layout: the six pollutants' masks (UInt32, little-endian, by rank; bit h−1 for end hour h, R-24a), then
/// every present hour in slot order (`NationalDayHours.slot`) as its value's exact text — the text
/// `Decimal.exactText` writes, one text per value, so equal texts are equal values — as a length byte and the
/// UTF-8 bytes, then the file index, line and column (UInt32 each, little-endian). Private to one import: the file
/// index means what the import gives it.
public struct NationalDayBlock: Sendable, Equatable {
    public private(set) var bytes: [UInt8]

    /// The masks' bytes, before the first hour.
    public static let header = 6 * 4

    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// The block of `hours` (every present hour's entry given), all read from file `file`.
    public init(_ hours: NationalDayHours, file: Int) {
        let present = hours.entries.enumerated().compactMap { slot, e in e.map { (slot, Array($0.value.exactText.utf8), $0) } }
        self = hours.masks.withUnsafeBufferPointer { masks in
            Self.build(masks: masks, hours: present.count, textBytes: present.reduce(0) { $0 + $1.1.count }) { filler in
                for (_, text, e) in present {
                    text.withUnsafeBufferPointer { filler.append(text: $0, file: file, line: e.line, column: e.column) }
                }
            }
        }
    }

    /// Writes a block's hours into its bytes, allocated once at their final size (`build`).
    public struct Filler {
        fileprivate var cursor: UnsafeMutablePointer<UInt8>
        /// The end of the bytes allocated: an hour that would pass it stops the program before it writes.
        fileprivate let end: UnsafeMutablePointer<UInt8>

        /// One present hour, in slot order: its exact text (as `Decimal.exactText` writes it) and where it was read.
        public mutating func append(text: UnsafeBufferPointer<UInt8>, file: Int, line: Int, column: Int) {
            precondition(end - cursor >= 13 + text.count, "a block's hours are more than the size given")
            cursor[0] = UInt8(text.count)
            if let base = text.baseAddress { (cursor + 1).update(from: base, count: text.count) }
            cursor += 1 + text.count
            NationalDayBlock.store(UInt32(file), at: cursor)
            NationalDayBlock.store(UInt32(line), at: cursor + 4)
            NationalDayBlock.store(UInt32(column), at: cursor + 8)
            cursor += 12
        }
    }

    /// The block of `masks` whose `hours` present hours have texts of `textBytes` bytes in all, `fill` appending
    /// every present hour in slot order: one allocation of the exact size, the bytes written in place (D-179).
    public static func build(masks: UnsafeBufferPointer<UInt32>, hours: Int, textBytes: Int, _ fill: (inout Filler) -> Void) -> NationalDayBlock {
        let size = header + 13 * hours + textBytes
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            let base = buffer.baseAddress!
            for r in 0..<6 { store(masks[r], at: base + 4 * r) }
            var filler = Filler(cursor: base + header, end: base + size)
            fill(&filler)
            precondition(filler.cursor == base + size, "a block's hours are not the size given")
            count = size
        }
        return NationalDayBlock(bytes: bytes)
    }

    private static func store(_ v: UInt32, at p: UnsafeMutablePointer<UInt8>) {
        p[0] = UInt8(truncatingIfNeeded: v)
        p[1] = UInt8(truncatingIfNeeded: v >> 8)
        p[2] = UInt8(truncatingIfNeeded: v >> 16)
        p[3] = UInt8(truncatingIfNeeded: v >> 24)
    }

    /// Which end hours the pollutant of `rank` has (bit h−1 for hour h).
    public func mask(_ rank: Int) -> UInt32 { Self.word(bytes, 4 * rank) }

    /// Every pollutant's mask, by rank.
    public var masks: [UInt32] { (0..<6).map(mask) }

    /// Whether the day has a valid daily value (R-24, R-24b), from which hours are present alone
    /// (`NationalDayHours.hasValidValue(masks:)`).
    public var hasValidValue: Bool {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 6) { m in
            for r in 0..<6 { m[r] = mask(r) }
            return NationalDayHours.hasValidValue(masks: UnsafeBufferPointer(m))
        }
    }

    /// `self` with the hours of `newer` it lacks added (nil when it lacks none), and the hours both have with
    /// different values (compared as decimals), with the entry `self` has. The added hours keep `newer`'s file,
    /// line and column.
    public func merged(with newer: NationalDayBlock) -> (block: NationalDayBlock?, clashes: [(slot: Int, entry: NationalDayHours.Entry)]) {
        var clashes: [(slot: Int, entry: NationalDayHours.Entry)] = []
        var added = false
        for r in 0..<6 where newer.mask(r) & ~mask(r) != 0 { added = true }
        var out: [UInt8] = []
        if added {
            out.reserveCapacity(bytes.count + newer.bytes.count)
            for r in 0..<6 { Self.put(mask(r) | newer.mask(r), &out) }
        }
        // The bytes read through pointers: appending array slices retained and released the arrays each time.
        bytes.withUnsafeBufferPointer { old in
            newer.bytes.withUnsafeBufferPointer { new in
                var p = Self.header, q = Self.header
                for rank in 0..<6 {
                    let inOld = mask(rank), inNew = newer.mask(rank)
                    var both = inOld | inNew
                    while both != 0 {
                        let bit = UInt32(both.trailingZeroBitCount)
                        both &= both - 1
                        let oldHas = inOld & (1 << bit) != 0, newHas = inNew & (1 << bit) != 0
                        let oldLength = oldHas ? 13 + Int(old[p]) : 0
                        let newLength = newHas ? 13 + Int(new[q]) : 0
                        if oldHas {
                            if newHas, !Self.sameValue(old, p, new, q), let earlier = Self.entry(old, at: p) {
                                clashes.append((rank * NationalDayHours.hoursPerDay + Int(bit), earlier))
                            }
                            if added { out.append(contentsOf: UnsafeBufferPointer(rebasing: old[p..<(p + oldLength)])) }
                        } else if added {
                            out.append(contentsOf: UnsafeBufferPointer(rebasing: new[q..<(q + newLength)]))
                        }
                        p += oldLength
                        q += newLength
                    }
                }
            }
        }
        return (added ? NationalDayBlock(bytes: out) : nil, clashes)
    }

    /// The block's masks and the entries of the pollutants of `ranks` (the others present, not decoded).
    public func decode(ranks: Set<Int>) -> NationalDayHours {
        var hours = NationalDayHours()
        let wanted = Self.rankBits(ranks)
        forEachEntry { slot, p in
            hours.set(slot: slot, wanted & (1 << (slot / 24)) != 0 ? Self.entry(bytes, at: p) : nil)
        }
        return hours
    }

    /// Calls `body` with every present hour of the pollutants of `ranks`, in slot order: the slot, the value's
    /// exact text, and the file index, line and column.
    public func forEachHour(ranks: Set<Int>, _ body: (Int, String, Int, Int, Int) throws -> Void) rethrows {
        let wanted = Self.rankBits(ranks)
        try forEachEntry { slot, p in
            guard wanted & (1 << (slot / 24)) != 0 else { return }
            let n = Int(bytes[p]), q = p + 1 + n
            try body(
                slot, String(decoding: bytes[(p + 1)..<q], as: UTF8.self), Int(Self.word(bytes, q)), Int(Self.word(bytes, q + 4)),
                Int(Self.word(bytes, q + 8)))
        }
    }

    /// Calls `body` with every present hour of the pollutant of `rank`, in hour order: the end hour (1…24) and the
    /// value's exact text as bytes, valid during the call.
    public func forEachText(rank: Int, _ body: (Int, UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        var p = Self.header
        for r in 0..<rank { p = skip(mask(r), from: p) }
        var present = mask(rank)
        try bytes.withUnsafeBufferPointer { all in
            while present != 0 {
                let bit = present.trailingZeroBitCount
                present &= present - 1
                let n = Int(all[p])
                try body(bit + 1, UnsafeBufferPointer(rebasing: all[(p + 1)..<(p + 1 + n)]))
                p += 13 + n
            }
        }
    }

    /// Calls `body` with each pollutant of `ranks` (bits, bit r for rank r) the block has hours of, in rank order:
    /// the rank, the `hours` and `imports` texts (UTF-8) of a new `national_day` row holding them (24
    /// comma-separated fields; field h−1 the value's exact text, and `importID`, where end hour h is present), and
    /// how many hours it has. The same texts as `NationalDayRow.texts` of a row given those hours one by one
    /// (D-178); the buffers are reused for the next pollutant.
    public func forEachRow(ranks wanted: Int, importID: Int64, _ body: (Int, (hours: [UInt8], imports: [UInt8]), Int) throws -> Void) rethrows {
        let id = Array(String(importID).utf8)
        var hours: [UInt8] = []
        hours.reserveCapacity(24 * 8)
        var imports: [UInt8] = []
        imports.reserveCapacity(24 * (id.count + 1))
        var p = Self.header
        for rank in 0..<6 {
            let present = mask(rank)
            guard present != 0 else { continue }
            guard wanted & (1 << rank) != 0 else {
                p = skip(present, from: p)
                continue
            }
            hours.removeAll(keepingCapacity: true)
            imports.removeAll(keepingCapacity: true)
            bytes.withUnsafeBufferPointer { all in
                for h in 0..<NationalDayHours.hoursPerDay {
                    if h > 0 {
                        hours.append(UInt8(ascii: ","))
                        imports.append(UInt8(ascii: ","))
                    }
                    guard present & (1 << UInt32(h)) != 0 else { continue }
                    let n = Int(all[p])
                    hours.append(contentsOf: UnsafeBufferPointer(rebasing: all[(p + 1)..<(p + 1 + n)]))
                    imports.append(contentsOf: id)
                    p += 13 + n
                }
            }
            try body(rank, (hours, imports), present.nonzeroBitCount)
        }
    }

    /// Calls `body` with every present hour's slot and the offset of its entry, in slot order.
    private func forEachEntry(_ body: (Int, Int) throws -> Void) rethrows {
        var p = Self.header
        for rank in 0..<6 {
            var present = mask(rank)
            while present != 0 {
                let bit = present.trailingZeroBitCount
                present &= present - 1
                try body(rank * NationalDayHours.hoursPerDay + bit, p)
                p += 13 + Int(bytes[p])
            }
        }
    }

    /// The offset after the entries of a pollutant with hours `present`, its first at `p`.
    private func skip(_ present: UInt32, from p: Int) -> Int {
        var p = p
        for _ in 0..<present.nonzeroBitCount { p += 13 + Int(bytes[p]) }
        return p
    }

    /// Whether the entries at `p` of `a` and `q` of `b` hold the same value: the same exact text, or (should a text
    /// not be the one `exactText` writes) equal as decimals.
    private static func sameValue(_ a: UnsafeBufferPointer<UInt8>, _ p: Int, _ b: UnsafeBufferPointer<UInt8>, _ q: Int) -> Bool {
        let n = Int(a[p])
        if n == Int(b[q]), memcmp(a.baseAddress! + p + 1, b.baseAddress! + q + 1, n) == 0 { return true }
        return entry(a, at: p)?.value == entry(b, at: q)?.value
    }

    /// The ranks as bits (bit r for rank r), asked once per hour instead of hashing into the set (D-175).
    private static func rankBits(_ ranks: Set<Int>) -> Int { ranks.reduce(0) { $0 | 1 << $1 } }

    private static func entry<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at p: Int) -> NationalDayHours.Entry? where Bytes.Index == Int {
        let n = Int(bytes[p])
        let text = String(decoding: bytes[(p + 1)..<(p + 1 + n)], as: UTF8.self)
        guard let value = Decimal(exactText: text) else { return nil }
        let q = p + 1 + n
        return NationalDayHours.Entry(value: value, file: Int(word(bytes, q)), line: Int(word(bytes, q + 4)), column: Int(word(bytes, q + 8)))
    }

    private static func word<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ p: Int) -> UInt32 where Bytes.Index == Int {
        UInt32(bytes[p]) | UInt32(bytes[p + 1]) << 8 | UInt32(bytes[p + 2]) << 16 | UInt32(bytes[p + 3]) << 24
    }

    fileprivate static func put(_ v: UInt32, _ out: inout [UInt8]) {
        out.append(UInt8(truncatingIfNeeded: v))
        out.append(UInt8(truncatingIfNeeded: v >> 8))
        out.append(UInt8(truncatingIfNeeded: v >> 16))
        out.append(UInt8(truncatingIfNeeded: v >> 24))
    }
}
