import KaoheCore

/// The words of the consequence tables and lines: inherited units, runs, the column headers of
/// the overdue, accountability, EIA-log and amendment tables, and a lift's reason.
enum ConsequenceTableText {
    /// A unit carried by a successor (issue 21): the heir, from whom and since when.
    static func inherited(_ heir: String, from predecessor: String, since: Day) -> Bilingual {
        Bilingual("\(heir)（继承自 \(predecessor)，\(since) 起）", "\(heir) (inherited from \(predecessor) from \(since))")
    }

    /// "#1 2015年度考核"; `kind` already in the output language.
    static func run(_ id: Int64, year: Int, kind: String) -> Bilingual { Bilingual("#\(id) \(year)年\(kind)", "#\(id) \(year) \(kind)") }

    /// The English reason of a freeze lifted by a correction (R-22c); the Chinese one is the recorded text.
    static func correctionLift(document: String, run: Int64) -> String {
        "correction: the notice \(document) (run #\(run)) no longer lists the unit as failing (R-22c)"
    }

    /// The English reason of a freeze lifted by a later pass; the Chinese one is the recorded text.
    static func laterPassLift(run: Int64) -> String { "passed a later annual assessment (run #\(run))" }

    static let forcedLift = Bilingual("（提前解除，--force）", " (before the minimum duration, --force)")

    static let overdueHeaders = [
        Bilingual("ID", "ID"), Bilingual("单位", "unit"), Bilingual("年度", "year"), Bilingual("文号", "document"), Bilingual("约谈日期", "held on"),
        Bilingual("整改期限", "rectification due"), Bilingual("逾期天数", "days overdue"),
    ]
    static let decisionHeaders = [
        Bilingual("ID", "ID"), Bilingual("单位", "unit"), Bilingual("文号", "document"), Bilingual("决定", "decision"), Bilingual("最新进展", "latest progress"),
        Bilingual("进展记录数", "entries"),
    ]

    /// A progress entry's document after its text, "（文号）" / "（document）" in both languages.
    static func progressDocument(_ document: String) -> String { "（\(document)）" }

    static let noProgress = Bilingual("尚无", "none yet")
    static let historyHeaders = [
        Bilingual("日期", "date"), Bilingual("进展", "progress"), Bilingual("文号", "document"), Bilingual("记录人", "by"), Bilingual("记录时间", "recorded at"),
    ]
    static let eiaLogHeaders = [
        Bilingual("ID", "ID"), Bilingual("查询时间", "asked at"), Bilingual("单位", "unit"), Bilingual("类别", "category"), Bilingual("项目", "project"),
        Bilingual("查询日期", "day"), Bilingual("答复", "answer"), Bilingual("依据（限批、通报文号）", "ground (freeze, publication)"),
    ]

    /// The freeze behind a logged EIA answer: its id, since when and the publication's document.
    static func logGround(freeze id: Int64, since: String, document: String) -> Bilingual {
        Bilingual("限批 #\(id)，自 \(since)，\(document)", "freeze #\(id) since \(since), \(document)")
    }

    static let noFreezeGround = Bilingual("未实行限批", "no freeze")
    static func answer(allowed: Bool) -> Bilingual { allowed ? Bilingual("可以审批", "allowed") : Bilingual("暂停审批", "blocked") }
    static let amendmentHeaders = [
        Bilingual("时间", "when"), Bilingual("修改人", "by"), Bilingual("字段", "field"), Bilingual("原值", "old value"), Bilingual("新值", "new value"),
    ]
}
