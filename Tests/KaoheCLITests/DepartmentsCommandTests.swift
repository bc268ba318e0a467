import Foundation
import Testing

/// `kaohe departments import/list` (R-31, issue 17 item 1): departments are a kind of their own.
@Suite struct DepartmentsCommandTests {
    @Test func sampleDepartmentsImportListAndStayOutOfTheAreas() throws {
        let cli = try CLIHarness()
        try cli.run("areas", "import", "sample-data/areas.csv")
        let imported = try cli.run("departments", "import", "sample-data/departments/departments.csv")
        #expect(imported == .init(status: 0, stdout: "sample-data/departments/departments.csv: 已导入 8 行；新增 8，修改 0，未变 0（导入编号 2）\n", stderr: ""))
        let list = try cli.run("departments", "list", "--lang", "en")
        #expect(list.status == 0)
        #expect(list.stdout.contains("HBJ"))
        #expect(list.stdout.contains("市交通运输局"))
        #expect(list.stdout.hasSuffix("8 department(s)\n"))
        // Never mixed into the area list: the 13 sample areas, no department.
        let areas = try cli.run("areas", "list", "--lang", "en")
        #expect(areas.stdout.hasSuffix("13 unit(s)\n"))
        #expect(!areas.stdout.contains("市环保局"))
        #expect(!areas.stdout.contains("HBJ"))
    }

    @Test func aRenameIsAppendedAndARepeatChangesNothing() throws {
        let cli = try CLIHarness()
        try cli.run("areas", "import", "sample-data/areas.csv")
        try cli.run("departments", "import", "sample-data/departments/departments.csv")
        let renamed = try cli.write("d.csv", "部门代码,部门名称\nHBJ,市生态环境局\nFGW,市发改委\n")
        let r = try cli.run("departments", "import", renamed, "--lang", "en")
        #expect(r.stdout == "\(renamed): imported 2 row(s); 0 added, 1 changed, 1 unchanged (import 3)\n")
        let list = try cli.run("departments", "list")
        #expect(list.stdout.contains("市生态环境局"))
        #expect(!list.stdout.contains("市环保局"))
        // The old name is kept in the database (append-only table).
        #expect(try cli.dumpTables().contains("市环保局"))
    }

    @Test func badRowsAreLocatedAndNothingIsStored() throws {
        let cli = try CLIHarness()
        try cli.run("areas", "import", "sample-data/areas.csv")
        let before = try cli.dumpTables()
        // Line 3 takes an area's code (510703 is in sample-data/areas.csv); line 4 repeats HBJ in another case.
        let file = try cli.write("bad.csv", "部门代码,部门名称\nHBJ,市环保局\n510703,市发改委\nhbj,市经信委\n")
        let r = try cli.run("departments", "import", file, "--lang", "en")
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(file):3:1 (部门代码): 510703 is the code of the area 510703; a department needs a code of its own"))
        #expect(r.stderr.contains("\(file):4:1 (部门代码): department hbj is listed twice (first on line 2, as HBJ)"))
        #expect(r.stderr.contains("2 error(s)"))
        #expect(try cli.dumpTables() == before)
        let zh = try cli.run("departments", "import", file)
        #expect(zh.stderr.contains("是区域 510703 的代码；部门须使用自己的代码"))
    }

    @Test func anAreaMayNotTakeADepartmentsCode() throws {
        let cli = try CLIHarness()
        try cli.run("areas", "import", "sample-data/areas.csv")
        try cli.run("departments", "import", "sample-data/departments/departments.csv")
        let before = try cli.dumpTables()
        let url = cli.workDir.appendingPathComponent("areas.csv")
        try "区域代码,区域名称,区域类型\nhbj,某区,区\n".write(to: url, atomically: true, encoding: .utf8)
        let r = try cli.run("areas", "import", url.path, "--lang", "en")
        #expect(r.status != 0)
        #expect(r.stderr.contains("the unit code(s) hbj (already the code of the department 市环保局) cannot be used"))
        #expect(try cli.dumpTables() == before)
    }

    @Test func aWorkbookIsReadLikeTheAreas() throws {
        let cli = try CLIHarness()
        try cli.run("areas", "import", "sample-data/areas.csv")
        // Made by Fixtures/xlsx/make-departments.py from the sample CSV; the sheet 部门 follows a cover sheet.
        let file = "Tests/KaoheCLITests/Fixtures/xlsx/departments-openpyxl.xlsx"
        let r = try cli.run("departments", "import", file)
        #expect(r == .init(status: 0, stdout: "\(file):部门: 已导入 8 行；新增 8，修改 0，未变 0（导入编号 2）\n", stderr: ""))
        let fromCSV = try CLIHarness()
        try fromCSV.run("areas", "import", "sample-data/areas.csv")
        try fromCSV.run("departments", "import", "sample-data/departments/departments.csv")
        #expect(try cli.run("departments", "list").stdout == (try fromCSV.run("departments", "list").stdout))
    }
}

/// `kaohe departments tasks import/list` (issue 17 item 2): versioned task lists summing to 100.
@Suite struct DepartmentTasksCommandTests {
    @Test func sampleTaskListsImportAsVersionOneAndARepeatChangesNothing() throws {
        let cli = try CLIHarness()
        try cli.run("areas", "import", "sample-data/areas.csv")
        try cli.run("departments", "import", "sample-data/departments/departments.csv")
        let file = "sample-data/departments/任务分解-2015.csv"
        let r = try cli.run("departments", "tasks", "import", file, "--lang", "en")
        #expect(r.status == 0)
        #expect(r.stdout.contains("HBJ 2015 task list: stored as version 1"))
        #expect(r.stdout.hasSuffix("\(file): 8 department-year(s); 8 new version(s), 0 unchanged\n"))
        let again = try cli.run("departments", "tasks", "import", file, "--lang", "en")
        #expect(again.stdout == "\(file): 8 department-year(s); 0 new version(s), 8 unchanged\n")
    }

    @Test func aLaterImportIsANewVersionAndTheOldOneIsKept() throws {
        let cli = try CLIHarness()
        try cli.run("areas", "import", "sample-data/areas.csv")
        try cli.run("departments", "import", "sample-data/departments/departments.csv")
        try cli.run("departments", "tasks", "import", "sample-data/departments/任务分解-2015.csv")
        let url = cli.workDir.appendingPathComponent("czj.csv")
        try "部门代码,考核年度,任务编号,任务内容,分值,任务来源\nCZJ,2015,1,落实专项资金,70,第五条\nCZJ,2015,2,绩效评价,30,第五条\n"
            .write(to: url, atomically: true, encoding: .utf8)
        let r = try cli.run("departments", "tasks", "import", url.path, "--lang", "en")
        #expect(r.stdout.contains("CZJ 2015 task list: stored as version 2"))
        let now = try cli.run("departments", "tasks", "list", "--year", "2015", "--dept", "czj", "--lang", "en")
        #expect(now.stdout.contains("落实专项资金"))
        #expect(!now.stdout.contains("落实大气污染防治专项资金"))
        let history = try cli.run("departments", "tasks", "list", "--year", "2015", "--dept", "CZJ", "--history", "--lang", "en")
        #expect(history.stdout.contains("落实大气污染防治专项资金"))
        #expect(history.stdout.contains("落实专项资金"))
        #expect(history.stdout.hasSuffix("2 task list(s)\n"))
    }

    @Test func aListNotSummingTo100IsRejectedAndNothingIsStored() throws {
        let cli = try CLIHarness()
        try cli.run("areas", "import", "sample-data/areas.csv")
        try cli.run("departments", "import", "sample-data/departments/departments.csv")
        let before = try cli.dumpTables()
        let url = cli.workDir.appendingPathComponent("bad.csv")
        // CZJ: 60 + 30 = 90 (lines 2 and 3); NYJ sums to 100 but the file is all-or-nothing.
        try "部门代码,考核年度,任务编号,任务内容,分值,任务来源\nCZJ,2015,1,落实专项资金,60,第五条\nCZJ,2015,2,绩效评价,30,第五条\nNYJ,2015,1,秸秆禁烧,100,第三条\n"
            .write(to: url, atomically: true, encoding: .utf8)
        let r = try cli.run("departments", "tasks", "import", url.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(url.path):2:5 (分值): 部门 CZJ 2015 年各项任务（第 2、3 行）分值合计 90 分，不是 100 分"))
        #expect(try cli.dumpTables() == before)
    }
}

/// `kaohe departments reports import/list` (issue 17 item 3): versioned self-reports, verified scores, lateness.
@Suite struct DepartmentReportsCommandTests {
    static let reports = "sample-data/departments/部门自查报告-2015.csv"

    func prepared() throws -> CLIHarness {
        var cli = try CLIHarness()
        cli.environment["KAOHE_TODAY"] = "2016-03-01"
        try cli.run("areas", "import", "sample-data/areas.csv")
        try cli.run("departments", "import", "sample-data/departments/departments.csv")
        try cli.run("departments", "tasks", "import", "sample-data/departments/任务分解-2015.csv")
        return cli
    }

    @Test func sampleReportsImportWithOneLateAndOneMissing() throws {
        let cli = try prepared()
        let r = try cli.run("departments", "reports", "import", Self.reports, "--lang", "en")
        #expect(r.status == 0)
        #expect(r.stdout.contains("HBJ 2015 self-report: stored as version 1 (with verified scores)"))
        #expect(r.stdout.contains("JXW 2015 self-report: stored as version 1\n"))
        #expect(r.stdout.hasSuffix("\(Self.reports): 7 report(s); 7 new version(s), 0 unchanged\n"))
        let list = try cli.run("departments", "reports", "list", "--year", "2015", "--lang", "en")
        let line = { (code: String) in list.stdout.split(separator: "\n").first { $0.hasPrefix(code) }.map(String.init) ?? "" }
        // JTJ's 2016-01-15 is after 2015-12-31: late. NYJ sent nothing: missing.
        #expect(line("JTJ").contains("late"))
        #expect(line("JTJ").contains("2016-01-15"))
        #expect(line("NYJ").contains("missing"))
        #expect(line("HBJ").contains("on time"))
    }

    @Test func aCorrectionIsANewVersionAndKeepsTheFirstDateForLateness() throws {
        let cli = try prepared()
        try cli.run("departments", "reports", "import", Self.reports)
        // JXW corrects its report after the deadline: version 2, still on time by its first date (2015-12-28).
        let url = cli.workDir.appendingPathComponent("jxw.csv")
        try "部门代码,考核年度,任务编号,完成情况,自评得分,佐证材料,报送日期,核定得分\nJXW,2015,1,淘汰落后产能 5 家,45,,2016-01-20,\nJXW,2015,2,清洁生产审核 18 家,42,,2016-01-20,\n"
            .write(to: url, atomically: true, encoding: .utf8)
        let r = try cli.run("departments", "reports", "import", url.path, "--lang", "en")
        #expect(r.stdout.contains("JXW 2015 self-report: stored as version 2"))
        let list = try cli.run("departments", "reports", "list", "--year", "2015", "--lang", "en")
        let jxw = list.stdout.split(separator: "\n").first { $0.hasPrefix("JXW") }.map(String.init) ?? ""
        #expect(jxw.contains("on time"))
        #expect(jxw.contains("2015-12-28"))
        #expect(try cli.dumpTables().contains("清洁生产审核 18 家"))
    }

    @Test func badReportsAreLocatedAndNothingIsStored() throws {
        let cli = try prepared()
        let before = try cli.dumpTables()
        let url = cli.workDir.appendingPathComponent("bad.csv")
        // Line 2: GAJ task 1 self-score 61 > 60 points. Line 3: task 9 not in GAJ's list. Line 4: NYJ leaves out task 2.
        // Line 5: a date after today (2016-03-01).
        try """
            部门代码,考核年度,任务编号,完成情况,自评得分,佐证材料,报送日期,核定得分
            GAJ,2015,1,,61,,2015-12-29,
            GAJ,2015,9,,1,,2015-12-29,
            NYJ,2015,1,,50,,2015-12-29,
            CZJ,2015,1,,50,,2016-04-01,
            """.write(to: url, atomically: true, encoding: .utf8)
        let r = try cli.run("departments", "reports", "import", url.path, "--lang", "en")
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(url.path):2:5 (自评得分): score 61 is outside 0–60 for task 1"))
        #expect(r.stderr.contains("\(url.path):3:3 (任务编号): task 9 is not in GAJ's 2015 task list (version 1)"))
        #expect(r.stderr.contains("\(url.path):4:3 (任务编号): NYJ's 2015 report has no row for task(s) 2 of its task list (version 1)"))
        #expect(r.stderr.contains("\(url.path):5:7 (报送日期): 2016-04-01 is after today (2016-03-01)"))
        #expect(try cli.dumpTables() == before)
    }
}
