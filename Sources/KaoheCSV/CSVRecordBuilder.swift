import CCSV
import Foundation

/// The libcsv side of `CSVStreamParser`: the state its callbacks fill and the callbacks themselves.

/// Line feed and carriage return, for the byte scans of this module.
let lf = UInt8(ascii: "\n")
let cr = UInt8(ascii: "\r")
let fieldBegun: Int32 = 2
let fieldMightHaveEnded: Int32 = 3

/// Collects fields from libcsv's callbacks and stamps them with the physical line being fed.
///
/// A struct behind a pointer rather than a class, so the per-field callbacks pay no exclusivity checks.
struct RecordBuilder {
    var line = 1
    var maximumFieldBytes = Int.max
    var maximumRecordBytes = Int.max
    /// Bytes of the current record's completed fields, plus one per field for its delimiter.
    var recordBytes = 0
    /// Set when a completed field or the record passed its limit; the parser throws after `csv_parse`.
    var tooLong: TooLong?
    /// Set for unquoted input (`CSV_REPALL_NL`): `recordEnded` advances `line` at every line break.
    var linesFromCallbacks = false
    /// Whether the last line break reported was a CR with nothing after it yet, so an LF now completes a CRLF.
    var afterCR = false
    /// Whether the first field completed in the current `csv_parse` call began on an earlier call.
    var continuingField = false
    /// The line where the field still open at the end of the last `csv_parse` call began.
    var openFieldLine = 1
    var fields: [String] = []
    var fieldLines: [Int] = []
    var completed: [CSVRecord] = []
    /// Raw mode (`feedRaw`): field bytes go to one reused, manually grown buffer instead of Strings.
    ///
    /// Plain pointers rather than arrays, so appending a field costs no uniqueness or capacity checks beyond
    /// one comparison; the buffers are reset, not freed, after each delivery and so hold about one line.
    var raw = false
    var rawBytes = GrowableBuffer<UInt8>(capacity: 256)
    var rawFields = GrowableBuffer<CSVRawRecord.Field>(capacity: 16)
    /// End (exclusive index in `rawFields`) of each completed record not yet delivered.
    var rawRecordEnds = GrowableBuffer<Int>(capacity: 4)
    /// Index in `rawFields` of the first field of the record being built.
    var rawRecordStart = 0

    /// Fields of the record being built, in either mode; locates a field that fails to close.
    var openFieldCount: Int { raw ? rawFields.count - rawRecordStart : fields.count }

    /// The line where the record being built starts, once it has a completed field.
    var recordLine: Int? { raw ? (rawRecordStart < rawFields.count ? rawFields[rawRecordStart].line : nil) : fieldLines.first }

    /// Counts a completed field of `count` bytes against the limits; false, with `tooLong` set, when the
    /// field or its row is too long (its text is then not kept).
    mutating func admit(count: Int, fieldLine: Int) -> Bool {
        recordBytes += count + 1
        if tooLong == nil, count > maximumFieldBytes {
            tooLong = TooLong(line: fieldLine, column: openFieldCount + 1, wholeRow: false)
        } else if tooLong == nil, recordBytes > maximumRecordBytes {
            tooLong = TooLong(line: recordLine ?? fieldLine, column: nil, wholeRow: true)
        }
        return tooLong == nil
    }

    mutating func addRawField(_ data: UnsafeMutableRawPointer?, _ count: Int) {
        let fieldLine = continuingField ? openFieldLine : line
        let kept = admit(count: count, fieldLine: fieldLine)
        rawFields.append(CSVRawRecord.Field(start: rawBytes.count, count: kept ? count : 0, line: fieldLine))
        if kept, let data, count > 0 { rawBytes.append(data.assumingMemoryBound(to: UInt8.self), count: count) }
        continuingField = false
    }

    mutating func endRawRecord() {
        recordBytes = 0
        let count = rawFields.count - rawRecordStart
        if count == 1 {
            let f = rawFields[rawRecordStart]
            let blank = UnsafeBufferPointer(start: rawBytes.base + f.start, count: f.count).allSatisfy {
                $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t")
            }
            if blank {
                rawBytes.truncate(to: f.start)
                rawFields.truncate(to: rawRecordStart)
                return
            }
        }
        guard count > 0 else { return }
        rawRecordEnds.append(rawFields.count)
        rawRecordStart = rawFields.count
    }

    /// Forgets delivered records, keeping the fields of a record still being built.
    mutating func dropDeliveredRaw() {
        rawRecordEnds.truncate(to: 0)
        if rawRecordStart == rawFields.count {
            rawBytes.truncate(to: 0)
            rawFields.truncate(to: 0)
        } else {
            let byteStart = rawFields[rawRecordStart].start
            rawBytes.removeFirst(byteStart)
            rawFields.removeFirst(rawRecordStart)
            for i in 0..<rawFields.count { rawFields[i].start -= byteStart }
        }
        rawRecordStart = 0
    }

    func freeRaw() {
        rawBytes.free()
        rawFields.free()
        rawRecordEnds.free()
    }

    /// Adds a completed field of `count` bytes; `text` is only asked for when the field is within its limit.
    mutating func addField(count: Int, _ text: () -> String) {
        let fieldLine = continuingField ? openFieldLine : line
        fields.append(admit(count: count, fieldLine: fieldLine) ? text() : "")
        fieldLines.append(fieldLine)
        continuingField = false
    }

    mutating func endRecord() {
        let blank = fields.count == 1 && fields[0].utf8.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        if !blank, let first = fieldLines.first {
            completed.append(CSVRecord(line: first, fields: fields, fieldLines: fieldLines))
        }
        let capacity = min(fields.count, 64)
        recordBytes = 0
        fields = []
        fields.reserveCapacity(capacity)
        fieldLines = []
        fieldLines.reserveCapacity(capacity)
    }
}

func fieldEnded(_ data: UnsafeMutableRawPointer?, _ count: Int, _ context: UnsafeMutableRawPointer?) {
    let builder = context!.assumingMemoryBound(to: RecordBuilder.self)
    builder.pointee.afterCR = false
    if builder.pointee.raw { return builder.pointee.addRawField(data, data == nil ? 0 : count) }
    guard let data, count > 0 else { return builder.pointee.addField(count: 0) { "" } }
    builder.pointee.addField(count: count) { String(decoding: UnsafeRawBufferPointer(start: data, count: count), as: UTF8.self) }
}

/// Where a field or row passed its byte limit; `column` is nil for a whole row.
struct TooLong {
    var line: Int
    var column: Int?
    var wholeRow: Bool
}

func recordEnded(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
    let builder = context!.assumingMemoryBound(to: RecordBuilder.self)
    if builder.pointee.raw { builder.pointee.endRawRecord() } else { builder.pointee.endRecord() }
    guard builder.pointee.linesFromCallbacks, terminator >= 0 else { return }
    // Every CR and LF is reported, a blank line as an empty record: count LF, CRLF and a lone CR once each.
    if terminator == Int32(lf), builder.pointee.afterCR {
        builder.pointee.afterCR = false
    } else {
        builder.pointee.line += 1
        builder.pointee.afterCR = terminator == Int32(cr)
    }
}
