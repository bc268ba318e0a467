import Foundation
import GRDB
import KaoheCore

/// One row of the import log: which file was taken in, when, and what it changed.
public struct ImportLogEntry: Sendable, Hashable, Codable {
    public var id: Int64?
    public var fileName: String
    /// SHA-256 of the file's bytes as read, lowercase hex.
    public var sha256: String
    /// The file kind: `areas`, `targets`, and the report and monitoring kinds.
    public var kind: String
    public var rowCount: Int
    public var added: Int
    public var changed: Int
    /// UTC time of the import, ISO 8601.
    public var importedAt: String

    public init(
        id: Int64? = nil, fileName: String, sha256: String, kind: String, rowCount: Int, added: Int = 0,
        changed: Int = 0, importedAt: String
    ) {
        self.id = id
        self.fileName = fileName
        self.sha256 = sha256
        self.kind = kind
        self.rowCount = rowCount
        self.added = added
        self.changed = changed
        self.importedAt = importedAt
    }
}

extension ImportLogEntry: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "import_log"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// How an import changed the stored rows, for the message the user sees.
public struct ImportOutcome: Sendable, Hashable {
    public var importID: Int64
    public var added: Int
    public var changed: Int
    public var unchanged: Int
    /// Rows identical to a withdrawn target, which stays withdrawn (targets only, R-5 revised).
    public var keptWithdrawn: Int

    public init(importID: Int64, added: Int, changed: Int, unchanged: Int, keptWithdrawn: Int = 0) {
        self.importID = importID
        self.added = added
        self.changed = changed
        self.unchanged = unchanged
        self.keptWithdrawn = keptWithdrawn
    }
}

struct AreaRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "area"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    var code: String
    var name: String
    var type: String
    var parentCode: String?
    var importId: Int64

    init(_ area: Area, importID: Int64) {
        code = area.code
        name = area.name
        type = area.type.rawValue
        parentCode = area.parentCode
        importId = importID
    }

    var area: Area? {
        AreaType(rawValue: type).map { Area(code: code, name: name, type: $0, parentCode: parentCode) }
    }
}

struct TargetRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "target"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    var areaCode: String
    var year: Int
    var pollutant: String
    var baseYear: Int
    var baseConcentration: String
    var kind: String
    var value: String?
    var isFinal: Bool
    var importId: Int64
    /// Set by a withdrawal (migration v7a); an import writes nil, making its row a target in force.
    var withdrawnAt: String?
    var withdrawalReason: String?

    init(_ t: Target, importID: Int64) {
        areaCode = t.areaCode
        year = t.year
        pollutant = t.pollutant.rawValue
        baseYear = t.baseYear
        baseConcentration = t.baseConcentration.exactText
        kind = t.kind.rawValue
        value = t.value?.exactText
        isFinal = t.isFinal
        importId = importID
    }

    var target: Target? {
        guard let p = Pollutant(rawValue: pollutant), let k = TargetKind(rawValue: kind),
            let base = Decimal(exactText: baseConcentration)
        else { return nil }
        return Target(
            areaCode: areaCode, year: year, pollutant: p, baseYear: baseYear, baseConcentration: base, kind: k,
            value: value.flatMap(Decimal.init(exactText:)), isFinal: isFinal)
    }

    var entry: TargetEntry? {
        target.map { TargetEntry(target: $0, withdrawnAt: withdrawnAt, withdrawalReason: withdrawalReason) }
    }
}

/// Made once: creating a Locale per parsed value showed up in reads of many stored decimals.
private let posixLocale = Locale(identifier: "en_US_POSIX")

extension Decimal {
    /// The value's plain decimal text (`85`, `0.35`), which round-trips exactly.
    ///
    /// The same text as `NSDecimalNumber(decimal:).stringValue` — the significand's digits with the point
    /// placed by the exponent — written directly from the 128-bit significand: storing a monitoring file
    /// writes millions of means, and Foundation's formatter dominated that. NaN goes through Foundation.
    var exactText: String {
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
    init?(exactText: String) {
        guard let d = Decimal(string: exactText, locale: posixLocale) else { return nil }
        self = d
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
