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

    /// Assesses every unit for `year` and stores the run as a new draft revision; returns it.
    ///
    /// Throws `Refusal` or a store failure; `ruleSetText` is stored with the run so it can be shown and
    /// published under the rules that scored it.
    public static func run(_ db: AppDatabase, year: Int, kind: AssessmentKind, rules: RuleSet, ruleSetText: String) throws -> AssessmentRun {
        try check(year: year, kind: kind, rules: rules)
        // One read transaction sees one state (issue 13 item 3).
        let snapshot = try db.assessmentSnapshot(year: year, defaultPollutant: rules.pollutant)
        let prepared: PreparedAssessment
        do {
            prepared = try AssessmentPreparation.prepare(snapshot, kind: kind, rules: rules)
        } catch .noUnits {
            throw Refusal.noUnits
        } catch .succession(let problem) {
            throw Refusal.succession(problem)
        }
        let results = AssessmentPreparation.score(prepared, rules: rules)
        return try db.saveRun(year: year, kind: kind, rules: rules, ruleSetText: ruleSetText, inputs: prepared.inputs, results: results)
    }

    /// The rule set stored with a run: the one that scored it, whatever is in force today (publishing,
    /// showing and summarising follow it). Throws the loader's `DiagnosticsError` when it no longer loads.
    public static func storedRules(of run: AssessmentRun) throws -> RuleSet {
        try RuleSetLoader.load(run.ruleSetText, fileName: "run-\(run.id):\(run.ruleSetName).toml")
    }
}
