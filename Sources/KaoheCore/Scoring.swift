import Foundation

/// The scoring engine: values and a rule set in, results with their explanation out (R-6 to R-18).
public enum Scoring {
    /// Assesses each input independently.
    public static func assess(_ inputs: [UnitInput], rules: RuleSet) -> [UnitAssessment] {
        inputs.map { assess($0, rules: rules) }
    }

    /// Assesses one unit for one year.
    public static func assess(_ input: UnitInput, rules: RuleSet) -> UnitAssessment {
        var engine = Engine(input: input, rules: rules)
        return engine.run()
    }
}

/// The requirement for the assessed year after R-8: which target, and the reduction it asks for.
private struct Requirement {
    var target: Target
    /// Share of the final target, nil when the target applies directly.
    var share: Decimal?
    /// Rounded base concentration, μg/m³.
    var base: Decimal
    /// Required reduction from the base, μg/m³, exact.
    var reduction: Decimal
}

private struct Engine {
    let input: UnitInput
    let rules: RuleSet
    var out: UnitAssessment
    var places: RoundingPlaces { rules.rounding }

    init(input: UnitInput, rules: RuleSet) {
        self.input = input
        self.rules = rules
        out = UnitAssessment(area: input.area, year: input.year, kind: input.kind, flags: [], steps: [])
    }

    mutating func step(_ ids: [String], _ zh: String, _ en: String) { out.steps.append(ExplanationStep(ids, zh: zh, en: en)) }

    func tag(_ setting: RuleSetting) -> (zh: String, en: String) {
        rules.isDefault(setting) ? ("（本工具默认规则，非官方规定）", " (a default of this tool, not an official rule)") : ("", "")
    }

    func num(_ d: Decimal) -> String { GBRounding.display(d) }
    func conc(_ d: Decimal) -> String { GBRounding.fixed(d, places: places.concentration) }
    func score(_ d: Decimal) -> String { GBRounding.fixed(d, places: places.score) }
    func percent(_ fraction: Decimal) -> String { GBRounding.fixed(fraction * 100, places: places.declinePercent) + "%" }
    func percentExact(_ fraction: Decimal) -> String { num(fraction * 100) + "%" }
    /// The required concentration is shown with one decimal more than the concentrations (R-11 revised).
    var requiredPlaces: Int { places.concentration + 1 }
    func requiredConc(_ d: Decimal) -> String { GBRounding.fixed(d, places: requiredPlaces) }

    mutating func run() -> UnitAssessment {
        let kindZh = input.kind == .final ? "终期考核" : "年度考核"
        let kindEn = input.kind == .final ? "final assessment" : "annual assessment"
        // R-5 (revised): the unit is assessed on the pollutant of its own targets, whatever the rule set's default.
        let pollutant = input.annualTarget?.pollutant ?? input.finalTarget?.pollutant ?? rules.pollutant
        let own = pollutant != rules.pollutant
        step(
            own ? ["R-1", "R-5"] : ["R-1"],
            "考核对象：\(input.area.name)（\(input.area.code)），\(input.year)年\(kindZh)，规则集“\(rules.name)”，考核指标\(pollutant.rawValue)\(own ? "（按本单位目标的考核指标，规则集默认为\(rules.pollutant.rawValue)）" : "")。",
            "Unit \(input.area.name) (\(input.area.code)), \(kindEn) \(input.year), rule set \"\(rules.name)\", pollutant \(pollutant.rawValue)\(own ? " (the pollutant of the unit's own targets; the rule set's default is \(rules.pollutant.rawValue))" : "")."
        )
        guard let req = requirement() else {
            if let ref = input.falsificationReference {
                out.flags.append(.falsification(reference: ref))
                step(["R-17", "R-8a"], "已记录篡改、伪造监测数据的认定（\(ref)），但该单位本年无目标、不评定等级，认定仅作记录。",
                     "A finding of falsified monitoring data is recorded (\(ref)), but the unit has no target this year and is not graded; the finding is kept on record.")
            }
            return out
        }
        recordReport()
        compareWithMonitoring()
        let keyTasks = keyTaskScore()
        out.keyTaskScore = keyTasks

        guard let current = input.current else {
            out.flags.append(input.report == .notSubmitted ? .noReportNoData : .noConcentration)
            if input.report == .notSubmitted {
                let t = tag(.noReportNoData)
                step(["R-18"], "未报送自查报告，也无其他来源的年均浓度，无法评分：评为不合格（未报送、无数据）\(t.zh)。",
                     "No self-inspection report and no concentration from any other source: the unit cannot be scored and is graded 不合格 (fail), \"no report, no data\"\(t.en).")
            } else {
                step(["R-18"], "已报送自查报告，但没有\(input.year)年年均浓度，无法评分：评为不合格（本工具默认规则，非官方规定）。",
                     "A report was received but no annual mean for \(input.year) is known: the unit cannot be scored and is graded 不合格 (fail) (a default of this tool, not an official rule).")
            }
            applyFalsification()
            out.grade = .fail
            return out
        }
        let quality = qualityScore(req: req, current: current)
        out.qualityScore = quality
        combine(quality: quality, keyTasks: keyTasks)
        grade()
        return out
    }

    // MARK: R-7, R-8, R-8a

    mutating func requirement() -> Requirement? {
        let year = input.year
        var target: Target?
        var share: Decimal?
        if input.kind == .final {
            target = input.finalTarget ?? input.annualTarget
            if let t = target {
                step(["R-1", "R-16"], "终期考核采用终期目标：\(describe(t))。", "The final assessment uses the final target: \(describeEn(t)).")
            }
        } else if let t = input.annualTarget {
            target = t
            step(["R-8"], "采用\(year)年的明确年度目标（目标责任书或分解目标）：\(describe(t))。",
                 "Explicit target for \(year) (responsibility letter or the city's decomposition) is used: \(describeEn(t)).")
        } else if let f = input.finalTarget, year > f.baseYear, year <= f.year {
            if let s = rules.annualShares[year] {
                target = f
                share = s
                let t = tag(.annualShares)
                step(["R-8"], "无\(year)年明确目标，按终期目标的\(percentExact(s))确定年度要求\(t.zh)；终期目标：\(describe(f))。",
                     "No explicit target for \(year): the annual requirement is \(percentExact(s)) of the final target\(t.en); final target: \(describeEn(f)).")
            } else {
                step(["R-8", "R-8a"], "规则集未规定\(year)年的终期目标分解比例，无法确定年度要求。",
                     "The rule set gives no share of the final target for \(year), so no annual requirement can be derived.")
            }
        }
        guard let target else {
            let t = tag(.noTargetNotGraded)
            step(["R-8a"], "\(year)年既无明确目标，也无覆盖该年的终期目标：列为“无目标”，不评定等级\(t.zh)。",
                 "No explicit target for \(year) and no final target covering it: listed as \"no target\" and not graded\(t.en).")
            return nil
        }
        let base = target.baseConcentration.roundedGB(places.concentration)
        step(["R-6", "R-11"], "考核基数 C_base = \(num(target.baseConcentration)) μg/m³（\(target.baseYear)年，目标文件），修约到\(placesZh(places.concentration))：\(conc(base)) μg/m³。",
             "Assessment base C_base = \(num(target.baseConcentration)) μg/m³ (\(target.baseYear), targets file), rounded to \(placesEn(places.concentration)): \(conc(base)) μg/m³.")
        guard base > 0 else {
            // Imports refuse such a base; one stored earlier must not divide by zero (issue 12 item 11).
            let t = tag(.noTargetNotGraded)
            step(["R-6"], "考核基数修约后为 0，无法计算下降率：不评定等级\(t.zh)；请更正目标文件中的基准浓度。",
                 "The base rounds to 0, so no decline can be computed: not graded\(t.en); correct the base concentration in the targets file.")
            return nil
        }
        let full = fullReduction(target, base: base)
        // R-8 (revised): a target at or above the base asks for no decline, never a negative one.
        var reduction = max(0, full.value)
        if let share {
            let d = tag(.shareDerivation)
            step(["R-8"], "终期目标折算为相对基数的下降：\(full.zh)\(d.zh)。",
                 "Final target written as a decline from the base: \(full.en)\(d.en).")
            let fullPart = max(0, full.value)
            reduction = share * fullPart
            step(["R-8"], "年度要求下降 = \(percentExact(share)) × 终期要求下降，即要求消减 \(num(share)) × \(num(fullPart)) = \(num(reduction)) μg/m³。",
                 "Required decline = \(percentExact(share)) × final decline, i.e. required reduction \(num(share)) × \(num(fullPart)) = \(num(reduction)) μg/m³.")
        } else {
            step(["R-7"], "目标折算：\(full.zh)。", "Target as a reduction: \(full.en).")
        }
        let requiredExact = base - reduction
        let required = requiredExact.roundedGB(requiredPlaces)
        let decline = reduction / base
        out.requiredConcentration = required
        out.requiredDecline = decline
        out.requiredReduction = reduction
        out.requiredDeclinePercent = (decline * 100).roundedGB(places.declinePercent)
        step(["R-7", "R-11"],
             "要求下降率 = 要求消减 ÷ C_base = \(num(reduction)) ÷ \(conc(base)) = \(percentExact(decline))（精确值，不先修约），显示为\(percent(decline))；要求浓度 = C_base − 要求消减 = \(conc(base)) − \(num(reduction)) = \(num(requiredExact))，仅供参考，显示为\(requiredConc(required)) μg/m³（不修约为整数比较）。",
             "Required decline = required reduction ÷ C_base = \(num(reduction)) ÷ \(conc(base)) = \(percentExact(decline)) (exact, not rounded first), shown as \(percent(decline)); required concentration = C_base − required reduction = \(conc(base)) − \(num(reduction)) = \(num(requiredExact)), for information, shown as \(requiredConc(required)) μg/m³ (not rounded to a whole number to compare).")
        return Requirement(target: target, share: share, base: base, reduction: reduction)
    }

    /// The reduction from the base that a target asks for in full, μg/m³, with its working in both languages.
    func fullReduction(_ t: Target, base: Decimal) -> (value: Decimal, zh: String, en: String) {
        let v = t.value ?? 0
        switch t.kind {
        case .percentDecline:
            let r = base * v / 100
            return (r, "下降比例 \(num(v))% → 消减 \(conc(base)) × \(num(v))% = \(num(r)) μg/m³",
                    "percent decline \(num(v))% → reduction \(conc(base)) × \(num(v))% = \(num(r)) μg/m³")
        case .absoluteReduction:
            return (v, "消减值 \(num(v)) μg/m³ → 下降 \(num(v)) ÷ \(conc(base)) = \(percentExact(v / base))",
                    "absolute reduction \(num(v)) μg/m³ → decline \(num(v)) ÷ \(conc(base)) = \(percentExact(v / base))")
        case .ceiling:
            let r = base - v
            if r <= 0 {
                // R-8 (revised): a ceiling at or above the base requires no decline; the base is the requirement.
                return (0, "浓度限值 \(num(v)) μg/m³ 不低于基数 \(conc(base)) μg/m³ → 不要求下降：要求下降 max(0, \(conc(base)) − \(num(v))) = 0，要求浓度为基数",
                        "ceiling \(num(v)) μg/m³ is at or above the base \(conc(base)) μg/m³ → no decline required: required reduction max(0, \(conc(base)) − \(num(v))) = 0, the required concentration is the base")
            }
            return (r, "浓度限值 \(num(v)) μg/m³ → 消减 \(conc(base)) − \(num(v)) = \(num(r)) μg/m³，下降 \(num(r)) ÷ \(conc(base)) = \(percentExact(r / base))",
                    "ceiling \(num(v)) μg/m³ → reduction \(conc(base)) − \(num(v)) = \(num(r)) μg/m³, decline \(num(r)) ÷ \(conc(base)) = \(percentExact(r / base))")
        case .continuousImprovement:
            return (0, "持续改善 → 要求下降 0，浓度不得高于基数", "continuous improvement → required decline 0, the concentration must not exceed the base")
        }
    }

    func describe(_ t: Target) -> String {
        let value = t.value.map { "\(num($0))\(t.kind.valueUnit)" } ?? ""
        return "\(t.kind.rawValue)\(value.isEmpty ? "" : " " + value)（\(t.year)年，基准年\(t.baseYear)）"
    }

    func describeEn(_ t: Target) -> String {
        let value = t.value.map { " \(num($0))\(t.kind.valueUnit == "%" ? "%" : " " + t.kind.valueUnit)" } ?? ""
        return "\(t.kind.english)\(value) (year \(t.year), base year \(t.baseYear))"
    }

    func placesZh(_ p: Int) -> String { p == 0 ? "整数" : "\(p)位小数" }
    func placesEn(_ p: Int) -> String { p == 0 ? "whole μg/m³" : "\(p) decimal place\(p == 1 ? "" : "s")" }

    // MARK: R-3, R-18

    mutating func recordReport() {
        switch input.report {
        case .notSubmitted:
            step(["R-3"], "未收到\(input.year)年自查报告。", "No self-inspection report for \(input.year) was received.")
        case .submitted(let day):
            let deadline = Day(year: input.year, month: 12, day: 31)!
            if day > deadline {
                out.flags.append(.lateReport(submittedOn: day))
                step(["R-3", "R-18"], "自查报告于\(day)收到，晚于\(deadline)，属逾期报送：照常评分并标注逾期。",
                     "Self-inspection report received \(day), after \(deadline): late; scored normally and flagged as late.")
            } else {
                step(["R-3"], "自查报告于\(day)收到，按期报送。", "Self-inspection report received \(day), on time.")
            }
            if let corrected = input.reportCorrectedOn {
                step(["R-3"], "更正报告于\(corrected)收到（更正日期）；是否逾期按首次报送日期\(day)判断。",
                     "A corrected report was received \(corrected) (correction date); on time or late is decided by the first submission, \(day).")
            }
        }
    }

    // MARK: R-26

    /// When the concentration comes from monitoring and the unit reported its own, compares the two.
    mutating func compareWithMonitoring() {
        guard let reported = input.reportedCurrent, let monitored = input.current?.value else { return }
        let d = Discrepancy(reported: reported, monitored: monitored, tolerance: rules.discrepancyTolerance, places: places.concentration)
        let t = tag(.discrepancyTolerance)
        let tol = num(rules.discrepancyTolerance)
        // Which is higher, by how much: never a signed "相差 -3".
        let gap = num(abs(d.difference))
        let diff: (zh: String, en: String) =
            d.difference == 0
            ? ("两者相同", "no difference")
            : d.monitored > d.reported
                ? ("监测值比自报值高 \(gap) μg/m³", "monitored \(gap) μg/m³ above reported")
                : ("监测值比自报值低 \(gap) μg/m³", "monitored \(gap) μg/m³ below reported")
        if d.isDiscrepancy {
            out.flags.append(.discrepancy(reported: d.reported, monitored: d.monitored))
            step(["R-26"], "监测数据有效年均值为权威值：自报 \(conc(d.reported)) μg/m³，监测 \(conc(d.monitored)) μg/m³（均已修约），\(diff.zh)，超过容差 \(tol) μg/m³\(t.zh)：标记为自报数据与监测数据不一致，按监测值评分。",
                 "The valid monitored annual mean is authoritative: reported \(conc(d.reported)) μg/m³, monitored \(conc(d.monitored)) μg/m³ (both rounded), \(diff.en), more than the tolerance \(tol) μg/m³\(t.en): flagged as a discrepancy between reported and monitored data; the monitored value is scored.")
        } else {
            step(["R-26"], "监测数据有效年均值为权威值：自报 \(conc(d.reported)) μg/m³，监测 \(conc(d.monitored)) μg/m³（均已修约），\(diff.zh)，未超过容差 \(tol) μg/m³\(t.zh)。",
                 "The valid monitored annual mean is authoritative: reported \(conc(d.reported)) μg/m³, monitored \(conc(d.monitored)) μg/m³ (both rounded), \(diff.en), within the tolerance \(tol) μg/m³\(t.en).")
        }
    }

    // MARK: R-9, R-10, R-11

    mutating func qualityScore(req: Requirement, current: SourcedConcentration) -> Decimal {
        let cy = current.value.roundedGB(places.concentration)
        step(["R-6", "R-11"], "\(input.year)年年均浓度 C_year = \(num(current.value)) μg/m³（来源：\(current.source)），修约到\(placesZh(places.concentration))：\(conc(cy)) μg/m³。",
             "Annual mean C_year = \(num(current.value)) μg/m³ (source: \(current.sourceEn)), rounded to \(placesEn(places.concentration)): \(conc(cy)) μg/m³.")
        let actual = (req.base - cy) / req.base
        out.actualDecline = actual
        out.actualDeclinePercent = (actual * 100).roundedGB(places.declinePercent)
        step(["R-6", "R-11"], "实际下降率 = (C_base − C_year) ÷ C_base = (\(conc(req.base)) − \(conc(cy))) ÷ \(conc(req.base)) = \(percentExact(actual))，显示为\(percent(actual))。",
             "Actual decline = (C_base − C_year) ÷ C_base = (\(conc(req.base)) − \(conc(cy))) ÷ \(conc(req.base)) = \(percentExact(actual)), shown as \(percent(actual)).")
        // R-11 (revised): reached when the exact actual decline is at least the exact required decline; both
        // share the denominator C_base, so this is (C_base − C_year) ≥ required reduction, with no rounding.
        let requiredDecline = out.requiredDecline!
        let reached = actual >= requiredDecline
        out.targetReached = reached
        let what = input.kind == .final ? ("终期目标", "final target") : ("年度要求", "annual requirement")
        step(["R-11"],
             reached
                ? "比较精确下降率：实际下降 \(percentExact(actual)) ≥ 要求下降 \(percentExact(requiredDecline))（显示为 \(percent(actual)) 与 \(percent(requiredDecline))），达到\(what.0)。"
                : "比较精确下降率：实际下降 \(percentExact(actual)) < 要求下降 \(percentExact(requiredDecline))（显示为 \(percent(actual)) 与 \(percent(requiredDecline))），未达到\(what.0)。",
             reached
                ? "Exact declines compared: actual \(percentExact(actual)) ≥ required \(percentExact(requiredDecline)) (shown as \(percent(actual)) and \(percent(requiredDecline))): the \(what.1) is reached."
                : "Exact declines compared: actual \(percentExact(actual)) < required \(percentExact(requiredDecline)) (shown as \(percent(actual)) and \(percent(requiredDecline))): the \(what.1) is not reached.")

        // R-9
        var previous: SourcedConcentration?
        let firstYear = input.year == rules.baseYear + 1
        if firstYear {
            previous = SourcedConcentration(req.target.baseConcentration, source: "assessment base \(req.target.baseYear)")
            out.previousIsBase = BaseAsPrevious(baseYear: req.target.baseYear, concentration: req.target.baseConcentration)
            step(["R-9"], "\(input.year)年为首个考核年度，上一年即基准年\(rules.baseYear)，上年浓度取考核基数。",
                 "\(input.year) is the first assessed year: the previous year is the base year \(rules.baseYear), so the previous concentration is the base.")
        } else {
            previous = input.previous
        }
        var rising = false
        if let previous {
            let cp = previous.value.roundedGB(places.concentration)
            rising = cy > cp
            step(["R-9", "R-11"],
                 "上年浓度 C_prev = \(num(previous.value)) μg/m³（来源：\(firstYear ? "\(req.target.baseYear)年考核基数" : previous.source)），修约后 \(conc(cp))；C_year \(conc(cy)) \(rising ? ">" : "≤") C_prev \(conc(cp))，\(rising ? "不降反升" : "未升高")。",
                 "Previous year C_prev = \(num(previous.value)) μg/m³ (source: \(previous.sourceEn)), rounded \(conc(cp)); C_year \(conc(cy)) \(rising ? ">" : "≤") C_prev \(conc(cp)): \(rising ? "the concentration rose" : "not higher").")
        } else {
            out.flags.append(.previousUnknown)
            let t = tag(.previousUnknown)
            step(["R-9"], "\(input.year - 1)年浓度未知，无法判断是否不降反升，本条未适用，已标注，不作推测\(t.zh)。",
                 "The \(input.year - 1) concentration is unknown: whether it rose cannot be judged, so R-9 is not applied; the unit is flagged and nothing is guessed\(t.en).")
        }
        if rising {
            out.flags.append(.risingConcentration)
            step(["R-9"], "不降反升：空气质量得分为 0，不论目标。", "Concentration rose: the quality score is 0 whatever the target.")
            return 0
        }
        let raw = formula(req: req, cy: cy, reached: reached)
        let rounded = raw.roundedGB(places.score)
        step(["R-11"], "空气质量得分 \(num(raw)) 修约到\(places.score)位小数：\(score(rounded))。",
             "Quality score \(num(raw)) rounded to \(places.score) decimal place\(places.score == 1 ? "" : "s"): \(score(rounded)).")
        return rounded
    }

    mutating func formula(req: Requirement, cy: Decimal, reached: Bool) -> Decimal {
        let t = tag(.qualityFormula)
        let achieved = req.base - cy
        switch rules.qualityFormula {
        case .proportional:
            if req.reduction <= 0 {
                let s: Decimal = reached ? 100 : 0
                step(["R-10"], "比例法\(t.zh)：未要求下降，C_year \(reached ? "不高于" : "高于")要求浓度，得分 \(num(s))。",
                     "Proportional formula\(t.en): no decline is required and C_year is \(reached ? "at or below" : "above") the required concentration: score \(num(s)).")
                return s
            }
            if reached {
                step(["R-10"], "比例法\(t.zh)：达到要求下降，得分 100。", "Proportional formula\(t.en): the required decline is reached: score 100.")
                return 100
            }
            let raw = max(0, 100 * achieved / req.reduction)
            step(["R-10"],
                 "比例法\(t.zh)：得分 = 100 × 实际下降 ÷ 要求下降 = 100 × (\(conc(req.base)) − \(conc(cy))) ÷ \(num(req.reduction)) = \(num(100 * achieved / req.reduction))\(raw == 0 ? "，不低于 0，取 0" : "")。",
                 "Proportional formula\(t.en): score = 100 × actual decline ÷ required decline = 100 × (\(conc(req.base)) − \(conc(cy))) ÷ \(num(req.reduction)) = \(num(100 * achieved / req.reduction))\(raw == 0 ? ", floored at 0" : "").")
            return raw
        case .passPlusExcess(let pass, let excess):
            if !reached {
                if req.reduction <= 0 {
                    step(["R-10"], "达标加分法\(t.zh)：未要求下降而 C_year 高于要求浓度，得分 0。",
                         "Pass-plus-excess formula\(t.en): no decline is required and C_year is above the required concentration: score 0.")
                    return 0
                }
                let value = pass * achieved / req.reduction
                let raw = max(0, value)
                step(["R-10"],
                     "达标加分法\(t.zh)：未达到年度要求，得分 = \(num(pass)) × 实际下降 ÷ 要求下降 = \(num(pass)) × (\(conc(req.base)) − \(conc(cy))) ÷ \(num(req.reduction)) = \(num(value))\(raw == 0 ? "，不低于 0，取 0" : "")。",
                     "Pass-plus-excess formula\(t.en): the annual requirement is not reached, score = \(num(pass)) × actual ÷ required = \(num(pass)) × (\(conc(req.base)) − \(conc(cy))) ÷ \(num(req.reduction)) = \(num(value))\(raw == 0 ? ", floored at 0" : "").")
                return raw
            }
            let finalReduction = input.finalTarget.map { fullReduction($0, base: req.base).value }
            guard let finalReduction, finalReduction > req.reduction else {
                step(["R-10"], "达标加分法\(t.zh)：达到要求，且终期目标不高于本年要求（或无终期目标），得满分 \(num(pass + excess))。",
                     "Pass-plus-excess formula\(t.en): the requirement is reached and no final target lies beyond it: full score \(num(pass + excess)).")
                return pass + excess
            }
            let beyond = achieved - req.reduction
            let value = pass + excess * beyond / (finalReduction - req.reduction)
            let raw = min(pass + excess, max(pass, value))
            step(["R-10"],
                 "达标加分法\(t.zh)：达到年度要求得 \(num(pass)) 分，超额部分 = \(num(excess)) × (实际消减 − 年度要求消减) ÷ (终期要求消减 − 年度要求消减) = \(num(excess)) × (\(num(achieved)) − \(num(req.reduction))) ÷ (\(num(finalReduction)) − \(num(req.reduction)))；得分 = \(num(value))\(raw != value ? "，限定在 \(num(pass))–\(num(pass + excess)) 之间，取 \(num(raw))" : "")。",
                 "Pass-plus-excess formula\(t.en): \(num(pass)) for reaching the annual requirement, excess = \(num(excess)) × (achieved − annual reduction) ÷ (final reduction − annual reduction) = \(num(excess)) × (\(num(achieved)) − \(num(req.reduction))) ÷ (\(num(finalReduction)) − \(num(req.reduction))); score = \(num(value))\(raw != value ? ", kept within \(num(pass))–\(num(pass + excess)): \(num(raw))" : "").")
            return raw
        }
    }

    // MARK: R-12, R-13

    mutating func keyTaskScore() -> Decimal {
        var claims: [String: KeyTaskClaim] = [:]
        for c in input.keyTasks { claims[c.code] = c }
        var parts: [String] = []
        var partsEn: [String] = []
        var missing: [String] = []
        var total: Decimal = 0
        for indicator in rules.keyTasks {
            for sub in indicator.subIndicators {
                guard let claim = claims[sub.code] else {
                    if sub.points > 0 { missing.append(sub.code) }
                    continue
                }
                let value = claim.verifiedScore ?? claim.selfScore
                let which = claim.verifiedScore == nil ? ("自评", "self") : ("核定", "verified")
                if value < 0 || value > sub.points {
                    out.flags.append(.invalidKeyTaskScore(code: sub.code))
                    parts.append("\(sub.code) \(which.0)\(num(value))无效（应为0–\(num(sub.points))）计0")
                    partsEn.append("\(sub.code) \(which.1) \(num(value)) invalid (must be 0–\(num(sub.points))), counted 0")
                    continue
                }
                total += value
                parts.append("\(sub.code) \(which.0)\(num(value))")
                partsEn.append("\(sub.code) \(which.1) \(num(value))")
            }
        }
        let known = Set(rules.keyTasks.flatMap { $0.subIndicators.map(\.code) })
        for c in input.keyTasks where !known.contains(c.code) {
            out.flags.append(.unknownKeyTaskCode(c.code))
        }
        let unknown = input.keyTasks.map(\.code).filter { !known.contains($0) }
        let rounded = total.roundedGB(places.score)
        let sumZh = parts.isEmpty ? "0" : parts.joined(separator: " + ")
        let sumEn = partsEn.isEmpty ? "0" : partsEn.joined(separator: " + ")
        var zh = "重点任务得分 = 各子指标核定得分（无核定则用自评得分）之和 = \(sumZh) = \(num(total))，修约后 \(score(rounded))。"
        var en = "Key-task score = sum of verified (else self) scores per sub-indicator = \(sumEn) = \(num(total)), rounded \(score(rounded))."
        if !missing.isEmpty {
            zh += "未填报的子指标按 0 分计：\(missing.joined(separator: "、"))。"
            en += " Sub-indicators with no score count 0: \(missing.joined(separator: ", "))."
        }
        if !unknown.isEmpty {
            zh += "规则集中没有的指标代码已忽略：\(unknown.joined(separator: "、"))。"
            en += " Codes not in the rule set were ignored: \(unknown.joined(separator: ", "))."
        }
        step(["R-12", "R-13"], zh, en)
        return rounded
    }

    // MARK: R-14, R-15, R-16, R-17

    mutating func combine(quality: Decimal, keyTasks: Decimal) {
        if input.kind == .final {
            out.keyTaskRole = .notUsedInFinal
            out.resultScore = quality
            step(["R-14"], "终期考核只用空气质量指标：考核得分 = 空气质量得分 = \(score(quality))（重点任务得分 \(score(keyTasks)) 仅供参考）。",
                 "The final assessment uses the quality indicator only: result = quality score = \(score(quality)) (key-task score \(score(keyTasks)) for information).")
            return
        }
        switch rules.combination {
        case .qualityOnly:
            out.keyTaskRole = .evaluative
            out.resultScore = quality
            step(["R-14"], "仅考核空气质量：考核得分 = 空气质量得分 = \(score(quality))；重点任务得分 \(score(keyTasks)) 为评估性指标。",
                 "Quality indicator only: result = quality score = \(score(quality)); key-task score \(score(keyTasks)) is evaluative (评估性指标).")
        case .lowerOfBoth:
            out.keyTaskRole = .counted
            let result = min(quality, keyTasks)
            out.resultScore = result
            step(["R-14"], "双考核：考核得分 = min(空气质量 \(score(quality))，重点任务 \(score(keyTasks))) = \(score(result))。",
                 "Both indicators (双考核): result = min(quality \(score(quality)), key tasks \(score(keyTasks))) = \(score(result)).")
        }
    }

    mutating func grade() {
        let result = out.resultScore!
        var grade = rules.grade(for: result) ?? .fail
        let band = rules.gradeBands.first { $0.grade == grade }
        let range = band.map { b in b.below.map { "[\(num(b.from)), \(num($0)))" } ?? "≥ \(num(b.from))" } ?? ""
        step(["R-15"], "考核得分 \(score(result)) 落在 \(range)：\(grade.rawValue)。",
             "Result \(score(result)) falls in \(range): \(grade.rawValue) (\(grade.english)).")
        if input.kind == .final, out.targetReached == false {
            out.flags.append(.finalVeto)
            grade = .fail
            step(["R-16"], "终期考核未完成终期空气质量目标：一票否决，评为不合格，不论得分。",
                 "Final assessment and the final quality target not reached: veto (一票否决), graded 不合格 (fail) whatever the score.")
        }
        if applyFalsification() { grade = .fail }
        out.grade = grade
    }

    @discardableResult
    mutating func applyFalsification() -> Bool {
        guard let ref = input.falsificationReference else { return false }
        out.flags.append(.falsification(reference: ref))
        step(["R-17"], "经认定存在篡改、伪造监测数据行为（\(ref)）：评为不合格。",
             "Found to have tampered with or forged monitoring data (\(ref)): graded 不合格 (fail).")
        return true
    }
}
