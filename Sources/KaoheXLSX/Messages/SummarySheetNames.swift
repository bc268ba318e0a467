import KaoheCore

/// The tab names of the summary workbook and of a list's workbook (D-79, issue 16).
enum SummarySheetNames {
    static let results = Bilingual("考核结果", "Results")
    static let reportStatus = Bilingual("报送情况", "Report status")
    static let planPeriod = Bilingual("规划期考核情况", "Plan period")
    static let departments = Bilingual("部门考核结果", "Departments")
    static let trend = Bilingual("规划期浓度变化趋势", "Plan-period trend")
    static let subsequent = Bilingual("后续处理情况", "Subsequent actions")
    /// The second sheet of a list's workbook, holding its caption.
    static let about = Bilingual("说明", "About")
}
