import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KaoheCore
import ZIPFoundation

/// Reads one worksheet as a stream: its XML decompressed chunk by chunk and read as it comes, rows handed on
/// as CSV, so a sheet of a million rows never sits in memory whole (issue 16).
///
/// The rows, their text and every located problem are those of `XLSXReader.read`. The byte scanner reads the
/// chunks (`SheetDataScanner`, D-111); where it gives way, the stream starts again (`onStart` is called a
/// second time) and parses batches of whole rows with Foundation's XMLParser, each wrapped in the sheet's own
/// opening tags so prefixes and namespaces hold (D-88). Two cases return nil and the caller reads the sheet
/// whole instead: a header row whose merged cells the whole read fills across (the merge list comes after the
/// rows, too late to change a header already handed on, D-64), and, in the XMLParser batches, a sheet whose
/// XML holds comments or CDATA sections (a `</row>` inside one must not split a batch).
public enum SheetStream {
    /// What the stream read: the sheet's name (its rows are not kept) and the sheet row of each CSV line.
    public struct Result: Sendable {
        /// The sheet, named as `XLSXReader.read` names it, with no rows kept.
        public var sheet: SheetText
        /// The sheet row each physical CSV line belongs to (index 0 is line 1), for `SheetText.locate`.
        public var rowOfLine: [Int]
        /// Rows handed on (those holding any value).
        public var rows: Int
        /// Whether the byte scanner read the sheet (false: it gave way and XMLParser read it).
        public var scanned: Bool
    }

    /// Streams the chosen sheet (as `XLSXReader.read` chooses it) to `onCSV` in UTF-8 CSV chunks, the first
    /// starting with a BOM; together they are byte for byte `XLSXReader.read(…).csv`.
    ///
    /// `onStart` learns the name the CSV is reported by (`file.xlsx:Sheet`) before any row. It is called a
    /// second time when the stream starts over (the scanner gave way, D-111): everything handed on before is
    /// void. `batchBytes` is the XML parsed at a time by XMLParser (default 4 MiB); throws `DiagnosticsError`
    /// as the whole read does, located at sheet cells; returns nil when the sheet must be read whole (see the
    /// type's note).
    public static func csv(
        _ data: Data, file: String, sheet named: String? = nil, preferred: [String] = [], batchBytes: Int = 4 << 20,
        onStart: (_ sheetName: String) throws -> Void = { _ in }, onCSV: (Data) throws -> Void
    ) throws -> Result? {
        try csv(data, file: file, sheet: named, preferred: preferred, batchBytes: batchBytes, scanning: true, onStart: onStart, onCSV: onCSV)
    }

    /// `csv(…)`, with `scanning` false to go straight to the XMLParser batches (for their tests).
    static func csv(
        _ data: Data, file: String, sheet named: String?, preferred: [String], batchBytes: Int, scanning: Bool,
        onStart: (_ sheetName: String) throws -> Void, onCSV: (Data) throws -> Void
    ) throws -> Result? {
        let book = try Book(data: data, file: file)
        let info = try book.choose(named: named, preferred: preferred)
        let name = "\(file):\(info.name)"
        try onStart(name)
        let clean = info.path.hasPrefix("/") ? String(info.path.dropFirst()) : info.path
        guard let entry = book.archive[clean], entry.uncompressedSize <= XLSXReader.maximumPartBytes else {
            throw workbookError(name, .sheetDataMissing)
        }
        if scanning {
            if let outcome = try scanned(book, entry, info, name: name, onCSV: onCSV) { return outcome.result }
            try onStart(name)
        }
        return try parsed(book, entry, info, name: name, batchBytes: batchBytes, onCSV: onCSV)
    }

    /// What the scanner's read came to, when it did not give way: the result, or nil to read the sheet whole.
    private struct Scanned { var result: Result? }

    /// The sheet read by the byte scanner; nil when it gave way (nothing it handed on counts).
    private static func scanned(
        _ book: Book, _ entry: Entry, _ info: XLSXReader.SheetInfo, name: String, onCSV: (Data) throws -> Void
    ) throws -> Scanned? {
        var sink = CSVSink()
        var scanner = SheetDataScanner(shared: book.shared, styles: book.styles, date1904: book.date1904) { sink.add($0) }
        var failure: Error?
        do {
            _ = try book.archive.extract(entry, skipCRC32: false) { chunk in
                guard scanner.feed(chunk) else { throw ScannerGaveWay() }
                if sink.pendingCount >= 1 << 20 {
                    do { try onCSV(sink.take()) } catch { failure = error; throw error }
                }
            }
        } catch {
            if let failure { throw failure }
            return nil  // gave way, or a part that does not unpack: the XMLParser read says so as before
        }
        guard scanner.finish() else { return nil }
        if !scanner.problems.isEmpty {
            throw DiagnosticsError(scanner.problems.map { p in
                Diagnostic(file: "\(name)!\(columnLetters(p.column))\(p.row)", problem: p.issue)
            })
        }
        if let header = sink.header {
            var filled = [header]
            Book.fillMergedHeader(&filled, merges: scanner.merges, used: sink.usedColumns)
            if filled[0] != header { return Scanned(result: nil) }
        }
        if sink.pendingCount > 0 || sink.rows == 0 { try onCSV(sink.take()) }
        return Scanned(result: Result(sheet: SheetText(file: book.file, sheet: info.name, rows: []), rowOfLine: sink.rowOfLine, rows: sink.rows, scanned: true))
    }

    /// The sheet parsed by XMLParser in batches of whole rows (D-88).
    private static func parsed(
        _ book: Book, _ entry: Entry, _ info: XLSXReader.SheetInfo, name: String, batchBytes: Int, onCSV: (Data) throws -> Void
    ) throws -> Result? {
        var sink = CSVSink()
        let reader = SheetReader(shared: book.shared, styles: book.styles, date1904: book.date1904) { sink.add($0) }
        var batcher = RowBatcher(reader: reader, partPath: info.path, sheetName: name, batchBytes: batchBytes)
        var failure: Error?
        do {
            _ = try book.archive.extract(entry, skipCRC32: false) { chunk in
                guard failure == nil, !batcher.mustReadWhole else { return }
                do {
                    try batcher.feed(chunk)
                    if sink.pendingCount > 0 { try onCSV(sink.take()) }
                } catch {
                    failure = error
                }
            }
        } catch {
            throw workbookError(name, .sheetDataDamaged)
        }
        if let failure { throw failure }
        if batcher.mustReadWhole { return nil }
        try batcher.finish()
        if !reader.problems.isEmpty {
            throw DiagnosticsError(reader.problems.map { p in
                Diagnostic(file: "\(name)!\(columnLetters(p.column))\(p.row)", problem: p.issue)
            })
        }
        // A merged header the whole read would fill across: the header already went out unfilled.
        if let header = sink.header {
            var filled = [header]
            Book.fillMergedHeader(&filled, merges: reader.merges, used: sink.usedColumns)
            if filled[0] != header { return nil }
        }
        if sink.pendingCount > 0 || sink.rows == 0 { try onCSV(sink.take()) }
        return Result(sheet: SheetText(file: book.file, sheet: info.name, rows: []), rowOfLine: sink.rowOfLine, rows: sink.rows, scanned: false)
    }
}

/// The rows handed on so far as CSV: exactly `SheetText.csv`, written a batch at a time.
struct CSVSink {
    /// The CSV written since the last `take`, as bytes (appending to `Data` byte by byte costs more).
    private var bytes: [UInt8] = []
    private(set) var rowOfLine: [Int] = []
    private(set) var rows = 0
    /// The first row holding values (the header) as read, before any merge filling.
    private(set) var header: SheetRow?
    /// Whether column i + 1 holds a value in some row after the header.
    private var used: [Bool] = []
    private var started = false

    /// Bytes written and not yet taken.
    var pendingCount: Int { bytes.count }

    /// The 1-based columns holding a value in some row after the header.
    var usedColumns: Set<Int> { Set(used.indices.filter { used[$0] }.map { $0 + 1 }) }

    mutating func add(_ row: SheetRow) {
        if !started {
            bytes.append(contentsOf: [0xEF, 0xBB, 0xBF])
            started = true
        }
        if header == nil {
            header = row
        } else {
            if used.count < row.cells.count { used += Array(repeating: false, count: row.cells.count - used.count) }
            for (i, cell) in row.cells.enumerated() where !cell.isEmpty { used[i] = true }
        }
        rows += 1
        // As `SheetText.csvLine`: every field quoted, quotes doubled, a line feed; line breaks counted as
        // `SheetText.lineBreaks` counts them (CR LF once).
        var breaks = 0
        for (i, cell) in row.cells.enumerated() {
            if i > 0 { bytes.append(0x2C) }
            bytes.append(0x22)
            // A quote is doubled by the same Foundation call as `csvLine` (it leaves a quote that begins a
            // combined character alone); nearly no cell holds one.
            let text = cell.utf8.contains(0x22) ? cell.replacingOccurrences(of: "\"", with: "\"\"") : cell
            var previous: UInt8 = 0
            for byte in text.utf8 {
                if byte == 0x0A, previous != 0x0D { breaks += 1 } else if byte == 0x0D { breaks += 1 }
                bytes.append(byte)
                previous = byte
            }
            bytes.append(0x22)
        }
        bytes.append(0x0A)
        for _ in 0...breaks { rowOfLine.append(row.number) }
    }

    /// The CSV written since the last call; a sheet without rows still gives its BOM once.
    mutating func take() -> Data {
        if !started {
            started = true
            return Data([0xEF, 0xBB, 0xBF])
        }
        defer { bytes.removeAll(keepingCapacity: true) }
        return Data(bytes)
    }
}

/// Cuts a worksheet part's XML, arriving in chunks, into batches that end after a whole row and parses each
/// as a document of its own: the part's opening (through the `sheetData` start tag), the rows, the closing tags.
struct RowBatcher {
    let reader: SheetReader
    let partPath: String
    let sheetName: String
    let batchBytes: Int
    /// Set when the part holds `<!` after its opening (a comment or CDATA): the caller reads it whole.
    private(set) var mustReadWhole = false
    private var buffer = Data()
    /// The part's opening through the `sheetData` start tag, once found; `emptyData` when that tag closes itself.
    private var head: Data?
    private var emptyData = false
    private var rowClose = Data()
    private var closing = Data()
    private var headLines = 0
    /// Newlines of the part before the bytes in `buffer`, for error lines.
    private var linesBefore = 0
    /// How much of `buffer` has been searched for `<!`.
    private var scanned = 0

    init(reader: SheetReader, partPath: String, sheetName: String, batchBytes: Int) {
        self.reader = reader
        self.partPath = partPath
        self.sheetName = sheetName
        self.batchBytes = max(batchBytes, 64)
    }

    mutating func feed(_ chunk: Data) throws {
        buffer.append(chunk)
        if head == nil { findHead() }
        guard let head, !emptyData, buffer.count >= batchBytes else { return }
        // `<!` anywhere after the opening: only the new bytes (and one before them) are searched each time.
        if ByteScan.contains(buffer, [0x3C, 0x21], from: max(0, scanned - 1)) {
            mustReadWhole = true
            return
        }
        scanned = buffer.count
        guard let end = ByteScan.endOfLast(rowClose, in: buffer) else { return }
        try parse(head + buffer.prefix(end) + closing, firstLine: linesBefore - headLines)
        linesBefore += ByteScan.newlines(buffer, upTo: end)
        buffer = Data(buffer.dropFirst(end))
        scanned = buffer.count
    }

    /// Parses what is left: the last rows and the part's end (merged cells among it).
    mutating func finish() throws {
        if let head, !emptyData {
            if ByteScan.contains(buffer, [0x3C, 0x21], from: max(0, scanned - 1)) {
                mustReadWhole = true
                return
            }
            try parse(head + buffer, firstLine: linesBefore - headLines)
        } else {
            // No sheetData start tag found, or an empty one: the part is parsed as it is.
            try parse((head ?? Data()) + buffer, firstLine: 0)
        }
        buffer = Data()
    }

    /// Finds the `sheetData` start tag (`<sheetData>` or `<x:sheetData …>`) and the root element's name.
    private mutating func findHead() {
        guard let tag = buffer.firstRange(of: Data("sheetData".utf8)) else { return }
        // The tag's `<` and prefix: back from "sheetData" over name characters to `<`.
        var open = tag.lowerBound
        while open > buffer.startIndex, buffer[open - 1] != 0x3C, buffer[open - 1] != 0x3E { open -= 1 }
        guard open > buffer.startIndex, buffer[open - 1] == 0x3C else {
            mustReadWhole = true
            return
        }
        guard let end = buffer[tag.upperBound...].firstIndex(of: 0x3E) else { return }  // the tag continues in the next chunk
        let qualified = buffer[open..<tag.upperBound]
        let prefix = Data(qualified.dropLast("sheetData".utf8.count))
        guard let root = rootName(buffer[..<(open - 1)]) else {
            mustReadWhole = true
            return
        }
        emptyData = buffer[end - 1] == 0x2F  // `/>`
        head = Data(buffer[buffer.startIndex...end])
        headLines = ByteScan.newlines(head!, upTo: head!.count)
        linesBefore = headLines
        buffer = Data(buffer[(end + 1)...])
        rowClose = Data("</".utf8) + prefix + Data("row>".utf8)
        closing = Data("</".utf8) + prefix + Data("sheetData></".utf8) + root + Data(">".utf8)
    }

    /// The qualified name of the document's root element: the first start tag that is not `<?…?>` or `<!…>`.
    private func rootName(_ bytes: Data) -> Data? {
        var i = bytes.startIndex
        while let lt = bytes[i...].firstIndex(of: 0x3C) {
            let next = lt + 1
            guard next < bytes.endIndex else { return nil }
            if bytes[next] == 0x3F || bytes[next] == 0x21 {  // `<?` or `<!`
                guard let gt = bytes[next...].firstIndex(of: 0x3E) else { return nil }
                i = gt + 1
                continue
            }
            let name = bytes[next...].prefix { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x3E || $0 == 0x2F) }
            return name.isEmpty ? nil : Data(name)
        }
        return nil
    }

    /// Parses one batch with the sheet's reader; a damaged batch names the line of the part it came from.
    private func parse(_ xml: Data, firstLine: Int) throws {
        guard isValidUTF8(xml) else {
            throw workbookError(sheetName, .sheetNotUTF8)
        }
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        guard parser.parse() else {
            let line = firstLine + parser.lineNumber
            throw workbookError(sheetName, .sheetXMLDamaged(line: line, path: partPath))
        }
    }
}

/// Byte searches over `Data` with the C library (memmem, memchr): the generic `Data` searches cost more than
/// parsing the XML did on a sheet of a million rows (perf, issue 16).
enum ByteScan {
    /// Whether `pattern` occurs in `data` at or after byte offset `from` (memchr to each candidate first byte).
    static func contains(_ data: Data, _ pattern: [UInt8], from: Int) -> Bool {
        guard let first = pattern.first, from < data.count else { return false }
        return data.withUnsafeBytes { raw in
            let base = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var at = from
            while at + pattern.count <= raw.count, let hit = memchr(base + at, Int32(first), raw.count - at) {
                let i = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
                guard i + pattern.count <= raw.count else { return false }
                if memcmp(base + i, pattern, pattern.count) == 0 { return true }
                at = i + 1
            }
            return false
        }
    }

    /// The byte offset just after the last occurrence of `pattern` in `data`, or nil.
    static func endOfLast(_ pattern: Data, in data: Data) -> Int? {
        let p = [UInt8](pattern)
        guard let first = p.first, data.count >= p.count else { return nil }
        return data.withUnsafeBytes { raw -> Int? in
            let b = raw.bindMemory(to: UInt8.self)
            var at = b.count - p.count
            while at >= 0 {
                if b[at] == first, memcmp(b.baseAddress! + at, p, p.count) == 0 { return at + p.count }
                at -= 1
            }
            return nil
        }
    }

    /// The line feeds among the first `end` bytes of `data`.
    static func newlines(_ data: Data, upTo end: Int) -> Int {
        data.withUnsafeBytes { raw in
            guard var at = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return 0 }
            var left = min(end, raw.count)
            var count = 0
            while left > 0, let hit = memchr(at, 0x0A, left) {
                let next = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) + 1
                left -= next - at
                at = next
                count += 1
            }
            return count
        }
    }
}

