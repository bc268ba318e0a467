import Foundation
import Testing

/// 安县 (510724) becomes 安州区 (510705) on 2016-01-01 (issue 21, item 2), end to end on the sample data.
@Suite struct SuccessionAssessmentCommandTests {
    /// Sample data as of 2017-02-01, 2015 assessed and published on 2016-03-15 (安县 fails: freeze #1, summons #1),
    /// then `areas` (the new units of a succession) imported.
    static func published2015(thenImporting areas: String) throws -> CLIHarness {
        var cli = try CLIHarness()
        cli.environment["KAOHE_TODAY"] = "2017-02-01"
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("targets", "import", "sample-data/targets.csv").status == 0)
        #expect(try cli.run("reports", "import", "sample-data/reports/2014", "sample-data/reports/2015").status == 0)
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        #expect(try cli.run("publish", "--year", "2015", "--date", "2016-03-15", "--doc", "绵府办函〔2016〕12号").status == 0)
        #expect(try cli.run("areas", "import", areas).status == 0)
        return cli
    }

    /// Sample data, 2015 assessed and published on 2016-03-15 (安县 fails: freeze #1, summons #1), then 安州区
    /// imported as a new unit and recorded as 安县's successor.
    func succeeded() throws -> CLIHarness {
        let cli = try Self.published2015(thenImporting: "Tests/KaoheCLITests/Fixtures/areas-anzhou.csv")
        #expect(try cli.run("areas", "succeed", "510724", "510705", "--on", "2016-01-01", "--doc", "绵府发〔2016〕1号").status == 0)
        return cli
    }

    @Test func the2016AssessmentOfAnzhouUsesAnxiansBaseFinalTargetAndPreviousYear() throws {
        let cli = try succeeded()
        #expect(try cli.run("reports", "import", "Tests/KaoheCLITests/Fixtures/succession-2016").status == 0)
        let table = try cli.run("assess", "--year", "2016")
        #expect(table.status == 0)
        // Worked by hand from sample-data/targets.csv (510724: 2017 final ceiling 85, base 95 in 2013) and
        // 安县's 2015 report (93, received 2015-12-30): final decline 10/95; 2016 share 65 % (R-8) → required
        // reduction 0.65 × 10 = 6.5 μg/m³, required concentration 95 − 6.5 = 88.5, required decline 6.5/95 =
        // 6.842…% → 6.8%. 安州区 reported 88: decline 7/95 = 7.368…% → 7.4% ≥ 6.8%, met → 100, 优秀;
        // 88 ≤ 93, not rising.
        #expect(table.stdout.contains("510705    安州区            95    93    88      88.5       6.5      6.8%      7.4%  是           100.0      0.0*  100.0  优秀"))
        #expect(!table.stdout.contains("510724"))
        let show = try cli.run("assess", "show", "--year", "2016", "--area", "510705")
        #expect(show.stdout.contains("1. [R-6, R-8, R-9] 本单位自 2016-01-01 起承继 安县（510724）（更改代码，绵府发〔2016〕1号）：考核基数和目标（含终期目标分解比例）、上年浓度取自 安县（510724）。"))
        #expect(show.stdout.contains("上年浓度 C_prev = 93 μg/m³（来源：2015年自查报告（2015-12-30 报送））"))
        #expect(show.stdout.contains("要求浓度 = C_base − 要求消减 = 95 − 6.5 = 88.5"))
    }

    @Test func the2015RecordStillSaysAnxianAndAnzhouIsNotInIt() throws {
        let cli = try succeeded()
        // R-22b: the published 2015 record is kept as issued, under the old name.
        let md = try cli.run("summary", "--year", "2015", "--format", "md").stdout
        #expect(md.contains("安县"))
        #expect(!md.contains("安州区"))
        // Re-assessing 2015 after the change still assesses 安县, not 安州区.
        let again = try cli.run("assess", "--year", "2015")
        #expect(again.stdout.contains("510724    安县"))
        #expect(!again.stdout.contains("510705"))
    }

    @Test func anxiansOpenSummonsIsListedAsCarriedByAnzhou() throws {
        let cli = try succeeded()
        let list = try cli.run("summons", "list", "--year", "2015")
        #expect(list.stdout.contains("1   510705 安州区（继承自 510724 安县，2016-01-01 起）  2015"), "\(list.stdout)")
        // Recording its course works on the same summons, now carried by 安州区.
        #expect(try cli.run("summons", "update", "1", "--held-on", "2016-04-01").status == 0)
        #expect(try cli.run("summons", "list", "--year", "2015").stdout.contains("510705 安州区（继承自 510724 安县"))
    }

    @Test func anxiansFreezeBlocksAnEmittingProjectInAnzhouAndIsLiftedThere() throws {
        let cli = try succeeded()
        let list = try cli.run("freeze", "list", "--on", "2016-06-01")
        #expect(list.stdout.contains("510705 安州区（继承自 510724 安县，2016-01-01 起）  2016-03-15  #1 2015年年度考核  绵府办函〔2016〕12号"))
        #expect(list.stdout.hasSuffix("2016-06-01 共 3 个单位处于环评限批\n"))
        let blocked = try cli.run("eia-check", "510705", "--category", "emitting", "--on", "2016-06-01")
        #expect(blocked.status == 3)
        #expect(blocked.stdout.contains("510705 安州区，2016-06-01，新增大气污染物排放项目：暂停审批（环评限批）"))
        #expect(blocked.stdout.contains("承继：510705 安州区 自 2016-01-01 起承继 510724 安县，该单位的限批继续有效"))
        #expect(blocked.stdout.contains("限批 #1）"))
        // Asked under the old code after the change, the answer is the same freeze, not "no freeze" (D-62).
        let old = try cli.run("eia-check", "510724", "--category", "emitting", "--on", "2016-06-01")
        #expect(old.status == 3)
        #expect(old.stdout.contains("承继：510705 安州区 自 2016-01-01 起承继 510724 安县，该单位的限批继续有效"))
        // Livelihood projects stay exempt.
        #expect(try cli.run("eia-check", "510705", "--category", "livelihood", "--on", "2016-06-01").status == 0)
        let lifted = try cli.run("freeze", "lift", "510705", "--date", "2016-09-01", "--doc", "绵环函〔2016〕9号", "--reason", "整改完成")
        #expect(lifted.status == 0, "\(lifted.stderr)")
        #expect(lifted.stdout.contains("已解除：510705 安州区（继承自 510724 安县，2016-01-01 起） 限批 #1"))
        #expect(try cli.run("eia-check", "510705", "--category", "emitting", "--on", "2016-09-01").status == 0)
    }
}
