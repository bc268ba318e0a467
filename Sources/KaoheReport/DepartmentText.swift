import Foundation
import KaoheCore
import KaoheDepartments

/// The departments' results as terminal text: a table of the run and one department's explanation (R-31).
public enum DepartmentText {
    /// A department's grade, or why it has none (no task list for the year).
    public static func grade(_ a: DepartmentAssessment, _ lang: Language) -> String {
        guard let g = a.grade else { return lang.pick(DepartmentsText.notGraded) }
        return lang.pick(g.rawValue, g.english)
    }

    /// The report status with the dates that decide it: first submission, and the correction date when there is one.
    public static func status(_ a: DepartmentAssessment, _ lang: Language) -> String {
        var s = lang.pick(a.reportStatus.rawValue, a.reportStatus.english)
        if let d = a.submittedOn { s += " \(d)" }
        if let c = a.correctedOn { s += lang.pick(DepartmentsText.corrected(c)) }
        return s
    }

    /// The score with the rule set's places, or a dash when there is none.
    public static func score(_ a: DepartmentAssessment, places: Int) -> String {
        a.score.map { GBRounding.fixed($0, places: places) } ?? "—"
    }

    /// The heading of a run: year, revision, rule set.
    public static func heading(_ run: DepartmentRun, lang: Language) -> String {
        lang.pick(DepartmentsText.heading(year: run.year, revision: run.revision, ruleSet: run.ruleSetName))
    }

    /// One row per department, by code: never ranked with the areas, never a freeze or summons column.
    public static func table(_ run: DepartmentRun, places: Int, lang: Language) -> String {
        var t = TextTable(headers: lang.pick(DepartmentsText.tableHeaders))
        for a in run.results { t.append([a.department.code, a.department.name, score(a, places: places), grade(a, lang), status(a, lang)]) }
        return heading(run, lang: lang) + "\n" + t.render() + failingLine(run, lang: lang) + "\n"
    }

    /// The failing departments named for the leadership evaluation (R-23, R-31), or that none failed.
    public static func failingLine(_ run: DepartmentRun, lang: Language) -> String {
        let failing = run.failing
        guard !failing.isEmpty else { return lang.pick(DepartmentsText.noneFailed) }
        let names = failing.map { a in
            let why = a.reportStatus == .missing ? lang.pick(DepartmentsText.noSelfReport) : ""
            return DepartmentsText.department(a.department.name, code: a.department.code, why: why)
        }
        return lang.pick(DepartmentsText.failing(names))
    }

    /// One department's explanation: its tasks and the numbered steps with their rule ids.
    public static func explanation(_ a: DepartmentAssessment, places: Int, lang: Language) -> String {
        var out = lang.pick(DepartmentsText.explanationTitle(a.department.name, code: a.department.code, year: a.year))
        if !a.tasks.isEmpty {
            var t = TextTable(headers: lang.pick(DepartmentsText.taskHeaders))
            for s in a.tasks {
                t.append([
                    s.code, s.task, GBRounding.display(s.points), s.selfScore.map { GBRounding.display($0) } ?? "—",
                    s.verifiedScore.map { GBRounding.display($0) } ?? "—", GBRounding.display(s.effectiveScore),
                ])
            }
            out += t.render()
        }
        for (i, step) in a.steps.enumerated() { out += "\(i + 1). [\(step.ruleIDs.joined(separator: ", "))] \(terminalSafe(lang.pick(step.zh, step.en)))\n" }
        out += lang.pick(DepartmentsText.scoreLabel) + score(a, places: places) + lang.pick(DepartmentsText.gradeLabel) + grade(a, lang)
        out += lang.pick(DepartmentsText.reportLabel) + status(a, lang) + "\n"
        return out
    }
}
