import Foundation
import KaoheCSV
import KaoheCore
import KaoheDepartments
import Testing

/// The departments' file kinds (R-31, issue 17): departments and task decomposition.
@Suite struct DepartmentFilesTests {
    func errors(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch let e as DiagnosticsError {
            return e.diagnostics.filter { $0.severity == .error }.map(\.description)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test func aTaskListSummingTo100IsReadInFileOrder() throws {
        let csv = """
            部门代码,考核年度,任务编号,任务内容,分值,任务来源
            HBJ,2015,1,统筹推进,20,第五条
            HBJ,2015,2,监测站点,25.5,第四条
            FGW,2015,1,煤炭消费总量,100,第三条
            HBJ,2015,3,执法检查,54.5,第三条
            """
        let parsed = try DepartmentTasksFile.parse(Data(csv.utf8), file: "t.csv", departments: ["HBJ", "FGW"])
        #expect(parsed.rows.map(\.departmentCode) == ["HBJ", "FGW"])
        // HBJ: 20 + 25.5 + 54.5 = 100 exactly (no binary rounding: 25.5 and 54.5 are exact decimals).
        #expect(parsed.rows[0].tasks.map(\.code) == ["1", "2", "3"])
        #expect(parsed.rows[0].totalPoints == 100)
        #expect(parsed.rows[0].tasks[1].points == Decimal(string: "25.5"))
        #expect(parsed.rows[1].tasks == [DepartmentTask(code: "1", task: "煤炭消费总量", points: 100, sourceClause: "第三条")])
    }

    /// Golden: a task list not summing to 100 is rejected at its location, saying the sum found.
    @Test func aTaskListNotSummingTo100IsRejectedWithItsLocationAndSum() {
        // HBJ's rows are lines 2, 3 and 5: 20 + 25 + 45 = 90, not 100. The points column is column 5, and the
        // message sits at the first row's points cell (line 2). FGW sums to 60 + 40 = 100 and passes.
        // JXW: 30 + 70.01 = 100.01 — exact decimals, so 0.01 too many is caught.
        let csv = """
            部门代码,考核年度,任务编号,任务内容,分值,任务来源
            HBJ,2015,1,统筹推进,20,第五条
            HBJ,2015,2,监测站点,25,第四条
            FGW,2015,1,煤炭消费总量,60,第三条
            HBJ,2015,3,执法检查,45,第三条
            FGW,2015,2,清洁能源,40,第三条
            JXW,2015,1,淘汰落后产能,30,第三条
            JXW,2015,2,清洁生产,70.01,第三条
            """
        let found = errors { _ = try DepartmentTasksFile.parse(Data(csv.utf8), file: "t.csv", departments: ["HBJ", "FGW", "JXW"]) }
        #expect(
            found == [
                "t.csv:2:5 (分值): the points of HBJ's 2015 tasks (lines 2, 3, 5) sum to 90, not 100 — correct the points so the department's tasks for the year sum to exactly 100",
                "t.csv:7:5 (分值): the points of JXW's 2015 tasks (lines 7, 8) sum to 100.01, not 100 — correct the points so the department's tasks for the year sum to exactly 100",
            ])
    }

    @Test func rowProblemsAreLocatedEachOne() {
        // Line 2: unknown department; line 3: points 0; line 4: task 1 repeated for HBJ 2015; line 5: points empty.
        let csv = """
            部门代码,考核年度,任务编号,任务内容,分值,任务来源
            XYZ,2015,1,统筹推进,20,第五条
            HBJ,2015,1,监测站点,0,第四条
            HBJ,2015,1,执法检查,45,第三条
            HBJ,2015,2,执法检查,,第三条
            """
        let found = errors { _ = try DepartmentTasksFile.parse(Data(csv.utf8), file: "t.csv", departments: ["HBJ"]) }
        #expect(found.count == 4)
        #expect(found[0].hasPrefix("t.csv:2:1 (部门代码): unknown department XYZ"))
        #expect(found[1].hasPrefix("t.csv:3:5 (分值): points 0 are outside 0–100"))
        #expect(found[2].hasPrefix("t.csv:4:3 (任务编号): task 1 of HBJ for 2015 is listed twice (first on line 3)"))
        #expect(found[3].hasPrefix("t.csv:5:5 (分值): required value is empty"))
    }

    @Test func departmentsFileRefusesAnAreaCodeAndCaseTwins() {
        let csv = "部门代码,部门名称\nHBJ,市环保局\n510703,市发改委\nfgw,市发改委\n"
        let found = errors { _ = try DepartmentsFile.parse(Data(csv.utf8), file: "d.csv", storedCodes: ["FGW"], areaCodes: ["510703"]) }
        #expect(
            found == [
                "d.csv:3:1 (部门代码): 510703 is the code of the area 510703; a department needs a code of its own — give the department a code no area uses (e.g. its abbreviation, such as HBJ)",
                "d.csv:4:1 (部门代码): department fgw differs only by case from the stored department FGW; codes ignore case — write the code as FGW",
            ])
    }
}
