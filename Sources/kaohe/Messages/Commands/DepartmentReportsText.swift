import KaoheCore

/// Help texts of `kaohe departments reports`.
enum DepartmentReportsHelp {
    static let abstract = Bilingual("导入与查看部门自查报告（含核定得分）。", "Import and list the departments' self-reports (with verified scores).")
    static let importAbstract = Bilingual(
        "导入部门自查报告；核定得分填在“核定得分”列；再次导入为新版本，旧版本保留，是否逾期按首次报送日期判断。",
        "Import department self-reports; verified scores go in the 核定得分 column; a later import is a new version, old ones are kept, and lateness is decided by the first submission.")
    static let file = Bilingual("部门自查报告文件（.csv 或 .xlsx）；- 表示标准输入。", "The department self-report file (.csv or .xlsx); - is standard input.")
    static let listAbstract = Bilingual("列出某年度各部门的报送情况。", "List each department's report status for a year.")
    static let year = Bilingual("考核年度。", "The assessed year.")
}

/// What `kaohe departments reports` prints.
enum DepartmentReportsText {
    static let withVerified = Bilingual("（含核定得分）", " (with verified scores)")
    /// One stored version; `verified` is `withVerified` in the command's language, or "".
    static func stored(department: String, year: Int, version: Int, verified: String) -> Bilingual {
        Bilingual("\(department) \(year) 年自查报告：存为第 \(version) 版\(verified)", "\(department) \(year) self-report: stored as version \(version)\(verified)")
    }
    static func imported(file: String, reports: Int, newVersions: Int, unchanged: Int) -> Bilingual {
        Bilingual(
            "\(file): \(reports) 份报告；新版本 \(newVersions)，未变 \(unchanged)",
            "\(file): \(reports) report(s); \(newVersions) new version(s), \(unchanged) unchanged")
    }
    static let headers = [
        Bilingual("部门代码", "department"), Bilingual("部门名称", "name"), Bilingual("报送情况", "status"), Bilingual("首次报送日期", "first submitted"),
        Bilingual("版本", "versions"), Bilingual("核定得分", "verified"),
    ]
    static let missing = Bilingual("未报送", "missing")
    static let late = Bilingual("逾期", "late")
    static let onTime = Bilingual("按时", "on time")
    static let yes = Bilingual("有", "yes")
    static let no = Bilingual("无", "no")
}
