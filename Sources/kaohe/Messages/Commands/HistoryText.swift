import KaoheCore

/// Help texts of `kaohe history` (issue 22).
enum HistoryHelp {
    static let abstract = Bilingual(
        "一个单位的规划期情况：基准年至终期各年年均浓度、各年发布的等级及文号、重点任务各指标自评与核定得分、终期目标与终期结果。",
        "One unit over the plan period: annual means from the base year to the final year, each published grade with its document, key-task scores per indicator (self and verified), the final target against the final result.")
    static let discussion = Bilingual(
        "只采用已发布的考核结果（每年最新的已发布版本）；格式与考核结果通报中的规划期附件相同：text（默认）、md、html（含小图）、csv（带 BOM）、json。",
        "Only published results count (the newest published revision of each year); the formats are those of the final notice's plan-period attachment: text (default), md, html (with a small chart), csv (with a BOM), json.")
    static let area = Bilingual("单位代码。", "The unit's code.")
    static let format = Bilingual("text（默认）、md、html、csv 或 json。", "text (default), md, html, csv or json.")
    static let output = Bilingual("写入该文件，而不是标准输出。", "Write to this file instead of standard output.")
}

/// Failures of `kaohe history`.
enum HistoryFailure: Worded {
    case unknownUnit(code: String)

    var wording: Bilingual {
        switch self {
        case .unknownUnit(let code): Bilingual("区域 \(code) 不存在 — 请用 kaohe areas list 查看已有单位", "unit \(code) is not known — see kaohe areas list")
        }
    }
}
