import Foundation
import KaoheCore

/// One task's line in a department's score: its points, the department's and the bureau's scores, and the one that counts.
public struct DepartmentTaskScore: Sendable, Hashable, Codable {
    public var code: String
    public var task: String
    public var points: Decimal
    /// nil when the report has no row for the task (a task list changed after the report).
    public var selfScore: Decimal?
    public var verifiedScore: Decimal?
    /// Verified when present, else self, else 0.
    public var effectiveScore: Decimal
}

/// The outcome of assessing one department for one year, with every step a reader needs to check it.
public struct DepartmentAssessment: Sendable, Hashable, Codable {
    public var department: Department
    public var year: Int
    /// The task list version scored; nil when the department has no task list for the year (not assessed).
    public var taskListVersion: Int?
    /// The report version scored; nil when no report came in.
    public var reportVersion: Int?
    public var reportStatus: DepartmentReportStatus
    /// The first submission's date, which decides lateness (R-3 revised).
    public var submittedOn: Day?
    /// The newest version's date when it differs from the first (更正日期).
    public var correctedOn: Day?
    public var tasks: [DepartmentTaskScore]
    /// Σ effective task scores rounded to the rule set's score places (GB/T 8170); nil when not scored.
    public var score: Decimal?
    /// nil only when the department has no task list for the year.
    public var grade: Grade?
    public var steps: [ExplanationStep]

    /// Whether the department failed (a failing grade of the rule set, 不合格 by default): it is named for the
    /// leadership evaluation; never summoned or frozen.
    public var failed: Bool
}

/// Scores and grades the departments: Σ of the tasks' verified-else-self scores, graded by R-15;
/// no report → 不合格; a late report is scored and flagged. No consequence is ever derived.
public enum DepartmentScoring {
    /// Assesses one department for `year` from its newest task list and report, under `rules`' grades and places.
    public static func assess(
        _ department: Department, year: Int, taskList: DepartmentTaskList?, report: DepartmentReport?, rules: RuleSet
    ) -> DepartmentAssessment {
        var out = DepartmentAssessment(
            department: department, year: year, taskListVersion: taskList?.version, reportVersion: report?.version,
            reportStatus: .missing, tasks: [], steps: [], failed: false)
        func step(_ ids: [String], _ text: Bilingual) { out.steps.append(ExplanationStep(ids, zh: text.zh, en: text.en)) }
        let places = rules.rounding.score
        func num(_ d: Decimal) -> String { GBRounding.display(d) }
        func fixed(_ d: Decimal) -> String { GBRounding.fixed(d, places: places) }

        guard let taskList else {
            step(["R-31"], DepartmentSteps.noTaskList(year: year))
            if let report { out.reportStatus = status(report, year: year) }
            return out
        }
        step(["R-31"], DepartmentSteps.taskList(version: taskList.version, tasks: taskList.tasks.count, points: num(taskList.totalPoints)))

        guard let report else {
            step(["R-3"], DepartmentSteps.noReport(year: year))
            out.grade = .fail
            out.failed = true
            step(["R-18", "R-31"], DepartmentSteps.failedWithoutReport)
            return out
        }
        let first = report.firstSubmittedOn ?? report.submittedOn
        let deadline = DepartmentReport.deadline(year: year)
        out.submittedOn = first
        out.reportStatus = status(report, year: year)
        if out.reportStatus == .late {
            step(["R-3", "R-18"], DepartmentSteps.late(on: first, deadline: deadline))
        } else {
            step(["R-3"], DepartmentSteps.onTime(on: first))
        }
        if report.version > 1, report.submittedOn != first {
            out.correctedOn = report.submittedOn
            step(["R-3"], DepartmentSteps.corrected(version: report.version, on: report.submittedOn, first: first))
        }
        if report.taskListVersion != taskList.version {
            step(["R-31"], DepartmentSteps.otherTaskListVersion(reported: report.taskListVersion, scored: taskList.version))
        }
        let rows = Dictionary(report.tasks.map { (Department.codeKey($0.taskCode), $0) }, uniquingKeysWith: { a, _ in a })
        var total: Decimal = 0
        for t in taskList.tasks {
            let r = rows[Department.codeKey(t.code)]
            // A score above the task's current points (the list changed after the report) is capped at the points.
            let raw = r?.effectiveScore ?? 0
            let effective = min(raw, t.points)
            out.tasks.append(DepartmentTaskScore(code: t.code, task: t.task, points: t.points, selfScore: r?.selfScore, verifiedScore: r?.verifiedScore, effectiveScore: effective))
            total += effective
            if let r {
                if let v = r.verifiedScore {
                    step(["R-13"], DepartmentSteps.verified(code: t.code, points: num(t.points), verified: num(v), selfScore: num(r.selfScore)))
                } else {
                    step(["R-13"], DepartmentSteps.selfScored(code: t.code, points: num(t.points), selfScore: num(r.selfScore)))
                }
                if raw > t.points {
                    step(["R-13"], DepartmentSteps.capped(code: t.code, score: num(raw), points: num(t.points)))
                }
            } else {
                step(["R-13", "R-31"], DepartmentSteps.notReported(code: t.code, points: num(t.points)))
            }
        }
        let rounded = GBRounding.round(total, places: places)
        out.score = rounded
        let terms = out.tasks.map { num($0.effectiveScore) }.joined(separator: " + ")
        step(["R-13", "R-31", "R-11"], DepartmentSteps.score(terms: terms, total: num(total), rounded: fixed(rounded)))
        let grade = rules.grade(for: rounded) ?? .fail
        let band = rules.gradeBands.first { $0.grade == grade }
        let range = band.map { b in b.below.map { "[\(num(b.from)), \(num($0)))" } ?? "≥ \(num(b.from))" } ?? ""
        step(["R-15"], DepartmentSteps.grade(score: fixed(rounded), range: range, grade))
        out.grade = grade
        out.failed = rules.failingGrades.contains(grade)
        if out.failed {
            step(["R-23", "R-31"], DepartmentSteps.failed)
        }
        return out
    }

    static func status(_ report: DepartmentReport, year: Int) -> DepartmentReportStatus {
        (report.firstSubmittedOn ?? report.submittedOn) > DepartmentReport.deadline(year: year) ? .late : .onTime
    }
}

/// One stored assessment of the departments for a year: a numbered revision with the rules that scored it.
public struct DepartmentRun: Sendable, Hashable, Codable {
    public var id: Int64
    public var year: Int
    /// 1 for the first run of the year, then 2, 3, …; the newest counts.
    public var revision: Int
    public var ruleSetName: String
    public var ruleSetHash: String
    /// UTC time of the run, ISO 8601.
    public var createdAt: String
    /// One result per stored department, ordered by code.
    public var results: [DepartmentAssessment]

    public init(id: Int64, year: Int, revision: Int, ruleSetName: String, ruleSetHash: String, createdAt: String, results: [DepartmentAssessment]) {
        self.id = id
        self.year = year
        self.revision = revision
        self.ruleSetName = ruleSetName
        self.ruleSetHash = ruleSetHash
        self.createdAt = createdAt
        self.results = results
    }

    /// The departments that failed, for the leadership evaluation.
    public var failing: [DepartmentAssessment] { results.filter(\.failed) }
}
