import Foundation
import GRDB
import KaoheCore

extension AppDatabase {
    /// One unit's plan-period view as the tables hold it now (issue 22, `kaohe history AREA`): published runs of
    /// the rule set's assessed years, the unit's targets in force and its current key-task rows.
    public func planPeriod(area: Area, rules: RuleSet) throws -> PlanPeriodHistory {
        try writer.read { db in try Self.planPeriodViews(db, areas: [area], rules: rules, current: nil)[0] }
    }

    /// The plan-period view of every unit of `run` as the tables hold it now, when `run` is the final assessment
    /// of its rule set's plan period; nil for any other run. A draft's summary shows this; a publication
    /// freezes the same view with its record (R-22b).
    public func livePlanPeriod(run: AssessmentRun, rules: RuleSet) throws -> [PlanPeriodHistory]? {
        guard PlanPeriodHistory.isPlanPeriodFinal(run, rules: rules) else { return nil }
        return try writer.read { db in try Self.planPeriodViews(db, areas: Self.units(of: run), rules: rules, current: run) }
    }

    /// The view for the record issued with `run` inside the publishing transaction; nil unless it is the final
    /// assessment of the plan period.
    static func issuedPlanPeriod(_ db: Database, run: AssessmentRun, rules: RuleSet) throws -> [PlanPeriodHistory]? {
        guard PlanPeriodHistory.isPlanPeriodFinal(run, rules: rules) else { return nil }
        return try planPeriodViews(db, areas: units(of: run), rules: rules, current: run)
    }

    static func units(of run: AssessmentRun) -> [Area] {
        run.results.map(\.area).sorted { $0.code < $1.code }
    }

    /// The one place that gathers the view's inputs inside `db`'s transaction: every published run of the assessed
    /// years (the builder keeps the newest revision of each year and kind, R-22c), the targets not withdrawn and
    /// the key-task rows of the newest report versions. `current` is the run the view is made for.
    static func planPeriodViews(_ db: Database, areas: [Area], rules: RuleSet, current: AssessmentRun?) throws -> [PlanPeriodHistory] {
        let years = rules.assessedYears
        let runs = try Int64.fetchAll(
            db, sql: "SELECT id FROM assessment_run WHERE status = 'published' AND year BETWEEN ? AND ? ORDER BY year, kind, revision",
            arguments: [years.lowerBound, years.upperBound]
        ).compactMap { try fetchRun(db, id: $0) }
        let targets = try TargetRow.filter(Column("withdrawn_at") == nil).order(Column("area_code"), Column("year")).fetchAll(db).compactMap(\.target)
        // A predecessor's years join its successor's (issue 21, D-141): its reports' key tasks, its stored name.
        let successions = try activeSuccessions(db)
        let names = Dictionary(try AreaRow.fetchAll(db).compactMap(\.area).map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        return try areas.map { area in
            var keyTasks: [KeyTaskScore] = []
            let chain = SuccessionLineage.chain(of: area.code, successions: successions)
            for y in years {
                // The code that stood for the unit in y, else an older one whose report it carries (D-62), as its own.
                let code = SuccessionLineage.code(of: area.code, in: y, successions: successions)
                for c in chain.map(\.code).drop(while: { $0 != code }) {
                    let rows = try storedReport(db, area: c, year: y).keyTasks
                    guard !rows.isEmpty else { continue }
                    keyTasks += rows.map { r in var r = r; r.areaCode = code; return r }
                    break
                }
            }
            return PlanPeriodHistory.build(
                area: area, rules: rules, targets: targets, runs: runs, keyTasks: keyTasks, current: current, successions: successions, names: names)
        }
    }
}
