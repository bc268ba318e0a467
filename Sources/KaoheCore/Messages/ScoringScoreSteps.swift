/// The explanation steps of the scoring engine from the annual mean to the grade (R-9 to R-17), in both languages.
///
/// As in `ScoringSteps`, every number arrives formatted; the golden explanations pin these words.
public enum ScoringScoreSteps {
    /// The year's annual mean, its source and its rounding (R-6, R-11).
    public static func current(year: Int, raw: String, source: String, sourceEn: String, places: Int, rounded: String) -> Bilingual {
        let p = ScoringSteps.places(places)
        return Bilingual(
            "\(year)年年均浓度 C_year = \(raw) μg/m³（来源：\(source)），修约到\(p.zh)：\(rounded) μg/m³。",
            "Annual mean C_year = \(raw) μg/m³ (source: \(sourceEn)), rounded to \(p.en): \(rounded) μg/m³.")
    }

    /// The actual decline (R-6, R-11).
    public static func actualDecline(base: String, current: String, exact: String, shown: String) -> Bilingual {
        Bilingual(
            "实际下降率 = (C_base − C_year) ÷ C_base = (\(base) − \(current)) ÷ \(base) = \(exact)，显示为\(shown)。",
            "Actual decline = (C_base − C_year) ÷ C_base = (\(base) − \(current)) ÷ \(base) = \(exact), shown as \(shown).")
    }

    /// The exact declines compared (R-11 revised); `final` for the final target, else the annual requirement.
    public static func compared(
        reached: Bool, actual: String, required: String, actualShown: String, requiredShown: String, final: Bool
    ) -> Bilingual {
        let what = final ? ("终期目标", "final target") : ("年度要求", "annual requirement")
        return reached
            ? Bilingual(
                "比较精确下降率：实际下降 \(actual) ≥ 要求下降 \(required)（显示为 \(actualShown) 与 \(requiredShown)），达到\(what.0)。",
                "Exact declines compared: actual \(actual) ≥ required \(required) (shown as \(actualShown) and \(requiredShown)): the \(what.1) is reached.")
            : Bilingual(
                "比较精确下降率：实际下降 \(actual) < 要求下降 \(required)（显示为 \(actualShown) 与 \(requiredShown)），未达到\(what.0)。",
                "Exact declines compared: actual \(actual) < required \(required) (shown as \(actualShown) and \(requiredShown)): the \(what.1) is not reached.")
    }

    /// The English source of the base used as the previous year's concentration (R-9).
    public static func baseAsPreviousSource(baseYear: Int) -> String { "assessment base \(baseYear)" }

    /// The first assessed year: the previous concentration is the base (R-9).
    public static func firstYear(year: Int, baseYear: Int) -> Bilingual {
        Bilingual(
            "\(year)年为首个考核年度，上一年即基准年\(baseYear)，上年浓度取考核基数。",
            "\(year) is the first assessed year: the previous year is the base year \(baseYear), so the previous concentration is the base.")
    }

    /// The previous year's concentration against this year's (R-9, R-11); `baseYear` when the base stands in for it.
    public static func previous(
        raw: String, source: String, sourceEn: String, baseYear: Int?, rounded: String, current: String, rising: Bool
    ) -> Bilingual {
        let sourceZh = baseYear.map { "\($0)年考核基数" } ?? source
        return Bilingual(
            "上年浓度 C_prev = \(raw) μg/m³（来源：\(sourceZh)），修约后 \(rounded)；C_year \(current) \(rising ? ">" : "≤") C_prev \(rounded)，\(rising ? "不降反升" : "未升高")。",
            "Previous year C_prev = \(raw) μg/m³ (source: \(sourceEn)), rounded \(rounded); C_year \(current) \(rising ? ">" : "≤") C_prev \(rounded): \(rising ? "the concentration rose" : "not higher").")
    }

    /// The previous year's concentration is unknown: R-9 not applied.
    public static func previousUnknown(year: Int, tag: Bilingual) -> Bilingual {
        Bilingual(
            "\(year)年浓度未知，无法判断是否不降反升，本条未适用，已标注，不作推测\(tag.zh)。",
            "The \(year) concentration is unknown: whether it rose cannot be judged, so R-9 is not applied; the unit is flagged and nothing is guessed\(tag.en).")
    }

    /// The concentration rose: quality score 0 (R-9).
    public static let rose = Bilingual("不降反升：空气质量得分为 0，不论目标。", "Concentration rose: the quality score is 0 whatever the target.")

    /// The quality score rounded (R-11).
    public static func qualityRounded(raw: String, places: Int, rounded: String) -> Bilingual {
        Bilingual(
            "空气质量得分 \(raw) 修约到\(places)位小数：\(rounded)。",
            "Quality score \(raw) rounded to \(places) decimal place\(places == 1 ? "" : "s"): \(rounded).")
    }

    // MARK: R-10

    /// The proportional formula when no decline is required.
    public static func proportionalNoDecline(reached: Bool, score: String, tag: Bilingual) -> Bilingual {
        Bilingual(
            "比例法\(tag.zh)：未要求下降，C_year \(reached ? "不高于" : "高于")要求浓度，得分 \(score)。",
            "Proportional formula\(tag.en): no decline is required and C_year is \(reached ? "at or below" : "above") the required concentration: score \(score).")
    }

    /// The proportional formula with the required decline reached.
    public static func proportionalReached(tag: Bilingual) -> Bilingual {
        Bilingual("比例法\(tag.zh)：达到要求下降，得分 100。", "Proportional formula\(tag.en): the required decline is reached: score 100.")
    }

    /// The proportional formula short of the requirement; `floored` when the value was below 0.
    public static func proportional(base: String, current: String, reduction: String, value: String, floored: Bool, tag: Bilingual) -> Bilingual {
        Bilingual(
            "比例法\(tag.zh)：得分 = 100 × 实际下降 ÷ 要求下降 = 100 × (\(base) − \(current)) ÷ \(reduction) = \(value)\(floored ? "，不低于 0，取 0" : "")。",
            "Proportional formula\(tag.en): score = 100 × actual decline ÷ required decline = 100 × (\(base) − \(current)) ÷ \(reduction) = \(value)\(floored ? ", floored at 0" : "").")
    }

    /// Pass-plus-excess with no decline required and the concentration above the requirement.
    public static func passPlusExcessAbove(tag: Bilingual) -> Bilingual {
        Bilingual(
            "达标加分法\(tag.zh)：未要求下降而 C_year 高于要求浓度，得分 0。",
            "Pass-plus-excess formula\(tag.en): no decline is required and C_year is above the required concentration: score 0.")
    }

    /// Pass-plus-excess short of the annual requirement; `floored` when the value was below 0.
    public static func passPlusExcessShort(
        pass: String, base: String, current: String, reduction: String, value: String, floored: Bool, tag: Bilingual
    ) -> Bilingual {
        Bilingual(
            "达标加分法\(tag.zh)：未达到年度要求，得分 = \(pass) × 实际下降 ÷ 要求下降 = \(pass) × (\(base) − \(current)) ÷ \(reduction) = \(value)\(floored ? "，不低于 0，取 0" : "")。",
            "Pass-plus-excess formula\(tag.en): the annual requirement is not reached, score = \(pass) × actual ÷ required = \(pass) × (\(base) − \(current)) ÷ \(reduction) = \(value)\(floored ? ", floored at 0" : "").")
    }

    /// Pass-plus-excess reached with no final target beyond the requirement: the full score.
    public static func passPlusExcessFull(total: String, tag: Bilingual) -> Bilingual {
        Bilingual(
            "达标加分法\(tag.zh)：达到要求，且终期目标不高于本年要求（或无终期目标），得满分 \(total)。",
            "Pass-plus-excess formula\(tag.en): the requirement is reached and no final target lies beyond it: full score \(total).")
    }

    /// Pass-plus-excess with the excess towards the final target; `clamp` is (pass, total, kept) when the value was
    /// kept within the band.
    public static func passPlusExcess(
        pass: String, excess: String, achieved: String, reduction: String, finalReduction: String, value: String,
        clamp: (low: String, high: String, kept: String)?, tag: Bilingual
    ) -> Bilingual {
        Bilingual(
            "达标加分法\(tag.zh)：达到年度要求得 \(pass) 分，超额部分 = \(excess) × (实际消减 − 年度要求消减) ÷ (终期要求消减 − 年度要求消减) = \(excess) × (\(achieved) − \(reduction)) ÷ (\(finalReduction) − \(reduction))；得分 = \(value)\(clamp.map { "，限定在 \($0.low)–\($0.high) 之间，取 \($0.kept)" } ?? "")。",
            "Pass-plus-excess formula\(tag.en): \(pass) for reaching the annual requirement, excess = \(excess) × (achieved − annual reduction) ÷ (final reduction − annual reduction) = \(excess) × (\(achieved) − \(reduction)) ÷ (\(finalReduction) − \(reduction)); score = \(value)\(clamp.map { ", kept within \($0.low)–\($0.high): \($0.kept)" } ?? "").")
    }

    // MARK: R-12, R-13

    /// One sub-indicator's term of the key-task sum: its verified or self score, or why it counts 0.
    public static func keyTaskTerm(code: String, verified: Bool, value: String, invalidBeyond maximum: String?) -> Bilingual {
        let which = verified ? ("核定", "verified") : ("自评", "self")
        if let maximum {
            return Bilingual("\(code) \(which.0)\(value)无效（应为0–\(maximum)）计0", "\(code) \(which.1) \(value) invalid (must be 0–\(maximum)), counted 0")
        }
        return Bilingual("\(code) \(which.0)\(value)", "\(code) \(which.1) \(value)")
    }

    /// The key-task score as the sum of its terms, with the sub-indicators that count 0 and the codes ignored.
    public static func keyTaskScore(terms: [Bilingual], total: String, rounded: String, missing: [String], unknown: [String]) -> Bilingual {
        let sumZh = terms.isEmpty ? "0" : terms.map(\.zh).joined(separator: " + ")
        let sumEn = terms.isEmpty ? "0" : terms.map(\.en).joined(separator: " + ")
        var zh = "重点任务得分 = 各子指标核定得分（无核定则用自评得分）之和 = \(sumZh) = \(total)，修约后 \(rounded)。"
        var en = "Key-task score = sum of verified (else self) scores per sub-indicator = \(sumEn) = \(total), rounded \(rounded)."
        if !missing.isEmpty {
            zh += "未填报的子指标按 0 分计：\(missing.joined(separator: "、"))。"
            en += " Sub-indicators with no score count 0: \(missing.joined(separator: ", "))."
        }
        if !unknown.isEmpty {
            zh += "规则集中没有的指标代码已忽略：\(unknown.joined(separator: "、"))。"
            en += " Codes not in the rule set were ignored: \(unknown.joined(separator: ", "))."
        }
        return Bilingual(zh, en)
    }

    // MARK: R-14, R-15, R-16, R-17

    /// The final assessment uses the quality indicator only (R-14).
    public static func finalQualityOnly(quality: String, keyTasks: String) -> Bilingual {
        Bilingual(
            "终期考核只用空气质量指标：考核得分 = 空气质量得分 = \(quality)（重点任务得分 \(keyTasks) 仅供参考）。",
            "The final assessment uses the quality indicator only: result = quality score = \(quality) (key-task score \(keyTasks) for information).")
    }

    /// The quality indicator only; key tasks evaluative (R-14).
    public static func qualityOnly(quality: String, keyTasks: String) -> Bilingual {
        Bilingual(
            "仅考核空气质量：考核得分 = 空气质量得分 = \(quality)；重点任务得分 \(keyTasks) 为评估性指标。",
            "Quality indicator only: result = quality score = \(quality); key-task score \(keyTasks) is evaluative (评估性指标).")
    }

    /// Both indicators, the lower counts (R-14).
    public static func lowerOfBoth(quality: String, keyTasks: String, result: String) -> Bilingual {
        Bilingual(
            "双考核：考核得分 = min(空气质量 \(quality)，重点任务 \(keyTasks)) = \(result)。",
            "Both indicators (双考核): result = min(quality \(quality), key tasks \(keyTasks)) = \(result).")
    }

    /// The band the result falls in and its grade (R-15).
    public static func grade(result: String, range: String, _ grade: Grade) -> Bilingual {
        Bilingual("考核得分 \(result) 落在 \(range)：\(grade.rawValue)。", "Result \(result) falls in \(range): \(grade.rawValue) (\(grade.english)).")
    }

    /// The final target not reached: veto (R-16).
    public static let finalVeto = Bilingual(
        "终期考核未完成终期空气质量目标：一票否决，评为不合格，不论得分。",
        "Final assessment and the final quality target not reached: veto (一票否决), graded 不合格 (fail) whatever the score.")

    /// A falsification finding: graded 不合格 (R-17).
    public static func falsification(reference: String) -> Bilingual {
        Bilingual(
            "经认定存在篡改、伪造监测数据行为（\(reference)）：评为不合格。",
            "Found to have tampered with or forged monitoring data (\(reference)): graded 不合格 (fail).")
    }
}
