import Foundation
import KaoheCore
import KaoheReport
import Testing

/// The plan-period view's final line and its choice of runs: only published runs count, the newest published
/// revision of a year wins (R-22c), and the final assessment's result is set against the final target.
@Suite struct PlanPeriodHistoryTests {
    static let area = Area(code: "510724", name: "安县", type: .county)

    static let finalTarget = Target(areaCode: area.code, year: 2017, baseYear: 2013, baseConcentration: 112, kind: .percentDecline, value: 12, isFinal: true)

    static func run(id: Int64, year: Int, kind: AssessmentKind, revision: Int, published: Bool, doc: String?, current: Decimal, grade: Grade) -> AssessmentRun {
        var r = Scoring.assess(
            UnitInput(
                area: area, year: year, kind: kind,
                finalTarget: finalTarget,
                current: SourcedConcentration(current, source: "自查报告"), previous: SourcedConcentration(current + 1, source: "自查报告"),
                report: .submitted(on: Day(year: year, month: 12, day: 20)!)),
            rules: .builtInDefault)
        r.grade = grade
        return AssessmentRun(
            id: id, year: year, kind: kind, revision: revision, ruleSetName: "r", ruleSetHash: "", ruleSetText: "", createdAt: "",
            status: published ? .published : .draft, publishedOn: published ? Day(year: year + 1, month: 3, day: 1) : nil, documentNumber: doc,
            inputs: [UnitInput(area: area, year: year, kind: kind, current: SourcedConcentration(current, source: "自查报告"), report: .notSubmitted)], results: [r])
    }

    @Test func theFinalTargetAgainstTheFinalResult() {
        let runs = [
            Self.run(id: 1, year: 2016, kind: .annual, revision: 1, published: true, doc: "A〔2017〕1号", current: 104, grade: .good),
            Self.run(id: 2, year: 2016, kind: .annual, revision: 2, published: true, doc: "A〔2017〕2号", current: 103, grade: .excellent),
            Self.run(id: 3, year: 2016, kind: .annual, revision: 3, published: false, doc: nil, current: 90, grade: .excellent),
            Self.run(id: 4, year: 2017, kind: .final, revision: 1, published: true, doc: "A〔2018〕1号", current: 99, grade: .fail),
        ]
        let h = PlanPeriodHistory.build(area: Self.area, rules: .builtInDefault, targets: [Self.finalTarget], runs: runs, keyTasks: [])
        let text = h.text(.zh)
        // 2016: revision 2 is the newest published (revision 3 is a draft): 103, 优秀, A〔2017〕2号.
        #expect(h.years.first { $0.year == 2016 }?.concentration == 103)
        #expect(h.years.first { $0.year == 2016 }?.documentNumber == "A〔2017〕2号")
        // R-11 example: base 112, final 12 % decline, 2017 at 99 → actual 13/112 = 11.6 % < 12.0 % → not reached.
        #expect(h.finalResult?.targetReached == false)
        let row2017 = text.split(separator: "\n").first { $0.hasPrefix("2017 ") }?.split(separator: " ").map(String.init)
        // Score: required reduction 112 × 12 % = 13.44, actual 13 → 100 × 13 ÷ 13.44 = 96.726… → 96.7; graded
        // 不合格 all the same by the final veto.
        #expect(row2017 == ["2017", "99", "终期考核", "96.7", "不合格", "A〔2018〕1号（2018-03-01）"])
        #expect(text.split(separator: "\n").first { $0.hasPrefix("2013") }?.split(separator: " ").map(String.init) == ["2013（基准年）", "112", "考核基数"])
        #expect(text.hasSuffix("终期目标：较 2013 年下降 12%；终期结果：要求下降 12.0%，实际下降 11.6%，未达到终期目标，不合格\n"))
    }
}
