import Foundation
import KaoheCore

/// Reads one data row of a recognised file, collecting every problem as a located diagnostic instead of
/// stopping at the first, so a rejected file is reported in full.
struct RowReader {
    let record: CSVRecord
    let header: HeaderMap
    let file: String
    var diagnostics: [Diagnostic] = []
    /// Warnings about this row; unlike `diagnostics` they do not keep the row's value out.
    var warnings: [Diagnostic] = []

    init(_ record: CSVRecord, header: HeaderMap, file: String) {
        self.record = record
        self.header = header
        self.file = file
    }

    var line: Int { record.line }

    /// The trimmed cell text of `column`, or nil when the column is absent or the cell is empty.
    ///
    /// A line break inside a quoted cell is stored as LF whatever the file's line endings, so a CRLF file
    /// and its LF twin give the same values.
    func text(_ column: Column) -> String? {
        guard let i = header.index[column], i < record.fields.count else { return nil }
        var t = trimmedCell(record.fields[i])
        // A byte test: `String.contains` with a string argument went through Foundation's `range(of:)`, a
        // seventh of `reports import` (issue 14).
        if t.utf8.contains(cr) { t = t.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
        return t.isEmpty ? nil : t
    }

    /// Where a cell is, to report a problem found only after the whole file was read.
    struct Location {
        var line: Int
        var column: Int?
        var header: String

        func diagnostic(file: String, problem: some Explained) -> Diagnostic {
            Diagnostic(file: file, line: line, column: column, header: header, problem: problem)
        }
    }

    /// The location of `column`'s cell in this row (the row's line when the column is absent).
    func location(_ column: Column) -> Location {
        let i = header.index[column]
        let line = i.flatMap { $0 < record.fieldLines.count ? record.fieldLines[$0] : nil } ?? record.line
        return Location(line: line, column: i.map { $0 + 1 }, header: i.map { header.written[$0] } ?? column.bothNames)
    }

    /// Records a catalogued problem located at `column`'s cell in this row.
    mutating func problem(_ column: Column, _ issue: some Explained) {
        let l = location(column)
        diagnostics.append(Diagnostic(file: file, line: l.line, column: l.column, header: l.header, problem: issue))
    }

    /// Records a cell's problem located at `column`'s cell in this row.
    mutating func problem(_ column: Column, _ problem: FieldProblem) {
        let l = location(column)
        diagnostics.append(problem.diagnostic(file: file, line: l.line, column: l.column, header: l.header))
    }

    /// Records a warning located at `column`'s cell in this row; the row's value is kept.
    mutating func warn(_ column: Column, _ issue: some Explained) {
        let l = location(column)
        warnings.append(Diagnostic(.warning, file: file, line: l.line, column: l.column, header: l.header, problem: issue))
    }

    /// Parses a required cell; an empty cell and a parse failure are both reported.
    mutating func required<T>(_ column: Column, _ parse: (String) -> Result<T, FieldProblem>) -> T? {
        // An absent required column was reported once at the header; its cells are not reported again per row.
        // A column the schema calls optional but this row needs (目标值 for 下降比例, …) is reported here, at
        // the row: a row is never dropped without a word (issue 12 item 7).
        guard header.index[column] != nil else {
            if !column.required {
                problem(column, FileIssue.rowNeedsColumn(chinese: column.chinese, alias: column.alias))
            }
            return nil
        }
        guard let t = text(column) else {
            problem(column, FileIssue.requiredEmpty(chinese: column.chinese))
            return nil
        }
        return parsed(column, t, parse)
    }

    /// Parses an optional cell; empty means "not given", never zero.
    mutating func optional<T>(_ column: Column, _ parse: (String) -> Result<T, FieldProblem>) -> T? {
        guard let t = text(column) else { return nil }
        return parsed(column, t, parse)
    }

    private mutating func parsed<T>(_ column: Column, _ t: String, _ parse: (String) -> Result<T, FieldProblem>) -> T? {
        switch parse(t) {
        case .success(let v): return v
        case .failure(let p):
            problem(column, p)
            return nil
        }
    }

    /// Reports extra non-empty fields beyond the header, which would otherwise be lost silently.
    mutating func checkWidth() {
        let width = header.written.count
        guard record.fields.count > width else { return }
        for i in width..<record.fields.count where !trimmedCell(record.fields[i]).isEmpty {
            diagnostics.append(valueWithoutHeader(record.fields[i], file: file, line: record.fieldLines[i], column: i + 1))
        }
    }
}

/// The parsed rows of one accepted file, with the warnings found on the way.
public struct ParsedFile<Row: Sendable>: Sendable {
    public var kind: FileKind
    public var rows: [Row]
    /// Warnings, such as ignored unknown columns; printed but not blocking.
    public var warnings: [Diagnostic]
}

/// Shared frame of every small-file importer: split into records, match the header, read each row,
/// and throw every error at once or return the rows.
func parseFile<Row>(
    _ data: Data, file: String, schema: Schema, readRow: (inout RowReader) -> Row?
) throws -> ParsedFile<Row> {
    let records = try CSVStreamParser.records(in: data, fileName: file)
    guard let headerRecord = records.first else { throw DiagnosticsError([emptyFile(file, expecting: schema.kind)]) }
    var diagnostics: [Diagnostic] = []
    let rows = parseRows(records, schema: schema, file: file, diagnostics: &diagnostics, readRow: readRow)
    if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticsError(diagnostics) }
    if records.count == 1 { throw DiagnosticsError(diagnostics + [headerOnly(file, line: headerRecord.line)]) }
    return ParsedFile(kind: schema.kind, rows: rows, warnings: diagnostics)
}

/// Reads every data row after the header with `readRow`, adding each row's problems to `diagnostics`.
///
/// A row with any problem contributes no value; the caller throws when any error was collected.
func parseRows<Row>(
    _ records: [CSVRecord], schema: Schema, file: String, diagnostics: inout [Diagnostic],
    readRow: (inout RowReader) -> Row?
) -> [Row] {
    guard let headerRecord = records.first else { return [] }
    let header = HeaderMap.match(headerRecord, schema: schema, file: file, into: &diagnostics)
    var rows: [Row] = []
    for record in records.dropFirst() {
        if let row = KaoheCSV.readRow(record, header: header, file: file, diagnostics: &diagnostics, readRow: readRow) { rows.append(row) }
    }
    return rows
}

/// Reads one data record with `readRow`, adding its problems to `diagnostics`; its value when it has no error.
func readRow<Row>(
    _ record: CSVRecord, header: HeaderMap, file: String, diagnostics: inout [Diagnostic], readRow: (inout RowReader) -> Row?
) -> Row? {
    var reader = RowReader(record, header: header, file: file)
    reader.checkWidth()
    let row = readRow(&reader)
    if !reader.diagnostics.isEmpty || !reader.warnings.isEmpty { diagnostics += reader.diagnostics + reader.warnings }
    return reader.diagnostics.isEmpty ? row : nil
}

/// A non-empty field beyond the header row's last column.
func valueWithoutHeader(_ text: String, file: String, line: Int, column: Int) -> Diagnostic {
    Diagnostic(file: file, line: line, column: column, problem: FileIssue.valueWithoutHeader(text: text))
}

func emptyFile(_ file: String, expecting kind: FileKind?) -> Diagnostic {
    Diagnostic(file: file, line: 1, problem: FileIssue.empty(kind: kind))
}

func headerOnly(_ file: String, line: Int) -> Diagnostic {
    Diagnostic(file: file, line: line, problem: FileIssue.headerOnly)
}

/// A problem another module already worded in both languages (such as `OldCodeCheck`'s), passed on as it is.
struct WordedProblem: Explained {
    var reason: Bilingual
    var fix: Bilingual?
}
