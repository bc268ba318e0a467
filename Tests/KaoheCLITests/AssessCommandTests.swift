import Foundation
import KaoheCore
import Testing

@Suite struct AssessCommandTests {
    /// The sample units, targets and 2014–2015 reports, imported.
    func sampleHarness() throws -> CLIHarness {
        let cli = try CLIHarness()
        for args in [
            ["areas", "import", "sample-data/areas.csv"], ["targets", "import", "sample-data/targets.csv"],
            ["reports", "import", "sample-data/reports/2014", "sample-data/reports/2015"],
        ] {
            #expect(try cli.run(args).status == 0)
        }
        return cli
    }

    /// The built-in rule set's text with one line replaced, saved in the harness folder.
    func ruleSetCopy(_ cli: CLIHarness, replacing old: String, with new: String) throws -> String {
        let shown = try cli.run("rules", "show").stdout
        let text = shown.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)[1]
        #expect(text.contains(old))
        let path = cli.workDir.appendingPathComponent("city-rules.toml").path
        try String(text).replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func sample2015GradesEveryUnit() throws {
        let cli = try sampleHarness()
        let result = try cli.run("assess", "--year", "2015", "--lang", "en")
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                2015 annual assessment, revision 1 (run #1), draft; rule set kaohe-default-2014 (sha256:62eb92f71daf)
                code    name            base  prev.  current  required  req. reduction  req. decline  actual decline  reached  quality  key tasks  result  grade      flags
                ------  --------------  ----  -----  -------  --------  --------------  ------------  --------------  -------  -------  ---------  ------  ---------  ------------------------
                510703  涪城区           102     99       96      97.9            4.08          4.0%            5.9%  yes        100.0     100.0*   100.0  excellent
                510704  游仙区            96     95       94      93.2             2.8          2.9%            2.1%  no          71.4      99.0*    71.4  good
                510722  三台县            88     87       87      88.0               0          0.0%            1.1%  yes        100.0     100.0*   100.0  excellent
                510723  盐亭县            84     83       83      82.5            1.47          1.8%            1.2%  no          68.0      98.5*    68.0  pass
                510724  安县              95     94       93      91.5             3.5          3.7%            2.1%  no          57.1      94.0*    57.1  fail
                510725  梓潼县            80     80       77      78.0               2          2.5%            3.8%  yes        100.0     100.0*   100.0  excellent
                510726  北川羌族自治县    62     60       61      62.0               0          0.0%            1.6%  yes          0.0      92.0*     0.0  fail       concentration rose
                510727  平武县            58     57        —      58.0               0          0.0%               —  —              —       0.0*       —  fail       no report, no data
                510781  江油市            98     97       94      94.1            3.92          4.0%            4.1%  yes        100.0     100.0*   100.0  excellent  late report (2016-01-08)
                MY-GXQ  高新区           105    103       99      99.5          5.5125          5.2%            5.7%  yes        100.0     100.0*   100.0  excellent
                MY-JKQ  经开区           110    108      106     105.0               5          4.5%            3.6%  no          80.0     100.0*    80.0  good
                MY-KCQ  科创区            92     91       90      88.8            3.22          3.5%            2.2%  no          62.1      98.0*    62.1  pass
                MY-XHQ  仙海区            70     69       68      70.0               0          0.0%            2.9%  yes        100.0     100.0*   100.0  excellent
                excellent 6, good 2, pass 2, fail 3
                * key-task score is an evaluative indicator and does not count in the result (R-14).

                """)
    }

    @Test func showAreaExplainsEveryStepSoItCanBeRecomputed() throws {
        let cli = try sampleHarness()
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        let result = try cli.run("assess", "show", "--year", "2015", "--area", "510724", "--lang", "en")
        #expect(
            result.stdout == """
                2015 annual assessment, revision 1 (run #1), draft; rule set kaohe-default-2014 (sha256:62eb92f71daf)
                Explanation for 安县 (510724), 2015
                1. [R-1] Unit 安县 (510724), annual assessment 2015, rule set "kaohe-default-2014", pollutant PM10.
                2. [R-8] No explicit target for 2015: the annual requirement is 35% of the final target (a default of this tool, not an official rule); final target: ceiling 85 μg/m³ (year 2017, base year 2013).
                3. [R-6, R-11] Assessment base C_base = 95 μg/m³ (2013, targets file), rounded to whole μg/m³: 95 μg/m³.
                4. [R-8] Final target written as a decline from the base: ceiling 85 μg/m³ → reduction 95 − 85 = 10 μg/m³, decline 10 ÷ 95 = ≈10.5263% (a default of this tool, not an official rule).
                5. [R-8] Required decline = 35% × final decline, i.e. required reduction 0.35 × 10 = 3.5 μg/m³.
                6. [R-7, R-11] Required decline = required reduction ÷ C_base = 3.5 ÷ 95 = ≈3.6842% (exact, not rounded first), shown as 3.7%; required concentration = C_base − required reduction = 95 − 3.5 = 91.5, for information, shown as 91.5 μg/m³ (not rounded to a whole number to compare).
                7. [R-3] Self-inspection report received 2015-12-30, on time.
                8. [R-12, R-13] Key-task score = sum of verified (else self) scores per sub-indicator = 1.1 self 2 + 1.2 self 2 + 1.3 self 4 + 1.4 self 2 + 2.1 self 6 + 3.2 self 4 + 3.4 self 6 + 4.1 self 8 + 4.2 self 2 + 5.1 verified 4 + 5.2 self 7 + 6.1 self 4 + 6.2 self 4 + 7.1 self 7 + 7.2 self 2 + 7.4 self 1 + 7.5 self 2 + 8.1 self 5 + 9.1 self 6 + 10.1 self 2 + 10.2 self 1 + 10.9 self 13 = 94, rounded 94.0.
                9. [R-6, R-11] Annual mean C_year = 93 μg/m³ (source: self-inspection report 2015, received 2015-12-30), rounded to whole μg/m³: 93 μg/m³.
                10. [R-6, R-11] Actual decline = (C_base − C_year) ÷ C_base = (95 − 93) ÷ 95 = ≈2.1053%, shown as 2.1%.
                11. [R-11] Exact declines compared: actual ≈2.1053% < required ≈3.6842% (shown as 2.1% and 3.7%): the annual requirement is not reached.
                12. [R-9, R-11] Previous year C_prev = 94 μg/m³ (source: self-inspection report 2014, received 2014-12-20), rounded 94; C_year 93 ≤ C_prev 94: not higher.
                13. [R-10] Proportional formula (a default of this tool, not an official rule): score = 100 × actual decline ÷ required decline = 100 × (95 − 93) ÷ 3.5 = ≈57.1429.
                14. [R-11] Quality score ≈57.1429 rounded to 1 decimal place: 57.1.
                15. [R-14] Quality indicator only: result = quality score = 57.1; key-task score 94.0 is evaluative (评估性指标).
                16. [R-15] Result 57.1 falls in [0, 60): 不合格 (fail).
                Grade: fail

                """)
    }

    @Test func changingOneNumberInARuleSetCopyChangesTheGradesAndDiffNamesTheUnit() throws {
        let cli = try sampleHarness()
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        let rules = try ruleSetCopy(cli, replacing: "\"良好\" = { from = 70, below = 90 }\n\"合格\" = { from = 60, below = 70 }", with: "\"良好\" = { from = 72, below = 90 }\n\"合格\" = { from = 60, below = 72 }")
        #expect(try cli.run("assess", "--year", "2015", "--rules", rules).status == 0)
        let diff = try cli.run("assess", "diff", "--year", "2015", "--lang", "en")
        let oldHash = "62eb92f71daf"
        let newHash = String(sha256Hex(of: try String(contentsOfFile: rules, encoding: .utf8)).prefix(12))
        #expect(
            diff.stdout == """
                Comparing run #1 (revision 1) → run #2 (revision 2)
                510704 游仙区: 71.4 good → 71.4 pass
                  - rule set: kaohe-default-2014 (\(oldHash)) → kaohe-default-2014 (\(newHash))
                1 unit(s) changed

                """)
    }

    @Test func anInvalidRuleSetIsRejectedWithTheLineOfTheProblem() throws {
        let cli = try sampleHarness()
        let rules = try ruleSetCopy(cli, replacing: "\"良好\" = { from = 70, below = 90 }", with: "\"良好\" = { from = 70, below = 80 }")
        let result = try cli.run("assess", "--year", "2015", "--rules", rules)
        #expect(
            result == .init(
                status: 1, stdout: "",
                stderr: """
                    \(rules):46:21: 等级区间之间有空档：“良好”止于 80 以下，而“优秀”从 90 开始 — 请将“良好”的 below 设为 90
                    \(rules): 规则集无效，未执行任何操作。

                    """))
        #expect(try cli.run("assess", "show", "--year", "2015").status != 0)
    }

    @Test func publishingFreezesARunAndAssessingAgainMakesANewRevision() throws {
        let cli = try sampleHarness()
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        let published = try cli.run("publish", "--year", "2015", "--date", "2016-03-15", "--doc", "绵府办函〔2016〕12号", "--lang", "en")
        #expect(published.stdout.hasPrefix("2015 annual assessment, revision 1 (run #1), published (2016-03-15, 绵府办函〔2016〕12号)"))
        let again = try cli.run("publish", "--year", "2015", "--run", "1", "--date", "2016-04-01", "--doc", "另一文号", "--lang", "en")
        #expect(again.status != 0)
        #expect(again.stderr == "Error: run 1 (2015, revision 1) was already published on 2016-03-15 as 绵府办函〔2016〕12号 — assess the year again to make a new draft revision\n")
        #expect(try cli.run("flag", "falsification", "510781", "2015", "--ref", "绵环督〔2016〕3号").status == 0)
        let second = try cli.run("assess", "--year", "2015", "--lang", "en")
        #expect(second.stdout.hasPrefix("2015 annual assessment, revision 2 (run #2), draft;"))
        let first = try cli.run("assess", "show", "--year", "2015", "--run", "1", "--lang", "en")
        #expect(first.stdout.contains("510781  江油市            98     97       94      94.1            3.92          4.0%            4.1%  yes        100.0     100.0*   100.0  excellent"))
        let diff = try cli.run("assess", "diff", "--year", "2015", "--lang", "en")
        #expect(
            diff.stdout == """
                Comparing run #1 (revision 1) → run #2 (revision 2)
                510781 江油市: 100.0 excellent → 100.0 fail
                  - flags: late report (2016-01-08) → late report (2016-01-08); falsified data (绵环督〔2016〕3号)
                  - falsification finding: none → 绵环督〔2016〕3号
                1 unit(s) changed

                """)
    }
}

extension CLIHarness {
    func run(_ args: [String]) throws -> Result { try runArgs(args) }
}
