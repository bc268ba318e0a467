import CCSV
import Foundation
import KaoheCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A streaming RFC 4180 reader that decodes raw file bytes and yields located records.
///
/// Feed it chunks of any size; it keeps only the current line's state, so memory stays flat for huge files.
/// Parsing is strict: a stray quote, an unclosed quote, a NUL byte or undecodable bytes throw
/// `DiagnosticsError` naming the file, physical line and field column, with a fix. Blank lines (empty, or
/// only spaces and tabs) are skipped and do not shift line numbers. Not thread-safe; use one per file.
public final class CSVStreamParser {
    private let fileName: String
    private let decoder: StreamingTextDecoder
    private let parser = UnsafeMutablePointer<csv_parser>.allocate(capacity: 1)
    private let builder = UnsafeMutablePointer<RecordBuilder>.allocate(capacity: 1)
    private var pendingCR = false
    private var failure: (any Error)?
    private var finished = false

    /// Quoted fields longer than this many UTF-8 bytes are rejected as a probable unclosed quote.
    ///
    /// Without a limit an unclosed quote near the top of a huge file would buffer the rest of the file.
    public var maximumFieldBytes = 1 << 20

    /// Rows longer than this many UTF-8 bytes (fields plus one per delimiter) are rejected.
    ///
    /// Bounds the memory a row of millions of empty fields (a line of commas) would take.
    public var maximumRecordBytes = 1 << 22

    /// Creates a parser; `fileName` is used only to locate diagnostics.
    public convenience init(fileName: String) { self.init(fileName: fileName, utf8Only: false, unquoted: false) }

    /// Creates a parser whose decoder reads text without a BOM as UTF-8 only (see `StreamingTextDecoder`);
    /// `unquoted` is for input known to hold no quote (D-101), where every line break ends a record: libcsv then
    /// takes whole stretches of text at once and reports every line break, which advances the line, instead of
    /// being fed one physical line at a time.
    init(fileName: String, utf8Only: Bool, unquoted: Bool) {
        self.fileName = fileName
        decoder = StreamingTextDecoder(utf8Only: utf8Only)
        tabNamed = fileName.lowercased().hasSuffix(".tsv")
        let options = CSV_STRICT | CSV_STRICT_FINI | (unquoted ? CSV_REPALL_NL : 0)
        precondition(csv_init(parser, UInt8(options)) == 0, "libcsv could not initialise")
        if tabNamed { csv_set_delim(parser, UInt8(ascii: "\t")) }
        csv_set_space_func(parser, kaohe_csv_no_space)
        csv_set_blk_size(parser, 4096)
        var b = RecordBuilder()
        b.linesFromCallbacks = unquoted
        builder.initialize(to: b)
    }


    deinit {
        csv_free(parser)
        parser.deallocate()
        builder.pointee.freeRaw()
        builder.deinitialize(count: 1)
        builder.deallocate()
    }

    /// Whether the parser stands between records: no field or record begun, no line break half read.
    var isBetweenRecords: Bool {
        parser.pointee.pstate == 0 && builder.pointee.rawFields.count == builder.pointee.rawRecordStart && !pendingCR
            && builder.pointee.rawRecordEnds.count == 0
    }

    /// Makes the next byte fed the start of physical line `line`, for a parser that reads separate pieces of a
    /// file, each starting at a line boundary (D-101). Only between records.
    func resume(atLine line: Int) {
        precondition(isBetweenRecords, "a parser can jump only between records")
        builder.pointee.line = line
        builder.pointee.afterCR = false
    }

    /// Lets libcsv drop spaces and tabs around unquoted fields itself, as it does by default, instead of asking
    /// Swift's `kaohe_csv_no_space` about every byte: for the parallel monitoring readers (D-101), whose every
    /// use of a cell trims those anyway, and only after the header (whose names are kept as written).
    func trimUnquotedSpaces() { csv_set_space_func(parser, nil) }

    /// The physical line the next byte fed is on.
    var currentLine: Int { builder.pointee.line }

    /// The detected encoding name (e.g. `UTF-8`, `UTF-8 with BOM`, `GB18030`, `UTF-16LE`).
    ///
    /// Nil until decided: a BOM decides at once; otherwise the decision waits for the first non-ASCII text
    /// (pure ASCII reads the same in every supported encoding) and is `UTF-8` for an all-ASCII file at the end.
    public var encoding: String? { decoder.encoding?.name }

    /// The field delimiter: a comma, or a tab for UTF-16 input (the spreadsheet "Unicode text" export) and
    /// for a file named `*.tsv` in any encoding (D-45).
    public var delimiter: UInt8 { tabNamed || decoder.encoding?.isTabSeparated == true ? UInt8(ascii: "\t") : UInt8(ascii: ",") }

    /// Whether the file's name says it is tab-separated (`*.tsv`).
    private let tabNamed: Bool

    /// Feeds the next chunk of raw file bytes; calls onRecord for each completed record, in order.
    ///
    /// Records are delivered as soon as their line ends, so `onRecord` may run before this returns.
    /// After a thrown error the parser stays failed and rethrows it.
    public func feed(_ chunk: Data, onRecord: (CSVRecord) throws -> Void) throws {
        try guarded {
            try decode(chunk) { try deliver(onRecord) }
        }
    }

    /// Ends input; flushes a last record without a trailing newline; throws for an unclosed quote.
    public func finish(onRecord: (CSVRecord) throws -> Void) throws {
        try finishing { try deliver(onRecord) }
    }

    /// Like `feed(_:onRecord:)`, but hands each record's fields as raw UTF-8 bytes without making Strings.
    ///
    /// For large files (monitoring data): the record view and its bytes are valid only during the call.
    /// Use one style per parser; mixing `feed` and `feedRaw` on the same parser is a programming error.
    public func feedRaw(_ chunk: Data, onRecord: (CSVRawRecord) throws -> Void) throws {
        builder.pointee.raw = true
        try guarded {
            try decode(chunk) { try deliverRaw(onRecord) }
        }
    }

    /// Like `finish(onRecord:)` for a parser fed with `feedRaw(_:onRecord:)`.
    public func finishRaw(onRecord: (CSVRawRecord) throws -> Void) throws {
        builder.pointee.raw = true
        try finishing { try deliverRaw(onRecord) }
    }

    private func finishing(_ deliver: () throws -> Void) throws {
        try guarded {
            guard !finished else { return }
            finished = true
            try decode(nil, deliver: deliver)
            let context = UnsafeMutableRawPointer(builder)
            builder.pointee.continuingField = parser.pointee.pstate == fieldBegun || parser.pointee.pstate == fieldMightHaveEnded
            if csv_fini(parser, fieldEnded, recordEnded, context) != 0 {
                throw DiagnosticsError([
                    Diagnostic(
                        file: fileName, line: builder.pointee.openFieldLine, column: builder.pointee.openFieldCount + 1,
                        problem: CSVIssue.unclosedQuote),
                ])
            }
            if let tooLong = builder.pointee.tooLong { throw tooLongError(tooLong) }
            try deliver()
        }
    }

    private func guarded(_ body: () throws -> Void) throws {
        if let failure { throw failure }
        do {
            try body()
        } catch {
            failure = error
            throw error
        }
    }

    /// Decodes `chunk`, or the held-back end of input when nil, and parses the text; locates decoding problems.
    private func decode(_ chunk: Data?, deliver: () throws -> Void) throws {
        do {
            if let chunk {
                try decoder.decode(chunk) { try consume($0, deliver: deliver) }
            } else {
                try decoder.finish { try consume($0, deliver: deliver) }
            }
        } catch let problem as DecodingProblem {
            throw DiagnosticsError([problem.problem.diagnostic(file: fileName, line: builder.pointee.line, column: nil, header: nil)])
        }
    }

    /// Splits decoded UTF-8 at line breaks and hands libcsv one physical line (or part of one) at a time.
    private func consume(_ bytes: UnsafeRawBufferPointer, deliver: () throws -> Void) throws {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        if decoder.encoding?.isTabSeparated == true, csv_get_delim(parser) != UInt8(ascii: "\t") {
            csv_set_delim(parser, UInt8(ascii: "\t"))
        }
        let nul = memchr(base, 0, bytes.count).map { base.distance(to: UnsafeRawPointer($0)) }
        let end = nul ?? bytes.count
        var start = 0
        if builder.pointee.linesFromCallbacks {
            // No quotes: the callbacks count the line breaks (see `recordEnded`).
            try parse(base, count: end, deliver: deliver)
            start = end
        }
        if pendingCR, end > 0 {
            pendingCR = false
            if base.load(as: UInt8.self) == lf {
                try parse(base, count: 1, deliver: deliver)
                start = 1
            }
        }
        var nextLF = -1
        var nextCR = -1
        while start < end {
            if nextLF < start { nextLF = find(lf, in: base, from: start, to: end) }
            if nextCR < start { nextCR = find(cr, in: base, from: start, to: end) }
            let lineBreak = min(nextLF, nextCR)
            guard lineBreak < end else {
                try parse(base + start, count: end - start, deliver: deliver)
                break
            }
            var lineEnd = lineBreak + 1
            if lineBreak == nextCR {
                if lineEnd == end { pendingCR = true } else if nextLF == lineEnd { lineEnd += 1 }
            }
            try parse(base + start, count: lineEnd - start, deliver: deliver)
            builder.pointee.line += 1
            start = lineEnd
        }
        if nul != nil {
            throw DiagnosticsError([
                Diagnostic(
                    file: fileName, line: builder.pointee.line, problem: CSVIssue.nulByte),
            ])
        }
    }

    private func find(_ byte: UInt8, in base: UnsafeRawPointer, from start: Int, to end: Int) -> Int {
        guard let hit = memchr(base + start, Int32(byte), end - start) else { return end }
        return base.distance(to: UnsafeRawPointer(hit))
    }

    /// Feeds bytes that all lie on the current physical line, in pieces of at most `pieceBytes`, so a huge
    /// field or row is stopped near its limit instead of being buffered whole first.
    private func parse(_ bytes: UnsafeRawPointer, count: Int, deliver: () throws -> Void) throws {
        var offset = 0
        while offset < count {
            let piece = min(count - offset, Self.pieceBytes)
            try parsePiece(bytes + offset, count: piece, deliver: deliver)
            offset += piece
        }
    }

    private static let pieceBytes = 1 << 16

    private func parsePiece(_ bytes: UnsafeRawPointer, count: Int, deliver: () throws -> Void) throws {
        let state = parser.pointee.pstate
        builder.pointee.continuingField = state == fieldBegun || state == fieldMightHaveEnded
        builder.pointee.maximumFieldBytes = maximumFieldBytes
        builder.pointee.maximumRecordBytes = maximumRecordBytes
        let context = UnsafeMutableRawPointer(builder)
        let used = csv_parse(parser, bytes, count, fieldEnded, recordEnded, context)
        if let tooLong = builder.pointee.tooLong { throw tooLongError(tooLong) }
        try deliver()
        if used < count { throw strictError() }
        let after = parser.pointee.pstate
        guard after == fieldBegun || after == fieldMightHaveEnded else { return }
        if !builder.pointee.continuingField { builder.pointee.openFieldLine = builder.pointee.line }
        let column = builder.pointee.openFieldCount + 1
        if parser.pointee.entry_pos > maximumFieldBytes {
            guard parser.pointee.quoted != 0 else {
                throw tooLongError(.init(line: builder.pointee.openFieldLine, column: column, wholeRow: false))
            }
            throw DiagnosticsError([
                Diagnostic(
                    file: fileName, line: builder.pointee.openFieldLine, column: column,
                    problem: CSVIssue.quotedFieldTooLong(maximum: maximumFieldBytes)),
            ])
        }
        if builder.pointee.recordBytes + parser.pointee.entry_pos > maximumRecordBytes {
            throw tooLongError(.init(line: builder.pointee.recordLine ?? builder.pointee.openFieldLine, column: nil, wholeRow: true))
        }
    }

    private func tooLongError(_ tooLong: TooLong) -> DiagnosticsError {
        let diagnostic =
            tooLong.wholeRow
            ? Diagnostic(
                file: fileName, line: tooLong.line,
                problem: CSVIssue.rowTooLong(maximum: maximumRecordBytes))
            : Diagnostic(
                file: fileName, line: tooLong.line, column: tooLong.column,
                problem: CSVIssue.fieldTooLong(maximum: maximumFieldBytes))
        return DiagnosticsError([diagnostic])
    }

    private func deliver(_ onRecord: (CSVRecord) throws -> Void) throws {
        guard !builder.pointee.completed.isEmpty else { return }
        defer { builder.pointee.completed.removeAll(keepingCapacity: true) }
        for record in builder.pointee.completed { try onRecord(record) }
    }

    private func deliverRaw(_ onRecord: (CSVRawRecord) throws -> Void) throws {
        let b = builder
        guard b.pointee.rawRecordEnds.count > 0 else { return }
        defer { b.pointee.dropDeliveredRaw() }
        let bytes = UnsafeRawBufferPointer(start: b.pointee.rawBytes.base, count: b.pointee.rawBytes.count)
        var first = 0
        for i in 0..<b.pointee.rawRecordEnds.count {
            let end = b.pointee.rawRecordEnds[i]
            try onRecord(CSVRawRecord(bytes: bytes, fields: UnsafeBufferPointer(start: b.pointee.rawFields.base + first, count: end - first)))
            first = end
        }
    }

    private func strictError() -> DiagnosticsError {
        let state = parser.pointee
        let soFar = UnsafeRawBufferPointer(start: state.entry_buf, count: state.entry_pos)
        let issue: CSVIssue
        if state.pstate == fieldMightHaveEnded {
            issue = .textAfterClosingQuote
        } else if soFar.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
            issue = .spacesBeforeOpeningQuote
        } else {
            issue = .quoteInsideUnquotedField
        }
        return DiagnosticsError([
            Diagnostic(file: fileName, line: builder.pointee.line, column: builder.pointee.openFieldCount + 1, problem: issue),
        ])
    }
}

extension CSVStreamParser {
    /// Convenience for small files: all records of a whole file.
    public static func records(in data: Data, fileName: String) throws -> [CSVRecord] {
        let parser = CSVStreamParser(fileName: fileName)
        var records: [CSVRecord] = []
        try parser.feed(data) { records.append($0) }
        try parser.finish { records.append($0) }
        return records
    }
}
