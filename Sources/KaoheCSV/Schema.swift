import KaoheCore

/// One column of a template: its Chinese header, its English alias, and whether a file must have it.
public struct Column: Sendable, Hashable {
    public let chinese: String
    public let alias: String
    public let required: Bool
    /// The alias's hash, computed once: a row reader looks its columns up in `HeaderMap.index` several times
    /// per cell, and hashing two strings each time was a tenth of `reports import` (issue 14). Derived from
    /// `alias`, so equal columns have equal hashes; hash seeds are fixed for the life of the process.
    private let aliasHash: Int

    public init(_ chinese: String, _ alias: String, required: Bool = false) {
        self.chinese = chinese
        self.alias = alias
        self.required = required
        aliasHash = alias.hashValue
    }

    public static func == (a: Column, b: Column) -> Bool { a.alias == b.alias && a.chinese == b.chinese && a.required == b.required }

    public func hash(into hasher: inout Hasher) { hasher.combine(aliasHash) }

    /// Both names as the user may write them, for messages: `区域代码 / area_code`.
    public var bothNames: String { "\(chinese) / \(alias)" }
}

/// The columns of one file kind of docs/input-files.md.
public struct Schema: Sendable {
    public let kind: FileKind
    public let columns: [Column]

    public init(kind: FileKind, columns: [Column]) {
        self.kind = kind
        self.columns = columns
    }
}

/// The kinds of file the city's templates define; each is recognised by its header row.
public enum FileKind: String, Sendable, Hashable, CaseIterable {
    case areas
    case targets
    case report
    case keyTasks = "key-tasks"
    case projects
    case funding
    case monitoring
    case filings
    /// The municipal departments (部门) and their files (R-31, issue 17).
    case departments
    case departmentTasks = "department-tasks"
    case departmentReport = "department-report"
    /// Unit successions: renames, recodes, merges and splits (issue 21).
    case successions
}

/// Which column of a schema each field of a file's header row holds.
///
/// Header cells are matched after trimming spaces; the Chinese name must match exactly (full-width and
/// half-width parentheses are treated alike), the alias ignoring case.
public struct HeaderMap: Sendable {
    public let schema: Schema
    /// Field index (0-based) for each column present.
    public let index: [Column: Int]
    /// The header text as written in the file, per field index.
    public let written: [String]
    public let line: Int

    /// Matches a header record against a schema, reporting duplicates and missing required columns as
    /// errors and unknown columns as warnings.
    public static func match(
        _ header: CSVRecord, schema: Schema, file: String, into diagnostics: inout [Diagnostic]
    ) -> HeaderMap {
        var index: [Column: Int] = [:]
        let written = header.fields.map(normalizeHeader)
        for (i, text) in written.enumerated() {
            guard !text.isEmpty else { continue }
            guard let column = schema.column(named: text) else {
                diagnostics.append(
                    Diagnostic(
                        .warning, file: file, line: header.line, column: i + 1, header: text,
                        problem: FileIssue.unknownColumn(columns: schema.columns.map(\.bothNames))))
                continue
            }
            if let first = index[column] {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: header.line, column: i + 1, header: text,
                        problem: FileIssue.duplicateColumn(column: column.bothNames, firstColumn: first + 1)))
                continue
            }
            index[column] = i
        }
        for column in schema.columns where column.required && index[column] == nil {
            diagnostics.append(
                Diagnostic(
                    file: file, line: header.line, header: column.bothNames,
                    problem: FileIssue.missingColumn(chinese: column.chinese, alias: column.alias)))
        }
        return HeaderMap(schema: schema, index: index, written: written, line: header.line)
    }

    /// How many of a schema's columns a header names; used to recognise a file's kind.
    static func matchCount(_ header: CSVRecord, schema: Schema) -> (required: Int, all: Int) {
        let found = Set(header.fields.compactMap { schema.column(named: normalizeHeader($0)) })
        return (found.filter(\.required).count, found.count)
    }
}

extension Schema {
    func column(named text: String) -> Column? {
        let key = headerKey(text)
        return columns.first { headerKey($0.chinese) == key || $0.alias.lowercased() == key }
    }

    /// The schema among `candidates` whose required columns a header row holds, preferring the one that
    /// names the most columns; nil when no schema's required columns are all there.
    public static func recognise(_ header: CSVRecord, among candidates: [Schema]) -> Schema? {
        var best: (schema: Schema, all: Int)?
        for schema in candidates {
            let count = HeaderMap.matchCount(header, schema: schema)
            let requiredTotal = schema.columns.filter(\.required).count
            guard count.required == requiredTotal else { continue }
            if best == nil || count.all > best!.all { best = (schema, count.all) }
        }
        return best?.schema
    }
}
