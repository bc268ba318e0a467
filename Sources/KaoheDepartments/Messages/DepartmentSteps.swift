import KaoheCore

/// The explanation steps of a department's assessment, stored with each score;
/// every number arrives formatted.
public enum DepartmentSteps {
    /// No task list for the year: not assessed.
    public static func noTaskList(year: Int) -> Bilingual {
        Bilingual("\(year)年没有该部门的任务分解表：不予考核（未评定等次）。", "No task list for the department for \(year): not assessed (no grade).")
    }

    /// The task list that scores the year.
    public static func taskList(version: Int, tasks: Int, points: String) -> Bilingual {
        Bilingual(
            "任务分解表第 \(version) 版：\(tasks) 项任务，分值合计 \(points) 分。",
            "Task list version \(version): \(tasks) task(s), points summing to \(points).")
    }

    /// No self-report for the year.
    public static func noReport(year: Int) -> Bilingual {
        Bilingual("未收到\(year)年部门自查报告。", "No self-report for \(year) was received.")
    }

    /// No report: graded 不合格.
    public static let failedWithoutReport = Bilingual(
        "无自查报告，无法评分：评为不合格（原因：未报送自查报告）。", "No self-report, so no score: graded 不合格 (fail), reason: no report.")

    /// A late report.
    public static func late(on day: Day, deadline: Day) -> Bilingual {
        Bilingual(
            "自查报告于\(day)收到，晚于\(deadline)，属逾期报送：照常评分并标注逾期。",
            "Self-report received \(day), after \(deadline): late; scored normally and flagged as late.")
    }

    /// A report on time.
    public static func onTime(on day: Day) -> Bilingual {
        Bilingual("自查报告于\(day)收到，按期报送。", "Self-report received \(day), on time.")
    }

    /// A corrected report; lateness is judged by the first submission.
    public static func corrected(version: Int, on day: Day, first: Day) -> Bilingual {
        Bilingual(
            "更正报告（第 \(version) 版）于\(day)收到（更正日期）；是否逾期按首次报送日期\(first)判断。",
            "A corrected report (version \(version)) was received \(day) (correction date); on time or late is decided by the first submission, \(first).")
    }

    /// The report was made against another version of the task list.
    public static func otherTaskListVersion(reported: Int, scored: Int) -> Bilingual {
        Bilingual(
            "报告按任务分解表第 \(reported) 版填报，现按第 \(scored) 版评分。",
            "The report was made against task list version \(reported); it is scored against version \(scored).")
    }

    /// A task with a verified score.
    public static func verified(code: String, points: String, verified: String, selfScore: String) -> Bilingual {
        Bilingual(
            "任务 \(code)（\(points) 分）：核定得分 \(verified)（自评 \(selfScore)），取核定得分。",
            "Task \(code) (\(points) points): verified \(verified) (self \(selfScore)); the verified score counts.")
    }

    /// A task with the self-score only.
    public static func selfScored(code: String, points: String, selfScore: String) -> Bilingual {
        Bilingual(
            "任务 \(code)（\(points) 分）：无核定得分，取自评得分 \(selfScore)。",
            "Task \(code) (\(points) points): no verified score; the self-score \(selfScore) counts.")
    }

    /// A score above the task's current points, capped.
    public static func capped(code: String, score: String, points: String) -> Bilingual {
        Bilingual(
            "任务 \(code) 得分 \(score) 超过现分值 \(points)，按 \(points) 计。",
            "Task \(code)'s score \(score) exceeds its current points \(points); counted as \(points).")
    }

    /// A task missing from the report.
    public static func notReported(code: String, points: String) -> Bilingual {
        Bilingual("任务 \(code)（\(points) 分）：报告中没有该任务，计 0 分。", "Task \(code) (\(points) points): not in the report; counts 0.")
    }

    /// The department's score as the sum of its tasks.
    public static func score(terms: String, total: String, rounded: String) -> Bilingual {
        Bilingual("部门得分 = \(terms) = \(total)，修约为 \(rounded)。", "Department score = \(terms) = \(total), rounded to \(rounded).")
    }

    /// The band and the grade.
    public static func grade(score: String, range: String, _ grade: Grade) -> Bilingual {
        Bilingual("得分 \(score) 落在 \(range)：\(grade.rawValue)。", "Score \(score) falls in \(range): \(grade.rawValue) (\(grade.english)).")
    }

    /// A failing department: named for the leadership evaluation only.
    public static let failed = Bilingual(
        "不合格：在考核结果中点名，供领导班子和领导干部综合考核评价使用；部门不适用约谈和环评限批。",
        "Fail: named in the results for the leadership evaluation; summons and approval freezes do not apply to departments.")
}
