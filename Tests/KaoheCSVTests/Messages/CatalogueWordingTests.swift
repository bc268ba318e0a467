import Foundation
import KaoheCSV
import KaoheCore
import Testing

/// The KaoheCSV catalogues (issue 13 item 1): the problems that ask for something the CLI names as a command carry
/// that action, and are worded without CLI syntax in both languages, so the CLI's appended command reads on.
@Suite struct CatalogueWordingTests {
    @Test func aTargetMixingPollutantsWithStoredOnesAsksToWithdrawThemWithoutNamingTheCommand() {
        let issue = TargetIssue.mixesWithStored(unit: "510703", stored: .pm10, storedYears: "2015, 2017", here: .pm25)
        #expect(issue.action == .withdrawTarget(code: "510703", year: nil))
        #expect(issue.fix == Bilingual(
            "同一规划期内一个区域只按一种污染物考核（R-5）；请改用 PM10，或先撤回已存储的目标",
            "a unit is assessed on one pollutant in a plan period (R-5); use PM10, or withdraw the stored targets first"))
        let second = TargetIssue.secondStoredFinal(unit: "510703", storedYear: 2017)
        #expect(second.action == .withdrawTarget(code: "510703", year: 2017))
        #expect(second.fix == Bilingual("请不要将本行标为终期目标，或先撤回已存储的终期目标", "do not mark this row as 终期目标, or withdraw the stored one first"))
        #expect(TargetIssue.secondFinal(unit: "510703", firstLine: 2).action == nil)
    }

    @Test func reportAndMonitoringProblemsAboutUnknownUnitsAskToImportTheAreas() {
        let report = ReportIssue.unknownUnit(code: "510799")
        #expect(report.action == .importAreas)
        #expect(report.reason == Bilingual("区域代码 510799 不存在", "unknown unit 510799"))
        #expect(report.fix == Bilingual("请使用区域列表中的代码，或先导入区域文件", "use the code from the areas list, or import the areas file first"))
        let monitoring = MonitoringIssue.unknownUnit(code: "999999")
        #expect(monitoring.action == .importAreas)
        #expect(monitoring.fix == Bilingual("请更正代码，或先导入该区域", "correct the code, or import the unit first"))
        #expect(ReportIssue.otherKindOfFile(kind: .areas).action == .importAreas)
        #expect(ReportIssue.otherKindOfFile(kind: .targets).action == .importTargets)
        #expect(ReportIssue.otherKindOfFile(kind: .targets).fix == Bilingual("请单独导入", "import it on its own"))
    }

    @Test func departmentFileProblemsAskToImportTheDepartmentsOrTheirTaskLists() {
        let unknown = DepartmentFileIssue.unknownDepartment(code: "XYZ")
        #expect(unknown.action == .importDepartments)
        #expect(unknown.fix == Bilingual("请先导入列有该部门的部门文件，或更正代码", "import the departments file that lists XYZ first, or correct the code"))
        let noList = DepartmentFileIssue.noTaskList(department: "HBJ", year: 2015)
        #expect(noList.action == .importDepartmentTasks)
        #expect(noList.reason == Bilingual("部门 HBJ 没有 2015 年的任务分解，无法核对其自查报告", "HBJ has no task list for 2015, so its report cannot be checked"))
        #expect(noList.fix == Bilingual("请先导入该部门的任务分解", "import the department's task list first"))
    }

    @Test func hourLabelsOutsideTheCalendarAskForTheOtherLabelling() {
        let day = Day(year: 9999, month: 12, day: 31)!
        let start = MonitoringIssue.startLabelAfterCalendar(day: day)
        #expect(start.action == .labelHoursByEnd)
        #expect(start.fix == Bilingual("请删去该行；如文件按小时结束时刻标注，请按结束时刻导入", "leave the row out, or import the file as labelled by the hours' end if it is"))
        let end = MonitoringIssue.endLabelBeforeCalendar(day: Day(year: 1, month: 1, day: 1)!)
        #expect(end.action == .labelHoursByStart)
        #expect(end.fix == Bilingual("请删去该行；如文件按小时开始时刻标注，请按开始时刻导入", "leave the row out, or import the file as labelled by the hours' start if it is"))
    }

    @Test func aNationalFileWithoutAListInForceAsksToImportOne() {
        let issue = NationalIssue.noListInForce(day: Day(year: 2014, month: 12, day: 31)!, first: "2015-01-01")
        #expect(issue.action == .importStationList)
        #expect(issue.reason == Bilingual("2014-12-31 没有生效的监测点列表（最早的列表 2015-01-01 生效）", "no station list is in force on 2014-12-31 (the first takes effect on 2015-01-01)"))
        #expect(issue.fix == Bilingual("请导入当时生效的列表", "import the list in force then"))
        #expect(NationalIssue.citiesFile.reason.en.hasSuffix("which is not imported: the assessment needs each station's hours and the unit it counts for"))
    }

    /// The action travels from a cell's problem into the located diagnostic, so the CLI can name it.
    @Test func aCellProblemKeepsItsActionInTheDiagnostic() {
        let problem = FieldProblem(ReportIssue.unknownUnit(code: "X"))
        #expect(problem.action == .importAreas)
        let d = problem.diagnostic(file: "f.csv", line: 2, column: 1, header: "区域代码")
        #expect(d.action == .importAreas)
        #expect(d.rendered(chinese: true, naming: { _ in Bilingual("（命令）", " (command)") })
            == "f.csv:2:1 (区域代码): 区域代码 X 不存在 — 请使用区域列表中的代码，或先导入区域文件（命令）")
    }
}
