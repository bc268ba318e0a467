import Foundation

/// Checks that every offset and size a ZIP reader will follow stays inside the bytes, before ZIPFoundation
/// reads them (issue 16).
///
/// ZIPFoundation 0.9.20 reads an in-memory archive through a stream whose seek accepts any offset; a read
/// after seeking past the end traps (`Archive.MemoryFile.readData`, found by scripts/fuzz). A damaged or
/// hostile workbook must be refused with a message instead, so the central directory's offset and size,
/// each entry's local header and each entry's compressed data (ZIP64 values included) are checked here
/// first. A sound package passes unchanged; this check never decides what a sound package holds.
enum ZipBounds {
    /// Whether ZIPFoundation can read `data` without seeking past its end.
    static func isWithinBounds(_ data: Data) -> Bool {
        let bytes = [UInt8](data)
        let count = bytes.count
        func u16(_ at: Int) -> Int? { at >= 0 && at + 2 <= count ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : nil }
        func u32(_ at: Int) -> UInt64? {
            guard at >= 0, at + 4 <= count else { return nil }
            return (0..<4).reduce(UInt64(0)) { $0 | UInt64(bytes[at + $1]) << (8 * UInt64($1)) }
        }
        func u64(_ at: Int) -> UInt64? {
            guard at >= 0, at + 8 <= count else { return nil }
            return (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[at + $1]) << (8 * UInt64($1)) }
        }
        func inside(_ offset: UInt64, _ length: UInt64) -> Bool { offset <= UInt64(count) && length <= UInt64(count) - offset }

        // The end-of-central-directory record ZIPFoundation uses: the last signature found scanning back from
        // 22 bytes before the end. Without one, ZIPFoundation refuses the package by itself.
        guard count >= 22 else { return true }
        var eocd = -1
        var at = count - 22
        while at >= 0 {
            if bytes[at] == 0x50, bytes[at + 1] == 0x4B, bytes[at + 2] == 0x05, bytes[at + 3] == 0x06 {
                eocd = at
                break
            }
            at -= 1
        }
        guard eocd >= 0, var entries = u16(eocd + 10).map(UInt64.init), var cdSize = u32(eocd + 12), var cdOffset = u32(eocd + 16) else {
            return true
        }
        // A ZIP64 locator and record just before it replace the 32-bit values (ZIPFoundation reads them there).
        let locator = eocd - 20, record = locator - 56
        if locator > 56, u32(locator) == 0x0706_4B50, u32(record) == 0x0606_4B50 {
            guard let e = u64(record + 32), let s = u64(record + 40), let o = u64(record + 48) else { return false }
            if entries == 0xFFFF { entries = e }
            if cdSize == 0xFFFF_FFFF { cdSize = s }
            if cdOffset == 0xFFFF_FFFF { cdOffset = o }
        }
        guard inside(cdOffset, cdSize) else { return false }
        // Every central-directory entry, its local header and its data.
        var entry = Int(cdOffset)
        for _ in 0..<entries {
            guard u32(entry) == 0x0201_4B50, let flags = u16(entry + 8), var compressed = u32(entry + 20), let nameLength = u16(entry + 28),
                let extraLength = u16(entry + 30), let commentLength = u16(entry + 32), var local = u32(entry + 42),
                inside(UInt64(entry), UInt64(46 + nameLength + extraLength + commentLength))
            else { return false }
            // ZIP64 extra field (id 1): 8-byte values in order for each 32-bit field that holds 0xFFFFFFFF.
            var extra = entry + 46 + nameLength
            let extraEnd = extra + extraLength
            while extra + 4 <= extraEnd, let id = u16(extra), let size = u16(extra + 2) {
                if id == 1 {
                    var field = extra + 4
                    if u32(entry + 24) == 0xFFFF_FFFF { field += 8 }  // uncompressed size
                    if compressed == 0xFFFF_FFFF {
                        guard let v = u64(field) else { return false }
                        compressed = v
                        field += 8
                    }
                    if local == 0xFFFF_FFFF {
                        guard let v = u64(field) else { return false }
                        local = v
                    }
                }
                extra += 4 + size
            }
            guard inside(local, 30), let localName = u16(Int(local) + 26), let localExtra = u16(Int(local) + 28) else { return false }
            let dataStart = local + 30 + UInt64(localName) + UInt64(localExtra)
            // Data, then (flag bit 3) a data descriptor of up to 24 bytes that the reader may look at.
            let descriptor: UInt64 = flags & 0x08 != 0 ? 12 : 0
            guard inside(dataStart, compressed), inside(dataStart + compressed, descriptor) else { return false }
            entry += 46 + nameLength + extraLength + commentLength
        }
        return true
    }
}
