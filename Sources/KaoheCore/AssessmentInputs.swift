import Foundation

/// What is stored about one unit that an assessment of one year reads.
public struct UnitRecord: Sendable, Hashable {
    public var area: Area
    /// All the unit's targets, any year.
    public var targets: [Target]
    /// The newest version of each part of the report for the assessed year.
    public var report: StoredReport
    /// The newest report summary for the year before, for R-9.
    public var previousSummary: ReportSummary?
    /// The valid monitoring annual mean for the assessed year and the year before, μg/m³.
    public var monitored: Decimal?
    public var previousMonitored: Decimal?
    /// The reference of an active falsification finding for the assessed year.
    public var falsification: String?
    /// A previous-year concentration made by a succession, with its source (issue 21): the mean of a merge's
    /// predecessors, or a split successor's own figure from the succession file; wins over the fields above.
    public var previousOverride: SourcedConcentration?

    /// The pollutant the unit is assessed on: that of its own targets, whatever the rule set's default
    /// (R-5 revised); `fallback` (the rule set's) only for a unit without targets.
    public func pollutant(default fallback: Pollutant) -> Pollutant {
        targets.first?.pollutant ?? fallback
    }

    public init(
        area: Area, targets: [Target], report: StoredReport = StoredReport(), previousSummary: ReportSummary? = nil,
        monitored: Decimal? = nil, previousMonitored: Decimal? = nil, falsification: String? = nil
    ) {
        self.area = area
        self.targets = targets
        self.report = report
        self.previousSummary = previousSummary
        self.monitored = monitored
        self.previousMonitored = previousMonitored
        self.falsification = falsification
    }
}

/// Turns stored records into the engine's inputs: which target, which concentration from which source.
public enum AssessmentInputs {
    /// The scoring input of one unit for `year`.
    ///
    /// The explicit target for the year is the row for that year; the final target is the unit's 终期目标
    /// row. The concentration is the valid monitoring mean when there is one, else the
    /// report's; the previous year's likewise. The pollutant is that of the unit's own targets, the
    /// rule set's only for a unit without targets (R-5 revised); `monitored` must be of that pollutant.
    public static func build(_ unit: UnitRecord, year: Int, kind: AssessmentKind, rules: RuleSet) -> UnitInput {
        let pollutant = unit.pollutant(default: rules.pollutant)
        let annual = unit.targets.first { $0.year == year && $0.pollutant == pollutant }
        let final = unit.targets.first { $0.isFinal && $0.pollutant == pollutant }
        let summary = unit.report.summary
        let current = concentration(
            monitored: unit.monitored, reported: summary?.annualMean(of: pollutant), submitted: unit.report.lateness,
            corrected: unit.report.correctedOn, year: year)
        let previous = unit.previousOverride ?? concentration(
            monitored: unit.previousMonitored, reported: unit.previousSummary?.annualMean(of: pollutant),
            submitted: unit.previousSummary?.submittedOn, year: year - 1)
        return UnitInput(
            area: unit.area, year: year, kind: kind, annualTarget: annual, finalTarget: final, current: current,
            reportedCurrent: unit.monitored == nil ? nil : summary?.annualMean(of: pollutant), previous: previous,
            keyTasks: unit.report.keyTasks.map { KeyTaskClaim(code: $0.code, selfScore: $0.selfScore, verifiedScore: $0.verifiedScore) },
            falsificationReference: unit.falsification,
            report: summary != nil ? unit.report.lateness.map { .submitted(on: $0) } ?? .notSubmitted : .notSubmitted,
            reportCorrectedOn: summary != nil ? unit.report.correctedOn : nil)
    }

    static func concentration(monitored: Decimal?, reported: Decimal?, submitted: Day?, corrected: Day? = nil, year: Int) -> SourcedConcentration? {
        if let monitored {
            return SourcedConcentration(monitored, source: ConcentrationSources.monitoring(year: year))
        }
        if let reported, let submitted, let corrected {
            return SourcedConcentration(reported, source: ConcentrationSources.correctedReport(year: year, submitted: submitted, corrected: corrected))
        }
        if let reported, let submitted {
            return SourcedConcentration(reported, source: ConcentrationSources.report(year: year, submitted: submitted))
        }
        return nil
    }
}
