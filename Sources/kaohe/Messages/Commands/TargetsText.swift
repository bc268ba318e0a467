import KaoheCore

/// The help texts, headings and printed lines of `kaohe targets` (issue 13 item 1).
enum TargetsText {
    static let abstract = Bilingual("导入、查看与撤回 PM10/PM2.5 考核目标。", "Import, list and withdraw PM10/PM2.5 targets (目标).")
    static let importAbstract = Bilingual("导入目标文件；已存储的（单位，年度）目标将被更新。", "Import a targets file; (unit, year) rows already stored are updated.")
    static let fileHelp = Bilingual("目标文件（.csv 或 .xlsx）；- 表示标准输入。", "The targets file (.csv or .xlsx); - is standard input.")
    static let reinstateHelp = Bilingual(
        "导入以前导入过、但其中部分行已被后来的导入修改的文件（撤销那些修改）。",
        "Import a file imported before even though later imports changed some of its rows (undoing those changes).")
    static let listAbstract = Bilingual("列出考核目标，某一年度或全部。", "List targets, for one year or all.")
    static let yearHelp = Bilingual("只列出该考核年度。", "Only this assessed year.")
    static let withdrawAbstract = Bilingual(
        "撤回某单位某年度的目标（R-5）：保留在历史中，不删除，不再参与考核。", "Withdraw a unit's target for a year (R-5): kept in history, never deleted, no longer assessed.")
    static let areaHelp = Bilingual("单位代码。", "The unit's code.")
    static let withdrawYearHelp = Bilingual(
        "目标所属年度（终期目标为规划期末年）。", "The year of the target (the final year for an end-of-period target).")
    static let reasonHelp = Bilingual("撤回的理由（文号或说明）。", "Why the target is withdrawn (document number or note).")

    // `targets list`

    static let listHeaders = [
        Bilingual("区域代码", "code"), Bilingual("区域名称", "name"), Bilingual("考核年度", "year"), Bilingual("指标", "pollutant"),
        Bilingual("基准年", "base year"), Bilingual("基准浓度", "base μg/m³"), Bilingual("目标类型", "kind"), Bilingual("目标值", "value"),
        Bilingual("终期目标", "final"), Bilingual("状态", "state"),
    ]
    static func withdrawn(at: String, reason: String) -> Bilingual { Bilingual("已撤回（\(at)，\(reason)）", "withdrawn (\(at), \(reason))") }
    static let inForce = Bilingual("有效", "in force")
    static let isFinal = Bilingual("是", "yes")

    static func counts(total: Int, withdrawn: Int) -> Bilingual {
        Bilingual(
            "共 \(total) 条目标（有效 \(total - withdrawn)，已撤回 \(withdrawn)；已撤回的目标不参与考核）",
            "\(total) target(s) (\(total - withdrawn) in force, \(withdrawn) withdrawn; withdrawn targets do not count)")
    }

    // `targets withdraw`

    /// `kind` is the target's kind (`en` its English name), `pollutant` its pollutant's code.
    static func withdrew(area: String, year: Int, pollutant: String, kind: Bilingual, reason: String) -> Bilingual {
        Bilingual(
            "已撤回 \(area) 的 \(year) 年目标（\(pollutant)，\(kind.zh)），原因：\(reason)；该目标保留在历史中，不再参与考核。",
            "Withdrew the \(year) target of \(area) (\(pollutant), \(kind.en)), reason: \(reason); it stays in the history and no longer counts for assessment.")
    }
}

/// Why `kaohe targets` refuses (issue 13 item 1).
enum TargetsProblem: Worded, Hashable {
    case noReason

    var wording: Bilingual {
        switch self {
        case .noReason: Bilingual("请用 --reason 给出撤回的理由", "give the reason for the withdrawal with --reason")
        }
    }
}
