import Foundation
import KaoheCSV
import KaoheCore

/// The city's input templates as .xlsx workbooks: blank, or with one unit's code, year and key-task rows
/// filled in (issue 16, D-67, D-81).
///
/// Each sheet is named after its file kind and headed by the Chinese column names, so a template filled in
/// and saved by Excel, WPS or LibreOffice imports without edits. Columns take the format a typed value needs
/// (codes as text, days as dates) and, where the file kind allows only some values, a drop-down list on a
/// hidden sheet 选项 (是/否, 区域类型, 考核指标, 目标类型, 进展状态, 资金来源, 任务类别, 指标代码, the known units).
public enum Templates {
    /// What the templates can know beyond the file kinds: the rule set's key tasks and the stored units.
    public struct Context: Sendable {
        /// The rule set's key-task indicators, for the 指标代码 and 任务类别 lists and the prefilled rows.
        public var keyTasks: [KeyTaskIndicator]
        /// The units stored so far, for the 区域代码 list; empty when there is no database yet.
        public var areas: [Area]

        public init(keyTasks: [KeyTaskIndicator], areas: [Area]) {
            self.keyTasks = keyTasks
            self.areas = areas
        }
    }

    /// One workbook to write: its file name (no folder) and its sheets.
    public struct Book: Sendable {
        public var file: String
        public var sheets: [WorkbookSheet]
    }

    /// The blank templates of every file kind: 区域, 目标, 自查报告 (four sheets), 备案登记, and daily and
    /// hourly monitoring.
    public static func blank(_ context: Context) -> [Book] {
        let monitoring = MonitoringFile.schema
        let daily = Schema(kind: .monitoring, columns: monitoring.columns.filter { $0.alias != "time" })
        let hourly = Schema(kind: .monitoring, columns: monitoring.columns.filter { $0.alias != "date" })
        let lists = ValueLists(context)
        return [
            Book(file: TemplateText.areasFile, sheets: [lists.sheet(AreasFile.schema)] + [lists.hiddenSheet]),
            Book(file: TemplateText.targetsFile, sheets: [lists.sheet(TargetsFile.schema)] + [lists.hiddenSheet]),
            Book(file: TemplateText.reportFile, sheets: ReportFiles.schemas.map { lists.sheet($0) } + [lists.hiddenSheet]),
            Book(file: TemplateText.filingsFile, sheets: [lists.sheet(FilingsFile.schema)] + [lists.hiddenSheet]),
            Book(file: TemplateText.dailyMonitoringFile, sheets: [lists.sheet(daily)] + [lists.hiddenSheet]),
            Book(file: TemplateText.hourlyMonitoringFile, sheets: [lists.sheet(hourly)] + [lists.hiddenSheet]),
        ]
    }

    /// One unit's self-inspection report for a year: the 自查报告 row with its code and year, and one 重点任务
    /// row per sub-indicator of the rule set (code, year, 指标代码, 指标名称) for the unit to score.
    ///
    /// The file is named `自查报告-CODE-NAME-YEAR.xlsx` (the report's columns carry no name); 报送日期 and the
    /// scores stay empty, so a template sent back unfilled is refused with located errors, never stored.
    public static func report(for area: Area, year: Int, _ context: Context) -> Book {
        let lists = ValueLists(context)
        var sheets = ReportFiles.schemas.map { lists.sheet($0) }
        sheets[0].rows = [[.text(area.code), .number(Decimal(year))]]
        let subs = context.keyTasks.flatMap(\.subIndicators)
        sheets[1].rows = subs.map { sub in [.text(area.code), .number(Decimal(year)), .text(sub.code), .text(sub.name)] }
        // Each listed sub-indicator's scores between 0 and its own points: one rule per row, in place of
        // the column's 0–100; rows added below the list keep 0–100 and are checked at import.
        let scoreColumns = Set(ValueLists.scoreHeaders.compactMap { sheets[1].header.firstIndex(of: $0) })
        sheets[1].validations.removeAll { scoreColumns.contains($0.column) }
        for column in scoreColumns.sorted() {
            for (i, sub) in subs.enumerated() {
                sheets[1].validations.append(ColumnValidation(
                    column: column, rule: .decimal(minimum: 0, maximum: sub.points),
                    error: TemplateText.subIndicatorScoreRange(code: sub.code, points: sub.points), firstRow: i + 2, lastRow: i + 2))
            }
            sheets[1].validations.append(ColumnValidation(
                column: column, rule: .decimal(minimum: 0, maximum: 100), error: TemplateText.numberRange(maximum: 100), firstRow: subs.count + 2))
        }
        return Book(file: TemplateText.reportFile(code: fileSafe(area.code), name: fileSafe(area.name), year: year), sheets: sheets + [lists.hiddenSheet])
    }

    /// A name part safe in a file name on every system: path separators and characters Windows refuses become `_`.
    static func fileSafe(_ text: String) -> String {
        String(text.map { "/\\:*?\"<>|".contains($0) || $0.isNewline || ($0.asciiValue.map { $0 < 0x20 } ?? false) ? "_" : $0 })
    }
}

/// The drop-down lists of the templates, as columns of the hidden sheet 选项, and the rule of each column.
struct ValueLists {
    /// Each list: its heading on 选项 and its values, in column order A, B, ….
    let lists: [(heading: String, values: [String])]


    /// The hidden sheet holding every list, one per column under its heading.
    var hiddenSheet: WorkbookSheet {
        let depth = lists.map(\.values.count).max() ?? 0
        var sheet = WorkbookSheet(
            name: Self.sheetName, header: lists.map(\.heading),
            rows: (0..<depth).map { i in lists.map { i < $0.values.count ? .text($0.values[i]) : .text("") } })
        sheet.hidden = true
        return sheet
    }

    /// The range of one list on 选项, e.g. `'选项'!$B$2:$B$7`; nil when the list is empty (no units stored yet).
    func range(_ heading: String) -> String? {
        guard let i = lists.firstIndex(where: { $0.heading == heading }), !lists[i].values.isEmpty else { return nil }
        let column = columnLetters(i + 1)
        return "'\(Self.sheetName)'!$\(column)$2:$\(column)$\(lists[i].values.count + 1)"
    }

    /// A template sheet for a file kind: its Chinese headers, and per column a format and a rule.
    func sheet(_ schema: Schema) -> WorkbookSheet {
        var sheet = WorkbookSheet(name: schema.kind.chinese, header: schema.columns.map(\.chinese))
        for (i, column) in schema.columns.enumerated() {
            let (format, rule) = Self.shape(of: column.chinese)
            if let format { sheet.columnFormats[i] = format }
            switch rule {
            case .list(let heading):
                if let range = range(heading) {
                    sheet.validations.append(ColumnValidation(
                        column: i, rule: .list(range: range), error: TemplateText.chooseFromList(heading)))
                }
            case .atLeastZero(let maximum):
                sheet.validations.append(ColumnValidation(
                    column: i, rule: .decimal(minimum: 0, maximum: maximum),
                    error: maximum.map { TemplateText.numberRange(maximum: $0) } ?? TemplateText.atLeastZero))
            case nil: break
            }
        }
        return sheet
    }

    enum Rule {
        /// One of the values of the list with this heading on 选项.
        case list(String)
        /// A number from 0, up to the maximum when given (μg/m³ for concentrations, 万元 for money, points).
        case atLeastZero(Decimal?)
    }

}
