import Foundation

/// The templates' file names and the messages their data validation shows in the spreadsheet program (issue 16,
/// D-67). Templates are Chinese documents whatever the language of the command.
enum TemplateText {
    static let areasFile = "区域.xlsx"
    static let targetsFile = "目标.xlsx"
    static let reportFile = "自查报告.xlsx"
    static let filingsFile = "备案登记.xlsx"
    static let dailyMonitoringFile = "监测数据-日均值.xlsx"
    static let hourlyMonitoringFile = "监测数据-小时值.xlsx"

    /// One unit's report template for a year: `自查报告-CODE-NAME-YEAR.xlsx` (code and name already file-safe).
    static func reportFile(code: String, name: String, year: Int) -> String { "自查报告-\(code)-\(name)-\(year).xlsx" }

    /// A sub-indicator's score cell outside 0…its points.
    static func subIndicatorScoreRange(code: String, points: Decimal) -> String { "子指标 \(code) 的得分须在 0 至 \(points) 之间" }

    /// A number cell outside 0…`maximum`.
    static func numberRange(maximum: Decimal) -> String { "请填写 0 至 \(maximum) 之间的数" }

    /// A number cell below 0.
    static let atLeastZero = "请填写不小于 0 的数"

    /// A list cell holding a value not on the list with this heading.
    static func chooseFromList(_ heading: String) -> String { "请从下拉列表中选择“\(heading)”的取值" }
}
