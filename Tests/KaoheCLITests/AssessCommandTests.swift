import Foundation
import KaoheCore
import KaoheTestSupport
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
        Golden.expect(result.stdout, equals: "assess-2015.en.txt")
    }

    @Test func showAreaExplainsEveryStepSoItCanBeRecomputed() throws {
        let cli = try sampleHarness()
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        let result = try cli.run("assess", "show", "--year", "2015", "--area", "510724", "--lang", "en")
        Golden.expect(result.stdout, equals: "assess-show-2015-510724.en.txt")
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
