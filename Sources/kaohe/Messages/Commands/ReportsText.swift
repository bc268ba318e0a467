import KaoheCore

/// The help texts, headings and printed lines of `kaohe reports` (issue 13 item 1).
enum ReportsText {
    static let abstract = Bilingual("接收、检查和跟踪自查报告。", "Take in, check and follow self-inspection reports (自查报告).")
    static let pathsHelp = Bilingual(
        "报告文件（.csv 或 .xlsx），或存放这些文件的文件夹；- 表示标准输入。", "Report files (.csv or .xlsx), or folders holding them; - is standard input.")
    static let importAbstract = Bilingual(
        "一并检查报告文件并在一个事务中存储：要么全部存储，要么都不存储。", "Validate report files together and store them in one transaction: all or nothing.")
    static let reinstateHelp = Bilingual(
        "将与已被取代版本相同的部分再存为最新版本（撤销其后的更正）。",
        "Store parts identical to a superseded version as the newest version again (undoing a later correction).")
    static let checkAbstract = Bilingual(
        "只检查报告文件，不存储；无问题时退出码为 0。", "Validate report files without storing anything; exit code 0 only when clean.")
    static let historyAbstract = Bilingual("某单位某年度报告的全部存储版本。", "Every stored version of a unit's report for a year.")
    static let areaHelp = Bilingual("单位代码。", "The unit's code.")
    static let yearHelp = Bilingual("考核年度。", "The assessed year.")
    static let statusAbstract = Bilingual(
        "按单位列出：按时、逾期、未报送或不完整，以及实施细则和年度计划的备案情况（R-2 至 R-4）。",
        "Per unit: on time, late, missing or incomplete, and filing of rules and plans (R-2 to R-4).")

    // `reports import`

    /// A part stored again as it was in a superseded version (`--reinstate`); `part` is the part's name.
    static func reinstated(area: String, year: Int, part: Bilingual, version: Int) -> Bilingual {
        Bilingual(
            "\(area) \(year) \(part.zh)：按 --reinstate 恢复旧版内容，存为第 \(version) 版",
            "\(area) \(year) \(part.en): an earlier version's content reinstated as version \(version) (--reinstate)")
    }

    /// A file read: its kind (`kind.en` is the kind's code) and its rows.
    static func fileRead(file: String, kind: Bilingual, rows: Int) -> Bilingual {
        Bilingual("\(file)：\(kind.zh)，\(rows) 行", "\(file): \(kind.en), \(rows) row(s)")
    }

    static let nothingChanged = Bilingual("与已存储的报告完全相同：未做任何更改。", "Identical to the stored reports: nothing changed.")

    static func replaced(area: String, year: Int, part: Bilingual, version: Int) -> Bilingual {
        Bilingual(
            "\(area) \(year) \(part.zh)：第 \(version) 版替换第 \(version - 1) 版",
            "\(area) \(year) \(part.en): version \(version) replaces version \(version - 1)")
    }

    static func fileUnchanged(_ file: String) -> Bilingual { Bilingual("\(file)：与已存储的内容相同，未更改", "\(file): same as stored, unchanged") }

    static func stored(parts: Int, units: Int, replaced: Int, unchanged: Int) -> Bilingual {
        Bilingual(
            "已存储 \(units) 个单位的 \(parts) 个报告部分（其中替换旧版本 \(replaced) 个）；\(unchanged) 个部分未变。",
            "Stored \(parts) report part(s) of \(units) unit(s) (\(replaced) replacing an earlier version); \(unchanged) part(s) unchanged.")
    }

    // `reports check`

    static func fileClean(file: String, kind: Bilingual, rows: Int) -> Bilingual {
        Bilingual("\(file)：\(kind.zh)，\(rows) 行，无错误", "\(file): \(kind.en), \(rows) row(s), no errors")
    }

    // `reports history`

    static let firstSubmissionWithScores = Bilingual("单位首次报送（含核定得分）", "unit's first submission (with verified scores)")
    static let firstSubmission = Bilingual("单位首次报送", "unit's first submission")
    static let resubmission = Bilingual("单位重报", "unit's resubmission")
    static let verification = Bilingual("市环保局核定", "bureau verification")
    static let resubmissionWithVerification = Bilingual("单位重报并含核定得分", "unit's resubmission with verified scores")

    /// The columns of the version table.
    static let historyHeaders = [
        Bilingual("部分", "part"), Bilingual("版本", "version"), Bilingual("性质", "kind"), Bilingual("报送日期", "dated"),
        Bilingual("导入时间 (UTC)", "imported (UTC)"), Bilingual("文件", "file"), Bilingual("SHA-256", "SHA-256"), Bilingual("在用", "in use"),
    ]

    static func datedFirst(_ day: String) -> Bilingual { Bilingual("\(day)（首次报送）", "\(day) (first)") }
    static func datedCorrection(_ day: String) -> Bilingual { Bilingual("\(day)（更正日期）", "\(day) (correction)") }
    static let inUse = Bilingual("是", "yes")
    static let verificationNote = Bilingual(
        "“市环保局核定”：与上一版相比只有核定得分变化（R-13），由市环保局录入，不是单位重报。",
        "\"bureau verification\": only the verified scores differ from the version before (R-13): entered by the bureau, not resubmitted by the unit.")
}

/// Why `kaohe reports` refuses (issue 13 item 1).
enum ReportsProblem: Worded, Hashable {
    case noPaths
    case noReport(area: String, year: Int)

    var wording: Bilingual {
        switch self {
        case .noPaths: Bilingual("请至少指定一个报告文件或文件夹", "name at least one report file or folder")
        case .noReport(let area, let year):
            Bilingual("\(area) 没有 \(year) 年的报告 — 先用 kaohe reports import 导入", "\(area) has no report for \(year) — import one with kaohe reports import")
        }
    }
}
