import Foundation

/// How a national daily file's value cells are checked (issue 18, D-136).
///
/// `.fast` first asks a byte-level check (`NationalCell.quick`) and sends every cell it does not accept down the
/// careful path; `.careful` sends every cell down the careful path (`clean`, then `parseDecimal`), as before the
/// fast path existed. Both give the same readings and the same diagnostics; `.careful` is kept so a differential
/// test can prove it, as the monitoring importer keeps its careful path.
public enum NationalCellPath: Sendable, Equatable {
    case fast
    case careful
}

/// The byte-level check of a national file's value cells: a shortcut for the common cell, never a second parser.
///
/// A file of 1,500 stations has ~540,000 value cells, of which the kept stations' are a few thousand; every cell
/// must be checked (D-68), but building a trimmed `String` and a `Decimal` for each cost ~24× the parse itself
/// (docs/performance.md). The check looks at the cell's UTF-8 bytes only and accepts exactly a subset of what the
/// careful path accepts without a problem.
enum NationalCell {
    /// What the byte-level check says of one cell.
    enum Verdict: Equatable {
        /// Empty, only ASCII spaces or tabs, or `-` between them: a missing value, as the careful path says.
        case missing
        /// ASCII digits with at most one `.`, at least one digit, at most `maxDigits` digits, no sign, between
        /// optional ASCII spaces or tabs: `parseDecimal` accepts it and its value is not negative.
        case nonNegative
        /// Anything else (full-width characters, ideographic spaces, signs, exponents, separators, long digit
        /// strings, text): the careful path decides and words any problem.
        case careful
    }

    /// At most this many digits are accepted by the shortcut; `parseDecimal` allows 20 significant digits and 40
    /// after the point, so 18 digits in all is safely inside both.
    static let maxDigits = 18

    /// The verdict for a cell's text, from its bytes, without a `String` trim or a `Decimal`.
    static func quick(_ text: String) -> Verdict {
        text.utf8.withContiguousStorageIfAvailable(quick(bytes:)) ?? .careful
    }

    /// The verdict for a cell's UTF-8 bytes.
    static func quick(bytes: UnsafeBufferPointer<UInt8>) -> Verdict {
        var start = 0
        var end = bytes.count
        while start < end, isASCIISpace(bytes[start]) { start += 1 }
        while end > start, isASCIISpace(bytes[end - 1]) { end -= 1 }
        if start == end { return .missing }
        if end - start == 1, bytes[start] == UInt8(ascii: "-") { return .missing }
        var digits = 0
        var points = 0
        for i in start..<end {
            let byte = bytes[i]
            if byte &- UInt8(ascii: "0") < 10 {
                digits += 1
            } else if byte == UInt8(ascii: ".") {
                points += 1
            } else {
                return .careful
            }
        }
        return digits >= 1 && digits <= maxDigits && points <= 1 ? .nonNegative : .careful
    }

    /// The value of a cell `quick` judged `.nonNegative`, made from its bytes (D-166): the `Decimal` `parseDecimal`
    /// makes of it — the digits without leading zeros or trailing zeros after the point as the significand, the
    /// point as the exponent, built by the same initializer — without the trimmed `String` and the digit arrays
    /// of the careful path. Nil for a cell the check does not accept (the caller then takes the careful path).
    static func value(_ text: String) -> Decimal? {
        text.utf8.withContiguousStorageIfAvailable(value(bytes:)) ?? nil
    }

    /// The value of a cell's UTF-8 bytes that `quick(bytes:)` judges `.nonNegative`; nil otherwise.
    static func value(bytes: UnsafeBufferPointer<UInt8>) -> Decimal? {
        guard quick(bytes: bytes) == .nonNegative else { return nil }
        var significand: UInt64 = 0
        var fraction = 0
        var afterPoint = false
        for byte in bytes {
            if byte &- UInt8(ascii: "0") < 10 {
                // At most 18 digits (`maxDigits`): the significand fits in 64 bits.
                significand = significand * 10 + UInt64(byte &- UInt8(ascii: "0"))
                if afterPoint { fraction += 1 }
            } else if byte == UInt8(ascii: ".") {
                afterPoint = true
            }
        }
        // parseDecimal drops the fraction's trailing zeros before it places the point.
        while fraction > 0, significand % 10 == 0 {
            significand /= 10
            fraction -= 1
        }
        guard significand != 0 else { return 0 }
        return Decimal(sign: .plus, exponent: -fraction, significand: Decimal(significand))
    }

    /// Whether a cell's text has nothing to trim, known from its first and last bytes alone: both ASCII and
    /// neither a space nor a tab (the ideographic space, U+3000, starts with a byte ≥ 0x80).
    static func needsNoTrim(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, let last = bytes.last else { return true }
            return first < 0x80 && last < 0x80 && !isASCIISpace(first) && !isASCIISpace(last)
        } ?? false
    }

    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}

extension NationalCell {
    /// Appends the exact text of a cell `quick(bytes:)` judged `.nonNegative`: the text `Decimal.exactText` writes
    /// of the value `value(bytes:)` makes of it — the digits without the spaces around them, the integer part's
    /// leading zeros and the fraction's trailing zeros, a point only before a fraction left, `0` before a point
    /// with no integer digit, and `0` for zero (`NationalCellPathTests` compares them) — without the `Decimal`.
    static func appendExactText(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") { start += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        var point = start
        while point < end, bytes[point] != UInt8(ascii: ".") { point += 1 }
        var whole = start
        while whole < point, bytes[whole] == UInt8(ascii: "0") { whole += 1 }
        var fractionEnd = end
        if point < end {
            while fractionEnd > point + 1, bytes[fractionEnd - 1] == UInt8(ascii: "0") { fractionEnd -= 1 }
        }
        let hasFraction = point < end && fractionEnd > point + 1
        if whole == point {
            out.append(UInt8(ascii: "0"))
        } else {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[whole..<point]))
        }
        if hasFraction {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[point..<fractionEnd]))
        }
    }
}
