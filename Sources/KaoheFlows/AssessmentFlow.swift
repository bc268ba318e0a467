import Foundation
import KaoheCore
import KaoheRules
import KaoheStore

/// Assessing a year, shared by `kaohe assess` and the portal's bureau page (issue 19): load one snapshot →
/// prepare (Core) → score → save a new draft revision. The front ends only word the refusals.
public enum AssessmentFlow {
    /// Why an assessment was not run; nothing was stored.
    public enum Refusal: Error, Sendable, Equatable {
        /// The year is outside the rule set's assessed years.
        case yearOutsideRules(year: Int, years: ClosedRange<Int>)
        /// The final assessment covers the plan period's last year only.
        case finalNeedsFinalYear(finalYear: Int)
        /// No unit is stored.
        case noUnits
        /// A succession in force in the year cannot be resolved (a merge's successor without targets of its own
        /// whose predecessors' cannot be averaged, or without a recorded weight the rule set asks for, D-104).
        case succession(KaoheCore.Refusal)
    }

    /// The years a rule set assesses: from the year after the base to the final year.
    public static func years(_ rules: RuleSet) -> ClosedRange<Int> {
        (rules.baseYear + 1)...max(rules.baseYear + 1, rules.finalYear)
    }

    /// Checks the year and kind against the rule set before anything is read.
    public static func check(year: Int, kind: AssessmentKind, rules: RuleSet) throws(Refusal) {
        let years = years(rules)
        guard years.contains(year) else { throw .yearOutsideRules(year: year, years: years) }
        if kind == .final && year != rules.finalYear { throw .finalNeedsFinalYear(finalYear: rules.finalYear) }
    }

    /// Assesses every unit for `year` and stores the run as a new draft revision; returns it with its inputs
    /// and results, ordered by unit code (SQLite's byte order, as a stored run reads back).
    ///
    /// Throws `Refusal` or a store failure; `ruleSetText` is stored with the run so it can be shown and
    /// published under the rules that scored it.
    public static func run(_ db: AppDatabase, year: Int, kind: AssessmentKind, rules: RuleSet, ruleSetText: String) throws -> AssessmentRun {
        var pairs: [(UnitInput, UnitAssessment)] = []
        var run = try self.run(db, year: year, kind: kind, rules: rules, ruleSetText: ruleSetText) { pairs.append(($0, $1)) }
        pairs.sort { $0.1.area.code.utf8.lexicographicallyPrecedes($1.1.area.code.utf8) }
        run.inputs = pairs.map(\.0)
        run.results = pairs.map(\.1)
        return run
    }

    /// Assesses every unit for `year` and stores the run as a new draft revision unit by unit, handing each
    /// unit's input and result to `each` as it is stored; returns the run's header (no inputs or results).
    ///
    /// One write transaction (issue 14, D-169): the units are read one at a time in code order, scored and
    /// stored, so memory does not grow with the number of units; what needs more than one unit (monitored means,
    /// successions) is settled first. A refusal rolls back the whole run, and `each` may have been called for
    /// units of a run that was then not stored: a caller shows what it gathered only after this returns.
    public static func run(
        _ db: AppDatabase, year: Int, kind: AssessmentKind, rules: RuleSet, ruleSetText: String,
        each: (UnitInput, UnitAssessment) throws -> Void
    ) throws -> AssessmentRun {
        try check(year: year, kind: kind, rules: rules)
        return try db.writeRun(year: year, kind: kind, rules: rules, ruleSetText: ruleSetText) { (w: RunWriter) throws -> Void in
            var means: [Pollutant: [String: Decimal]] = [:], previousMeans: [Pollutant: [String: Decimal]] = [:]
            for p in try w.pollutants(fallback: rules.pollutant) {
                means[p] = AssessmentPreparation.monitoredMeans(try w.stationDays(year: year, pollutant: p), year: year, pollutant: p, excludeDust: rules.excludeDustDays)
                previousMeans[p] = AssessmentPreparation.monitoredMeans(
                    try w.stationDays(year: year - 1, pollutant: p), year: year - 1, pollutant: p, excludeDust: rules.excludeDustDays)
            }
            let successions = try w.successions()
            var involved: [UnitRecord] = []
            if !successions.isEmpty {
                try w.eachUnitRecord(only: UnitByUnitAssessment.involvedCodes(successions)) { involved.append($0) }
            }
            let scoring: UnitByUnitAssessment
            do {
                scoring = try UnitByUnitAssessment(
                    year: year, kind: kind, rules: rules, means: means, previousMeans: previousMeans, successions: successions,
                    involvedRecords: involved)
            } catch let refusal as AssessmentPreparation.Refusal {
                switch refusal {
                case .succession(let problem): throw Refusal.succession(problem)
                case .noUnits: throw Refusal.noUnits
                }
            }
            var count = 0
            try w.eachUnitRecord { record in
                guard let (input, result) = scoring.score(record) else { return }
                try w.store(input, result)
                try each(input, result)
                count += 1
            }
            guard count > 0 else { throw Refusal.noUnits }
        }.run
    }

    /// The rule set stored with a run: the one that scored it, whatever is in force today (publishing,
    /// showing and summarising follow it). Throws the loader's `DiagnosticsError` when it no longer loads.
    public static func storedRules(of run: AssessmentRun) throws -> RuleSet {
        try RuleSetLoader.load(run.ruleSetText, fileName: "run-\(run.id):\(run.ruleSetName).toml")
    }
}
