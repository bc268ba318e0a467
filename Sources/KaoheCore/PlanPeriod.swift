import Foundation

/// One unit over the plan period (issue 22): the concentration of every year from the base year to the final
/// year, each year's published grade with its document, the key-task score per indicator (R-12, self and
/// verified) and the final target against the final result.
///
/// Built from published runs only (the newest published revision of each year and kind, R-22c): a year without
/// a published result says so rather than showing a draft — except the run the view is made for (`current`),
/// whose own year shows its results even as a draft. Concentrations in μg/m³, scores in points. Codable so
/// that a final publication freezes it with its issued record (R-22b).
public struct PlanPeriodHistory: Sendable, Hashable, Codable {
    public struct Year: Sendable, Hashable, Codable {
        public var year: Int
        /// The annual mean the published assessment used; for the base year, the assessment base.
        public var concentration: Decimal?
        public var isBase: Bool
        public var kind: AssessmentKind?
        public var grade: Grade?
        public var resultScore: Decimal?
        public var documentNumber: String?
        public var publishedOn: Day?
        /// The code of the predecessor whose year this is, when a rename or recode replaced it by the unit later
        /// (issue 21, D-141); nil for the unit's own years. Absent from views frozen before, which decode as nil.
        public var unitCode: String? = nil
        /// That predecessor's name as it was called in the year; nil for the unit's own years.
        public var unitName: String? = nil

        public init(
            year: Int, concentration: Decimal?, isBase: Bool, kind: AssessmentKind? = nil, grade: Grade? = nil, resultScore: Decimal? = nil,
            documentNumber: String? = nil, publishedOn: Day? = nil, unitCode: String? = nil, unitName: String? = nil
        ) {
            self.unitCode = unitCode
            self.unitName = unitName
            self.year = year
            self.concentration = concentration
            self.isBase = isBase
            self.kind = kind
            self.grade = grade
            self.resultScore = resultScore
            self.documentNumber = documentNumber
            self.publishedOn = publishedOn
        }
    }

    /// One of the ten indicators: its points and, per assessed year, the sum of its sub-indicators' self
    /// scores and the sum after verification (verified, else self, R-13; absent when none of them was verified).
    public struct Indicator: Sendable, Hashable, Codable {
        public var code: String
        public var name: String
        public var points: Decimal
        public var selfScores: [Int: Decimal]
        public var verifiedScores: [Int: Decimal]

        public init(code: String, name: String, points: Decimal, selfScores: [Int: Decimal], verifiedScores: [Int: Decimal]) {
            self.code = code
            self.name = name
            self.points = points
            self.selfScores = selfScores
            self.verifiedScores = verifiedScores
        }
    }

    public var area: Area
    public var baseYear: Int
    public var finalYear: Int
    public var years: [Year]
    public var indicators: [Indicator]
    public var finalTarget: Target?
    /// The final assessment's result for the unit: the newest published one, or that of the run the view is
    /// made for.
    public var finalResult: UnitAssessment?

    public init(
        area: Area, baseYear: Int, finalYear: Int, years: [Year], indicators: [Indicator], finalTarget: Target?, finalResult: UnitAssessment?
    ) {
        self.area = area
        self.baseYear = baseYear
        self.finalYear = finalYear
        self.years = years
        self.indicators = indicators
        self.finalTarget = finalTarget
        self.finalResult = finalResult
    }

    /// Whether a run is the final assessment of its rule set's plan period, whose summary carries the view.
    public static func isPlanPeriodFinal(_ run: AssessmentRun, rules: RuleSet) -> Bool {
        run.kind == .final && run.year == rules.finalYear
    }

    /// Builds the view; `runs` may hold any runs (drafts and superseded revisions are ignored), `keyTasks` the
    /// unit's key-task rows of any year. `current`, when given, is the run the view is made for (a final
    /// summary's own run): its year and kind show its results whether or not it is published yet.
    /// `successions` (in force) join the years of a predecessor a rename or recode replaced by the unit, each
    /// named as it was called (its name in that year's run, else `names`), so the trend reads as one unit's
    /// (issue 21, D-141); `keyTasks` then hold the predecessor's rows of its years.
    public static func build(
        area: Area, rules: RuleSet, targets: [Target], runs: [AssessmentRun], keyTasks: [KeyTaskScore], current: AssessmentRun? = nil,
        successions: [Succession] = [], names: [String: String] = [:]
    ) -> PlanPeriodHistory {
        let chain = SuccessionLineage.chain(of: area.code, successions: successions)
        func code(_ y: Int) -> String { chain.first { $0.from.map { $0 <= y } ?? true }?.code ?? area.code }
        // The unit's own targets win; else those of the newest predecessor that has some, which it carries (D-62).
        let mine = chain.map { c in targets.filter { $0.areaCode == c.code } }.first { !$0.isEmpty } ?? []
        let finalTarget = mine.first { $0.isFinal }
        let base = (finalTarget ?? mine.first)?.baseConcentration
        // R-22c: the newest published revision of a year and kind is the one in force.
        var newest: [String: AssessmentRun] = [:]
        for r in runs where r.status == .published {
            let key = "\(r.year)/\(r.kind.rawValue)"
            if let seen = newest[key], seen.revision > r.revision { continue }
            newest[key] = r
        }
        if let current { newest["\(current.year)/\(current.kind.rawValue)"] = current }
        // A predecessor's year names it as it was called: its name in that year's run, else the stored one.
        func predecessor(_ y: Int, _ result: UnitAssessment?) -> (code: String?, name: String?) {
            let c = code(y)
            return c == area.code ? (nil, nil) : (c, result?.area.name ?? names[c] ?? c)
        }
        let baseUnit = predecessor(rules.baseYear, nil)
        var years = [Year(year: rules.baseYear, concentration: base, isBase: true, unitCode: baseUnit.code, unitName: baseUnit.name)]
        for y in rules.assessedYears {
            let run = newest["\(y)/\(AssessmentKind.final.rawValue)"] ?? newest["\(y)/\(AssessmentKind.annual.rawValue)"]
            let result = run?.results.first { $0.area.code == code(y) }
            let input = run?.inputs.first { $0.area.code == code(y) }
            let unit = predecessor(y, result)
            years.append(Year(
                year: y, concentration: input?.current?.value, isBase: false, kind: result == nil ? nil : run?.kind, grade: result?.grade,
                resultScore: result?.resultScore, documentNumber: result == nil ? nil : run?.documentNumber,
                publishedOn: result == nil ? nil : run?.publishedOn, unitCode: unit.code, unitName: unit.name))
        }
        let scores = keyTasks.filter { $0.areaCode == code($0.year) }
        let indicators = rules.keyTasks.map { ind in
            let subs = Set(ind.subIndicators.map(\.code))
            var own: [Int: Decimal] = [:], verified: [Int: Decimal] = [:]
            for y in rules.assessedYears {
                let rows = scores.filter { $0.year == y && subs.contains($0.code) }
                guard !rows.isEmpty else { continue }
                own[y] = rows.map(\.selfScore).reduce(0, +)
                // a verified score replaces the self-score; the indicator's verified total counts the
                // self-scores of sub-indicators not verified, and is shown only when one was verified.
                if rows.contains(where: { $0.verifiedScore != nil }) { verified[y] = rows.map { $0.verifiedScore ?? $0.selfScore }.reduce(0, +) }
            }
            return Indicator(code: ind.code, name: ind.name, points: ind.points, selfScores: own, verifiedScores: verified)
        }
        let finalRun = newest["\(rules.finalYear)/\(AssessmentKind.final.rawValue)"]
        return PlanPeriodHistory(
            area: area, baseYear: rules.baseYear, finalYear: rules.finalYear, years: years, indicators: indicators, finalTarget: finalTarget,
            finalResult: finalRun?.results.first { $0.area.code == code(rules.finalYear) })
    }
}
