/// The byte-level pieces of XML the sheet scanner reads (`SheetDataScanner`, D-111): names, references,
/// attribute values, characters, and the attribute values of cells read as XMLParser's reader reads them.
///
/// Positions are indexes into the scanner's bytes. A function that may need bytes not yet received says so
/// by returning the index it started at (or -1 where noted); `Int.max` or nil means "give way".
enum XMLText {
    /// The elements whose meaning the sheet readers know, by local name (prefix dropped).
    enum Element { case row, c, v, f, t, rPh, mergeCell, other }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// Where a name starting at `i` ends: ASCII letters, digits, `.`, `-`, `_` and `:` (a name outside ASCII
    /// then fails `isQualifiedName` or the byte after it, and the scanner gives way).
    static func nameEnd(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var j = i
        while j < p.count {
            let b = p[j]
            let letter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
            guard letter || (b >= 0x30 && b <= 0x39) || b == 0x2E || b == 0x2D || b == 0x5F || b == 0x3A else { break }
            j += 1
        }
        return j
    }

    /// A name XMLParser reports as written: starts with a letter or `_`, at most one `:` and not at either end.
    static func isQualifiedName(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard let first = r.first, let last = r.last else { return false }
        let f = p[first]
        guard ((f | 0x20) >= 0x61 && (f | 0x20) <= 0x7A) || f == 0x5F, p[last] != 0x3A else { return false }
        var colons = 0
        for k in r where p[k] == 0x3A { colons += 1 }
        return colons <= 1
    }

    /// The bytes after the name's `:`, or the whole name.
    static func localNameBytes(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Slice<UnsafeBufferPointer<UInt8>> {
        if let colon = p[r].lastIndex(of: 0x3A) { return p[(colon + 1)..<r.upperBound] }
        return p[r]
    }

    private static let mergeCell = Array("mergeCell".utf8)

    static func localName(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Element {
        let n = localNameBytes(p, r)
        switch n.count {
        case 1:
            switch n.first! {
            case 0x63: return .c
            case 0x76: return .v
            case 0x66: return .f
            case 0x74: return .t
            default: return .other
            }
        case 3:
            if n.elementsEqual([0x72, 0x6F, 0x77]) { return .row }
            if n.elementsEqual([0x72, 0x50, 0x68]) { return .rPh }
            return .other
        case 9: return n.elementsEqual(mergeCell) ? .mergeCell : .other
        default: return .other
        }
    }

    static func hasPrefix(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ prefix: [UInt8]) -> Bool {
        i + prefix.count <= p.count && p[i..<(i + prefix.count)].elementsEqual(prefix)
    }

    /// Whether the bytes from `i` to the end are the start of `prefix` (it may follow in the next chunk).
    static func isPrefix(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ prefix: [UInt8]) -> Bool {
        p[i...].elementsEqual(prefix.prefix(p.count - i))
    }

    /// The first index of `pattern` at or after `from`, or nil.
    static func find(_ p: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8], from: Int) -> Int? {
        var i = from
        while i + pattern.count <= p.count {
            if p[i] == pattern[0] && p[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }

    /// The length of a UTF-8 character starting with `lead` (≥ 0x80) and the range its second byte must fall in
    /// (Unicode table 3-7, well-formed UTF-8); nil when no character starts with it.
    static func utf8Lead(_ lead: UInt8) -> (length: Int, lower: UInt8, upper: UInt8)? {
        switch lead {
        case 0xC2...0xDF: (2, 0x80, 0xBF)
        case 0xE0: (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80, 0xBF)
        case 0xED: (3, 0x80, 0x9F)
        case 0xF0: (4, 0x90, 0xBF)
        case 0xF1...0xF3: (4, 0x80, 0xBF)
        case 0xF4: (4, 0x80, 0x8F)
        default: nil
        }
    }

    /// The length of the UTF-8 character at `j` (a byte ≥ 0x80): 0 when it is not well-formed UTF-8 or not a
    /// character XML allows (U+FFFE, U+FFFF), -1 when it continues past the bytes received.
    static func characterLength(_ p: UnsafeBufferPointer<UInt8>, _ j: Int) -> Int {
        let c = p[j]
        guard let (length, lower, upper) = utf8Lead(c) else { return 0 }
        guard j + length <= p.count else {
            // What is there must still be a possible start.
            if j + 1 < p.count && !(lower...upper).contains(p[j + 1]) { return 0 }
            return -1
        }
        guard (lower...upper).contains(p[j + 1]) else { return 0 }
        for k in 2..<max(2, length) where !(0x80...0xBF).contains(p[j + k]) { return 0 }
        if c == 0xEF && p[j + 1] == 0xBF && (p[j + 2] == 0xBE || p[j + 2] == 0xBF) { return 0 }
        return length
    }

    /// Whether the bytes hold only characters XML allows, in well-formed UTF-8.
    static func validCharacters(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        var j = r.lowerBound
        while j < r.upperBound {
            let b = p[j]
            if b < 0x80 {
                if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { return false }
                j += 1
            } else {
                let length = characterLength(p, j)
                guard length > 0, j + length <= r.upperBound else { return false }
                j += length
            }
        }
        return true
    }

    /// Text with its line ends read as XML reads them: CR LF and a lone CR become LF.
    static func normalisedLineEnds(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(r.count)
        var j = r.lowerBound
        while j < r.upperBound {
            if p[j] == 0x0D {
                out.append(0x0A)
                if j + 1 < r.upperBound && p[j + 1] == 0x0A { j += 1 }
            } else {
                out.append(p[j])
            }
            j += 1
        }
        return out
    }

    /// Whether `<?xml …?>`'s pseudo-attributes (from `r`) are version, encoding and standalone in that order,
    /// the encoding (if any) UTF-8: any other encoding would be decoded as that encoding.
    static func isUTF8Declaration(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        let text = String(decoding: p[r], as: UTF8.self)
        var names: [String] = []
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            if rest.isEmpty { break }
            let name = rest.prefix { $0.isASCII && $0.isLetter }
            rest = rest.dropFirst(name.count).drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            guard rest.first == "=" else { return false }
            rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            guard let quote = rest.first, quote == "\"" || quote == "'" else { return false }
            rest = rest.dropFirst()
            guard let close = rest.firstIndex(of: quote) else { return false }
            let value = rest[..<close]
            rest = rest[rest.index(after: close)...]
            switch name {
            case "version": guard value == "1.0" || value == "1.1" else { return false }
            case "encoding": guard value.lowercased() == "utf-8" || value.lowercased() == "utf8" else { return false }
            case "standalone": guard value == "yes" || value == "no" else { return false }
            default: return false
            }
            names.append(String(name))
        }
        return names.first == "version" && names == names.sorted { order($0) < order($1) } && Set(names).count == names.count
    }

    private static func order(_ name: String) -> Int { ["version": 0, "encoding": 1, "standalone": 2][name] ?? 3 }

    /// The reference at `p[i]` (`&`) appended to `out` as UTF-8: the index after its `;`, `i` when more bytes
    /// are needed, `Int.max` for a reference XML does not define (`&nbsp;` without a DTD, `&#X41;`, `&#0;`).
    static func reference(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, final: Bool, into out: inout [UInt8]) -> Int {
        var j = i + 1
        while j < p.count, p[j] != 0x3B, j - i < 40 { j += 1 }
        guard j < p.count, p[j] == 0x3B else { return final || j - i >= 40 ? Int.max : i }
        let body = p[(i + 1)..<j]
        if body.elementsEqual([0x6C, 0x74]) {  // lt
            out.append(0x3C)
        } else if body.elementsEqual([0x67, 0x74]) {  // gt
            out.append(0x3E)
        } else if body.elementsEqual([0x61, 0x6D, 0x70]) {  // amp
            out.append(0x26)
        } else if body.elementsEqual([0x71, 0x75, 0x6F, 0x74]) {  // quot
            out.append(0x22)
        } else if body.elementsEqual([0x61, 0x70, 0x6F, 0x73]) {  // apos
            out.append(0x27)
        } else {
            guard body.first == 0x23 else { return Int.max }
            let hex = body.dropFirst().first == 0x78
            let digits = body.dropFirst(hex ? 2 : 1)
            guard !digits.isEmpty else { return Int.max }
            var code: UInt32 = 0
            for d in digits {
                let v: UInt32
                switch d {
                case 0x30...0x39: v = UInt32(d - 0x30)
                case 0x61...0x66 where hex: v = UInt32(d - 0x61 + 10)
                case 0x41...0x46 where hex: v = UInt32(d - 0x41 + 10)
                default: return Int.max
                }
                code = code * (hex ? 16 : 10) + v
                if code > 0x10FFFF { return Int.max }
            }
            guard code == 0x09 || code == 0x0A || code == 0x0D || (0x20...0xD7FF).contains(code) || (0xE000...0xFFFD).contains(code)
                || (0x10000...0x10FFFF).contains(code)
            else { return Int.max }
            appendUTF8(code, to: &out)
        }
        return j + 1
    }

    /// A scalar value (not a surrogate) appended as UTF-8.
    static func appendUTF8(_ code: UInt32, to out: inout [UInt8]) {
        switch code {
        case 0..<0x80: out.append(UInt8(code))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (code >> 6)))
            out.append(UInt8(0x80 | (code & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (code >> 12)))
            out.append(UInt8(0x80 | ((code >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (code & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (code >> 18)))
            out.append(UInt8(0x80 | ((code >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((code >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (code & 0x3F)))
        }
    }

    /// An attribute value from `i` (after its opening quote) to the closing `quote`, read as XML reads it:
    /// references replaced, tab, LF and CR (CR LF once) as a space. The index after the quote, -1 when more
    /// bytes are needed, nil to give way. The value is kept in `out` only with `keep`.
    static func attributeValue(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, quote: UInt8, keep: Bool, into out: inout [UInt8]) -> Int? {
        var j = i
        while j < p.count {
            let b = p[j]
            if b == quote { return j + 1 }
            switch b {
            case 0x3C: return nil
            case 0x26:
                var unkept: [UInt8] = []
                let next = keep ? reference(p, j, final: false, into: &out) : reference(p, j, final: false, into: &unkept)
                if next == Int.max { return nil }
                if next == j { return -1 }
                j = next
            case 0x09, 0x0A:
                if keep { out.append(0x20) }
                j += 1
            case 0x0D:
                guard j + 1 < p.count else { return -1 }
                if p[j + 1] != 0x0A, keep { out.append(0x20) }
                j += 1
            case 0x00..<0x20: return nil
            case 0x80...:
                let length = characterLength(p, j)
                if length == 0 { return nil }
                if length < 0 { return -1 }
                if keep { out.append(contentsOf: p[j..<(j + length)]) }
                j += length
            default:
                if keep { out.append(b) }
                j += 1
            }
        }
        return -1
    }

    /// `Int(String(decoding: bytes, as: UTF8.self))` without the String: an optional sign, then decimal digits.
    static func int(_ bytes: ArraySlice<UInt8>) -> Int? {
        var digits = bytes
        var negative = false
        if let sign = digits.first, sign == 0x2B || sign == 0x2D {
            negative = sign == 0x2D
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty else { return nil }
        var n = 0
        for d in digits {
            guard d >= 0x30 && d <= 0x39 else { return nil }
            let (times, o1) = n.multipliedReportingOverflow(by: 10)
            let (next, o2) = negative ? times.subtractingReportingOverflow(Int(d - 0x30)) : times.addingReportingOverflow(Int(d - 0x30))
            if o1 || o2 { return nil }
            n = next
        }
        return n
    }

    /// `parseCellReference(…)?.column` of the bytes: `$` ignored, letters then digits, a row above 0.
    static func referenceColumn(_ bytes: ArraySlice<UInt8>) -> Int? {
        var column = 0
        var row = 0
        var digits = false
        var overflow = false
        for b in bytes where b != 0x24 {
            let upper = b & 0xDF
            if !digits, (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) {
                column = column * 26 + Int(upper - 64)
                if column > 16_384 { return nil }
            } else if b >= 0x30 && b <= 0x39 {
                digits = true
                let (times, o1) = row.multipliedReportingOverflow(by: 10)
                let (next, o2) = times.addingReportingOverflow(Int(b - 0x30))
                if o1 || o2 { overflow = true }
                row = next
            } else {
                return nil
            }
        }
        guard column > 0, digits, !overflow, row > 0 else { return nil }
        return column
    }

    private static let inlineStr = Array("inlineStr".utf8)

    /// A cell's `t` attribute as `SheetCells.CellType` reads its text.
    static func cellType(_ bytes: ArraySlice<UInt8>?) -> SheetCells.CellType {
        guard let bytes, let first = bytes.first else { return .other }
        switch bytes.count {
        case 1: return first == 0x73 ? .shared : first == 0x62 ? .bool : first == 0x65 ? .error : .other
        case 3: return bytes.elementsEqual([0x73, 0x74, 0x72]) ? .str : .other
        case 9: return bytes.elementsEqual(inlineStr) ? .inlineStr : .other
        default: return .other
        }
    }
}
