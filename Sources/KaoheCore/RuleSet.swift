import Foundation

/// How the quality score (0–100) is computed from the decline.
public enum QualityFormula: Sendable, Hashable {
    /// 100 when the required decline is reached, else 100 × actual ÷ required, floored at 0.
    case proportional
    /// `passPoints` for reaching the annual requirement plus up to `excessPoints` in proportion to the decline
    /// beyond it toward the final target; below the requirement `passPoints` × actual ÷ required, floored at 0.
    case passPlusExcess(passPoints: Decimal, excessPoints: Decimal)

    /// The name a rule-set file uses for the formula.
    public var name: String {
        switch self {
        case .proportional: "proportional"
        case .passPlusExcess: "pass-plus-excess"
        }
    }
}

/// How the quality and key-task scores make the result.
public enum CombinationMode: String, Sendable, Hashable, CaseIterable {
    /// Result = quality score; the key-task score is reported as an evaluative indicator (评估性指标).
    case qualityOnly = "quality-only"
    /// 双考核: result = the lower of the quality and key-task scores.
    case lowerOfBoth = "lower-of-both"
}

/// Decimal places used when rounding.
public struct RoundingPlaces: Sendable, Hashable {
    /// Places for concentrations, μg/m³; 0 means whole μg/m³.
    public var concentration: Int
    /// Places for scores, points.
    public var score: Int
    /// Places for declines written as percentages.
    public var declinePercent: Int

    public init(concentration: Int = 0, score: Int = 1, declinePercent: Int = 1) {
        self.concentration = concentration
        self.score = score
        self.declinePercent = declinePercent
    }
}

/// A scored sub-indicator of the key-task table, e.g. 5.1 工业烟粉尘治理, 8 points.
public struct KeyTaskSubIndicator: Sendable, Hashable {
    public var code: String
    public var name: String
    public var points: Decimal

    public init(code: String, name: String, points: Decimal) {
        self.code = code
        self.name = name
        self.points = points
    }
}

/// One of the ten key-task indicators with its sub-indicators, whose points add up to its own.
public struct KeyTaskIndicator: Sendable, Hashable {
    public var code: String
    public var name: String
    public var points: Decimal
    public var subIndicators: [KeyTaskSubIndicator]

    public init(code: String, name: String, points: Decimal, subIndicators: [KeyTaskSubIndicator]) {
        self.code = code
        self.name = name
        self.points = points
        self.subIndicators = subIndicators
    }
}

/// A score range that earns a grade: `from` inclusive up to `below` exclusive, or up to 100 inclusive.
public struct GradeBand: Sendable, Hashable {
    public var grade: Grade
    public var from: Decimal
    public var below: Decimal?

    public init(grade: Grade, from: Decimal, below: Decimal?) {
        self.grade = grade
        self.from = from
        self.below = below
    }

    public func contains(_ score: Decimal) -> Bool { score >= from && (below.map { score < $0 } ?? true) }
}

/// How an approval freeze after a failed assessment ends.
public struct FreezeSettings: Sendable, Hashable, Codable {
    /// Shortest freeze in days from publication of the result; 0 means no minimum.
    public var minimumDays: Int
    /// Whether passing a later annual assessment lifts the freeze without a recorded decision.
    public var liftedByPassingAnnual: Bool

    public init(minimumDays: Int = 0, liftedByPassingAnnual: Bool = false) {
        self.minimumDays = minimumDays
        self.liftedByPassingAnnual = liftedByPassingAnnual
    }
}

/// A setting or behaviour of a rule set whose provenance (official or a default of this tool) is tracked,
/// so explanations never call a tool default official.
public enum RuleSetting: String, Sendable, Hashable, CaseIterable {
    case pollutant = "pollutant"
    case baseYear = "base_year"
    case period = "period"
    /// The 10/35/65/100 % shares; published for PM2.5, a default when applied to PM10.
    case annualShares = "annual_shares"
    /// Writing the final target as a required decline before taking a share.
    case shareDerivation = "share_derivation"
    /// Units with no target are listed and not graded (R-8a).
    case noTargetNotGraded = "no_target_not_graded"
    /// An unknown previous-year concentration leaves R-9 unapplied and flags the unit.
    case previousUnknown = "previous_unknown"
    case qualityFormula = "quality_formula"
    case rounding = "rounding"
    case keyTaskAllocation = "key_task_allocation"
    /// Indicator 10's remaining 13 points kept as sub-indicator 10.9.
    case keyTaskRemainder = "key_task_remainder"
    case combination = "combination"
    case gradeBands = "grade_bands"
    case failingGrades = "failing_grades"
    case freeze = "freeze"
    /// No report and no data → 不合格.
    case noReportNoData = "no_report_no_data"
    case dustDays = "dust_days"
    case discrepancyTolerance = "discrepancy_tolerance"
    /// How far below the YTD mean the control value must fall for 严重滞后.
    case severeLag = "severe_lag"
    /// How a merge averages its predecessors' base and previous year (issue 21).
    case mergeWeighting = "merge_weighting"
    /// Whether an import under a unit code succeeded before the row's year warns or is refused (issue 21).
    case oldCodes = "old_codes"

    /// Settings added after notices were issued: a summary lists them among the defaults only when the rule
    /// set's [provenance] names them, so a notice issued before they existed re-prints as issued (R-22b).
    public var listedOnlyWhenNamed: Bool { self == .mergeWeighting || self == .oldCodes }
}

/// Where a rule-set setting comes from.
public enum Provenance: String, Sendable, Hashable, CaseIterable {
    /// From the notice or the national texts, or from the city's own document.
    case official
    /// A default of this tool, chosen where the texts are silent or unavailable; never to be called official.
    case `default`
}

/// Every parameter the scoring engine reads, loaded from a rule-set file the city can edit.
///
/// Shares and points are exact decimals; shares are fractions (0.10 = 10 %). `provenance` says for each
/// tracked setting whether it is official or a tool default; an untracked setting counts as a default.
public struct RuleSet: Sendable, Hashable {
    public var name: String
    public var pollutant: Pollutant
    /// The year of the assessment base C_base.
    public var baseYear: Int
    /// First and final year of the plan period; the final assessment covers `finalYear`.
    public var firstYear: Int
    public var finalYear: Int
    /// The years a unit can be assessed for: the plan period, never the base year itself.
    public var assessedYears: ClosedRange<Int> { max(firstYear, baseYear + 1)...max(max(firstYear, baseYear + 1), finalYear) }
    /// The years monitoring data may be for: the base year through the final year.
    public var monitoringYears: ClosedRange<Int> { min(baseYear, assessedYears.lowerBound - 1)...max(baseYear, finalYear) }
    /// Share of the final target required by each year, as a fraction.
    public var annualShares: [Int: Decimal]
    public var qualityFormula: QualityFormula
    public var rounding: RoundingPlaces
    public var keyTasks: [KeyTaskIndicator]
    public var combination: CombinationMode
    /// Bands from best grade to worst.
    public var gradeBands: [GradeBand]
    /// Grades that mean the unit failed and trigger consequences.
    public var failingGrades: Set<Grade>
    public var freeze: FreezeSettings
    /// Whether sand-dust days are excluded from annual means.
    public var excludeDustDays: Bool
    /// Largest self-reported vs monitored difference not flagged, μg/m³ after rounding.
    public var discrepancyTolerance: Decimal
    /// 严重滞后 when the remaining-days control value is more than this fraction below the YTD mean;
    /// 0.15 = 15 %, a default of this tool.
    public var severeLagFraction: Decimal
    /// What successions do to assessments and imports (issue 21).
    public var succession: SuccessionSettings
    public var provenance: [RuleSetting: Provenance]
    /// The rule-set file's text, when loaded from one; its hash identifies the rules that scored a result.
    public var sourceText: String?

    public init(
        name: String, pollutant: Pollutant = .pm10, baseYear: Int = 2013, firstYear: Int = 2013,
        finalYear: Int = 2017, annualShares: [Int: Decimal] = RuleSet.defaultShares,
        qualityFormula: QualityFormula = .proportional, rounding: RoundingPlaces = RoundingPlaces(),
        keyTasks: [KeyTaskIndicator] = RuleSet.defaultKeyTasks, combination: CombinationMode = .qualityOnly,
        gradeBands: [GradeBand] = RuleSet.defaultGradeBands, failingGrades: Set<Grade> = [.fail],
        freeze: FreezeSettings = FreezeSettings(), excludeDustDays: Bool = false,
        discrepancyTolerance: Decimal = 1, severeLagFraction: Decimal = RuleSet.defaultSevereLag,
        succession: SuccessionSettings = SuccessionSettings(),
        provenance: [RuleSetting: Provenance] = RuleSet.defaultProvenance,
        sourceText: String? = nil
    ) {
        self.name = name
        self.pollutant = pollutant
        self.baseYear = baseYear
        self.firstYear = firstYear
        self.finalYear = finalYear
        self.annualShares = annualShares
        self.qualityFormula = qualityFormula
        self.rounding = rounding
        self.keyTasks = keyTasks
        self.combination = combination
        self.gradeBands = gradeBands
        self.failingGrades = failingGrades
        self.freeze = freeze
        self.excludeDustDays = excludeDustDays
        self.discrepancyTolerance = discrepancyTolerance
        self.severeLagFraction = severeLagFraction
        self.succession = succession
        self.provenance = provenance
        self.sourceText = sourceText
    }

    /// Whether `setting` is a default of this tool rather than an official value.
    public func isDefault(_ setting: RuleSetting) -> Bool { provenance[setting] != .official }

    /// SHA-256 of the source text, nil for a rule set built in code.
    public var sourceHash: String? { sourceText.map { sha256Hex(of: $0) } }

    /// The grade a rounded result score earns under the bands, nil when no band contains it.
    public func grade(for score: Decimal) -> Grade? { gradeBands.first { $0.contains(score) }?.grade }

    /// 10 %, 35 %, 65 %, 100 % for 2014–2017.
    /// Written from text: a float literal such as `0.35` would pass through `Double` and not be exactly 0.35.
    public static let defaultShares: [Int: Decimal] = [
        2014: Decimal(string: "0.10")!, 2015: Decimal(string: "0.35")!, 2016: Decimal(string: "0.65")!, 2017: 1,
    ]

    /// ≥ 90 优秀, [70, 90) 良好, [60, 70) 合格, [0, 60) 不合格.
    public static let defaultGradeBands: [GradeBand] = [
        GradeBand(grade: .excellent, from: 90, below: nil),
        GradeBand(grade: .good, from: 70, below: 90),
        GradeBand(grade: .pass, from: 60, below: 70),
        GradeBand(grade: .fail, from: 0, below: 60),
    ]

    /// Provenance of the built-in rule set: the tags of the rules in assessment-rules.md.
    public static let defaultProvenance: [RuleSetting: Provenance] = [
        .pollutant: .official, .baseYear: .official, .period: .official, .annualShares: .default,
        .shareDerivation: .default, .noTargetNotGraded: .default, .previousUnknown: .default,
        .qualityFormula: .default, .rounding: .default, .keyTaskAllocation: .official, .keyTaskRemainder: .default,
        .combination: .official, .gradeBands: .official, .failingGrades: .official, .freeze: .default,
        .noReportNoData: .default, .dustDays: .default, .discrepancyTolerance: .default, .severeLag: .default,
    ]

    /// 15 % (R-29), written from text so it is exactly 0.15.
    public static let defaultSevereLag = Decimal(string: "0.15")!

    /// The built-in rule set in code form; KaoheRules loads the same values from its TOML text.
    public static let builtInDefault = RuleSet(name: "kaohe-default-2014")
}
