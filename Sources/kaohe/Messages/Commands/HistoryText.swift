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

/// The note after a unit's plan-period view for a published year whose succession was withdrawn as a correction
/// and that awaits its correcting revision (D-143).
enum HistoryCorrectionText {
    static func awaiting(year: Int, final: Bool, revision: Int, document: String, succession id: Int64, withdrawal: String) -> Bilingual {
        Bilingual(
            "注：\(year)年\(final ? "终期" : "年度")考核已发布的结果（第\(revision)版，\(document)）所依据的单位承继 #\(id) 已作为更正撤回（\(withdrawal)），该年度待更正。\n",
            "Note: the published \(year) \(final ? "final" : "annual") result (revision \(revision), \(document)) relied on succession #\(id), withdrawn as a correction (\(withdrawal)); the year awaits correction.\n")
    }
}
