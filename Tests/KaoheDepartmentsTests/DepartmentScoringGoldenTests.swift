import Foundation
import KaoheCore
import KaoheDepartments
import Testing

/// Golden figures for the departments' scores, worked by hand in the comments.
@Suite struct DepartmentScoringGoldenTests {
    let rules = RuleSet(name: "test")  // default grade bands and one decimal place for scores
    let hbj = Department(code: "HBJ", name: "市环保局")
    let list = DepartmentTaskList(
        departmentCode: "HBJ", year: 2015,
        tasks: [
            DepartmentTask(code: "1", task: "统筹", points: 20, sourceClause: "第五条"),
            DepartmentTask(code: "2", task: "监测", points: 25, sourceClause: "第四条"),
            DepartmentTask(code: "3", task: "执法", points: 30, sourceClause: "第三条"),
            DepartmentTask(code: "4", task: "黄标车", points: 25, sourceClause: "第三条"),
        ], version: 1)

    func day(_ s: String) -> Day { Day(iso: s)! }

    /// The sample HBJ report: self 20, 24, 28, 25 (= 97); the bureau verified task 2 at 22 and task 3 at 26.
    @Test func scoreFromVerifiedAndSelfScores() {
        let report = DepartmentReport(
            departmentCode: "HBJ", year: 2015, submittedOn: day("2015-12-20"),
            tasks: [
                DepartmentTaskReport(taskCode: "1", selfScore: 20),
                DepartmentTaskReport(taskCode: "2", selfScore: 24, verifiedScore: 22),
                DepartmentTaskReport(taskCode: "3", selfScore: 28, verifiedScore: 26),
                DepartmentTaskReport(taskCode: "4", selfScore: 25),
            ], version: 1, firstSubmittedOn: day("2015-12-20"), taskListVersion: 1)
        let a = DepartmentScoring.assess(hbj, year: 2015, taskList: list, report: report, rules: rules)
        // Effective: 20 (self) + 22 (verified) + 26 (verified) + 25 (self) = 93; 93 ≥ 90 → 优秀.
        #expect(a.tasks.map(\.effectiveScore) == [20, 22, 26, 25])
        #expect(a.score == 93)
        #expect(a.grade == .excellent)
        #expect(a.reportStatus == .onTime)
        #expect(!a.failed)
        #expect(a.steps.contains { $0.ruleIDs == ["R-13"] && $0.en == "Task 2 (25 points): verified 22 (self 24); the verified score counts." })
        #expect(a.steps.contains { $0.en == "Department score = 20 + 22 + 26 + 25 = 93, rounded to 93.0." })
        #expect(a.steps.last?.ruleIDs == ["R-15"])
    }

    /// Decimal scores are summed exactly, then rounded by GB/T 8170 to one place.
    @Test func decimalScoresSumExactlyAndRoundHalfToEven() {
        // 19.5 + 22.25 + 20 + 8 = 69.75 → one place: 69.8 (the 5 after 7 rounds up to make it even, GB/T 8170).
        // 69.8 is in [60, 70): 合格.
        let report = DepartmentReport(
            departmentCode: "HBJ", year: 2015, submittedOn: day("2015-12-20"),
            tasks: [
                DepartmentTaskReport(taskCode: "1", selfScore: Decimal(string: "19.5")!),
                DepartmentTaskReport(taskCode: "2", selfScore: Decimal(string: "22.25")!),
                DepartmentTaskReport(taskCode: "3", selfScore: 20),
                DepartmentTaskReport(taskCode: "4", selfScore: 8),
            ], version: 1, firstSubmittedOn: day("2015-12-20"), taskListVersion: 1)
        let a = DepartmentScoring.assess(hbj, year: 2015, taskList: list, report: report, rules: rules)
        #expect(a.score == Decimal(string: "69.8"))
        #expect(a.grade == .pass)
    }

    /// Golden: a late report is scored normally and flagged late; a correction keeps the first date.
    @Test func aLateReportIsScoredAndFlagged() {
        // First version received 2016-01-15, after the deadline 2015-12-31: late. Version 2 (2016-02-01) is the
        // correction date. Scores 15 + 20 + 20 + 10 = 65 → [60, 70): 合格.
        let report = DepartmentReport(
            departmentCode: "HBJ", year: 2015, submittedOn: day("2016-02-01"),
            tasks: ["1": 15, "2": 20, "3": 20, "4": 10].sorted { $0.key < $1.key }.map { DepartmentTaskReport(taskCode: $0.key, selfScore: $0.value) },
            version: 2, firstSubmittedOn: day("2016-01-15"), taskListVersion: 1)
        let a = DepartmentScoring.assess(hbj, year: 2015, taskList: list, report: report, rules: rules)
        #expect(a.reportStatus == .late)
        #expect(a.submittedOn == day("2016-01-15"))
        #expect(a.correctedOn == day("2016-02-01"))
        #expect(a.score == 65)
        #expect(a.grade == .pass)
        #expect(a.steps.contains { $0.ruleIDs == ["R-3", "R-18"] && $0.en.contains("late; scored normally and flagged as late") })
    }

    /// Golden: no report at all → 不合格 with the reason, as for areas, and named as failing.
    @Test func aMissingReportFails() {
        let a = DepartmentScoring.assess(hbj, year: 2015, taskList: list, report: nil, rules: rules)
        #expect(a.reportStatus == .missing)
        #expect(a.score == nil)
        #expect(a.grade == .fail)
        #expect(a.failed)
        #expect(a.steps.contains { $0.ruleIDs == ["R-18", "R-31"] && $0.zh == "无自查报告，无法评分：评为不合格（原因：未报送自查报告）。" })
    }

    /// A score below 60 fails; a task missing from the report (list changed after it) counts 0.
    @Test func aLowScoreFailsAndAMissingTaskCountsZero() {
        // Report made against version 1 has tasks 1–3 only: 20 + 20 + 10 + (task 4 absent: 0) = 50 < 60 → 不合格.
        let report = DepartmentReport(
            departmentCode: "HBJ", year: 2015, submittedOn: day("2015-12-20"),
            tasks: [DepartmentTaskReport(taskCode: "1", selfScore: 20), DepartmentTaskReport(taskCode: "2", selfScore: 20), DepartmentTaskReport(taskCode: "3", selfScore: 10)],
            version: 1, firstSubmittedOn: day("2015-12-20"), taskListVersion: 1)
        let a = DepartmentScoring.assess(hbj, year: 2015, taskList: list, report: report, rules: rules)
        #expect(a.score == 50)
        #expect(a.grade == .fail)
        #expect(a.failed)
        #expect(a.steps.contains { $0.en == "Task 4 (25 points): not in the report; counts 0." })
    }

    @Test func noTaskListMeansNotAssessed() {
        let a = DepartmentScoring.assess(hbj, year: 2016, taskList: nil, report: nil, rules: rules)
        #expect(a.grade == nil)
        #expect(a.score == nil)
        #expect(!a.failed)
    }
}
