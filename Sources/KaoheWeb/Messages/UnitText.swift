import KaoheCore

/// The pages of a unit, the report status of every unit and the published results, and a clerk's upload.
enum UnitText {
    static func reportsTitle(year: Int) -> Bilingual { Bilingual("\(year) 年报送情况", "Reports for \(year)") }
    static func resultsTitle(year: Int) -> Bilingual { Bilingual("\(year) 年考核结果", "Results for \(year)") }
    static func noResult(year: Int) -> Bilingual { Bilingual("\(year) 年尚未发布考核结果。", "No result for \(year) has been published.") }

    /// One file of an upload as read: its part (`kind` in each language) and rows.
    static func fileRead(_ file: String, kind: Bilingual, rows: Int) -> Bilingual {
        Bilingual("\(file)：\(kind.zh)，\(rows) 行", "\(file): \(kind.en), \(rows) row(s)")
    }
    static let identical = Bilingual("与已存储的报告完全相同：未做任何更改。", "Identical to the stored report: nothing changed.")
    static func stored(parts: Int) -> Bilingual { Bilingual("已存储 \(parts) 个报告部分。", "Stored \(parts) report part(s).") }
    static func rejected(errors: Int) -> Bilingual {
        Bilingual(
            "共 \(errors) 处错误，文件被拒绝，未存储任何数据。请改正后重新上传。",
            "\(errors) error(s); the files were rejected and nothing was stored. Correct them and upload again.")
    }

    static let checkFound = Bilingual("文件检查结果", "What the check found")
    static func deadline(_ day: Day) -> Bilingual { Bilingual("报送截止日期：\(day)（R-3）", "Deadline: \(day) (R-3)") }
    static func daysLeft(_ days: Int) -> Bilingual { Bilingual("，还有 \(days) 天。", ", \(days) day(s) left.") }
    static func daysPassed(_ days: Int) -> Bilingual { Bilingual("，已过期 \(days) 天。", ", passed \(days) day(s) ago.") }
    static let status = Bilingual("报送状态：", "Status: ")
    static let versions = Bilingual("报告版本", "Report versions")
    static let versionHeaders = [
        Bilingual("部分", "part"), Bilingual("版本", "version"), Bilingual("报送日期", "dated"), Bilingual("导入时间 (UTC)", "imported (UTC)"),
        Bilingual("文件", "files"), Bilingual("在用", "in use"),
    ]
    static let inUse = Bilingual("是", "yes")
    static let nothingSubmitted = Bilingual("尚未报送。", "Nothing submitted yet.")
    static let uploadTitle = Bilingual("上传报告文件（.csv 或 .xlsx）", "Upload report files (.csv or .xlsx)")
    static let uploadSubmit = Bilingual("检查并上传", "Check and upload")
    static let uploadFiles = Bilingual("报告文件（可多选）", "Report files (several allowed)")
}
