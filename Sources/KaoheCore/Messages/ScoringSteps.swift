/// The explanation steps of the scoring engine, up to the required decline (R-1 to R-8a, R-3, R-26): the words
/// stored with each score, in both languages.
///
/// The engine passes every number already formatted (concentrations, percentages and scores to the rule set's
/// places), so the catalogue only words them; a stored explanation never changes once a run is saved, so a change
/// here is a change of every future run's text and is pinned by the golden explanations.
public enum ScoringSteps {
    /// The note after a setting that is a default of this tool; empty when the rule set states it.
    public static func defaultTag(_ isDefault: Bool) -> Bilingual {
        isDefault ? Bilingual("（本工具默认规则，非官方规定）", " (a default of this tool, not an official rule)") : Bilingual("", "")
    }

    /// The unit, year, kind, rule set and pollutant assessed (R-1, R-5); `ruleSetPollutant` only when it differs.
    public static func subject(
        name: String, code: String, year: Int, kind: AssessmentKind, ruleSet: String, pollutant: String, ruleSetPollutant: String?
    ) -> Bilingual {
        let kindZh = kind == .final ? "终期考核" : "年度考核"
        let kindEn = kind == .final ? "final assessment" : "annual assessment"
        let ownZh = ruleSetPollutant.map { "（按本单位目标的考核指标，规则集默认为\($0)）" } ?? ""
        let ownEn = ruleSetPollutant.map { " (the pollutant of the unit's own targets; the rule set's default is \($0))" } ?? ""
        return Bilingual(
            "考核对象：\(name)（\(code)），\(year)年\(kindZh)，规则集“\(ruleSet)”，考核指标\(pollutant)\(ownZh)。",
            "Unit \(name) (\(code)), \(kindEn) \(year), rule set \"\(ruleSet)\", pollutant \(pollutant)\(ownEn)."
        )
    }

    /// A falsification finding on a unit with no target, kept on record only (R-17, R-8a).
    public static func falsificationWithoutTarget(reference: String) -> Bilingual {
        Bilingual(
            "已记录篡改、伪造监测数据的认定（\(reference)），但该单位本年无目标、不评定等级，认定仅作记录。",
            "A finding of falsified monitoring data is recorded (\(reference)), but the unit has no target this year and is not graded; the finding is kept on record.")
    }

    /// No report and no concentration: not scored, graded 不合格 (R-18).
    public static func noReportNoData(tag: Bilingual) -> Bilingual {
        Bilingual(
            "未报送自查报告，也无其他来源的年均浓度，无法评分：评为不合格（未报送、无数据）\(tag.zh)。",
            "No self-inspection report and no concentration from any other source: the unit cannot be scored and is graded 不合格 (fail), \"no report, no data\"\(tag.en).")
    }

    /// A report but no annual mean for `year`: not scored, graded 不合格 (R-18, a default).
    public static func reportWithoutMean(year: Int) -> Bilingual {
        Bilingual(
            "已报送自查报告，但没有\(year)年年均浓度，无法评分：评为不合格（本工具默认规则，非官方规定）。",
            "A report was received but no annual mean for \(year) is known: the unit cannot be scored and is graded 不合格 (fail) (a default of this tool, not an official rule).")
    }

    /// A target described for the explanation, with its value already formatted (`value`, without its unit).
    public static func target(_ t: Target, value: String?) -> Bilingual {
        let zhValue = value.map { " \($0)\(t.kind.valueUnit)" } ?? ""
        let enValue = value.map { " \($0)\(t.kind.valueUnit == "%" ? "%" : " " + t.kind.valueUnit)" } ?? ""
        return Bilingual(
            "\(t.kind.rawValue)\(zhValue)（\(t.year)年，基准年\(t.baseYear)）",
            "\(t.kind.english)\(enValue) (year \(t.year), base year \(t.baseYear))")
    }

    /// The final assessment uses the final target (R-1, R-16).
    public static func finalTarget(_ target: Bilingual) -> Bilingual {
        Bilingual("终期考核采用终期目标：\(target.zh)。", "The final assessment uses the final target: \(target.en).")
    }

    /// An explicit target for the year is used (R-8).
    public static func explicitTarget(year: Int, _ target: Bilingual) -> Bilingual {
        Bilingual(
            "采用\(year)年的明确年度目标（目标责任书或分解目标）：\(target.zh)。",
            "Explicit target for \(year) (responsibility letter or the city's decomposition) is used: \(target.en).")
    }

    /// The annual requirement as a share of the final target (R-8); `share` is a percentage, formatted.
    public static func shareOfFinal(year: Int, share: String, tag: Bilingual, final: Bilingual) -> Bilingual {
        Bilingual(
            "无\(year)年明确目标，按终期目标的\(share)确定年度要求\(tag.zh)；终期目标：\(final.zh)。",
            "No explicit target for \(year): the annual requirement is \(share) of the final target\(tag.en); final target: \(final.en).")
    }

    /// The rule set has no share for the year (R-8, R-8a).
    public static func noShare(year: Int) -> Bilingual {
        Bilingual(
            "规则集未规定\(year)年的终期目标分解比例，无法确定年度要求。",
            "The rule set gives no share of the final target for \(year), so no annual requirement can be derived.")
    }

    /// No target for the year: listed and not graded (R-8a).
    public static func noTarget(year: Int, tag: Bilingual) -> Bilingual {
        Bilingual(
            "\(year)年既无明确目标，也无覆盖该年的终期目标：列为“无目标”，不评定等级\(tag.zh)。",
            "No explicit target for \(year) and no final target covering it: listed as \"no target\" and not graded\(tag.en).")
    }

    /// How many places a concentration is rounded to: "整数" / "whole μg/m³", or decimals.
    public static func places(_ p: Int) -> Bilingual {
        Bilingual(p == 0 ? "整数" : "\(p)位小数", p == 0 ? "whole μg/m³" : "\(p) decimal place\(p == 1 ? "" : "s")")
    }

    /// The assessment base and its rounding (R-6, R-11).
    public static func base(raw: String, baseYear: Int, places: Int, rounded: String) -> Bilingual {
        let p = Self.places(places)
        return Bilingual(
            "考核基数 C_base = \(raw) μg/m³（\(baseYear)年，目标文件），修约到\(p.zh)：\(rounded) μg/m³。",
            "Assessment base C_base = \(raw) μg/m³ (\(baseYear), targets file), rounded to \(p.en): \(rounded) μg/m³.")
    }

    /// A base that rounds to 0: not graded (R-6, issue 12 item 11).
    public static func baseRoundsToZero(tag: Bilingual) -> Bilingual {
        Bilingual(
            "考核基数修约后为 0，无法计算下降率：不评定等级\(tag.zh)；请更正目标文件中的基准浓度。",
            "The base rounds to 0, so no decline can be computed: not graded\(tag.en); correct the base concentration in the targets file.")
    }

    /// The final target written as a decline from the base, before its share is taken (R-8).
    public static func finalAsDecline(_ full: Bilingual, tag: Bilingual) -> Bilingual {
        Bilingual("终期目标折算为相对基数的下降：\(full.zh)\(tag.zh)。", "Final target written as a decline from the base: \(full.en)\(tag.en).")
    }

    /// The annual share of the final reduction (R-8).
    public static func annualShare(sharePercent: String, share: String, fullReduction: String, reduction: String) -> Bilingual {
        Bilingual(
            "年度要求下降 = \(sharePercent) × 终期要求下降，即要求消减 \(share) × \(fullReduction) = \(reduction) μg/m³。",
            "Required decline = \(sharePercent) × final decline, i.e. required reduction \(share) × \(fullReduction) = \(reduction) μg/m³.")
    }

    /// The target as a reduction (R-7).
    public static func targetAsReduction(_ full: Bilingual) -> Bilingual {
        Bilingual("目标折算：\(full.zh)。", "Target as a reduction: \(full.en).")
    }

    /// The required decline and concentration (R-7, R-11 revised).
    public static func requiredDecline(
        reduction: String, base: String, exact: String, shown: String, requiredExact: String, required: String
    ) -> Bilingual {
        Bilingual(
            "要求下降率 = 要求消减 ÷ C_base = \(reduction) ÷ \(base) = \(exact)（精确值，不先修约），显示为\(shown)；要求浓度 = C_base − 要求消减 = \(base) − \(reduction) = \(requiredExact)，仅供参考，显示为\(required) μg/m³（不修约为整数比较）。",
            "Required decline = required reduction ÷ C_base = \(reduction) ÷ \(base) = \(exact) (exact, not rounded first), shown as \(shown); required concentration = C_base − required reduction = \(base) − \(reduction) = \(requiredExact), for information, shown as \(required) μg/m³ (not rounded to a whole number to compare).")
    }

    // MARK: A target as a reduction (R-7, R-8 revised)

    /// A percent decline as a reduction.
    public static func percentDecline(value: String, base: String, reduction: String) -> Bilingual {
        Bilingual("下降比例 \(value)% → 消减 \(base) × \(value)% = \(reduction) μg/m³", "percent decline \(value)% → reduction \(base) × \(value)% = \(reduction) μg/m³")
    }

    /// An absolute reduction as a decline.
    public static func absoluteReduction(value: String, base: String, decline: String) -> Bilingual {
        Bilingual("消减值 \(value) μg/m³ → 下降 \(value) ÷ \(base) = \(decline)", "absolute reduction \(value) μg/m³ → decline \(value) ÷ \(base) = \(decline)")
    }

    /// A ceiling at or above the base: no decline required (R-8 revised).
    public static func ceilingAboveBase(value: String, base: String) -> Bilingual {
        Bilingual(
            "浓度限值 \(value) μg/m³ 不低于基数 \(base) μg/m³ → 不要求下降：要求下降 max(0, \(base) − \(value)) = 0，要求浓度为基数",
            "ceiling \(value) μg/m³ is at or above the base \(base) μg/m³ → no decline required: required reduction max(0, \(base) − \(value)) = 0, the required concentration is the base")
    }

    /// A ceiling below the base as a reduction and a decline.
    public static func ceiling(value: String, base: String, reduction: String, decline: String) -> Bilingual {
        Bilingual(
            "浓度限值 \(value) μg/m³ → 消减 \(base) − \(value) = \(reduction) μg/m³，下降 \(reduction) ÷ \(base) = \(decline)",
            "ceiling \(value) μg/m³ → reduction \(base) − \(value) = \(reduction) μg/m³, decline \(reduction) ÷ \(base) = \(decline)")
    }

    /// Continuous improvement: no decline required.
    public static let continuousImprovement = Bilingual("持续改善 → 要求下降 0，浓度不得高于基数", "continuous improvement → required decline 0, the concentration must not exceed the base")

    // MARK: R-3, R-18

    /// No report for the year (R-3).
    public static func noReport(year: Int) -> Bilingual {
        Bilingual("未收到\(year)年自查报告。", "No self-inspection report for \(year) was received.")
    }

    /// A report received after the deadline (R-3, R-18).
    public static func lateReport(on day: Day, deadline: Day) -> Bilingual {
        Bilingual(
            "自查报告于\(day)收到，晚于\(deadline)，属逾期报送：照常评分并标注逾期。",
            "Self-inspection report received \(day), after \(deadline): late; scored normally and flagged as late.")
    }

    /// A report received on time (R-3).
    public static func reportOnTime(on day: Day) -> Bilingual {
        Bilingual("自查报告于\(day)收到，按期报送。", "Self-inspection report received \(day), on time.")
    }

    /// A corrected report; lateness is judged by the first submission (R-3).
    public static func correctedReport(on corrected: Day, first day: Day) -> Bilingual {
        Bilingual(
            "更正报告于\(corrected)收到（更正日期）；是否逾期按首次报送日期\(day)判断。",
            "A corrected report was received \(corrected) (correction date); on time or late is decided by the first submission, \(day).")
    }

    // MARK: R-26

    /// Which of the monitored and reported means is higher, by `gap` μg/m³ (never a signed difference).
    public static func monitoredGap(_ sign: Int, gap: String) -> Bilingual {
        sign == 0 ? Bilingual("两者相同", "no difference")
            : sign > 0 ? Bilingual("监测值比自报值高 \(gap) μg/m³", "monitored \(gap) μg/m³ above reported")
            : Bilingual("监测值比自报值低 \(gap) μg/m³", "monitored \(gap) μg/m³ below reported")
    }

    /// The monitored mean against the reported one, beyond the tolerance or within it (R-26).
    public static func monitoring(
        reported: String, monitored: String, gap: Bilingual, tolerance: String, tag: Bilingual, discrepancy: Bool
    ) -> Bilingual {
        discrepancy
            ? Bilingual(
                "监测数据有效年均值为权威值：自报 \(reported) μg/m³，监测 \(monitored) μg/m³（均已修约），\(gap.zh)，超过容差 \(tolerance) μg/m³\(tag.zh)：标记为自报数据与监测数据不一致，按监测值评分。",
                "The valid monitored annual mean is authoritative: reported \(reported) μg/m³, monitored \(monitored) μg/m³ (both rounded), \(gap.en), more than the tolerance \(tolerance) μg/m³\(tag.en): flagged as a discrepancy between reported and monitored data; the monitored value is scored.")
            : Bilingual(
                "监测数据有效年均值为权威值：自报 \(reported) μg/m³，监测 \(monitored) μg/m³（均已修约），\(gap.zh)，未超过容差 \(tolerance) μg/m³\(tag.zh)。",
                "The valid monitored annual mean is authoritative: reported \(reported) μg/m³, monitored \(monitored) μg/m³ (both rounded), \(gap.en), within the tolerance \(tolerance) μg/m³\(tag.en).")
    }
}
