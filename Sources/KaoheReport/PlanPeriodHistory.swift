import Foundation
import KaoheCore

/// One unit over the plan period (issue 22): the concentration of every year from the base year to the final
/// year, each year's published grade with its document, the key-task score per indicator (R-12, self and
/// verified) and the final target against the final result (R-16).
///
/// Built from published runs only (the newest published revision of each year and kind, R-22c): a year without
/// a published result says so rather than showing a draft. Concentrations in μg/m³, scores in points.
public struct PlanPeriodHistory: Sendable, Hashable {
    public struct Year: Sendable, Hashable {
        public var year: Int
        /// The annual mean the published assessment used; for the base year, the assessment base (R-6).
        public var concentration: Decimal?
        public var isBase: Bool
        public var kind: AssessmentKind?
        public var grade: Grade?
        public var resultScore: Decimal?
        public var documentNumber: String?
        public var publishedOn: Day?
    }

    /// One of the ten indicators (R-12): its points and, per assessed year, the sum of its sub-indicators' self
    /// scores and the sum after verification (verified, else self, R-13; nil when none of them was verified).
    public struct Indicator: Sendable, Hashable {
        public var code: String
        public var name: String
        public var points: Decimal
        public var selfScores: [Int: Decimal]
        public var verifiedScores: [Int: Decimal]
    }

    public var area: Area
    public var baseYear: Int
    public var finalYear: Int
    public var years: [Year]
    public var indicators: [Indicator]
    public var finalTarget: Target?
    /// The final assessment's result for the unit, when published.
    public var finalResult: UnitAssessment?

    /// Builds the view; `runs` may hold any runs (drafts and superseded revisions are ignored), `keyTasks` the
    /// unit's key-task rows of any year.
    public static func build(area: Area, rules: RuleSet, targets: [Target], runs: [AssessmentRun], keyTasks: [KeyTaskScore]) -> PlanPeriodHistory {
        let mine = targets.filter { $0.areaCode == area.code }
        let finalTarget = mine.first { $0.isFinal }
        let base = (finalTarget ?? mine.first)?.baseConcentration
        // R-22c: the newest published revision of a year and kind is the one in force.
        var newest: [String: AssessmentRun] = [:]
        for r in runs where r.status == .published {
            let key = "\(r.year)/\(r.kind.rawValue)"
            if let seen = newest[key], seen.revision > r.revision { continue }
            newest[key] = r
        }
        var years = [Year(year: rules.baseYear, concentration: base, isBase: true)]
        for y in rules.assessedYears {
            let run = newest["\(y)/\(AssessmentKind.final.rawValue)"] ?? newest["\(y)/\(AssessmentKind.annual.rawValue)"]
            let result = run?.results.first { $0.area.code == area.code }
            let input = run?.inputs.first { $0.area.code == area.code }
            years.append(Year(
                year: y, concentration: input?.current?.value, isBase: false, kind: result == nil ? nil : run?.kind, grade: result?.grade,
                resultScore: result?.resultScore, documentNumber: result == nil ? nil : run?.documentNumber,
                publishedOn: result == nil ? nil : run?.publishedOn))
        }
        let scores = keyTasks.filter { $0.areaCode == area.code }
        let indicators = rules.keyTasks.map { ind in
            let subs = Set(ind.subIndicators.map(\.code))
            var own: [Int: Decimal] = [:], verified: [Int: Decimal] = [:]
            for y in rules.assessedYears {
                let rows = scores.filter { $0.year == y && subs.contains($0.code) }
                guard !rows.isEmpty else { continue }
                own[y] = rows.map(\.selfScore).reduce(0, +)
                // R-13: a verified score replaces the self-score; the indicator's verified total counts the
                // self-scores of sub-indicators not verified, and is shown only when one was verified.
                if rows.contains(where: { $0.verifiedScore != nil }) { verified[y] = rows.map { $0.verifiedScore ?? $0.selfScore }.reduce(0, +) }
            }
            return Indicator(code: ind.code, name: ind.name, points: ind.points, selfScores: own, verifiedScores: verified)
        }
        let finalRun = newest["\(rules.finalYear)/\(AssessmentKind.final.rawValue)"]
        return PlanPeriodHistory(
            area: area, baseYear: rules.baseYear, finalYear: rules.finalYear, years: years, indicators: indicators, finalTarget: finalTarget,
            finalResult: finalRun?.results.first { $0.area.code == area.code })
    }

    /// The view as terminal text: the years, the key tasks by indicator, the final target against the result.
    public func text(_ lang: Language, rounding: RoundingPlaces = RoundingPlaces()) -> String {
        let dash = "—"
        func conc(_ d: Decimal?) -> String { d.map { GBRounding.fixed($0, places: rounding.concentration) } ?? dash }
        func score(_ d: Decimal?) -> String { d.map { GBRounding.fixed($0, places: rounding.score) } ?? dash }
        var out = lang.pick(
            "\(area.name)（\(area.code)）\(baseYear)—\(finalYear) 年规划期考核情况\n\n", "\(area.name) (\(area.code)), plan period \(baseYear)–\(finalYear)\n\n")
        var yearTable = TextTable(
            headers: [
                lang.pick("年度", "year"), lang.pick("年均浓度", "annual mean"), lang.pick("考核", "assessment"), lang.pick("考核得分", "result"),
                lang.pick("等级", "grade"), lang.pick("发布文号", "published as"),
            ],
            alignments: [.left, .right, .left, .right, .left, .left])
        for y in years {
            let published = y.documentNumber.map { d in y.publishedOn.map { "\(d)（\($0)）" } ?? d }
            yearTable.append([
                y.isBase ? lang.pick("\(y.year)（基准年）", "\(y.year) (base year)") : String(y.year), conc(y.concentration),
                y.isBase ? lang.pick("考核基数", "assessment base") : (y.kind.map { Labels.kind($0, lang) } ?? lang.pick("未发布", "not published")),
                y.isBase ? "" : score(y.resultScore), y.isBase || y.kind == nil ? "" : Labels.grade(y.grade, lang), published ?? "",
            ])
        }
        out += yearTable.render() + "\n"
        let assessed = years.filter { !$0.isBase }.map(\.year)
        var tasks = TextTable(
            headers: [lang.pick("重点任务指标", "key-task indicator"), lang.pick("分值", "points")]
                + assessed.map { lang.pick("\($0) 自评/核定", "\($0) self/verified") },
            alignments: [.left, .right] + assessed.map { _ in .right })
        for i in indicators {
            tasks.append(
                ["\(i.code) \(i.name)", GBRounding.display(i.points)]
                    + assessed.map { y in i.selfScores[y].map { "\(score($0))/\(score(i.verifiedScores[y]))" } ?? dash })
        }
        out += tasks.render() + "\n"
        if let t = finalTarget {
            out += lang.pick("终期目标：", "Final target: ") + Self.targetText(t, lang)
            if let r = finalResult {
                let actual = r.actualDeclinePercent.map { GBRounding.fixed($0, places: rounding.declinePercent) + "%" } ?? dash
                let required = r.requiredDeclinePercent.map { GBRounding.fixed($0, places: rounding.declinePercent) + "%" } ?? dash
                out += lang.pick(
                    "；终期结果：要求下降 \(required)，实际下降 \(actual)，\(Labels.reached(r.targetReached, lang) == "是" ? "达到" : "未达到")终期目标，\(Labels.grade(r.grade, lang))\n",
                    "; final result: required decline \(required), actual \(actual), target \(r.targetReached == true ? "reached" : "not reached"), \(Labels.grade(r.grade, lang))\n")
            } else {
                out += lang.pick("；终期考核结果尚未发布\n", "; the final assessment is not yet published\n")
            }
        } else {
            out += lang.pick("无终期目标\n", "No final target\n")
        }
        return out
    }

    static func targetText(_ t: Target, _ lang: Language) -> String {
        let value = t.value.map { GBRounding.display($0) } ?? ""
        switch t.kind {
        case .percentDecline: return lang.pick("较 \(t.baseYear) 年下降 \(value)%", "\(value) % decline on \(t.baseYear)")
        case .absoluteReduction: return lang.pick("较 \(t.baseYear) 年消减 \(value) μg/m³", "\(value) μg/m³ reduction on \(t.baseYear)")
        case .ceiling: return lang.pick("浓度不高于 \(value) μg/m³", "at most \(value) μg/m³")
        case .continuousImprovement: return lang.pick("持续改善", "continuous improvement")
        }
    }
}
