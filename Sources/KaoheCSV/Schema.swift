import KaoheCore

/// One column of a template: its Chinese header, its English alias, and whether a file must have it.
public struct Column: Sendable, Hashable {
    public let chinese: String
    public let alias: String
    public let required: Bool

    public init(_ chinese: String, _ alias: String, required: Bool = false) {
        self.chinese = chinese
        self.alias = alias
        self.required = required
    }

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

    /// The template's Chinese name, for messages.
    public var chinese: String {
        switch self {
        case .areas: "区域"
        case .targets: "目标"
        case .report: "自查报告"
        case .keyTasks: "重点任务"
        case .projects: "治理项目"
        case .funding: "资金投入"
        case .monitoring: "监测数据"
        case .filings: "备案登记"
        case .departments: "部门"
        case .departmentTasks: "部门任务分解"
        case .departmentReport: "部门自查报告"
        case .successions: "单位承继"
        }
    }
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
                        reason: "unknown column is ignored",
                        fix: "remove it, or rename it to one of: \(schema.columns.map(\.bothNames).joined(separator: ", "))",
                        reasonZh: "无法识别的列，已忽略",
                        fixZh: "请删除该列，或改为以下列名之一：\(schema.columns.map(\.bothNames).joined(separator: "、"))"))
                continue
            }
            if let first = index[column] {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: header.line, column: i + 1, header: text,
                        reason: "column \(column.bothNames) appears twice (first in column \(first + 1))",
                        fix: "keep one of the two columns",
                        reasonZh: "列“\(column.bothNames)”出现两次（首次在第 \(first + 1) 列）", fixZh: "请只保留其中一列"))
                continue
            }
            index[column] = i
        }
        for column in schema.columns where column.required && index[column] == nil {
            diagnostics.append(
                Diagnostic(
                    file: file, line: header.line, header: column.bothNames,
                    reason: "required column is missing",
                    fix: "add a column headed \(column.chinese) or \(column.alias)",
                    reasonZh: "缺少必填列", fixZh: "请添加列名为“\(column.chinese)”或“\(column.alias)”的列"))
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
