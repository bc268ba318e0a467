import Foundation

/// Writes JSON text byte by byte the way Foundation's `JSONEncoder` with `.sortedKeys` writes it.
///
/// A run stores two documents per unit and `assess` wrote them with `JSONEncoder`, which builds a tree of
/// boxed values and sorts every object's keys with a locale-aware comparison: about a fifth of `assess` at
/// 3,000 units (issue 14, D-112). The per-type encoders (StoredJSONEncoding.swift) call this writer with their
/// keys already in the encoder's order; `StoredJSONTests` compares the bytes with `JSONEncoder`'s.
public struct StoredJSONWriter: Sendable {
    /// The text written so far, UTF-8.
    public private(set) var bytes: [UInt8] = []
    /// Whether the object or array being written has no member yet (no comma before the next).
    private var first = true

    public init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    /// The text as a Swift string.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Writes an object: `body` writes its members with `key(_:)` followed by a value, in sorted key order.
    public mutating func object(_ body: (inout StoredJSONWriter) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        let outer = first
        first = true
        body(&self)
        first = outer
        bytes.append(UInt8(ascii: "}"))
    }

    /// Writes an array, one element per call of `element` in order.
    public mutating func array<T>(_ items: [T], _ element: (inout StoredJSONWriter, T) -> Void) {
        array(each: { items.forEach($0) }, element)
    }

    /// Writes an array of the items `each` hands over (it is called once, handing them in order), one element per
    /// call of `element`: for items a caller hands over as it reads them, without holding them as an array (D-173).
    public mutating func array<T>(each: (_ item: (T) -> Void) -> Void, _ element: (inout StoredJSONWriter, T) -> Void) {
        bytes.append(UInt8(ascii: "["))
        var isFirst = true
        // `element` is called only while `each` runs.
        withoutActuallyEscaping(element) { element in
            each { item in
                if !isFirst { bytes.append(UInt8(ascii: ",")) }
                isFirst = false
                let outer = first
                element(&self, item)
                first = outer
            }
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes a member's key (an ASCII identifier needing no escape) and its colon, after a comma when needed.
    public mutating func key(_ name: StaticString) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    /// A string with JSON's escapes as `JSONEncoder` writes them: `"`, `\` and `/` escaped, the control
    /// characters as `\b \f \n \r \t` or `\u00XX`, everything else as its UTF-8 bytes.
    public mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            for (i, b) in utf8.enumerated() where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == UInt8(ascii: "/") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                start = i + 1
                bytes.append(UInt8(ascii: "\\"))
                switch b {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(b)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// An integer in decimal digits.
    public mutating func int<I: BinaryInteger>(_ value: I) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// `true` or `false`.
    public mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// A decimal as the number `JSONEncoder` writes: its plain text (a NaN as the bare `NaN`, which the
    /// store's scan then refuses, as it refused Foundation's).
    public mutating func decimal(_ value: Decimal) {
        bytes.append(contentsOf: value.exactText.utf8)
    }

    /// A string-backed enumeration's raw value.
    public mutating func raw<E: RawRepresentable>(_ value: E) where E.RawValue == String { string(value.rawValue) }

    /// Bytes that are already JSON (a member written by `JSONEncoder`), as they are.
    public mutating func appendRaw(_ json: some Sequence<UInt8>) { bytes.append(contentsOf: json) }

    /// An empty object `{}` (an enumeration case without values).
    public mutating func emptyObject() {
        bytes.append(UInt8(ascii: "{"))
        bytes.append(UInt8(ascii: "}"))
    }
}
