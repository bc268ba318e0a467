import Foundation
import KaoheCore

/// A consequence of failing recorded for a unit, as the consequences store hands it on.
public struct SummaryConsequence: Sendable, Hashable {
    public var areaCode: String
    /// Whom the city summons and where that stands, e.g. "约谈相关责任人（已约谈，2016-04-02）".
    public var summons: String
    /// The day the approval freeze (暂停环评审批) began; nil when no freeze is in force.
    public var freezeSince: Day?

    public init(areaCode: String, summons: String, freezeSince: Day? = nil) {
        self.areaCode = areaCode
        self.summons = summons
        self.freezeSince = freezeSince
    }
}

/// Everything the summary is made from; gathered by the caller, never read here.
public struct SummaryInput: Sendable {
    public var run: AssessmentRun
    /// The run's own rule set (parsed from `run.ruleSetText`): rounding places, failing grades and which
    /// settings are tool defaults.
    public var rules: RuleSet
    /// One per unit of the run; a unit without one is shown as missing.
    public var statuses: [ReportStatus]
    /// Every project and funding row of the assessed year's reports, any unit.
    public var projects: [Project]
    public var funding: [Funding]
    /// Findings of any year; the summary keeps those of the run's year.
    public var findings: [FalsificationFinding]
    public var consequences: [SummaryConsequence]
    /// The plan-period view per unit for the final assessment of the plan period (issue 22); nil otherwise.
    public var planPeriod: [PlanPeriodHistory]? = nil

    public init(
        run: AssessmentRun, rules: RuleSet, statuses: [ReportStatus] = [], projects: [Project] = [], funding: [Funding] = [],
        findings: [FalsificationFinding] = [], consequences: [SummaryConsequence] = []
    ) {
        self.run = run
        self.rules = rules
        self.statuses = statuses
        self.projects = projects
        self.funding = funding
        self.findings = findings
        self.consequences = consequences
    }
}

/// The annual (or final) assessment summary (年度考核情况汇总), as values every renderer shares.
///
/// Numbers stay exact decimals here (μg/m³, percent, points, 万元); renderers write them to the rule set's
/// places with `SummaryFormat`.
public struct Summary: Sendable, Hashable {
    public struct Publication: Sendable, Hashable {
        /// 文号.
        public var documentNumber: String
        public var date: Day
    }

    /// The block of the ranking a unit is listed in (R-18a): passing units, then failing ones, then the
    /// units not graded.
    public enum RankBlock: String, Sendable, Hashable, CaseIterable {
        case passed
        case failed
        case notGraded
    }

    /// One line of the ranking table.
    public struct Row: Sendable, Hashable {
        /// 1-based; equal results share a rank within a block; the failing block continues the numbering
        /// after the passing one; nil for a unit without a result score.
        public var rank: Int?
        public var block: RankBlock
        public var result: UnitAssessment
        public var input: UnitInput?
        /// The R-4 parts the unit's report lacks; empty when it is complete or missing altogether (R-4:
        /// an incomplete report is flagged on its row, never silently ranked like a complete one).
        public var missingParts: [ReportPart] = []
    }

    public struct GradeCount: Sendable, Hashable {
        /// nil counts the units not graded (no target).
        public var grade: Grade?
        public var units: [Area]
    }

    /// A unit that failed, or that has a recorded consequence, with that consequence.
    public struct Failing: Sendable, Hashable {
        public var result: UnitAssessment
        public var failed: Bool
        public var consequence: SummaryConsequence?
    }

    public struct Submission: Sendable, Hashable {
        public var area: Area
        public var status: ReportStatus
    }

    /// The projects of one unit: how many in each status, planned and completed investment in 万元.
    public struct ProjectProgress: Sendable, Hashable {
        public var area: Area
        /// In `ProjectStatus.allCases` order.
        public var counts: [Int]
        public var planned: Decimal
        public var completed: Decimal
        public var total: Int { counts.reduce(0, +) }
    }

    /// Funding from one source over all units, 万元.
    public struct FundingLine: Sendable, Hashable {
        public var source: FundingSource
        public var planned: Decimal
        public var actual: Decimal
    }

    public struct Discrepancy: Sendable, Hashable {
        public var area: Area
        public var flag: AssessmentFlag
    }

    public struct Finding: Sendable, Hashable {
        public var area: Area?
        public var finding: FalsificationFinding
    }

    public var runID: Int64
    public var year: Int
    public var kind: AssessmentKind
    public var revision: Int
    public var ruleSetName: String
    /// Lowercase hex SHA-256 of the rule set's text.
    public var ruleSetHash: String
    /// nil for a draft.
    public var publication: Publication?
    public var rounding: RoundingPlaces
    /// Settings the rule set marks as tool defaults, never to be called official.
    public var defaultSettings: [RuleSetting]
    /// How the key-task score took part, over all graded units.
    public var keyTaskRoles: [KeyTaskRole]
    public var gradeCounts: [GradeCount]
    public var ranking: [Row]
    public var failing: [Failing]
    public var submissions: [Submission]
    public var projects: [ProjectProgress]
    public var funding: [FundingLine]
    public var discrepancies: [Discrepancy]
    public var findings: [Finding]
    /// Every unit, in code order, for the per-unit explanations.
    public var units: [UnitAssessment]
    /// The earlier publication this corrected revision replaces (本通报替代……, R-22c); part of the issued text.
    public var replaces: ReplacedPublication? = nil
    /// What happened after publication (后续处理情况, R-22b); never part of the issued text, nil to leave out.
    public var subsequent: SubsequentSection? = nil
    /// The plan-period trend from stored monitoring data (final assessments, D-91); never part of the issued
    /// text, nil to leave out.
    public var trend: TrendSection? = nil
    /// Issuer, addressees, copies and work requirements: those frozen with the publication (R-22b), or those
    /// in force for a draft. The caller sets them; the tool's defaults otherwise.
    public var settings = DocumentSettings()
    /// Per unit, every year from the base year to the final year, the key tasks by indicator and the final
    /// target against the final result (issue 22): only in the final assessment of the plan period; nil otherwise.
    public var planPeriod: [PlanPeriodHistory]? = nil
    /// The lowest score of a passing grade band (60 under the national bands, R-15); nil when no band passes.
    public var passMark: Decimal? = nil
    /// The rule set's pollutant, for units whose targets do not name their own.
    public var defaultPollutant: Pollutant = .pm10

    /// The municipal departments' results for the year, shown in their own section after the areas; nil
    /// when the departments were not assessed (the section is then left out).
    public var departments: SummaryDepartmentSection? = nil
    public var isDraft: Bool { publication == nil }

    /// Builds the summary: ranks the units, picks the failing ones with their consequences, and totals
    /// projects and funding. Pure: the same input always gives the same summary.
    public static func build(_ input: SummaryInput) -> Summary {
        let run = input.run
        // A stored run's results come in code order already: then shared, not copied (issue 14: at 30,000 units
        // each copy of the results is 12 MB).
        let inCodeOrder = zip(run.results, run.results.dropFirst()).allSatisfy { !($1.area.code < $0.area.code) }
        let units = inCodeOrder ? run.results : run.results.sorted { $0.area.code < $1.area.code }
        let areas = Dictionary(units.map { ($0.area.code, $0.area) }) { a, _ in a }
        let inputs = Dictionary(run.inputs.map { ($0.area.code, $0) }) { a, _ in a }

        let statuses = Dictionary(input.statuses.map { ($0.areaCode, $0) }) { a, _ in a }
        let ranking = rankedIndices(units, failingGrades: input.rules.failingGrades).map {
            let result = units[$0.index]
            return Row(
                rank: $0.rank, block: $0.block, result: result, input: inputs[result.area.code],
                missingParts: statuses[result.area.code]?.missingParts ?? [])
        }

        var counts = Grade.allCases.map { g in GradeCount(grade: g, units: units.filter { $0.grade == g }.map(\.area)) }
        let ungraded = units.filter { $0.grade == nil }.map(\.area)
        if !ungraded.isEmpty { counts.append(GradeCount(grade: nil, units: ungraded)) }

        let consequences = Dictionary(input.consequences.map { ($0.areaCode, $0) }) { a, _ in a }
        let failing = units.compactMap { r -> Failing? in
            let failed = r.grade.map(input.rules.failingGrades.contains) ?? false
            let consequence = consequences[r.area.code]
            return failed || consequence != nil ? Failing(result: r, failed: failed, consequence: consequence) : nil
        }

        let submissions = units.map { r in
            Submission(
                area: r.area,
                status: statuses[r.area.code]
                    ?? ReportStatus(areaCode: r.area.code, year: run.year, pollutant: input.rules.pollutant, report: StoredReport()))
        }

        // Each unit's projects counted and summed in one pass, in the record's order, without copying them into
        // per-unit lists first (issue 14: at 30,000 units that copy was a tenth of the summary's peak).
        let statusIndex = Dictionary(uniqueKeysWithValues: ProjectStatus.allCases.enumerated().map { ($1, $0) })
        var progress: [String: (counts: [Int], planned: Decimal, completed: Decimal)] = [:]
        let none = (counts: Array(repeating: 0, count: ProjectStatus.allCases.count), planned: Decimal(0), completed: Decimal(0))
        for p in input.projects where p.year == run.year {
            if let i = statusIndex[p.status] { progress[p.areaCode, default: none].counts[i] += 1 }
            if let planned = p.plannedInvestment { progress[p.areaCode, default: none].planned += planned }
            if let actual = p.actualInvestment { progress[p.areaCode, default: none].completed += actual }
        }
        let projects = units.map { r in
            let entry = progress[r.area.code] ?? none
            return ProjectProgress(area: r.area, counts: entry.counts, planned: entry.planned, completed: entry.completed)
        }
        let fundingRows = input.funding.filter { $0.year == run.year && areas[$0.areaCode] != nil }
        let funding = FundingSource.allCases.compactMap { source -> FundingLine? in
            let rows = fundingRows.filter { $0.source == source }
            guard !rows.isEmpty else { return nil }
            return FundingLine(source: source, planned: rows.map(\.plannedAmount).reduce(0, +), actual: rows.map(\.actualAmount).reduce(0, +))
        }

        let discrepancies = units.flatMap { r in r.flags.filter(isDiscrepancy).map { Discrepancy(area: r.area, flag: $0) } }
        let findings = input.findings.filter { $0.year == run.year }.map { Finding(area: areas[$0.areaCode], finding: $0) }
        let roles = keyTaskRoleOrder.filter { role in units.contains { $0.keyTaskRole == role } }

        return Summary(
            runID: run.id, year: run.year, kind: run.kind, revision: run.revision, ruleSetName: run.ruleSetName,
            ruleSetHash: run.ruleSetHash,
            publication: run.status == .published
                ? run.publishedOn.map { Publication(documentNumber: run.documentNumber ?? "", date: $0) } : nil,
            rounding: input.rules.rounding, defaultSettings: RuleSetting.allCases.filter { input.rules.isDefault($0) && (!$0.listedOnlyWhenNamed || input.rules.provenance[$0] != nil) },
            keyTaskRoles: roles, gradeCounts: counts, ranking: ranking, failing: failing, submissions: submissions,
            projects: projects, funding: funding, discrepancies: discrepancies, findings: findings, units: units,
            planPeriod: input.planPeriod, passMark: input.rules.gradeBands.filter { !input.rules.failingGrades.contains($0.grade) }.map(\.from).min(),
            defaultPollutant: input.rules.pollutant)
    }

    /// The ranking of R-18a: units that passed first, by result score descending (equal scores share a rank,
    /// then by code); then the units graded in a failing grade, in their own block whatever their score (by
    /// score, then code; the numbering continues after the passing block, so a vetoed unit is never ranked
    /// beside the best); then the units not graded. Units without a result score get no rank and close their block.
    ///
    /// Given as indices into `units`: the blocks and sorts move indices, not copies of the results (issue 14:
    /// four copies of every result at once were a fifth of the summary's peak at 30,000 units).
    static func rankedIndices(_ units: [UnitAssessment], failingGrades: Set<Grade>) -> [(rank: Int?, block: RankBlock, index: Int)] {
        func block(_ u: UnitAssessment) -> RankBlock {
            guard let g = u.grade else { return .notGraded }
            return failingGrades.contains(g) ? .failed : .passed
        }
        var out: [(rank: Int?, block: RankBlock, index: Int)] = []
        out.reserveCapacity(units.count)
        var next = 1
        for b in RankBlock.allCases {
            let members = units.indices.filter { block(units[$0]) == b }
            let scored = members.filter { units[$0].resultScore != nil }.sorted {
                (units[$0].resultScore!, units[$1].area.code) > (units[$1].resultScore!, units[$0].area.code)
            }
            for (i, k) in scored.enumerated() {
                let rank = i > 0 && units[scored[i - 1]].resultScore == units[k].resultScore ? out[out.count - 1].rank : next + i
                out.append((rank, b, k))
            }
            next += scored.count
            out += members.filter { units[$0].resultScore == nil }.sorted { units[$0].area.code < units[$1].area.code }.map { (nil, b, $0) }
        }
        return out
    }

    /// Whether a flag reports a difference between the self-report and monitoring: decided by the
    /// flag's case, never by the wording of its label, which may change or mention a difference elsewhere.
    static func isDiscrepancy(_ flag: AssessmentFlag) -> Bool {
        if case .discrepancy = flag { return true }
        return false
    }

    /// The R-4 parts a unit's report lacks, from the submissions (the issued record's for a published run).
    public func missingParts(_ areaCode: String) -> [ReportPart] {
        submissions.first { $0.area.code == areaCode }?.status.missingParts ?? []
    }

    /// A unit's flags in words for the ranking: the assessment's flags, then "incomplete report" when its
    /// report lacks one of the four parts.
    public func rowFlags(_ row: Row, _ lang: Language) -> [String] {
        row.result.flags.map { Labels.flag($0, lang) } + (row.missingParts.isEmpty ? [] : [Labels.incompleteReport(row.missingParts, lang)])
    }

    /// A unit's explanation as the summary gives it: the assessment's steps, plus an R-4 step when its
    /// report is incomplete, and the incompleteness in the closing line.
    public func explanationParts(_ r: UnitAssessment, lang: Language) -> (title: String, steps: [String], conclusion: String) {
        explanationParts(r, missing: missingParts(r.area.code), lang: lang)
    }

    /// The same with the unit's missing parts already found (`missingParts(_:)` looks through every
    /// submission: once per unit, that grew with the square of the units, issue 14).
    func explanationParts(_ r: UnitAssessment, missing: [ReportPart], lang: Language) -> (title: String, steps: [String], conclusion: String) {
        var parts = AssessmentText.explanationParts(r, lang: lang)
        guard !missing.isEmpty else { return parts }
        parts.steps.append("[R-4] " + lang.pick(SummaryRowText.incompleteStep(missing)))
        parts.conclusion += lang.pick(r.flags.isEmpty ? SummaryRowText.flagsLead : SummaryRowText.separator) + Labels.incompleteReport(missing, lang)
        return parts
    }

    /// Investments and funding in 万元, written with two decimals (GB/T 8170 rounding).
    public static func money(_ d: Decimal) -> String { GBRounding.fixed(d, places: 2) }

    static let keyTaskRoleOrder: [KeyTaskRole] = [.evaluative, .counted, .notUsedInFinal]
}

/// The dated section of events after publication (后续处理情况（截至 D）, R-22b).
public struct SubsequentSection: Sendable, Hashable {
    public var asOf: Day
    public var events: [SubsequentEvent]

    public init(asOf: Day, events: [SubsequentEvent]) {
        self.asOf = asOf
        self.events = events
    }
}

extension SummaryInput {
    /// The summary's input from a run and the facts of its record: the issued record of a published run
    /// (R-22b), or the live facts of a draft.
    public init(run: AssessmentRun, rules: RuleSet, record: IssuedRecord, lang: Language) {
        self.init(
            run: run, rules: rules, statuses: record.statuses, projects: record.projects, funding: record.funding, findings: record.findings,
            consequences: SummaryConsequence.from(summonses: record.summonses, freezes: record.freezes, year: run.year, kind: run.kind, lang: lang))
        planPeriod = record.planPeriod
    }
}

extension SummaryConsequence {
    /// Where a summons stands, with its date: 待约谈; 已约谈，D; 整改中，整改期限 D; 已整改销号，D; 已撤销，D，文号.
    public static func summonsState(_ s: Summons, _ lang: Language) -> String {
        lang.pick(SummaryRowText.summonsState(s))
    }

    /// The consequences recorded for the failing units of one year and kind, one entry per unit.
    ///
    /// Several summonses of a unit (e.g. from two published revisions) are joined, each with its state; the
    /// freeze column gives the earliest start of the unit's freezes not lifted, nil when none is.
    public static func from(summonses: [Summons], freezes: [Freeze], year: Int, kind: AssessmentKind, lang: Language) -> [SummaryConsequence] {
        let mine = summonses.filter { $0.year == year && ($0.kind == .final) == (kind == .final) }
        let frozen = freezes.filter { $0.year == year && $0.kind == kind }
        let codes = Set(mine.map(\.area.code)).union(frozen.map(\.area.code)).sorted()
        return codes.map { code in
            let text = mine.filter { $0.area.code == code }.map { s in
                let status = summonsState(s, lang)
                return lang.pick(SummaryRowText.summons(whom: s.whom, state: status))
            }.joined(separator: lang.pick(SummaryRowText.separator))
            // Only freezes still in force count: one lifted (by a decision, a pass or a correction) shows as none.
            let since = frozen.filter { $0.area.code == code && $0.lift == nil }.map(\.startedOn).min()
            return SummaryConsequence(areaCode: code, summons: text.isEmpty ? "—" : text, freezeSince: since)
        }
    }
}
