import Foundation
import KaoheCore

/// Whether a department's report for the year came in, and when.
public enum DepartmentReportStatus: String, Sendable, Hashable, Codable {
    case onTime = "按时"
    case late = "逾期"
    case missing = "未报送"

    public var english: String {
        switch self {
        case .onTime: "on time"
        case .late: "late"
        case .missing: "missing"
        }
    }
}

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
        func step(_ ids: [String], _ zh: String, _ en: String) { out.steps.append(ExplanationStep(ids, zh: zh, en: en)) }
        let places = rules.rounding.score
        func num(_ d: Decimal) -> String { GBRounding.display(d) }
        func fixed(_ d: Decimal) -> String { GBRounding.fixed(d, places: places) }

        guard let taskList else {
            step(["R-31"], "\(year)年没有该部门的任务分解表：不予考核（未评定等次）。",
                 "No task list for the department for \(year): not assessed (no grade).")
            if let report { out.reportStatus = status(report, year: year) }
            return out
        }
        step(["R-31"], "任务分解表第 \(taskList.version) 版：\(taskList.tasks.count) 项任务，分值合计 \(num(taskList.totalPoints)) 分。",
             "Task list version \(taskList.version): \(taskList.tasks.count) task(s), points summing to \(num(taskList.totalPoints)).")

        guard let report else {
            step(["R-3"], "未收到\(year)年部门自查报告。", "No self-report for \(year) was received.")
            out.grade = .fail
            out.failed = true
            step(["R-18", "R-31"], "无自查报告，无法评分：评为不合格（原因：未报送自查报告）。",
                 "No self-report, so no score: graded 不合格 (fail), reason: no report.")
            return out
        }
        let first = report.firstSubmittedOn ?? report.submittedOn
        let deadline = DepartmentReport.deadline(year: year)
        out.submittedOn = first
        out.reportStatus = status(report, year: year)
        if out.reportStatus == .late {
            step(["R-3", "R-18"], "自查报告于\(first)收到，晚于\(deadline)，属逾期报送：照常评分并标注逾期。",
                 "Self-report received \(first), after \(deadline): late; scored normally and flagged as late.")
        } else {
            step(["R-3"], "自查报告于\(first)收到，按期报送。", "Self-report received \(first), on time.")
        }
        if report.version > 1, report.submittedOn != first {
            out.correctedOn = report.submittedOn
            step(["R-3"], "更正报告（第 \(report.version) 版）于\(report.submittedOn)收到（更正日期）；是否逾期按首次报送日期\(first)判断。",
                 "A corrected report (version \(report.version)) was received \(report.submittedOn) (correction date); on time or late is decided by the first submission, \(first).")
        }
        if report.taskListVersion != taskList.version {
            step(["R-31"], "报告按任务分解表第 \(report.taskListVersion) 版填报，现按第 \(taskList.version) 版评分。",
                 "The report was made against task list version \(report.taskListVersion); it is scored against version \(taskList.version).")
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
                    step(["R-13"], "任务 \(t.code)（\(num(t.points)) 分）：核定得分 \(num(v))（自评 \(num(r.selfScore))），取核定得分。",
                         "Task \(t.code) (\(num(t.points)) points): verified \(num(v)) (self \(num(r.selfScore))); the verified score counts.")
                } else {
                    step(["R-13"], "任务 \(t.code)（\(num(t.points)) 分）：无核定得分，取自评得分 \(num(r.selfScore))。",
                         "Task \(t.code) (\(num(t.points)) points): no verified score; the self-score \(num(r.selfScore)) counts.")
                }
                if raw > t.points {
                    step(["R-13"], "任务 \(t.code) 得分 \(num(raw)) 超过现分值 \(num(t.points))，按 \(num(t.points)) 计。",
                         "Task \(t.code)'s score \(num(raw)) exceeds its current points \(num(t.points)); counted as \(num(t.points)).")
                }
            } else {
                step(["R-13", "R-31"], "任务 \(t.code)（\(num(t.points)) 分）：报告中没有该任务，计 0 分。",
                     "Task \(t.code) (\(num(t.points)) points): not in the report; counts 0.")
            }
        }
        let rounded = GBRounding.round(total, places: places)
        out.score = rounded
        let terms = out.tasks.map { num($0.effectiveScore) }.joined(separator: " + ")
        step(["R-13", "R-31", "R-11"], "部门得分 = \(terms) = \(num(total))，修约为 \(fixed(rounded))。",
             "Department score = \(terms) = \(num(total)), rounded to \(fixed(rounded)).")
        let grade = rules.grade(for: rounded) ?? .fail
        let band = rules.gradeBands.first { $0.grade == grade }
        let range = band.map { b in b.below.map { "[\(num(b.from)), \(num($0)))" } ?? "≥ \(num(b.from))" } ?? ""
        step(["R-15"], "得分 \(fixed(rounded)) 落在 \(range)：\(grade.rawValue)。",
             "Score \(fixed(rounded)) falls in \(range): \(grade.rawValue) (\(grade.english)).")
        out.grade = grade
        out.failed = rules.failingGrades.contains(grade)
        if out.failed {
            step(["R-23", "R-31"], "不合格：在考核结果中点名，供领导班子和领导干部综合考核评价使用；部门不适用约谈和环评限批。",
                 "Fail: named in the results for the leadership evaluation; summons and approval freezes do not apply to departments.")
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
