import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KaoheCore
import ZIPFoundation

/// A worksheet read into text rows, ready for the same validators as a CSV file (docs/input-files.md).
public struct SheetText: Sendable {
    /// The workbook's name as the user gave it (`data/areas.xlsx`).
    public var file: String
    /// The sheet's name as its tab shows it.
    public var sheet: String
    /// The rows that hold any value, in sheet order; empty rows are left out as a CSV reader skips blank lines.
    public var rows: [SheetRow]

    /// The name validators report this sheet by: `file.xlsx:Sheet`.
    public var name: String { "\(file):\(sheet)" }

    /// The rows as UTF-8 CSV (with BOM, every field quoted), so the CSV validators read them unchanged.
    ///
    /// Each sheet row is one CSV record and cell columns keep their positions from column A, so a CSV line and
    /// field map back to a sheet row and column through `locate(_:)`.
    public var csv: Data {
        var out = "\u{FEFF}"
        for row in rows { out += Self.csvLine(row.cells) }
        return Data(out.utf8)
    }

    /// One row as a CSV line: every field quoted, quotes doubled, ending in a line feed.
    static func csvLine(_ cells: [String]) -> String {
        var line = ""
        for (i, cell) in cells.enumerated() {
            if i > 0 { line += "," }
            line += "\""
            // Most cells hold no quote: doubling them costs a Foundation search (a tenth of a large import).
            line += cell.utf8.contains(0x22) ? cell.replacingOccurrences(of: "\"", with: "\"\"") : cell
            line += "\""
        }
        return line + "\n"
    }

    /// The line breaks inside a row's cells: a row takes this many CSV lines plus one (CRLF counts once).
    static func lineBreaks(_ cells: [String]) -> Int {
        var count = 0
        for cell in cells {
            var previous: UInt8 = 0
            for byte in cell.utf8 {
                if byte == 0x0A, previous != 0x0D { count += 1 } else if byte == 0x0D { count += 1 }
                previous = byte
            }
        }
        return count
    }

    /// The sheet row each physical line of `csv` belongs to (index 0 is line 1).
    public var rowOfLine: [Int] {
        var map: [Int] = []
        for row in rows { map += Array(repeating: row.number, count: Self.lineBreaks(row.cells) + 1) }
        return map
    }

    /// A diagnostic found in `csv` (named `name`) relocated to the sheet: `file.xlsx:Sheet!D7`, or
    /// `file.xlsx:Sheet!7:7` for a whole row; other diagnostics are returned unchanged.
    public func locate(_ d: Diagnostic, rowOfLine map: [Int]) -> Diagnostic {
        guard d.file == name else { return d }
        var out = d
        guard let line = d.line else { return out }
        let row = line >= 1 && line <= map.count ? map[line - 1] : line
        out.file = d.column.map { "\(name)!\(columnLetters($0))\(row)" } ?? "\(name)!\(row):\(row)"
        out.line = nil
        out.column = nil
        return out
    }
}

/// Reads .xlsx workbooks (Office Open XML spreadsheets) with ZIPFoundation and Foundation's XMLParser.
public enum XLSXReader {
    /// Largest uncompressed part read, in bytes: a guard against a zip bomb (2 GiB).
    static let maximumPartBytes: UInt64 = 2 << 30

    /// A sheet as the workbook lists it.
    public struct SheetInfo: Sendable, Equatable {
        public var name: String
        public var hidden: Bool
        var path: String
    }

    /// Whether `data` starts like an .xls (OLE2 compound file) rather than an .xlsx (ZIP) workbook.
    public static func looksLikeXLS(_ data: Data) -> Bool {
        data.prefix(8) == Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }

    /// The sheets of a workbook, in tab order, with whether each is hidden.
    public static func sheets(in data: Data, file: String) throws -> [SheetInfo] {
        try Book(data: data, file: file).sheets
    }

    /// Reads one sheet: `named` when given (an error names the sheets there are), else the first visible sheet
    /// whose name is one of `preferred` (compared ignoring case and spaces), else the first visible sheet.
    ///
    /// Every unreadable cell (an error value, a formula without a saved result) is reported at once, located
    /// as `file.xlsx:Sheet!D7`; merged cells in the first row that holds values (the header) carry the
    /// merged range's value into every column of the range.
    public static func read(_ data: Data, file: String, sheet named: String? = nil, preferred: [String] = []) throws -> SheetText {
        let book = try Book(data: data, file: file)
        let info = try book.choose(named: named, preferred: preferred)
        return try book.read(info)
    }

    /// Every visible sheet whose name is one of `names` (ignoring case and spaces), read; for a workbook
    /// holding several file kinds (a report and its key tasks) as one sheet each.
    public static func readAll(_ data: Data, file: String, named names: [String]) throws -> [SheetText] {
        let book = try Book(data: data, file: file)
        let keys = Set(names.map(sheetKey))
        return try book.sheets.filter { !$0.hidden && keys.contains(sheetKey($0.name)) }.map(book.read)
    }
}

func sheetKey(_ name: String) -> String {
    name.lowercased().filter { !$0.isWhitespace }
}

/// An opened workbook: its archive, shared strings, date styles and sheet list.
struct Book {
    let file: String
    let archive: Archive
    let sheets: [XLSXReader.SheetInfo]
    let shared: [String]
    let styles: DateStyles
    let date1904: Bool

    init(data: Data, file: String) throws {
        self.file = file
        if XLSXReader.looksLikeXLS(data) {
            throw workbookError(file, .oldXLS)
        }
        // Offsets past the end would make ZIPFoundation trap rather than throw (ZipBounds).
        guard ZipBounds.isWithinBounds(data) else {
            throw workbookError(file, .pointsPastEnd)
        }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read, pathEncoding: nil)
        } catch {
            throw workbookError(file, .notZIP)
        }
        self.archive = archive
        let rootRels = Book.relationships(Book.part(archive, "_rels/.rels"), base: "")
        let workbookPath = rootRels.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        guard let workbookData = Book.part(archive, workbookPath),
            let entries = ElementCollector.collect(workbookData, wanted: ["sheet", "workbookPr"])
        else {
            throw workbookError(file, .noSheetList(path: workbookPath))
        }
        let base = (workbookPath as NSString).deletingLastPathComponent
        let relsPath = (base.isEmpty ? "" : base + "/") + "_rels/" + (workbookPath as NSString).lastPathComponent + ".rels"
        let rels = Book.relationships(Book.part(archive, relsPath), base: base)
        let byID = Dictionary(rels.map { ($0.id, $0.target) }, uniquingKeysWith: { a, _ in a })
        date1904 = entries.first { $0.name == "workbookPr" }.flatMap { attribute($0.attributes, "date1904") }.map { $0 == "1" || $0.lowercased() == "true" } ?? false
        sheets = entries.filter { $0.name == "sheet" }.compactMap { e in
            guard let name = attribute(e.attributes, "name"), let id = attribute(e.attributes, "id"), let path = byID[id] else { return nil }
            let state = attribute(e.attributes, "state") ?? "visible"
            return XLSXReader.SheetInfo(name: name, hidden: state != "visible", path: path)
        }
        let sharedPath = rels.first { $0.type.hasSuffix("/sharedStrings") }?.target ?? (base.isEmpty ? "" : base + "/") + "sharedStrings.xml"
        if let sst = Book.part(archive, sharedPath) {
            guard let strings = SharedStringsReader.read(sst) else {
                throw workbookError(file, .sharedStringsUnreadable)
            }
            shared = strings
        } else {
            shared = []
        }
        let stylesPath = rels.first { $0.type.hasSuffix("/styles") }?.target ?? (base.isEmpty ? "" : base + "/") + "styles.xml"
        styles = Book.part(archive, stylesPath).flatMap(DateStyles.init(styles:)) ?? DateStyles()
    }

    /// The sheet to read; see `XLSXReader.read`.
    func choose(named: String?, preferred: [String]) throws -> XLSXReader.SheetInfo {
        let listZh = sheets.map(\.name).joined(separator: "、")
        if let named {
            guard let found = sheets.first(where: { $0.name == named }) ?? sheets.first(where: { sheetKey($0.name) == sheetKey(named) }) else {
                throw workbookError(file, .noSheetNamed(named: named, sheets: sheets.map(\.name)))
            }
            return found
        }
        let keys = preferred.map(sheetKey)
        if let found = sheets.first(where: { !$0.hidden && keys.contains(sheetKey($0.name)) }) { return found }
        guard let first = sheets.first(where: { !$0.hidden }) else {
            throw workbookError(file, .noVisibleSheet)
        }
        return first
    }

    /// Reads one sheet's rows, reporting every unreadable cell at once: by the byte scanner, or by XMLParser
    /// where the scanner gives way (D-111).
    func read(_ info: XLSXReader.SheetInfo) throws -> SheetText {
        try readScanning(info) ?? readParsing(info)
    }

    /// The sheet read by the byte scanner as its part is unpacked (never held whole), or nil when the scanner
    /// gives way (XML it does not read, damaged XML, a part that does not unpack): `readParsing` then reads it
    /// and says what is wrong, as before the scanner.
    func readScanning(_ info: XLSXReader.SheetInfo) throws -> SheetText? {
        let clean = info.path.hasPrefix("/") ? String(info.path.dropFirst()) : info.path
        guard let entry = archive[clean], entry.uncompressedSize <= XLSXReader.maximumPartBytes else { return nil }
        var rows: [SheetRow] = []
        var scanner = SheetDataScanner(shared: shared, styles: styles, date1904: date1904) { rows.append($0) }
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard scanner.feed(chunk) else { throw ScannerGaveWay() }
            }
        } catch {
            return nil
        }
        guard scanner.finish() else { return nil }
        return try finished(info, rows: rows, problems: scanner.problems, merges: scanner.merges)
    }

    /// The sheet read whole by Foundation's XMLParser, the reference reader (D-64).
    func readParsing(_ info: XLSXReader.SheetInfo) throws -> SheetText {
        let name = "\(file):\(info.name)"
        guard let xml = Book.part(archive, info.path) else {
            throw workbookError(name, .sheetDataMissing)
        }
        var rows: [SheetRow] = []
        let reader = SheetReader(shared: shared, styles: styles, date1904: date1904) { rows.append($0) }
        guard isValidUTF8(xml) else {
            throw workbookError(name, .sheetNotUTF8)
        }
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        guard parser.parse() else {
            let line = parser.lineNumber
            throw workbookError(name, .sheetXMLDamaged(line: line, path: info.path))
        }
        return try finished(info, rows: rows, problems: reader.problems, merges: reader.merges)
    }

    /// The rows read, every cell problem reported at once, else the sheet with its merged header filled.
    private func finished(_ info: XLSXReader.SheetInfo, rows: [SheetRow], problems: [CellProblem], merges: [(Int, Int, Int, Int)]) throws -> SheetText {
        let name = "\(file):\(info.name)"
        if !problems.isEmpty {
            throw DiagnosticsError(problems.map { p in
                Diagnostic(file: "\(name)!\(columnLetters(p.column))\(p.row)", problem: p.issue)
            })
        }
        var rows = rows
        var used = Set<Int>()
        for row in rows.dropFirst() { for (i, cell) in row.cells.enumerated() where !cell.isEmpty { used.insert(i + 1) } }
        Book.fillMergedHeader(&rows, merges: merges, used: used)
        return SheetText(file: file, sheet: info.name, rows: rows)
    }

    /// Carries a merged header cell's value across its range (in the header row, the first holding values) to
    /// the columns beneath it that hold data (D-64).
    ///
    /// A header merged over two columns for width, with data in one, names that column; merged over two
    /// columns that both hold data, it names both, and the validator reports the column twice. A range over
    /// columns without any data keeps the value where it was written.
    ///
    /// `used` holds the 1-based columns with a value in some row after the header (a stream counts them as
    /// rows pass, so it needs no rows kept).
    static func fillMergedHeader(_ rows: inout [SheetRow], merges: [(Int, Int, Int, Int)], used: Set<Int>) {
        guard !rows.isEmpty else { return }
        let header = rows[0].number
        for (top, left, bottom, right) in merges where top == header && header <= bottom && left < right && right <= 16_384 {
            var cells = rows[0].cells
            guard left - 1 < cells.count, !cells[left - 1].isEmpty else { continue }
            let value = cells[left - 1]
            let beneath = (left...right).filter(used.contains)
            guard !beneath.isEmpty else { continue }
            if cells.count < right { cells += Array(repeating: "", count: right - cells.count) }
            for c in left...right { cells[c - 1] = beneath.contains(c) ? value : "" }
            rows[0].cells = cells
        }
    }

    /// A part's bytes, or nil when the package has no such part or it is too large or damaged.
    static func part(_ archive: Archive, _ path: String) -> Data? {
        let clean = path.hasPrefix("/") ? String(path.dropFirst()) : path
        guard let entry = archive[clean], entry.uncompressedSize <= XLSXReader.maximumPartBytes else { return nil }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        } catch {
            return nil
        }
        return data
    }

    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    /// A relationships part's entries, targets resolved against `base` (the folder of the part they belong to).
    static func relationships(_ data: Data?, base: String) -> [Relationship] {
        guard let data, let elements = ElementCollector.collect(data, wanted: ["Relationship"]) else { return [] }
        return elements.compactMap { e in
            guard let id = attribute(e.attributes, "Id"), let type = attribute(e.attributes, "Type"), let target = attribute(e.attributes, "Target") else {
                return nil
            }
            return Relationship(id: id, type: type, target: resolve(target, base: base))
        }
    }

    static func resolve(_ target: String, base: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = base.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}

/// Thrown from ZIPFoundation's consumer to stop unpacking a sheet the scanner gave way on.
struct ScannerGaveWay: Error {}

func workbookError(_ file: String, _ issue: WorkbookIssue) -> DiagnosticsError {
    DiagnosticsError([Diagnostic(file: file, problem: issue)])
}
