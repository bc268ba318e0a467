import Foundation
import KaoheCore
import KaoheDepartments
import KaoheReport
import Testing

/// The summary's department section (R-31) rendered like the area sections: escaped, neutralised, sanitised.
@Suite struct SummaryDepartmentsTests {
    static let script = "<script>alert(1)</script>"
    static let formula = #"=HYPERLINK("http://x","y")"#

    /// Two departments: one passing from a verified score, one hostile name failing for lack of a report.
    static func summary(name: String) -> Summary {
        let rules = RuleSet(name: "test")
        let list = DepartmentTaskList(
            departmentCode: "HBJ", year: 2015, tasks: [DepartmentTask(code: "1", task: "统筹", points: 100, sourceClause: "第五条")], version: 1)
        let report = DepartmentReport(
            departmentCode: "HBJ", year: 2015, submittedOn: Day(iso: "2015-12-20")!,
            tasks: [DepartmentTaskReport(taskCode: "1", selfScore: 95, verifiedScore: 88)], version: 1, firstSubmittedOn: Day(iso: "2015-12-20")!,
            taskListVersion: 1)
        let hbj = DepartmentScoring.assess(Department(code: "HBJ", name: "市环保局"), year: 2015, taskList: list, report: report, rules: rules)
        var listX = list
        listX.departmentCode = "XYZ"
        let xyz = DepartmentScoring.assess(Department(code: "XYZ", name: name), year: 2015, taskList: listX, report: nil, rules: rules)
        var s = SummaryFixture.summary()
        s.departments = SummaryDepartmentSection(
            run: DepartmentRun(id: 1, year: 2015, revision: 1, ruleSetName: "test", ruleSetHash: "", createdAt: "2016-03-01T00:00:00Z", results: [hbj, xyz]),
            places: 1)
        return s
    }

    @Test func theSectionFollowsTheAreaAttachmentsBeforeTheAppendixAndTheNoticeNamesIt() throws {
        let text = SummaryRender.text(Self.summary(name: "市农业局"), lang: .zh)
        // An annual notice: 附件1 reports, 附件2 projects, then the departments (附件3), the technical appendix last (附件4).
        let section = try #require(text.range(of: "附件3\n2015年度市级有关部门考核结果"))
        let appendix = try #require(text.range(of: "附件4\n计算说明"))
        #expect(section.lowerBound < appendix.lowerBound)
        #expect(text.contains("　　　3. 2015年度市级有关部门考核结果\n　　　4. 计算说明"))
        // HBJ: verified 88 replaces self 95 (R-13) → 88.0, [70, 90): 良好.
        #expect(text.contains("HBJ       市环保局  88.0  良好"))
        #expect(text.contains("不合格部门（供领导班子和领导干部综合考核评价）：市农业局（XYZ）（未报送自查报告）"))
        // The notice's results name the attachment and the failing department by name only (no code in the body).
        #expect(text.contains("市级有关部门年度任务考核结果见附件3，不与各县（市、区）和园区排名。未通过考核的部门：市农业局（未报送自查报告），"))
        // The area ranking is untouched: the technical appendix names no department.
        let appendixPart = String(text[appendix.lowerBound...])
        #expect(!appendixPart.contains("市农业局") && !appendixPart.contains("HBJ"))
    }

    @Test func aDepartmentNameIsEscapedInHTMLAndMarkdownAndNeutralisedInCSV() {
        let html = SummaryRender.html(Self.summary(name: Self.script), lang: .zh)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script"))
        let md = SummaryRender.markdown(Self.summary(name: Self.script), lang: .zh)
        #expect(!md.contains("<script>"))
        let csv = SummaryRender.csv(Self.summary(name: Self.formula), lang: .zh)
        #expect(csv.contains(#"XYZ,"'=HYPERLINK(""http://x"",""y"")""#))
        #expect(!csv.contains(",=HYPERLINK"))
        let text = SummaryRender.text(Self.summary(name: "市\u{1B}[31m农业局"), lang: .zh)
        #expect(!text.contains("\u{1B}"))
    }

    @Test func withoutADepartmentRunTheSummaryIsUnchanged() {
        var s = Self.summary(name: "x")
        s.departments = nil
        #expect(SummaryRender.text(s, lang: .zh) == SummaryRender.text(SummaryFixture.summary(), lang: .zh))
        #expect(SummaryRender.json(s, lang: .en) == SummaryRender.json(SummaryFixture.summary(), lang: .en))
        #expect(SummaryRender.csv(s, lang: .en) == SummaryRender.csv(SummaryFixture.summary(), lang: .en))
        #expect(SummaryRender.json(Self.summary(name: "x"), lang: .en).contains("\"departments\": {"))
    }
}
