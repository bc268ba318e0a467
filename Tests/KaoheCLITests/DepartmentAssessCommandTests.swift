import Foundation
import GRDB
import KaoheTestSupport
import Testing

/// `kaohe departments assess/show` (issue 17 item 4) and the invariant that a department never meets an area's
/// consequences (R-19/R-21 apply to areas only, R-31).
@Suite struct DepartmentAssessCommandTests {
    /// Areas, targets and area reports as in AssessCommandTests, plus the sample departments, 2015 task lists and reports.
    func sampleHarness() throws -> CLIHarness {
        var cli = try CLIHarness()
        cli.environment["KAOHE_TODAY"] = "2016-03-01"
        for args in [
            ["areas", "import", "sample-data/areas.csv"], ["targets", "import", "sample-data/targets.csv"],
            ["reports", "import", "sample-data/reports/2014", "sample-data/reports/2015"],
            ["departments", "import", "sample-data/departments/departments.csv"],
            ["departments", "tasks", "import", "sample-data/departments/任务分解-2015.csv"],
            ["departments", "reports", "import", "sample-data/departments/部门自查报告-2015.csv"],
        ] {
            #expect(try cli.run(args).status == 0)
        }
        return cli
    }

    /// Nothing of a department's record is changed or deleted once stored (D-95 to D-98): every department table,
    /// filled by the sample flow, refuses UPDATE and DELETE by its trigger, and keeps its rows.
    @Test func everyDepartmentTableIsAppendOnly() throws {
        let cli = try sampleHarness()
        #expect(try cli.run("departments", "assess", "--year", "2015").status == 0)
        let queue = try DatabaseQueue(path: cli.db)
        for (table, what) in [
            ("department", "departments"), ("department_task_version", "department task lists"), ("department_task", "department tasks"),
            ("department_report_version", "department reports"), ("department_report_task", "department report rows"),
            ("department_run", "department runs"), ("department_result", "department results"),
        ] {
            let before = try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
            #expect(before > 0, "\(table) is filled by the sample flow")
            expectTriggerRefusal("\(what) are appended, never changed", "UPDATE \(table) SET rowid = rowid", in: queue)
            expectTriggerRefusal("\(what) are appended, never deleted", "DELETE FROM \(table)", in: queue)
            #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") } == before)
        }
    }

    /// Golden: the sample city's eight departments, worked by hand from sample-data/departments/ (R-13, R-15, R-18):
    /// CZJ 50 (verified; self 58) + 38 = 88 → 良好; FGW 32 (verified; self 36) + 27 + 25 = 84 → 良好;
    /// GAJ 30 + 25 = 55 < 60 → 不合格; HBJ 20 + 22 (verified; self 24) + 26 (verified; self 28) + 25 = 93 → 优秀;
    /// JTJ 45 + 45 = 90 → 优秀, received 2016-01-15 > 2015-12-31: late, scored normally;
    /// JXW 45 + 40 = 85 → 良好; NYJ no report → 不合格 (no score); ZJJ 30 + 20 + 15 = 65 → 合格.
    @Test func sampleDepartmentsAreScoredAndGraded() throws {
        let cli = try sampleHarness()
        let r = try cli.run("departments", "assess", "--year", "2015", "--lang", "en")
        #expect(r.status == 0)
        #expect(
            r.stdout == """
                2015 assessment of the municipal departments (run 1, rule set kaohe-default-2014)
                code  name          score  grade      self-report
                ----  ------------  -----  ---------  ------------------
                CZJ   市财政局      88.0   good       on time 2015-12-18
                FGW   市发改委      84.0   good       on time 2015-12-25
                GAJ   市公安局      55.0   fail       on time 2015-12-29
                HBJ   市环保局      93.0   excellent  on time 2015-12-20
                JTJ   市交通运输局  90.0   excellent  late 2016-01-15
                JXW   市经信委      85.0   good       on time 2015-12-28
                NYJ   市农业局      —      fail       missing
                ZJJ   市住建局      65.0   pass       on time 2015-12-30
                Departments that failed (for the leadership evaluation): 市公安局（GAJ）; 市农业局（NYJ） (no self-report)

                """)
        // show reads the stored run back unchanged; a second assess is revision 2.
        let shown = try cli.run("departments", "show", "--year", "2015", "--lang", "en")
        #expect(shown.stdout == r.stdout)
        let again = try cli.run("departments", "assess", "--year", "2015", "--lang", "en")
        #expect(again.stdout.hasPrefix("2015 assessment of the municipal departments (run 2,"))
    }

    @Test func showExplainsOneDepartmentWithRuleIDs() throws {
        let cli = try sampleHarness()
        try cli.run("departments", "assess", "--year", "2015")
        let jtj = try cli.run("departments", "show", "--year", "2015", "--dept", "jtj")
        #expect(jtj.status == 0)
        #expect(jtj.stdout.contains("[R-3, R-18] 自查报告于2016-01-15收到，晚于2015-12-31，属逾期报送：照常评分并标注逾期。"))
        #expect(jtj.stdout.contains("[R-13, R-31, R-11] 部门得分 = 45 + 45 = 90，修约为 90.0。"))
        #expect(jtj.stdout.hasSuffix("得分：90.0；等次：优秀；自查报告：逾期 2016-01-15\n"))
        let nyj = try cli.run("departments", "show", "--year", "2015", "--dept", "NYJ")
        #expect(nyj.stdout.contains("[R-18, R-31] 无自查报告，无法评分：评为不合格（原因：未报送自查报告）。"))
        let unknown = try cli.run("departments", "show", "--year", "2015", "--dept", "510703", "--lang", "en")
        #expect(unknown.stderr == "Error: unknown department 510703 — kaohe departments list shows the known departments\n")
        let none = try cli.run("departments", "show", "--year", "2016", "--lang", "en")
        #expect(none.stderr == "Error: the departments have not been assessed for 2016 — run kaohe departments assess --year 2016 first\n")
    }

    /// Golden: a failing department never receives a freeze or summons and never appears in the area ranking,
    /// even after the areas' run is published (R-19, R-21 apply to areas only; R-31).
    @Test func aFailingDepartmentNeverGetsAFreezeOrAPlaceInTheAreaRanking() throws {
        let cli = try sampleHarness()
        #expect(try cli.run("departments", "assess", "--year", "2015").status == 0)
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        let published = try cli.run("publish", "--year", "2015", "--date", "2016-03-01", "--doc", "绵府办函〔2016〕12号")
        #expect(published.status == 0)
        let areaRun = try cli.run("assess", "show", "--year", "2015")
        let freezes = try cli.run("freeze", "list")
        let summonses = try cli.run("summons", "list")
        for out in [published.stdout, areaRun.stdout, freezes.stdout, summonses.stdout] {
            for name in ["市公安局", "市农业局", "GAJ", "NYJ"] { #expect(!out.contains(name)) }
        }
        // In the database: the freeze, summons and area result tables hold the failing areas, never a department.
        var section = "", rows: [String: [String]] = [:]
        for line in try cli.dumpTables().split(separator: "\n").map(String.init) {
            if line.hasPrefix("[") && line.hasSuffix("]") && !line.contains(":") { section = String(line.dropFirst().dropLast()) } else { rows[section, default: []].append(line) }
        }
        #expect(!(rows["freeze"] ?? []).isEmpty, "the sample 2015 run has failing areas, so freezes exist to compare with")
        for table in ["freeze", "summons", "assessment_result"] {
            for name in ["GAJ", "NYJ", "市公安局", "市农业局"] { #expect(!(rows[table] ?? []).contains { $0.contains(name) }, "\(table) holds \(name)") }
        }
        // eia-check knows no department: GAJ is not a unit.
        let eia = try cli.run("eia-check", "GAJ", "--category", "新增大气污染物排放", "--on", "2016-03-02", "--lang", "en")
        #expect(eia.status != 0)
        #expect(eia.stderr.contains("GAJ"))
    }
}
