import Foundation

// Moved from KaoheStore (issue 14): rounding needs the digits of many decimals, and Foundation's
// `description` dominated `assess`; the store and the rounding now share one exact writer.

/// Made once: creating a Locale per parsed value showed up in reads of many stored decimals.
private let posixLocale = Locale(identifier: "en_US_POSIX")

extension Decimal {
    /// The value's plain decimal text (`85`, `0.35`), which round-trips exactly.
    ///
    /// The same text as `NSDecimalNumber(decimal:).stringValue` — the significand's digits with the point
    /// placed by the exponent — written directly from the 128-bit significand: storing a monitoring file
    /// writes millions of means, and Foundation's formatter dominated that. NaN goes through Foundation.
    public var exactText: String {
        guard decimalLayoutIsKnown, let parts = DecimalParts(self) else { return NSDecimalNumber(decimal: self).stringValue }
        var high = parts.high, low = parts.low
        // Digits of the significand, least significant first: 19 at a time while it exceeds 64 bits.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { digits in
            var count = 0
            func put(_ value: UInt64, padTo width: Int) {
                var v = value
                var written = 0
                repeat {
                    digits[count] = UInt8(48 + v % 10)
                    count += 1
                    written += 1
                    v /= 10
                } while v != 0 || written < width
            }
            let chunk: UInt64 = 10_000_000_000_000_000_000
            while high != 0 {
                let q1 = high / chunk
                let (q0, r) = chunk.dividingFullWidth((high % chunk, low))
                put(r, padTo: 19)
                high = q1
                low = q0
            }
            put(low, padTo: 1)
            let exponent = parts.exponent
            let negative = parts.negative
            let length = (negative ? 1 : 0)
                + (exponent >= 0 ? count + exponent : -exponent < count ? count + 1 : 2 - exponent)
            return String(unsafeUninitializedCapacity: length) { out in
                var i = 0
                if negative {
                    out[i] = UInt8(ascii: "-")
                    i += 1
                }
                if exponent >= 0 {
                    for k in stride(from: count - 1, through: 0, by: -1) {
                        out[i] = digits[k]
                        i += 1
                    }
                    for _ in 0..<exponent {
                        out[i] = UInt8(ascii: "0")
                        i += 1
                    }
                } else if -exponent < count {
                    for k in stride(from: count - 1, through: 0, by: -1) {
                        if k == -exponent - 1 {
                            out[i] = UInt8(ascii: ".")
                            i += 1
                        }
                        out[i] = digits[k]
                        i += 1
                    }
                } else {
                    out[i] = UInt8(ascii: "0")
                    out[i + 1] = UInt8(ascii: ".")
                    i += 2
                    for _ in 0..<(-exponent - count) {
                        out[i] = UInt8(ascii: "0")
                        i += 1
                    }
                    for k in stride(from: count - 1, through: 0, by: -1) {
                        out[i] = digits[k]
                        i += 1
                    }
                }
                return i
            }
        }
    }

    /// Parses text written by `exactText`, with a POSIX decimal point whatever the process locale.
    public init?(exactText: String) {
        var text = exactText
        if let d = text.withUTF8({ Decimal(plainText: $0) }) {
            self = d
            return
        }
        guard let d = Decimal(string: exactText, locale: posixLocale) else { return nil }
        self = d
    }

    /// The value of a plain decimal text — `-`, digits without a leading zero, an optional point and digits —
    /// when it is nonzero with at most 19 significant digits; nil for any other text (the caller then asks
    /// `Decimal(string:)`).
    ///
    /// Built directly as the significand without trailing zeros and the point as the exponent: the value and
    /// the digits `Decimal(string:)` gives after compacting, which `exactText` then writes the same
    /// (`StoredJSONTests` compares them on thousands of texts). `Decimal(string:)` with a locale asked ICU for
    /// the decimal separator on every call: a tenth of `publish` and a twentieth of `assess` (issue 14).
    public init?(plainText text: UnsafeBufferPointer<UInt8>) {
        var significand: UInt64 = 0, digits = 0, exponent = 0, afterPoint = false, negative = false, i = 0
        if i < text.count, text[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        let first = i
        while i < text.count {
            let b = text[i]
            if b == UInt8(ascii: ".") {
                // One point, after at least one digit and before at least one.
                guard !afterPoint, i > first, i + 1 < text.count else { return nil }
                afterPoint = true
                i += 1
                continue
            }
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
            // No leading zero before other digits of the integer part ("01").
            if i == first, b == UInt8(ascii: "0"), i + 1 < text.count, text[i + 1] != UInt8(ascii: ".") { return nil }
            if afterPoint { exponent -= 1 }
            if significand != 0 || b != UInt8(ascii: "0") {
                digits += 1
                guard digits <= 19 else { return nil }
                significand = significand * 10 + UInt64(b - UInt8(ascii: "0"))
            }
            i += 1
        }
        guard significand != 0 else { return nil }
        self.init(compacting: significand, exponent: exponent, negative: negative)
    }
}

/// A finite, non-zero decimal's sign, exponent and 128-bit significand, read from the value's bytes.
///
/// Foundation keeps these fields internal on Linux; the layout (exponent byte; flags byte with the word count
/// in its high four bits and the sign in bit 3; two reserved bytes; eight 16-bit significand words,
/// little-endian) is checked once on known values
/// (`decimalLayoutIsKnown`) before it is relied on, and `exactText` falls back to Foundation otherwise.
private struct DecimalParts: Equatable {
    var negative: Bool
    var exponent: Int
    var high: UInt64
    var low: UInt64

    /// Nil for zero and NaN (length 0) or a length the layout cannot have.
    init?(_ d: Decimal) {
        guard MemoryLayout<Decimal>.size == 20 else { return nil }
        let parsed: DecimalParts? = withUnsafeBytes(of: d) { b in
            let flags = b[1]
            let length = Int(flags >> 4)
            guard length > 0, length <= 8 else { return nil }
            func word(_ i: Int) -> UInt64 { i < length ? UInt64(b.loadUnaligned(fromByteOffset: 4 + 2 * i, as: UInt16.self).littleEndian) : 0 }
            return DecimalParts(
                negative: flags & 0x08 != 0, exponent: Int(Int8(bitPattern: b[0])),
                high: word(4) | word(5) << 16 | word(6) << 32 | word(7) << 48,
                low: word(0) | word(1) << 16 | word(2) << 32 | word(3) << 48)
        }
        guard let parsed else { return nil }
        self = parsed
    }

    private init(negative: Bool, exponent: Int, high: UInt64, low: UInt64) {
        self.negative = negative
        self.exponent = exponent
        self.high = high
        self.low = low
    }

    /// Whether reading the bytes gives the expected parts for values whose parts are known.
    static let layoutIsKnown: Bool = {
        let wide = Decimal(UInt64.max) * 65536 + 7  // 0xFFFF_FFFF_FFFF_FFFF_0007: a second 64-bit word
        return DecimalParts(Decimal(sign: .minus, exponent: -3, significand: 1234))
            == DecimalParts(negative: true, exponent: -3, high: 0, low: 1234)
            && DecimalParts(Decimal(sign: .plus, exponent: 5, significand: 7)) == DecimalParts(negative: false, exponent: 5, high: 0, low: 7)
            && DecimalParts(wide) == DecimalParts(negative: false, exponent: 0, high: 0xFFFF, low: 0xFFFF_FFFF_FFFF_0007)
            && DecimalParts(Decimal(0)) == nil
    }()
}

private var decimalLayoutIsKnown: Bool { DecimalParts.layoutIsKnown }

extension Decimal {
    /// Sign, power-of-ten exponent and significand when the significand fits in 64 bits and the layout is
    /// known; nil for zero, NaN and wider values (the fast path of GB/T 8170 rounding, issue 14).
    var smallParts: (negative: Bool, exponent: Int, significand: UInt64)? {
        guard decimalLayoutIsKnown, let p = DecimalParts(self), p.high == 0 else { return nil }
        return (p.negative, p.exponent, p.low)
    }

    /// Sign, exponent and the 128-bit significand as two 64-bit halves when the layout is known; nil for zero and
    /// NaN (the 128-bit path of GB/T 8170 rounding, for quotients of 38 digits, issue 14).
    var wideParts: (negative: Bool, exponent: Int, high: UInt64, low: UInt64)? {
        guard decimalLayoutIsKnown, let p = DecimalParts(self) else { return nil }
        return (p.negative, p.exponent, p.high, p.low)
    }

    /// ±`significand` × 10^`exponent` compacted: the significand's trailing zeros removed, the exponent one higher
    /// for each, as `Decimal`'s own arithmetic and `Decimal(string:)` leave a value, so that `exactText` and
    /// `description` write it as they would (D-112, issue 14). The fast paths of parsing, rounding and scoring build
    /// their results with it; `significand` is not zero.
    init(compacting significand: UInt64, exponent: Int, negative: Bool) {
        var n = significand, e = exponent
        while n != 0, n % 10 == 0 {
            n /= 10
            e += 1
        }
        self.init(sign: negative ? .minus : .plus, exponent: e, significand: Decimal(n))
    }
}
