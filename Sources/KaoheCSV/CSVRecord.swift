import Foundation

/// One CSV record with the physical lines where it and each of its fields start.
///
/// Lines are 1-based and count LF, CRLF and lone CR once each, as an editor shows them, so diagnostics can
/// point at a field even when an earlier quoted field spans several lines.
public struct CSVRecord: Sendable, Equatable {
    /// The 1-based physical line where the record (its first field) starts.
    public var line: Int
    /// The field texts as written, unquoted, in UTF-8; surrounding spaces are kept.
    public var fields: [String]
    /// The 1-based physical line where each field starts; same count as `fields`.
    public var fieldLines: [Int]

    /// Creates a record; `fieldLines` must have one entry per field.
    public init(line: Int, fields: [String], fieldLines: [Int]) {
        self.line = line
        self.fields = fields
        self.fieldLines = fieldLines
    }
}

/// A view of one record's fields as raw UTF-8 bytes, valid only inside the `feedRaw` callback.
///
/// Lets a large-file reader look at cells without allocating a String per field; `string(_:)` makes one
/// when a cell must be reported or parsed the slow way.
public struct CSVRawRecord {
    struct Field {
        var start: Int
        var count: Int
        var line: Int
    }

    private let bytes: UnsafeRawBufferPointer
    private let fields: UnsafeBufferPointer<Field>

    init(bytes: UnsafeRawBufferPointer, fields: UnsafeBufferPointer<Field>) {
        self.bytes = bytes
        self.fields = fields
    }

    /// How many fields the record has.
    public var count: Int { fields.count }
    /// The 1-based physical line where the record starts.
    public var line: Int { fields[0].line }
    /// The 1-based physical line where field `i` starts.
    public func fieldLine(_ i: Int) -> Int { fields[i].line }

    /// The bytes of field `i` (0-based) as written, unquoted; valid only during the callback.
    public func field(_ i: Int) -> UnsafeRawBufferPointer {
        let f = fields[i]
        return f.count == 0 ? UnsafeRawBufferPointer(start: nil, count: 0) : UnsafeRawBufferPointer(rebasing: bytes[f.start..<f.start + f.count])
    }

    /// Field `i` as a String.
    public func string(_ i: Int) -> String { String(decoding: field(i), as: UTF8.self) }

    /// The record as a `CSVRecord` with String fields, for the slow path and for messages.
    public var record: CSVRecord {
        CSVRecord(line: line, fields: (0..<count).map(string), fieldLines: fields.map(\.line))
    }
}
