import Foundation
import KaoheCore
import KaoheDepartments

/// The departments' results as terminal text: a table of the run and one department's explanation (R-31).
public enum DepartmentText {
    /// A department's grade, or why it has none (no task list for the year).
    public static func grade(_ a: DepartmentAssessment, _ lang: Language) -> String {
        guard let g = a.grade else { return lang.pick("无任务分解，不评定", "no task list, not graded") }
        return lang.pick(g.rawValue, g.english)
    }

    /// The report status with the dates that decide it: first submission, and the correction date when there is one.
    public static func status(_ a: DepartmentAssessment, _ lang: Language) -> String {
        var s = lang.pick(a.reportStatus.rawValue, a.reportStatus.english)
        if let d = a.submittedOn { s += " \(d)" }
        if let c = a.correctedOn { s += lang.pick("（更正 \(c)）", " (corrected \(c))") }
        return s
    }

    /// The score with the rule set's places, or a dash when there is none.
    public static func score(_ a: DepartmentAssessment, places: Int) -> String {
        a.score.map { GBRounding.fixed($0, places: places) } ?? "—"
    }

    /// The heading of a run: year, revision, rule set.
    public static func heading(_ run: DepartmentRun, lang: Language) -> String {
        lang.pick(
            "\(run.year)年市级有关部门考核（第 \(run.revision) 次评分，规则集 \(run.ruleSetName)）",
            "\(run.year) assessment of the municipal departments (run \(run.revision), rule set \(run.ruleSetName))")
    }

    /// One row per department, by code: never ranked with the areas, never a freeze or summons column.
    public static func table(_ run: DepartmentRun, places: Int, lang: Language) -> String {
        var t = TextTable(headers: [
            lang.pick("部门代码", "code"), lang.pick("部门名称", "name"), lang.pick("得分", "score"), lang.pick("等次", "grade"),
            lang.pick("自查报告", "self-report"),
        ])
        for a in run.results { t.append([a.department.code, a.department.name, score(a, places: places), grade(a, lang), status(a, lang)]) }
        return heading(run, lang: lang) + "\n" + t.render() + failingLine(run, lang: lang) + "\n"
    }

    /// The failing departments named for the leadership evaluation (R-23, R-31), or that none failed.
    public static func failingLine(_ run: DepartmentRun, lang: Language) -> String {
        let failing = run.failing
        guard !failing.isEmpty else { return lang.pick("没有不合格的部门。", "No department failed.") }
        let names = failing.map { a in
            let why = a.reportStatus == .missing ? lang.pick("（未报送自查报告）", " (no self-report)") : ""
            return "\(a.department.name)（\(a.department.code)）\(why)"
        }
        return lang.pick(
            "不合格部门（供领导班子和领导干部综合考核评价）：\(names.joined(separator: "、"))",
            "Departments that failed (for the leadership evaluation): \(names.joined(separator: "; "))")
    }

    /// One department's explanation: its tasks and the numbered steps with their rule ids.
    public static func explanation(_ a: DepartmentAssessment, places: Int, lang: Language) -> String {
        var out = lang.pick(
            "\(a.department.name)（\(a.department.code)）\(a.year)年考核说明\n",
            "Explanation for \(a.department.name) (\(a.department.code)), \(a.year)\n")
        if !a.tasks.isEmpty {
            var t = TextTable(headers: [
                lang.pick("任务编号", "task"), lang.pick("任务内容", "content"), lang.pick("分值", "points"), lang.pick("自评得分", "self"),
                lang.pick("核定得分", "verified"), lang.pick("计分", "counted"),
            ])
            for s in a.tasks {
                t.append([
                    s.code, s.task, GBRounding.display(s.points), s.selfScore.map { GBRounding.display($0) } ?? "—",
                    s.verifiedScore.map { GBRounding.display($0) } ?? "—", GBRounding.display(s.effectiveScore),
                ])
            }
            out += t.render()
        }
        for (i, step) in a.steps.enumerated() { out += "\(i + 1). [\(step.ruleIDs.joined(separator: ", "))] \(terminalSafe(lang.pick(step.zh, step.en)))\n" }
        out += lang.pick("得分：", "Score: ") + score(a, places: places) + lang.pick("；等次：", "; grade: ") + grade(a, lang)
        out += lang.pick("；自查报告：", "; self-report: ") + status(a, lang) + "\n"
        return out
    }
}
