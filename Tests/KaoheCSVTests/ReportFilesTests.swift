import Foundation
import KaoheCSV
import KaoheCore
import Testing

/// Report validation (issue: import self-inspection reports): each rule has a whole-message assertion.
@Suite struct ReportFilesTests {
    let context = ReportContext(
        areas: ["510703": .pm10, "510724": .pm10, "MY-P25": .pm25],
        years: 2014...2017,
        subIndicators: ["1.1": KeyTaskSpec(name: "产能严重过剩行业新增产能控制", points: 2), "5.1": KeyTaskSpec(name: "工业烟粉尘治理", points: 8)],
        indicators: ["1": "产业结构调整优化", "5": "工业大气污染治理"])

    func file(_ name: String, _ text: String) -> NamedData { NamedData(name: name, data: Data(text.utf8)) }

    /// The printed diagnostics of a batch that must be rejected.
    func problems(_ files: NamedData...) -> [String] { problems(files) }

    func problems(_ files: [NamedData]) -> [String] {
        do {
            _ = try ReportFiles.parse(files, context: context)
            return ["accepted"]
        } catch let error as DiagnosticsError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    static let summaryHeader = "区域代码,考核年度,报送日期,PM10年均浓度,PM2.5年均浓度\n"

    @Test func aValidBatchOfAllFourKindsIsRecognisedByHeader() throws {
        let batch = try ReportFiles.parse(
            [
                file("s.csv", Self.summaryHeader + "510703,2015,2015-12-25,96,\n"),
                file("k.csv", "area_code,year,indicator_code,self_score\n510703,2015,5.1,7.5\n"),
                file("p.csv", "区域代码,考核年度,项目编号,项目名称,任务类别,进展状态,实际完成日期,计划投资(万元)\n510703,2015,P1,锅炉改造,工业大气污染治理,已完成,2015-06-18,\"1,234.5\"\n"),
                file("f.csv", "area_code,year,source,planned_amount,actual_amount\n510703,2015,中央财政,300,280\n"),
            ], context: context)
        #expect(batch.kinds.map(\.kind) == [.report, .keyTasks, .projects, .funding])
        #expect(batch.rows.summaries == [ReportSummary(areaCode: "510703", year: 2015, submittedOn: Day(year: 2015, month: 12, day: 25)!, pm10AnnualMean: 96)])
        #expect(batch.rows.keyTasks == [KeyTaskScore(areaCode: "510703", year: 2015, code: "5.1", selfScore: Decimal(string: "7.5")!)])
        #expect(
            batch.rows.projects == [
                Project(
                    areaCode: "510703", year: 2015, projectID: "P1", name: "锅炉改造", category: "5",
                    actualCompletion: Day(year: 2015, month: 6, day: 18), status: .completed, plannedInvestment: Decimal(string: "1234.5")!)
            ])
        #expect(batch.rows.funding == [Funding(areaCode: "510703", year: 2015, source: .central, plannedAmount: 300, actualAmount: 280)])
        #expect(batch.groups.map { "\($0.part.rawValue)/\($0.files)" } == ["quality/[\"s.csv\"]", "key-tasks/[\"k.csv\"]", "projects/[\"p.csv\"]", "funding/[\"f.csv\"]"])
    }

    @Test func unknownUnitIsRejected() {
        #expect(
            problems(file("s.csv", Self.summaryHeader + "510799,2015,2015-12-25,96,\n")) == [
                "s.csv:2:1 (区域代码): unknown unit 510799 — use the code from the areas list, or import the areas file first"
            ])
    }

    @Test func yearOutsideTheRuleSetPeriodIsRejected() {
        #expect(
            problems(file("s.csv", Self.summaryHeader + "510703,2013,2013-12-25,96,\n")) == [
                "s.csv:2:2 (考核年度): 2013 is outside the rule set's assessed years 2014–2017 — write the year the report is for"
            ])
    }

    @Test func pm10MissingForAPM10UnitIsRejectedButNotForAPM25Unit() {
        #expect(
            problems(file("s.csv", Self.summaryHeader + "510703,2015,2015-12-25,,40\nMY-P25,2015,2015-12-25,,40\n")) == [
                "s.csv:2:4 (PM10年均浓度): unit 510703 is assessed on PM10 but its PM10 annual mean is empty — fill in PM10年均浓度 in μg/m³"
            ])
    }

    @Test func keyTaskCodeUnknownToTheRuleSetIsRejected() {
        #expect(
            problems(file("k.csv", "area_code,year,indicator_code,self_score\n510703,2015,10.3,1\n")) == [
                "k.csv:2:3 (indicator_code): \"10.3\" is not a sub-indicator of the rule set — use one of 1.1, 5.1"
            ])
    }

    @Test func keyTaskNameThatDoesNotMatchItsCodeIsRejected() {
        #expect(
            problems(file("k.csv", "区域代码,考核年度,指标代码,指标名称,自评得分\n510703,2015,5.1,落后产能淘汰,6\n")) == [
                "k.csv:2:4 (指标名称): name \"落后产能淘汰\" does not match sub-indicator 5.1 (工业烟粉尘治理) — correct the code or the name, or leave the name empty"
            ])
    }

    @Test func selfAndVerifiedScoresOutsideZeroToPointsAreRejected() {
        #expect(
            problems(file("k.csv", "区域代码,考核年度,指标代码,自评得分,核定得分\n510703,2015,5.1,8.5,\n510703,2015,1.1,-1,3\n")) == [
                "k.csv:2:4 (自评得分): score 8.5 is outside 0–8 for sub-indicator 5.1 — write a score from 0 to 8",
                "k.csv:3:4 (自评得分): score -1 is outside 0–2 for sub-indicator 1.1 — write a score from 0 to 2",
                "k.csv:3:5 (核定得分): score 3 is outside 0–2 for sub-indicator 1.1 — write a score from 0 to 2",
            ])
    }

    @Test func duplicateKeysWithinAFileAndAcrossFilesAreRejected() {
        #expect(
            problems(
                file("a.csv", Self.summaryHeader + "510703,2015,2015-12-25,96,\n510703,2015,2015-12-26,95,\n"),
                file("b.csv", Self.summaryHeader + "510703,2015,2015-12-27,94,\n")) == [
                    "a.csv:3:2 (考核年度): the report of 510703 for 2015 is given twice (first at line 2) — keep one row; send a corrected file to replace an earlier report",
                    "b.csv:2:2 (考核年度): the report of 510703 for 2015 is given twice (first at a.csv:2) — keep one row; send a corrected file to replace an earlier report",
                ])
    }

    @Test func completedProjectWithoutCompletionDateAndDatesBeforeTheYearAreRejected() {
        let header = "区域代码,考核年度,项目编号,项目名称,任务类别,进展状态,实际完成日期\n"
        #expect(
            problems(file("p.csv", header + "510703,2015,P1,锅炉改造,5,已完成,\n510703,2015,P2,除尘改造,5,已完成,2014-12-31\n")) == [
                "p.csv:2:7 (实际完成日期): the project is 已完成 but has no actual completion date — fill in 实际完成日期, or change 进展状态",
                "p.csv:3:7 (实际完成日期): completion date 2014-12-31 is before 2015 began — a project reported for 2015 is completed in 2015 or later; correct the date or the year",
            ])
    }

    @Test func negativeAmountsAreRejected() {
        #expect(
            problems(
                file("f.csv", "area_code,year,source,planned_amount,actual_amount\n510703,2015,企业自筹,-5,0\n"),
                file("p.csv", "区域代码,考核年度,项目编号,项目名称,任务类别,进展状态,完成投资（万元）\n510703,2015,P1,锅炉改造,5,在建,-1\n")) == [
                    "f.csv:2:4 (planned_amount): amount -5 万元 is negative — write an amount of 0 or more, in 万元",
                    "p.csv:2:7 (完成投资（万元）): amount -1 万元 is negative — write an amount of 0 or more, in 万元",
                ])
    }

    /// The library words it without CLI syntax and names the action; the CLI appends the command (issue 13 item 1).
    @Test func aFileOfAnotherKindIsNamedWithTheActionThatTakesIt() throws {
        #expect(
            problems(file("areas.csv", "区域代码,区域名称,区域类型\n510703,涪城区,区\n")) == [
                "areas.csv:1: this is a 区域 (areas) file, not part of a report — import it on its own"
            ])
        let error = try #require(throws: DiagnosticsError.self) {
            try ReportFiles.parse([file("t.csv", "区域代码,考核年度,基准年,基准浓度,目标类型\n")], context: context)
        }
        #expect(error.diagnostics.map(\.action) == [.importTargets])
        #expect(error.diagnostics[0].rendered(chinese: true) == "t.csv:1: 这是目标文件，不属于自查报告 — 请单独导入")
    }

    @Test func aHeaderThatFitsNoKindNamesTheClosestAndWhatItLacks() {
        #expect(
            problems(file("x.csv", "区域代码,考核年度,自评得分\n510703,2015,5\n")) == [
                "x.csv:1: the header row matches no report file kind (closest: 重点任务 / key-tasks, which lacks 指标代码 / indicator_code) — use the header row of the city's template: 自查报告, 重点任务, 治理项目 or 资金投入"
            ])
    }
}
