import Foundation

/// Reads the JSON text of a stored document over its bytes, strictly: it accepts only what its types'
/// decoders ask for, in JSON's grammar, and gives up on anything else.
///
/// Giving up is not an error for the user: the caller then decodes the same text with Foundation's
/// `JSONDecoder`, which either reads it (a document of another shape, e.g. with whitespace or a key this
/// reader does not know) or fails with its own error as before. So the reader only has to be right on what it
/// accepts — the same values `JSONDecoder` gives — which `StoredJSONTests` checks on sample and random
/// documents (issue 14, D-112).
public struct StoredJSONReader {
    /// Why the reader gave up; never shown to anyone — the caller falls back to `JSONDecoder`.
    public struct GaveUp: Error, Sendable {
        public init() {}
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0

    public init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private mutating func ws() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private mutating func take(_ b: UInt8) throws {
        ws()
        guard i < bytes.count, bytes[i] == b else { throw GaveUp() }
        i += 1
    }

    /// Consumes a `null` when one comes next; for optional members (`decodeIfPresent` reads null as nil).
    public mutating func null() -> Bool {
        ws()
        guard i + 4 <= bytes.count, bytes[i] == UInt8(ascii: "n"), bytes[i + 1] == UInt8(ascii: "u"), bytes[i + 2] == UInt8(ascii: "l"),
            bytes[i + 3] == UInt8(ascii: "l")
        else { return false }
        i += 4
        return true
    }

    /// Nothing but whitespace is left after the document.
    public mutating func end() throws {
        ws()
        guard i == bytes.count else { throw GaveUp() }
    }

    /// A string, with JSON's escapes; gives up on a raw control character or text that is not UTF-8.
    public mutating func string() throws -> String {
        try take(UInt8(ascii: "\""))
        let start = i
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<i])
                i += 1
                guard let s = Self.validUTF8(slice) else { throw GaveUp() }
                return s
            }
            if b == UInt8(ascii: "\\") { return try escapedString(from: start) }
            guard b >= 0x20 else { throw GaveUp() }
            i += 1
        }
        throw GaveUp()
    }

    /// The string of `bytes` when they are valid UTF-8, nil otherwise: what `String(validating:as:)` gives.
    ///
    /// `String(decoding:as:)` takes the standard library's specialised path (the generic `validating` one showed
    /// as a tenth of `summary`, issue 14, D-172); it repairs what is not UTF-8, so the text is valid exactly when
    /// the string's bytes are the bytes given.
    static func validUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let s = String(decoding: bytes, as: UTF8.self)
        var copy = s
        let same = copy.withUTF8 { $0.count == bytes.count && (bytes.isEmpty || memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0) }
        return same ? s : nil
    }

    private mutating func escapedString(from start: Int) throws -> String {
        var out = Array(UnsafeBufferPointer(rebasing: bytes[start..<i]))
        func hex4(_ at: Int) throws -> UInt32 {
            guard at + 4 <= bytes.count else { throw GaveUp() }
            var v: UInt32 = 0
            for k in at..<(at + 4) {
                let c = bytes[k]
                let d: UInt8
                switch c {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): d = c - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): d = c - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): d = c - UInt8(ascii: "A") + 10
                default: throw GaveUp()
                }
                v = v << 4 | UInt32(d)
            }
            return v
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                guard let s = out.withUnsafeBufferPointer(Self.validUTF8) else { throw GaveUp() }
                return s
            }
            guard b >= 0x20 else { throw GaveUp() }
            guard b == UInt8(ascii: "\\") else {
                out.append(b)
                i += 1
                continue
            }
            guard i + 1 < bytes.count else { throw GaveUp() }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4(i)
                i += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    // A surrogate pair: the low half must follow as another \u escape.
                    guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { throw GaveUp() }
                    let low = try hex4(i + 2)
                    guard (0xDC00...0xDFFF).contains(low) else { throw GaveUp() }
                    i += 6
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let u = Unicode.Scalar(scalar) else { throw GaveUp() }
                out.append(contentsOf: String(Character(u)).utf8)
            default: throw GaveUp()
            }
        }
        throw GaveUp()
    }

    /// The bytes of a JSON number in plain notation (`-`, digits, an optional fraction; no exponent, no
    /// leading zero), or gives up.
    private mutating func numberText(fraction: Bool) throws -> UnsafeBufferPointer<UInt8> {
        ws()
        let start = i
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
        let digits = i
        while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
        guard i > digits, !(bytes[digits] == UInt8(ascii: "0") && i - digits > 1) else { throw GaveUp() }
        if fraction, i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            let f = i
            while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
            guard i > f else { throw GaveUp() }
        }
        // An exponent, a fraction where an integer is wanted, or more digits than a Decimal holds: leave it
        // to JSONDecoder.
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") || bytes[i] == UInt8(ascii: ".") { throw GaveUp() }
        guard i - start <= 48 else { throw GaveUp() }
        return UnsafeBufferPointer(rebasing: bytes[start..<i])
    }

    /// An integer without fraction or exponent.
    public mutating func int() throws -> Int {
        let text = try numberText(fraction: false)
        var value = 0
        let negative = text[0] == UInt8(ascii: "-")
        for b in text.dropFirst(negative ? 1 : 0) {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int(b - UInt8(ascii: "0")))
            guard !o1, !o2 else { throw GaveUp() }
            value = s
        }
        return negative ? -value : value
    }

    /// A 64-bit integer (row ids).
    public mutating func int64() throws -> Int64 { Int64(try int()) }

    /// A decimal from a plain number, as `Decimal(string:)` reads it: directly when `Decimal(plainText:)`
    /// can (every decimal a run stores), else through `Decimal(string:)`.
    public mutating func decimal() throws -> Decimal {
        let text = try numberText(fraction: true)
        if let d = Decimal(plainText: text) { return d }
        guard let d = Decimal(string: String(decoding: text, as: UTF8.self), locale: nil) else { throw GaveUp() }
        return d
    }

    public mutating func bool() throws -> Bool {
        ws()
        if i + 4 <= bytes.count, bytes[i] == UInt8(ascii: "t"), bytes[i + 1] == UInt8(ascii: "r"), bytes[i + 2] == UInt8(ascii: "u"),
            bytes[i + 3] == UInt8(ascii: "e")
        {
            i += 4
            return true
        }
        if i + 5 <= bytes.count, bytes[i] == UInt8(ascii: "f"), bytes[i + 1] == UInt8(ascii: "a"), bytes[i + 2] == UInt8(ascii: "l"),
            bytes[i + 3] == UInt8(ascii: "s"), bytes[i + 4] == UInt8(ascii: "e")
        {
            i += 5
            return false
        }
        throw GaveUp()
    }

    /// A string-backed enumeration by its raw value.
    public mutating func raw<E: RawRepresentable>(_: E.Type) throws -> E where E.RawValue == String {
        guard let e = E(rawValue: try string()) else { throw GaveUp() }
        return e
    }

    /// An object: `member` is called with each key and must read its value. A key given twice gives up
    /// (what `JSONDecoder` makes of that is its own business).
    public mutating func object(_ member: (inout StoredJSONReader, String) throws -> Void) throws {
        try take(UInt8(ascii: "{"))
        ws()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
            i += 1
            return
        }
        var seen: [String] = []
        while true {
            ws()
            let key = try string()
            guard !seen.contains(key) else { throw GaveUp() }
            seen.append(key)
            try take(UInt8(ascii: ":"))
            try member(&self, key)
            ws()
            guard i < bytes.count else { throw GaveUp() }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            guard bytes[i] == UInt8(ascii: "}") else { throw GaveUp() }
            i += 1
            return
        }
    }

    /// An array, one call of `element` per element.
    public mutating func array<T>(_ element: (inout StoredJSONReader) throws -> T) throws -> [T] {
        try take(UInt8(ascii: "["))
        ws()
        var out: [T] = []
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
            i += 1
            return out
        }
        while true {
            out.append(try element(&self))
            ws()
            guard i < bytes.count else { throw GaveUp() }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            guard bytes[i] == UInt8(ascii: "]") else { throw GaveUp() }
            i += 1
            return out
        }
    }

    /// The bytes of the next value, not interpreted: a member that `JSONDecoder` then reads (and checks).
    public mutating func rawValue() throws -> UnsafeBufferPointer<UInt8> {
        ws()
        let start = i
        var depth = 0, inString = false
        while i < bytes.count {
            let b = bytes[i]
            if inString {
                if b == UInt8(ascii: "\\") {
                    i += 1
                } else if b == UInt8(ascii: "\"") {
                    inString = false
                    if depth == 0 {
                        i += 1
                        break
                    }
                }
            } else {
                switch b {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 { return try finish(start) }
                    depth -= 1
                    if depth == 0 {
                        i += 1
                        return try finish(start)
                    }
                case UInt8(ascii: ","), 0x20, 0x0A, 0x0D, 0x09:
                    if depth == 0 { return try finish(start) }
                default: break
                }
            }
            i += 1
        }
        return try finish(start)
    }

    private func finish(_ start: Int) throws -> UnsafeBufferPointer<UInt8> {
        guard i > start, i <= bytes.count else { throw GaveUp() }
        return UnsafeBufferPointer(rebasing: bytes[start..<i])
    }

    /// An empty object `{}`: the payload of an enumeration case without values.
    public mutating func emptyObject() throws {
        try object { _, _ in throw GaveUp() }
    }
}
