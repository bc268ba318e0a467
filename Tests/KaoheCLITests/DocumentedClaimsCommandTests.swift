import Foundation
import GRDB
import KaoheStore
import Testing

/// Claims in docs/decisions.md that had no test of their own (issue 13, item 5): each test names the
/// decision and checks exactly what it says, end to end through the built binary.
@Suite struct DocumentedClaimsCommandTests {
    /// The sample units, targets and the 2014 and 2015 reports.
    func sampleHarness() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("targets", "import", "sample-data/targets.csv").status == 0)
        #expect(try cli.run("reports", "import", "sample-data/reports/2014", "sample-data/reports/2015").status == 0)
        return cli
    }

    /// The built-in default rule set's text, changed by `edits` (whole lines), written to `name` in the work folder.
    func ruleFile(_ cli: CLIHarness, _ name: String, _ edits: [String: String]) throws -> String {
        let shown = try cli.run("rules", "show", "--rules", "default").stdout
        var lines = shown.components(separatedBy: "\n").dropFirst().map { $0 }  // drops "# builtin:… sha256:…"
        for (old, new) in edits {
            let index = try #require(lines.firstIndex(of: old), "\(old)")
            lines[index] = new
        }
        let path = cli.workDir.appendingPathComponent(name).path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    // MARK: D-3

    /// D-3: the database is `--db`, else `$KAOHE_DB`, else `./kaohe.sqlite` in the working folder.
    @Test func d3_theDatabaseIsDbElseKaoheDbElseTheDefaultFile() throws {
        let cli = try CLIHarness()
        let areas = CLIHarness.packageRoot.appendingPathComponent("sample-data/areas.csv").path
        let viaOption = cli.workDir.appendingPathComponent("option.sqlite").path
        // --db wins over KAOHE_DB (the harness sets KAOHE_DB to cli.db).
        #expect(try cli.run("areas", "import", areas, "--db", viaOption).status == 0)
        #expect(FileManager.default.fileExists(atPath: viaOption))
        #expect(!FileManager.default.fileExists(atPath: cli.db))
        // Without --db, KAOHE_DB.
        #expect(try cli.run("areas", "import", areas).status == 0)
        #expect(FileManager.default.fileExists(atPath: cli.db))
        // Neither (KAOHE_DB unset, or empty): kaohe.sqlite in the working folder.
        let folder = cli.workDir.appendingPathComponent("cwd")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let unset = ["/bin/sh", "-c", "unset KAOHE_DB; cd \"$KAOHE_TEST_CWD\" && exec \"$0\" \"$@\""]
        let created = try cli.runWith(["areas", "import", areas], launcher: unset, environment: ["KAOHE_TEST_CWD": folder.path])
        #expect(created.status == 0, "\(created.stderr)")
        let defaultFile = folder.appendingPathComponent("kaohe.sqlite").path
        #expect(try AppDatabase.open(path: defaultFile).areas().count == 13)
        let empty = try cli.runWith(["areas", "list", "--lang", "en"], launcher: unset, environment: ["KAOHE_TEST_CWD": folder.path, "KAOHE_DB": ""])
        #expect(empty.status == 0 && empty.stdout.contains("510724"), "\(empty.stderr)")
        let explicitEmpty = ["/bin/sh", "-c", "cd \"$KAOHE_TEST_CWD\" && exec \"$0\" \"$@\""]
        #expect(try cli.runWith(["areas", "list"], launcher: explicitEmpty, environment: ["KAOHE_TEST_CWD": folder.path, "KAOHE_DB": ""]).status == 0)
        // Each file holds only the import sent to it: the three are distinct databases.
        #expect(try AppDatabase.open(path: viaOption).importLog().count == 1)
        #expect(try AppDatabase.open(path: cli.db).importLog().count == 1)
        #expect(try AppDatabase.open(path: defaultFile).importLog().count == 1)
    }

    /// D-3 (rule sets): `--rules`, else `$KAOHE_RULES`, else the built-in default.
    @Test func d3_theRuleSetIsRulesElseKaoheRulesElseTheDefault() throws {
        let cli = try CLIHarness()
        #expect(try cli.runWith(["rules", "show"], environment: ["KAOHE_RULES": ""]).stdout.hasPrefix("# builtin:kaohe-default-2014.toml  sha256:"))
        #expect(try cli.runWith(["rules", "show"], environment: ["KAOHE_RULES": "pass-plus-excess"]).stdout.hasPrefix("# builtin:kaohe-pass-plus-excess-2014.toml  sha256:"))
        #expect(try cli.runWith(["rules", "show", "--rules", "default"], environment: ["KAOHE_RULES": "pass-plus-excess"]).stdout
            .hasPrefix("# builtin:kaohe-default-2014.toml  sha256:"))
        // A file named by KAOHE_RULES is used by the commands that score.
        let strict = try ruleFile(cli, "named.toml", ["name = \"kaohe-default-2014\"": "name = \"from-the-environment\""])
        #expect(try cli.runWith(["rules", "show"], environment: ["KAOHE_RULES": strict]).stdout.hasPrefix("# \(strict)  sha256:"))
        let scored = try sampleHarness()
        let assess = try scored.runWith(["assess", "--year", "2015"], environment: ["KAOHE_RULES": strict])
        #expect(assess.stdout.hasPrefix("2015年年度考核 第1版（运行 #1），草稿；规则集 from-the-environment（sha256:"), "\(assess.stderr)")
    }

    // MARK: D-19, D-21

    /// D-19: publication creates the consequences with the rule set stored with the run (here one that
    /// also fails 合格), not the one in force when publishing; a later revision gives units an earlier
    /// published revision already penalised no second set, and the publish output says so.
    /// D-21: the freeze copies its terms (a 90-day minimum) from that rule set; a later rule set (the
    /// default, no minimum) does not change them; start + 90 days may be lifted, start + 89 only with --force,
    /// which the record marks.
    @Test func d19_d21_consequencesFollowTheRunsRulesAndAFreezeKeepsItsTerms() throws {
        let cli = try sampleHarness()
        let strict = try ruleFile(cli, "strict.toml", [
            "failing_grades = [\"不合格\"]": "failing_grades = [\"不合格\", \"合格\"]",
            "minimum_days = 0": "minimum_days = 90",
            "name = \"kaohe-default-2014\"": "name = \"strict-90\"",
        ])
        #expect(try cli.run("rules", "check", strict, "--lang", "en").stdout.hasPrefix("\(strict): ok — rule set \"strict-90\", sha256:"))
        #expect(try cli.runWith(["assess", "--year", "2015"], environment: ["KAOHE_RULES": strict]).status == 0)
        // Published with the default in force: the run's own rules decide (sample 2015: 不合格 510724,
        // 510726, 510727; 合格 510723 and MY-KCQ — see ConsequencesCommandTests and the summary goldens).
        let published = try cli.runWith(["publish", "--year", "2015", "--date", "2016-03-15", "--doc", "D1"], environment: ["KAOHE_RULES": "default"])
        #expect(published.status == 0, "\(published.stderr)")
        let penalised = published.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.contains("约谈 #") }.map { String($0.dropFirst(2).prefix(6)) }
        #expect(penalised == ["510723", "510724", "510726", "510727", "MY-KCQ"])
        #expect(try AppDatabase.open(path: cli.db).freezes().map(\.area.code) == ["510723", "510724", "510726", "510727", "MY-KCQ"])

        // D-21: the 90 days travel with the freeze; the default (minimum 0) is in force now.
        let early = try cli.runWith(["freeze", "lift", "510724", "--date", "2016-06-12", "--doc", "L", "--reason", "r", "--lang", "en"],
                                    environment: ["KAOHE_RULES": "default"])
        #expect(early.status == 1)
        #expect(early.stderr.contains("2016-06-13"), "\(early.stderr)")  // 2016-03-15 + 90 days = 2016-06-13
        let forced = try cli.run("freeze", "lift", "510724", "--date", "2016-06-12", "--doc", "L", "--reason", "r", "--force", "--by", "王")
        #expect(forced.stdout == "已解除：510724 安县 限批 #2（自 2016-03-15，D1），2016-06-12 起解除，依据 L。\n注意：未满最短期限 90 天（R-22，本工具默认设置），已按 --force 解除。\n")
        #expect(try cli.run("freeze", "lift", "510726", "--date", "2016-06-13", "--doc", "L2", "--reason", "r2").status == 0)
        let freezes = try AppDatabase.open(path: cli.db).freezes()
        #expect(freezes.map { "\($0.area.code) \($0.terms.minimumDays) \($0.lift.map { "\($0.on) \($0.forced)" } ?? "open")" } == [
            "510723 90 open", "510724 90 2016-06-12 true", "510726 90 2016-06-13 false", "510727 90 open", "MY-KCQ 90 open",
        ])
        // The output labels the minimum a default of this tool.
        #expect(try cli.run("freeze", "list", "--all", "--on", "2016-07-01").stdout.contains("最短 90 天（R-22，本工具默认设置）"))

        // A second revision scored with the default: the three still failing get no second set, the
        // output says so; the two that pass now have theirs withdrawn and lifted.
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        let second = try cli.run("publish", "--year", "2015", "--date", "2016-07-01", "--doc", "D2")
        #expect(second.status == 0, "\(second.stderr)")
        for code in ["510724 安县", "510726 北川羌族自治县", "510727 平武县"] {
            #expect(second.stdout.contains("  \(code)：此前发布的同年版本已产生约谈和限批，不重复记录\n"), "\(code)")
        }
        #expect(try AppDatabase.open(path: cli.db).summonses().count == 5)
    }

    // MARK: D-23

    /// D-23: `summons update` writes one amendment row per changed field, naming `--by`, else the login name.
    @Test func d23_amendmentsNameByElseTheLoginName() throws {
        let cli = try sampleHarness()
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        #expect(try cli.run("publish", "--year", "2015", "--date", "2016-03-15", "--doc", "D1").status == 0)
        #expect(try cli.runWith(["summons", "update", "1", "--held-on", "2016-04-10"], environment: ["USER": "zhang", "LOGNAME": "other"]).status == 0)
        #expect(try cli.runWith(["summons", "update", "1", "--notes", "n"], environment: ["USER": "", "LOGNAME": "li"]).status == 0)
        #expect(try cli.runWith(["summons", "update", "1", "--notes", "m", "--by", "王科长"], environment: ["USER": "zhang"]).status == 0)
        let history = try #require(try AppDatabase.open(path: cli.db).summonsHistory(id: 1)).amendments
        #expect(history.map { "\($0.amendedBy) \($0.field)" } == ["zhang status", "zhang held_on", "li notes", "王科长 notes"])
        // The freeze lift records who too.
        #expect(try cli.runWith(["freeze", "lift", "510724", "--date", "2016-06-01", "--doc", "L", "--reason", "r"], environment: ["USER": "zhao"]).status == 0)
        let row = try #require(try DatabaseQueue(path: cli.db).read {
            try Row.fetchOne($0, sql: "SELECT lift_recorded_by, lift_recorded_at FROM freeze WHERE area_code = '510724'")
        })
        #expect(row["lift_recorded_by"] as String? == "zhao")
        #expect((row["lift_recorded_at"] as String?)?.hasSuffix("Z") == true)
    }

    // MARK: imports, rules check, flag list, flag --remove

    /// `kaohe imports` lists every import with its kind, rows, counts, file and SHA-256, in both languages.
    @Test func importsListsEveryFileTakenIn() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("targets", "import", "sample-data/targets.csv").status == 0)
        // The SHA-256 of the two sample files, as `sha256sum sample-data/areas.csv sample-data/targets.csv` prints them.
        let areasHash = try sha256sum("sample-data/areas.csv"), targetsHash = try sha256sum("sample-data/targets.csv")
        let english = try cli.run("imports", "--lang", "en")
        #expect(english.status == 0 && english.stderr == "")
        let rows = english.stdout.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        // id, time, kind, rows, added, changed, file, SHA-256 (the time is the moment of import).
        #expect(rows.map { [$0[0]] + $0[2...] } == [
            ["1", "areas", "13", "13", "0", "sample-data/areas.csv", areasHash],
            ["2", "targets", "19", "19", "0", "sample-data/targets.csv", targetsHash],
        ])
        let chinese = try cli.run("imports").stdout
        #expect(chinese.hasPrefix("编号  时间 (UTC)"))
        #expect(chinese.contains("区域") && chinese.contains("考核目标") && chinese.contains(targetsHash))
    }

    /// `kaohe rules check FILE`: ok with the rule set's name and hash, or each problem located, exit 1.
    @Test func rulesCheckSaysOkOrLocatesEachProblem() throws {
        let cli = try CLIHarness()
        let good = try ruleFile(cli, "good.toml", [:])
        let ok = try cli.run("rules", "check", good)
        #expect(ok.status == 0 && ok.stderr == "")
        let hash = try sha256sum(good)
        #expect(ok.stdout == "\(good): 通过 — 规则集“kaohe-default-2014”，sha256:\(hash)\n")
        let bad = try ruleFile(cli, "bad.toml", ["minimum_days = 0": "minimum_days = -3"])
        let refused = try cli.run("rules", "check", bad, "--lang", "en")
        #expect(refused.status == 1 && refused.stdout == "")
        let line = try #require(try String(contentsOfFile: bad, encoding: .utf8).components(separatedBy: "\n").firstIndex(of: "minimum_days = -3")) + 1
        #expect(refused.stderr.contains("\(bad):\(line):"), "\(refused.stderr)")
        #expect(refused.stderr.hasSuffix("\(bad): the rule set is invalid; nothing was done.\n"), "\(refused.stderr)")
        let missing = try cli.run("rules", "check", cli.workDir.appendingPathComponent("none.toml").path, "--lang", "en")
        #expect(missing.status == 1 && missing.stderr.contains("no such rule-set file"))
    }

    /// `flag falsification … --remove` records the withdrawal; `flag list` shows every finding, withdrawn ones too.
    @Test func flagListShowsFindingsAndRemoveWithdrawsWithoutDeleting() throws {
        let cli = try sampleHarness()
        #expect(try cli.run("flag", "list", "--lang", "en").stdout == "code  year  reference  recorded  withdrawn\n----  ----  ---------  --------  ---------\n")
        let recorded = try cli.run("flag", "falsification", "510703", "2015", "--ref", "绵环督〔2016〕3号")
        #expect(recorded.stdout == "已记录：510703 2015 篡改、伪造监测数据认定（绵环督〔2016〕3号），该单位评为不合格（R-17）。重新运行 kaohe assess 后生效。\n")
        let listed = try cli.run("flag", "list", "--lang", "en").stdout.split(separator: "\n").map(String.init)
        #expect(listed.count == 3 && listed[2].hasPrefix("510703  2015  绵环督〔2016〕3号  ") && listed[2].hasSuffix("Z"))
        let removed = try cli.run("flag", "falsification", "510703", "2015", "--ref", "复核撤销", "--remove", "--lang", "en")
        #expect(removed.stdout == "Removal recorded: falsification finding for 510703 2015 (绵环督〔2016〕3号), withdrawn by 复核撤销. Assess the year again for it to take effect.\n")
        let after = try cli.run("flag", "list", "--lang", "en").stdout.split(separator: "\n").map(String.init)
        #expect(after.count == 3 && after[2].hasPrefix("510703  2015  绵环督〔2016〕3号  ") && after[2].hasSuffix("Z 复核撤销"))
        // Removing again: nothing active is left to remove; the finding stays.
        let again = try cli.run("flag", "falsification", "510703", "2015", "--ref", "x", "--remove", "--lang", "en")
        #expect(again.status == 1 && again.stdout == "")
        #expect(try AppDatabase.open(path: cli.db).falsificationFindings().count == 1)
        // The grade follows: with the finding withdrawn, 510703 is not failed by R-17.
        #expect(try cli.run("assess", "--year", "2015", "--lang", "en").stdout.split(separator: "\n").first { $0.hasPrefix("510703") }?.contains("R-17") == false)
    }

    /// The SHA-256 of a file (a path relative to the repository, or absolute), computed by the system's `sha256sum` (not by kaohe).
    func sha256sum(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path.hasPrefix("/") ? path : CLIHarness.packageRoot.appendingPathComponent(path).path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(String(decoding: data, as: UTF8.self).prefix(64))
    }
}
