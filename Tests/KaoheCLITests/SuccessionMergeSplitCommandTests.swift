import Foundation
import Testing

/// Merges and splits end to end on the sample data (issue 21, D-104 to D-106): 安县 (510724) and 盐亭县
/// (510723) merge into 安盐区 (510799); 安县 splits into 安北区 (510791) and 安南区 (510792). 2015 is assessed and
/// published first (安县 fails: freeze #1, summons #1).
@Suite struct SuccessionMergeSplitCommandTests {
    func published2015() throws -> CLIHarness {
        try SuccessionAssessmentCommandTests.published2015(thenImporting: "Tests/KaoheCLITests/Fixtures/areas-merge-split.csv")
    }

    func merged(weights: Bool = false) throws -> CLIHarness {
        let cli = try published2015()
        for (old, w) in [("510724", "3"), ("510723", "1")] {
            let extra = weights ? ["--weight", w] : []
            let r = try cli.runArgs(["areas", "succeed", old, "510799", "--on", "2016-01-01", "--doc", "绵府发〔2016〕3号", "--kind", "merge"] + extra)
            #expect(r.status == 0, "\(r.stderr)")
        }
        #expect(try cli.run("reports", "import", "Tests/KaoheCLITests/Fixtures/merge-2016").status == 0)
        return cli
    }

    @Test func aMergedUnitIsAssessedOnThePlainMeanOfItsPredecessors() throws {
        let cli = try merged()
        let table = try cli.run("assess", "--year", "2016")
        #expect(table.status == 0, "\(table.stderr)")
        // Worked by hand from sample-data/targets.csv and the 2015 reports (plain mean, the default):
        //   安县 510724: base 95, final 2017 ceiling 85 → requires 85; 2015 report 93.
        //   盐亭县 510723: base 84, final 2017 下降比例 5 → requires 84 × 0.95 = 79.8; 2015 report 83.
        //   base = (95 + 84) ÷ 2 = 89.5 → 90 (a concentration: whole μg/m³, GB/T 8170 — a 5 after an odd digit
        //   rounds up, R-11); final ceiling = (85 + 79.8) ÷ 2 = 82.4 (one place, like the required
        //   concentration); previous = (93 + 83) ÷ 2 = 88.
        //   2016 share 65 % (R-8): reduction 0.65 × (90 − 82.4) = 0.65 × 7.6 = 4.94; required concentration
        //   90 − 4.94 = 85.06 → 85.1 shown; required decline 4.94 ÷ 90 = 5.488…% → 5.5%.
        //   安盐区 reported 85: decline 5 ÷ 90 = 5.555…% → 5.6% ≥ 5.488…%, reached → 100, 优秀;
        //   85 ≤ 88, not rising.
        #expect(table.stdout.contains("510799    安盐区            90    88    85      85.1      4.94      5.5%      5.6%  是           100.0      0.0*  100.0  优秀"), "\(table.stdout)")
        #expect(!table.stdout.contains("510724    安县") && !table.stdout.contains("510723    盐亭县"))
        let show = try cli.run("assess", "show", "--year", "2016", "--area", "510799").stdout
        #expect(show.contains("本单位自 2016-01-01 起承继 安县（510724）、盐亭县（510723）（合并，绵府发〔2016〕3号）：考核基数和目标（含终期目标分解比例）、上年浓度取自 安县（510724）、盐亭县（510723）。"), "\(show)")
        #expect(show.contains("考核基数 C_base = (95 + 84) ÷ 2 = 89.5 → 90 μg/m³（简单平均（本工具默认设置，非官方规定），修约为整数，GB/T 8170，R-11）：安县 95、盐亭县 84。"), "\(show)")
        #expect(show.contains("终期目标：浓度限值 = 各被承继单位终期目标要求浓度的简单平均（本工具默认设置，非官方规定） = (85 + 79.8) ÷ 2 = 82.4 μg/m³（2017年）。"))
        #expect(show.contains("上年浓度 C_prev = (93 + 83) ÷ 2 = 88 μg/m³"))
        #expect(show.contains("安县 93（2015年自查报告（2015-12-30 报送））、盐亭县 83（2015年自查报告（2015-12-30 报送））"))
    }

    @Test func aMergeWeightedByRecordedWeightsWhenTheRuleSetSaysSo() throws {
        let cli = try merged(weights: true)
        let shown = try cli.run("rules", "show").stdout
        let text = String(shown.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)[1])
        // The built-in rule set has no [succession] table: the plain mean is its default; a city's copy adds one.
        #expect(!text.contains("[succession]"))
        let rules = cli.workDir.appendingPathComponent("weighted.toml").path
        try text.replacingOccurrences(of: "\n[provenance]\n", with: "\n[succession]\nmerge_weighting = \"recorded\"\n\n[provenance]\n")
            .write(toFile: rules, atomically: true, encoding: .utf8)
        let table = try cli.run("assess", "--year", "2016", "--rules", rules)
        #expect(table.status == 0, "\(table.stderr)")
        // Weights 安县 3, 盐亭县 1 (GB/T 8170):
        //   base = (95 × 3 + 84 × 1) ÷ 4 = 369 ÷ 4 = 92.25 → 92 (whole μg/m³, R-11);
        //   final ceiling = (85 × 3 + 79.8 × 1) ÷ 4 = 334.8 ÷ 4 = 83.7;
        //   previous = (93 × 3 + 83 × 1) ÷ 4 = 362 ÷ 4 = 90.5 → 90 (a 5 after an even digit is dropped).
        //   2016: reduction 0.65 × (92 − 83.7) = 0.65 × 8.3 = 5.395; required 92 − 5.395 = 86.605 → 86.6;
        //   required decline 5.395 ÷ 92 = 5.864…% → 5.9%. Reported 85: decline 7 ÷ 92 = 7.608…% → 7.6%,
        //   reached → 100, 优秀; R-9: 85 ≤ 90.
        #expect(table.stdout.contains("510799    安盐区            92    90    85      86.6     5.395      5.9%      7.6%  是           100.0      0.0*  100.0  优秀"), "\(table.stdout)")
        let show = try cli.run("assess", "show", "--year", "2016", "--area", "510799").stdout
        #expect(show.contains("考核基数 C_base = (95 × 3 + 84 × 1) ÷ 4 = 92.25 → 92 μg/m³（按记录权重加权平均（权重 3、1），修约为整数，GB/T 8170，R-11）"), "\(show)")
        // Without a recorded weight the weighted rule set refuses, naming the fix; nothing is stored.
        let plain = try merged()
        let before = try plain.dumpTables()
        let refused = try plain.run("assess", "--year", "2016", "--rules", rules, "--lang", "en")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("the rule set weights a merge by recorded weights, but 510724 → 510799 (绵府发〔2016〕3号) has none — set merge_weighting = \"plain\", or record the succession with its weight (kaohe areas succeed --weight)"), "\(refused.stderr)")
        #expect(try plain.dumpTables() == before)
    }

    @Test func theMergedUnitCarriesEachPredecessorsFreezeAndSummonsSayingFromWhom() throws {
        let cli = try merged()
        let list = try cli.run("freeze", "list", "--on", "2016-06-01")
        #expect(list.stdout.contains("510799 安盐区（继承自 510724 安县，2016-01-01 起）"), "\(list.stdout)")
        let blocked = try cli.run("eia-check", "510799", "--category", "emitting", "--on", "2016-06-01")
        #expect(blocked.status == 3)
        #expect(blocked.stdout.contains("承继：510799 安盐区 自 2016-01-01 起承继 510724 安县，该单位的限批继续有效"))
        let summonses = try cli.run("summons", "list", "--year", "2015")
        #expect(summonses.stdout.contains("510799 安盐区（继承自 510724 安县，2016-01-01 起）"), "\(summonses.stdout)")
    }

    @Test func aMergeWhosePredecessorHasNoFinalTargetIsRefusedNamingTheFix() throws {
        let cli = try published2015()
        #expect(try cli.run("areas", "import", "Tests/KaoheCLITests/Fixtures/areas-anzhou.csv").status == 0)
        for old in ["510724", "510705"] {
            #expect(try cli.run("areas", "succeed", old, "510799", "--on", "2016-01-01", "--doc", "D", "--kind", "merge").status == 0)
        }
        let before = try cli.dumpTables()
        let r = try cli.run("assess", "--year", "2016", "--lang", "en")
        #expect(r.status == 1)
        #expect(r.stderr.contains("安盐区 (510799) has no targets of its own and its predecessor 安州区 (510705) has no final target to average — import 510799's own targets (kaohe targets import) — the 2016 assessment was not run"), "\(r.stderr)")
        #expect(try cli.dumpTables() == before)
    }

    @Test func eachSplitSuccessorInheritsBaseAndPreviousYearUnlessTheFileGivesItsOwn() throws {
        let cli = try published2015()
        let imported = try cli.run("areas", "succeed", "--file", "Tests/KaoheCLITests/Fixtures/successions-split.csv")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasSuffix("successions-split.csv：已记录 2 条承继。\n"))
        #expect(try cli.run("reports", "import", "Tests/KaoheCLITests/Fixtures/split-2016").status == 0)
        let table = try cli.run("assess", "--year", "2016")
        #expect(table.status == 0, "\(table.stderr)")
        // 安北区 (510791), own base 100 and own 2015 concentration 98 from the file; 安县's final ceiling 85:
        //   reduction 0.65 × (100 − 85) = 9.75; required 100 − 9.75 = 90.25 → 90.2 (a 5 after an even digit is
        //   dropped); required decline 9.75% → 9.8%. Reported 89: decline 11 ÷ 100 = 11.0% → reached, 100, 优秀;
        //   89 ≤ 98.
        #expect(table.stdout.contains("510791    安北区           100    98    89      90.2      9.75      9.8%     11.0%  是           100.0      0.0*  100.0  优秀"), "\(table.stdout)")
        // 安南区 (510792) inherits 安县's base 95, final ceiling 85 and 2015 report 93: reduction 0.65 × 10 = 6.5;
        //   required 88.5; required decline 6.5 ÷ 95 = 6.842…% → 6.8%. Reported 90: decline 5 ÷ 95 = 5.263…% →
        //   5.3%, not reached → 100 × 5 ÷ 6.5 = 76.923… → 76.9, 良好; R-9: 90 ≤ 93.
        #expect(table.stdout.contains("510792    安南区            95    93    90      88.5       6.5      6.8%      5.3%  否            76.9      0.0*   76.9  良好"), "\(table.stdout)")
        let north = try cli.run("assess", "show", "--year", "2016", "--area", "510791").stdout
        #expect(north.contains("考核基数 C_base = 100 μg/m³，取自承继记录（绵府发〔2016〕2号）给出的本单位基数，目标形式取自 安县。"), "\(north)")
        #expect(north.contains("上年浓度 C_prev = 98 μg/m³（来源：承继记录（绵府发〔2016〕2号）给出的本单位2015年浓度）"), "\(north)")
        let south = try cli.run("assess", "show", "--year", "2016", "--area", "510792").stdout
        #expect(south.contains("本单位自 2016-01-01 起承继 安县（510724）（拆分，绵府发〔2016〕2号）：考核基数和目标（含终期目标分解比例）、上年浓度取自 安县（510724）。"), "\(south)")
        #expect(south.contains("上年浓度 C_prev = 93 μg/m³（来源：2015年自查报告（2015-12-30 报送））"))
    }

    @Test func eachSplitSuccessorIsBoundByThePredecessorsFreezeAndOneLiftLiftsItForAll() throws {
        let cli = try published2015()
        #expect(try cli.run("areas", "succeed", "--file", "Tests/KaoheCLITests/Fixtures/successions-split.csv").status == 0)
        let list = try cli.run("freeze", "list", "--on", "2016-06-01")
        #expect(list.stdout.contains("510791 安北区（继承自 510724 安县，2016-01-01 起）"), "\(list.stdout)")
        #expect(list.stdout.contains("510792 安南区（继承自 510724 安县，2016-01-01 起）"))
        for unit in ["510791", "510792"] {
            let r = try cli.run("eia-check", unit, "--category", "emitting", "--on", "2016-06-01")
            #expect(r.status == 3, "\(unit)")
            #expect(r.stdout.contains("限批 #1）"), "\(unit): \(r.stdout)")
        }
        let summonses = try cli.run("summons", "list", "--year", "2015").stdout
        #expect(summonses.contains("510791 安北区（继承自 510724 安县") && summonses.contains("510792 安南区（继承自 510724 安县"), "\(summonses)")
        let lifted = try cli.run("freeze", "lift", "510792", "--date", "2016-09-01", "--doc", "绵环函〔2016〕9号", "--reason", "整改完成")
        #expect(lifted.status == 0, "\(lifted.stderr)")
        #expect(try cli.run("eia-check", "510791", "--category", "emitting", "--on", "2016-09-01").status == 0)
        #expect(try cli.run("eia-check", "510792", "--category", "emitting", "--on", "2016-09-01").status == 0)
    }
}
