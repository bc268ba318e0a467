import Foundation
import GRDB
import KaoheCore
import KaoheDepartments

/// What `summary` prints, read in one transaction (issue 13 item 3).
public struct SummarySources: Sendable {
    /// The run summarised: the one asked for, else the newest published of the year and kind, else the
    /// newest draft.
    public var run: AssessmentRun
    /// The newest run of the year and kind when it is a draft newer than the published `run` shown (R-22c).
    public var newerDraft: (id: Int64, revision: Int)?
    /// The record frozen at publication (R-22b); nil for a draft.
    public var issued: IssuedRecord?
    /// `issued`, or for a draft the facts as the tables hold them now.
    public var record: IssuedRecord
    /// The issuer, addressees and requirements frozen with the publication, or today's for a draft.
    public var settings: DocumentSettings
    /// What happened after publication up to the day asked for; nil for a draft or when not asked for.
    public var subsequent: [SubsequentEvent]?
    /// The departments' run shown with the summary (R-31); nil when the departments were not assessed that year.
    public var departments: SummaryDepartmentRun?
    /// The monitoring data of the plan period for a final assessment's live trend (D-91): from 01-01 of the rule
    /// set's base year through 12-31 of the year; nil when not asked for, not a final run, or no rule set.
    public var trend: TrackingSnapshot?
}

/// The department run a summary shows and what the summary says about it (R-31, D-97).
public struct SummaryDepartmentRun: Sendable {
    /// For a published run the newest department run made at or before its publication (R-22b: what was known
    /// then), for a draft the newest one.
    public var run: DepartmentRun
    /// The text of the rule set that scored it (its score places print it).
    public var ruleSetText: String
    /// The newest department run of the year when it was made after the publication and so is not shown.
    public var newerUnshown: DepartmentRun?
}

extension AppDatabase {
    /// Which run a summary shows, everything printed about it, in one read transaction.
    ///
    /// Before, `summary` read the newest run, the newest published run, the issued or live record, the
    /// settings and the subsequent events in six transactions, decoding every unit's results twice; a
    /// publication committed in between could be half-seen (a run shown as a draft with a published
    /// record's settings). `check` sees the chosen run first (the CLI refuses a run of another year there)
    /// (its header: no inputs or results) and gives the run's own rule set (nil when there is no run): its pollutant is the default for a draft's
    /// live record, and a draft of the plan period's final assessment gets the plan-period view as the tables
    /// hold it now (issue 22; a published one has the view frozen with its record, R-22b).
    /// The departments' run (R-31) and, when `liveTrend` is set and the run is a final one, the plan period's
    /// monitoring data are read in the same transaction, so an import or a department assessment committed
    /// meanwhile is seen by all of the summary or by none of it (issue 13 item 3).
    /// `parts` says which of the run's documents are decoded: a summary streamed to its output reads the
    /// explanations unit by unit as it writes them (`withExplanationSteps`, D-171).
    /// Returns nil when the year and kind have no run and none was named.
    public func summarySources(
        year: Int, kind: AssessmentKind, runID: Int64?, subsequentAsOf: Day?, liveTrend: Bool = false, parts: RunParts = .whole,
        check: (AssessmentRun?) throws -> RuleSet?
    ) throws -> SummarySources? {
        try writer.read { db in
            func newest(publishedOnly: Bool) throws -> (id: Int64, revision: Int)? {
                try Row.fetchOne(
                    db,
                    sql: "SELECT id, revision FROM assessment_run WHERE year = ? AND kind = ? \(publishedOnly ? "AND status = 'published'" : "") ORDER BY revision DESC LIMIT 1",
                    arguments: [year, kind.rawValue]
                ).map { ($0["id"], $0["revision"]) }
            }
            let chosen: Int64?
            var newerDraft: (id: Int64, revision: Int)?
            if let runID {
                chosen = runID
            } else {
                let draft = try newest(publishedOnly: false), published = try newest(publishedOnly: true)
                chosen = published?.id ?? draft?.id
                if let d = draft, let p = published, d.id != p.id { newerDraft = d }
            }
            // `check` sees the run's header (year, kind, status, rule set), which is all it reads; the run is then
            // read whole when it is the plan period's final assessment, whose plan-period view holds the run's
            // inputs and final results (issue 22), else in the parts asked for (D-171).
            let header = try chosen.flatMap { try Self.fetchRun(db, id: $0, withResults: false) }
            let rules = try check(header)
            guard let header else { return nil }
            let planPeriodFinal = rules.map { PlanPeriodHistory.isPlanPeriodFinal(header, rules: $0) } ?? false
            var run = header
            (run.inputs, run.results) = try Self.fetchResults(db, runID: header.id, parts: planPeriodFinal ? .whole : parts)
            let issued = run.status == .published ? try Self.fetchIssuedRecord(db, runID: run.id) : nil
            var record = try issued ?? Self.currentRecord(db, run: run, defaultPollutant: rules?.pollutant ?? .pm10, replaces: nil, at: "")
            if issued == nil, let rules { record.planPeriod = try Self.issuedPlanPeriod(db, run: run, rules: rules) }
            var departments: SummaryDepartmentRun?
            let shownRun = try issued.map { try Self.latestDepartmentRun(db, year: run.year, issuedWith: $0) }
                ?? Self.latestDepartmentRun(db, year: run.year, createdAtOrBefore: nil)
            if let shown = shownRun {
                let newest = issued == nil ? nil : try Self.latestDepartmentRun(db, year: run.year, createdAtOrBefore: nil)
                departments = SummaryDepartmentRun(
                    run: shown, ruleSetText: try Self.departmentRunRuleText(db, id: shown.id), newerUnshown: newest?.id == shown.id ? nil : newest)
            }
            var trend: TrackingSnapshot?
            if liveTrend, run.kind == .final, let rules, rules.baseYear <= run.year, let yearEnd = Day(year: run.year, month: 12, day: 31) {
                trend = try Self.trackingSnapshot(db, defaultPollutant: rules.pollutant, through: yearEnd, fromYear: rules.baseYear)
            }
            return SummarySources(
                run: run, newerDraft: newerDraft, issued: issued, record: record, settings: try Self.documentSettings(db, for: run),
                subsequent: try issued.flatMap { issued in
                    try subsequentAsOf.map { try Self.subsequentEvents(db, run: run, record: issued, asOf: $0) }
                },
                departments: departments, trend: trend)
        }
    }
}
