import Foundation

// The scoring engine's values: what goes in (UnitInput), the flags and explanation steps it records, and
// what comes out (UnitAssessment). The engine itself is in Scoring.swift.

/// An annual mean concentration with where it came from, μg/m³.
public struct SourcedConcentration: Sendable, Hashable, Codable {
    public var value: Decimal
    /// Shown in Chinese explanations, e.g. "自查报告（2015-12-28 报送）" or "监测数据".
    public var source: String
    /// Shown in English explanations; the Chinese label when not given.
    public var sourceEn: String

    public init(_ value: Decimal, source: String, sourceEn: String? = nil) {
        self.value = value
        self.source = source
        self.sourceEn = sourceEn ?? source
    }
}

/// Annual assessment (年度考核) or the end-of-period final assessment (终期考核).
public enum AssessmentKind: String, Sendable, Hashable, CaseIterable, Codable {
    case annual
    case final
}

/// Whether and when the self-inspection report (自查报告) arrived.
public enum ReportReceipt: Sendable, Hashable, Codable {
    case notSubmitted
    /// The day it was received; after 12-31 of the assessed year it is late.
    case submitted(on: Day)
}

/// A unit's claim for one key-task sub-indicator, in points.
public struct KeyTaskClaim: Sendable, Hashable, Codable {
    public var code: String
    /// 自评得分.
    public var selfScore: Decimal
    /// 核定得分: replaces the self score when the city has checked it.
    public var verifiedScore: Decimal?

    public init(code: String, selfScore: Decimal, verifiedScore: Decimal? = nil) {
        self.code = code
        self.selfScore = selfScore
        self.verifiedScore = verifiedScore
    }
}

/// Everything the engine needs to assess one unit for one year; gathered by the caller, never read here.
public struct UnitInput: Sendable, Hashable, Codable {
    public var area: Area
    public var year: Int
    public var kind: AssessmentKind
    /// An explicit target for `year` (responsibility letter or the city's decomposition), R-8.
    public var annualTarget: Target?
    /// The end-of-period target (`isFinal`), from which annual requirements are derived, R-8.
    public var finalTarget: Target?
    public var current: SourcedConcentration?
    /// The self-reported annual mean when `current` comes from monitoring, for the R-26 comparison, μg/m³.
    public var reportedCurrent: Decimal?
    /// Ignored for the first assessed year, whose previous year is the base year.
    public var previous: SourcedConcentration?
    public var keyTasks: [KeyTaskClaim]
    /// The assessor's reference (document number or note) for a finding of falsified data.
    public var falsificationReference: String?
    public var report: ReportReceipt
    /// 更正日期: the day a corrected report was received; `report` keeps the first submission, which alone
    /// decides on time or late (R-3 revised). Nil when the report was never corrected.
    public var reportCorrectedOn: Day?

    public init(
        area: Area, year: Int, kind: AssessmentKind = .annual, annualTarget: Target? = nil,
        finalTarget: Target? = nil, current: SourcedConcentration?, reportedCurrent: Decimal? = nil,
        previous: SourcedConcentration? = nil, keyTasks: [KeyTaskClaim] = [], falsificationReference: String? = nil,
        report: ReportReceipt, reportCorrectedOn: Day? = nil
    ) {
        self.area = area
        self.year = year
        self.kind = kind
        self.annualTarget = annualTarget
        self.finalTarget = finalTarget
        self.current = current
        self.reportedCurrent = reportedCurrent
        self.previous = previous
        self.keyTasks = keyTasks
        self.falsificationReference = falsificationReference
        self.report = report
        self.reportCorrectedOn = reportCorrectedOn
    }
}

/// How the key-task score took part in the result.
public enum KeyTaskRole: String, Sendable, Hashable, Codable {
    /// 双考核: the result is the lower of the two scores.
    case counted
    /// 评估性指标: reported, does not change the result.
    case evaluative
    /// The final assessment uses the quality indicator only.
    case notUsedInFinal
}

/// Something a reader of the summary must notice about a unit's assessment.
public enum AssessmentFlag: Sendable, Hashable, Codable {
    /// The report arrived after 12-31 of the assessed year; it is scored normally.
    case lateReport(submittedOn: Day)
    /// 不降反升: the concentration rose against the previous year.
    case risingConcentration
    /// The previous year's concentration is unknown, so R-9 could not be applied.
    case previousUnknown
    /// Graded 不合格 for falsified monitoring data, with the assessor's reference.
    case falsification(reference: String)
    /// No report and no concentration from any source.
    case noReportNoData
    /// A report arrived but no concentration for the year is known; graded 不合格 (a default, like R-18).
    case noConcentration
    /// Final assessment and the final quality target not reached: 一票否决.
    case finalVeto
    /// A key-task score above its sub-indicator's points or below 0; counted as 0.
    case invalidKeyTaskScore(code: String)
    /// A key-task claim for a code the rule set does not have; ignored.
    case unknownKeyTaskCode(String)
    /// 自报数据与监测数据不一致: the self-reported mean differs from the valid monitored mean by more than the
    /// tolerance after rounding; the monitored value is the one scored.
    case discrepancy(reported: Decimal, monitored: Decimal)
}

/// One step of an explanation: what was used or computed, under which rules, in Chinese and English.
public struct ExplanationStep: Sendable, Hashable, Codable {
    public var ruleIDs: [String]
    public var zh: String
    public var en: String

    public init(_ ruleIDs: [String], zh: String, en: String) {
        self.ruleIDs = ruleIDs
        self.zh = zh
        self.en = en
    }
}

/// The outcome of assessing one unit for one year, with every number a reader needs to check it.
///
/// Concentrations are μg/m³, declines are fractions (0.1 = 10 %) with a rounded percentage beside them,
/// scores are points rounded to the rule set's score places. `grade` is nil only for a unit with no target
/// (R-8a), which is listed and not graded.
public struct UnitAssessment: Sendable, Hashable, Codable {
    public var area: Area
    public var year: Int
    public var kind: AssessmentKind
    public var grade: Grade?
    /// C_base × (1 − required decline), shown with one more decimal than the concentrations (one decimal by
    /// default), for information only: it is never rounded to a whole number and compared (R-7, R-11 revised).
    public var requiredConcentration: Decimal?
    /// Exact fraction, never negative: the required reduction ÷ C_base, before any rounding (R-8, R-11 revised).
    public var requiredDecline: Decimal?
    public var requiredDeclinePercent: Decimal?
    /// The required reduction from the base, μg/m³, exact (a terminating decimal for every target form), so a
    /// reader recomputes the score as 100 × (C_base − C_year) ÷ it (R-10, R-11 revised). Nil in runs stored
    /// before it was recorded.
    public var requiredReduction: Decimal?
    /// Exact fraction from rounded concentrations, (C_base − C_year) / C_base.
    public var actualDecline: Decimal?
    public var actualDeclinePercent: Decimal?
    /// Whether the exact actual decline (from the whole-μg/m³ concentrations) is at least the exact required
    /// decline (R-11 revised).
    public var targetReached: Bool?
    public var qualityScore: Decimal?
    public var keyTaskScore: Decimal?
    public var keyTaskRole: KeyTaskRole?
    public var resultScore: Decimal?
    public var flags: [AssessmentFlag]
    public var steps: [ExplanationStep]
    /// Set when the assessed year is the first after the base year, so its previous year is the base year and
    /// the previous concentration is the assessment base; nil otherwise, and in runs stored before it
    /// was recorded (those keep showing what they showed when issued, R-22b).
    public var previousIsBase: BaseAsPrevious? = nil
    /// The unit's later successor, noted beside its name in lists, rankings and summaries of this run: "（2016年起为
    /// 安州区）" (issue 21). Set when the run is made, so a run issued before the succession was recorded keeps
    /// printing as issued (R-22b); nil in older runs.
    public var successorNote: Bilingual? = nil
}

/// The base year standing in for the previous year of the first assessed year: its year and the
/// base concentration in μg/m³ as the target gives it (unrounded).
public struct BaseAsPrevious: Sendable, Hashable, Codable {
    public var baseYear: Int
    public var concentration: Decimal

    public init(baseYear: Int, concentration: Decimal) {
        self.baseYear = baseYear
        self.concentration = concentration
    }
}
