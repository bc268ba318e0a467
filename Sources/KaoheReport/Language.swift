import KaoheCore

/// The language of a document or table meant for people.
public enum Language: String, Sendable, CaseIterable {
    case zh, en

    /// Picks the Chinese or English form.
    public func pick(_ zh: String, _ en: String) -> String { self == .zh ? zh : en }
}

/// Labels shared by every rendering of assessment results.
public enum Labels {
    public static func grade(_ g: Grade?, _ lang: Language) -> String {
        guard let g else { return lang.pick("无目标，不评定", "no target, not graded") }
        return lang.pick(g.rawValue, g.english)
    }

    public static func flag(_ f: AssessmentFlag, _ lang: Language) -> String {
        switch f {
        case .lateReport(let d): lang.pick("逾期报送（\(d)）", "late report (\(d))")
        case .risingConcentration: lang.pick("不降反升", "concentration rose")
        case .previousUnknown: lang.pick("上年浓度未知", "previous year unknown")
        case .falsification(let ref): lang.pick("数据造假（\(ref)）", "falsified data (\(ref))")
        case .noReportNoData: lang.pick("未报送、无数据", "no report, no data")
        case .noConcentration: lang.pick("无年均浓度", "no annual mean")
        case .finalVeto: lang.pick("终期目标未完成（一票否决）", "final target not reached (veto)")
        case .invalidKeyTaskScore(let c): lang.pick("重点任务 \(c) 得分无效", "key task \(c) score invalid")
        case .unknownKeyTaskCode(let c): lang.pick("未知重点任务 \(c)", "unknown key task \(c)")
        }
    }

    public static func kind(_ k: AssessmentKind, _ lang: Language) -> String {
        k == .final ? lang.pick("终期考核", "final assessment") : lang.pick("年度考核", "annual assessment")
    }

    public static func keyTaskRole(_ r: KeyTaskRole?, _ lang: Language) -> String {
        switch r {
        case .counted: lang.pick("计入", "counted")
        case .evaluative: lang.pick("评估性", "evaluative")
        case .notUsedInFinal: lang.pick("终期不计", "not used (final)")
        case nil: ""
        }
    }
}
