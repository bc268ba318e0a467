import Foundation
import KaoheCore
import Testing

/// Messages that name the real problem: free text that does not fit a record, runs that do not exist or
/// belong elsewhere, files named twice, unknown units, standard input, and help in the user's language
/// (issue 12, items 20–24 and 26).
@Suite struct CommandMessagesTests {
    /// A harness with the sample data imported, 2015 assessed twice and 2014 once (runs 1, 2 and 3).
    func assessedHarness() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("targets", "import", "sample-data/targets.csv").status == 0)
        #expect(try cli.run("reports", "import", "sample-data/reports/2014", "sample-data/reports/2015").status == 0)
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        #expect(try cli.run("assess", "--year", "2014").status == 0)
        return cli
    }

    @Test func item20_documentNumbersAndOtherOneLineTextMustBeOnePrintableBoundedLine() throws {
        let cli = try assessedHarness()
        let before = try cli.dumpTables()
        let publish = ["publish", "--year", "2015", "--date", "2016-03-15", "--lang", "en", "--doc"]
        let cases: [([String], String)] = [
            (publish + ["绵府办函〔2016〕\n12号"], "Error: --doc must be one line; there is a line break at character 11 — write it on one line\n"),
            (publish + ["<b>绵府办函</b>"], "Error: --doc has < at character 1 — a document number holds no markup\n"),
            (publish + ["绵府办函\u{200B}〔2016〕12号"], "Error: --doc has the invisible character U+200B at character 5 — remove it\n"),
            (publish + ["绵府办函\u{1B}[2J"], "Error: --doc has the invisible character U+001B at character 5 — remove it\n"),
            (publish + [String(repeating: "号", count: 101)], "Error: --doc is too long (101 characters, at most 100) — shorten it\n"),
            (publish + ["   "], "Error: --doc must name the document number (文号), e.g. 绵府办函〔2016〕12号\n"),
            (["freeze", "lift", "510724", "--date", "2016-09-01", "--doc", "X\rY", "--reason", "r", "--lang", "en"],
             "Error: --doc must be one line; there is a line break at character 2 — write it on one line\n"),
            (["freeze", "lift", "510724", "--date", "2016-09-01", "--doc", "X", "--reason", "a\u{202E}b", "--lang", "en"],
             "Error: --reason has the invisible character U+202E at character 2 — remove it\n"),
            (["flag", "falsification", "510724", "2015", "--ref", "a\nb", "--lang", "en"],
             "Error: --ref must be one line; there is a line break at character 2 — write it on one line\n"),
            (["summons", "update", "1", "--notes", "a\u{7}b", "--lang", "en"], "Error: --notes has the invisible character U+0007 at character 2 — remove it\n"),
            (["eia-check", "510724", "--category", "民生", "--project", "p\nq", "--lang", "en"],
             "Error: --project must be one line; there is a line break at character 2 — write it on one line\n"),
        ]
        // Each is a usage error (exit code 64): the sentence, then ArgumentParser's usage lines.
        for (args, message) in cases {
            let result = try cli.runArgs(args)
            #expect(result.status == 64 && result.stdout == "", "\(args)")
            #expect(result.stderr.hasPrefix(message + "Usage: kaohe "), "\(args)")
        }
        #expect(try cli.run("publish", "--year", "2015", "--date", "2016-03-15", "--doc", "绵府办函\n").stderr
            .hasPrefix("Error: --doc 须为一行，第 5 个字符处有换行 — 请写在一行内\nUsage: kaohe publish "))
        #expect(try cli.dumpTables() == before)
        // Spaces around the text are dropped; the document number is stored as typed otherwise.
        #expect(try cli.run("publish", "--year", "2015", "--date", "2016-03-15", "--doc", "  绵府办函〔2016〕12号 ").status == 0)
        #expect(try cli.run("summary", "--year", "2015", "--lang", "en").stdout.contains("\nStatus: published as 绵府办函〔2016〕12号 on 2016-03-15\n"))
    }

    @Test func item21_aRunThatDoesNotExistOrBelongsElsewhereIsNamedAsSuch() throws {
        let cli = try assessedHarness()
        let en = ["--lang", "en"]
        #expect(try cli.runArgs(["summary", "--year", "2015", "--run", "999"] + en).stderr == "Error: run #999 does not exist — see kaohe assess show --year 2015 for run ids\n")
        #expect(try cli.runArgs(["assess", "show", "--year", "2015", "--run", "999"] + en).stderr == "Error: run #999 does not exist — see kaohe assess show --year 2015 for run ids\n")
        #expect(try cli.runArgs(["publish", "--year", "2015", "--run", "999", "--date", "2016-03-15", "--doc", "X"] + en).stderr == "Error: run #999 does not exist — see kaohe assess show --year 2015 for run ids\n")
        let elsewhere = "Error: run #3 belongs to the 2014 annual assessment, not the 2015 annual assessment — use --year 2014, or drop --run\n"
        #expect(try cli.runArgs(["summary", "--year", "2015", "--run", "3"] + en).stderr == elsewhere)
        #expect(try cli.runArgs(["assess", "show", "--year", "2015", "--run", "3"] + en).stderr == elsewhere)
        #expect(try cli.runArgs(["publish", "--year", "2015", "--run", "3", "--date", "2016-03-15", "--doc", "X"] + en).stderr == elsewhere)
        #expect(try cli.runArgs(["assess", "show", "--year", "2015", "--final", "--run", "1"] + en).stderr
            == "Error: run #1 belongs to the 2015 annual assessment, not the 2015 final assessment — use --year 2015, or drop --run\n")
        #expect(try cli.run("summary", "--year", "2015", "--run", "3").stderr == "Error: 运行 #3 属于 2014 年年度考核，不是 2015 年年度考核 — 请改用 --year 2014，或去掉 --run\n")
        // assess diff: both runs must exist and belong to one year and kind.
        #expect(try cli.runArgs(["assess", "diff", "--from", "1", "--to", "3"] + en)
            == .init(status: 1, stdout: "", stderr: "Error: run #1 (2015 annual assessment) and run #3 (2014 annual assessment) belong to different assessments and cannot be compared — compare two runs of one year and kind\n"))
        #expect(try cli.runArgs(["assess", "diff", "--from", "1", "--to", "999"] + en).stderr == "Error: run #999 does not exist — see kaohe assess show for run ids\n")
        #expect(try cli.runArgs(["assess", "diff", "--year", "2014", "--from", "1", "--to", "2"] + en).stderr
            == "Error: run #1 belongs to the 2015 annual assessment, not the 2014 annual assessment — use --year 2015, or drop --run\n")
        #expect(try cli.runArgs(["assess", "diff", "--from", "1", "--to", "2"] + en).status == 0)
    }

    @Test func item22_aFileNamedTwiceInOneImportIsSaidToBeGivenTwice() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let before = try cli.dumpTables()
        let file = "sample-data/reports/2015/funding-2015.csv"
        #expect(try cli.run("reports", "import", file, file, "--lang", "en")
            == .init(status: 1, stdout: "", stderr: "Error: \(file) was given twice — name each file once\n"))
        // The same file inside a named folder, and by another spelling.
        #expect(try cli.run("reports", "import", "sample-data/reports/2015", file, "--lang", "en").stderr
            == "Error: \(file) was given twice — name each file once\n")
        #expect(try cli.run("reports", "check", file, "./" + file, "--lang", "en").stderr
            == "Error: ./\(file) is the same file as \(file), given twice — name each file once\n")
        let monitoring = "sample-data/monitoring/monitoring-2015.csv"
        #expect(try cli.run("monitoring", "import", "sample-data/monitoring", monitoring).stderr
            == "Error: \(monitoring) 被指定了两次 — 每个文件只需指定一次\n")
        #expect(try cli.dumpTables() == before)
    }

    @Test func item23_aPerUnitCommandForAnUnknownUnitSaysTheUnitIsUnknown() throws {
        let cli = try assessedHarness()
        let unknown = "Error: unknown unit NOPE — use a code from kaohe areas list\n"
        #expect(try cli.run("freeze", "lift", "NOPE", "--date", "2016-09-01", "--doc", "X", "--reason", "r", "--lang", "en") == .init(status: 1, stdout: "", stderr: unknown))
        #expect(try cli.run("flag", "falsification", "NOPE", "2015", "--ref", "X", "--remove", "--lang", "en").stderr == unknown)
        #expect(try cli.run("flag", "falsification", "NOPE", "2015", "--ref", "X", "--lang", "en").stderr == unknown)
        #expect(try cli.run("eia-check", "NOPE", "--category", "民生", "--lang", "en").stderr == unknown)
        #expect(try cli.run("reports", "history", "NOPE", "2015", "--lang", "en").stderr == unknown)
        #expect(try cli.run("assess", "show", "--year", "2015", "--area", "NOPE", "--lang", "en").stderr == unknown)
        #expect(try cli.run("freeze", "lift", "NOPE", "--date", "2016-09-01", "--doc", "X", "--reason", "r").stderr == "Error: 区域代码 NOPE 不存在 — 请使用 kaohe areas list 中的代码\n")
        // A known unit without a freeze still gets the sentence about its freeze.
        #expect(try cli.run("freeze", "lift", "510703", "--date", "2016-09-01", "--doc", "X", "--reason", "r", "--lang", "en").stderr
            == "Error: 510703 has no freeze to lift — see kaohe freeze list --all\n")
    }

    @Test func item24_importsReadStandardInputFromDashAndDevStdin() throws {
        let cli = try CLIHarness()
        let areas = try #require(FileHandle(forReadingAtPath: CLIHarness.packageRoot.appendingPathComponent("sample-data/areas.csv").path))
        #expect(try cli.runWith(["areas", "import", "/dev/stdin", "--lang", "en"], input: areas)
            == .init(status: 0, stdout: "/dev/stdin: imported 13 row(s); 13 added, 0 changed, 0 unchanged (import 1)\n", stderr: ""))
        // From a pipe, as `cat file | kaohe … -`. Row counts are the files' lines less the header
        // (`wc -l`: targets.csv 20, funding-2015.csv 45).
        for (args, source, expected) in [
            (["targets", "import", "-", "--lang", "en"], "sample-data/targets.csv", "<stdin>: imported 19 row(s); 19 added, 0 changed, 0 unchanged (import 2)\n"),
            (["monitoring", "import", "-", "--lang", "en"], "sample-data/monitoring/monitoring-2015.csv",
             "<stdin>: imported 1814 daily row(s) as 1814 station-day(s); 1814 added, 0 merged or replaced, 0 unchanged (import 3)\n"),
            (["reports", "check", "-", "--lang", "en"], "sample-data/reports/2015/funding-2015.csv", "<stdin>: funding, 44 row(s), no errors\n"),
        ] {
            let pipe = Pipe()
            let bytes = try Data(contentsOf: CLIHarness.packageRoot.appendingPathComponent(source))
            DispatchQueue.global().async {
                pipe.fileHandleForWriting.write(bytes)
                try? pipe.fileHandleForWriting.close()
            }
            let result = try cli.runWith(args, input: pipe.fileHandleForReading)
            #expect(result == .init(status: 0, stdout: expected, stderr: ""), "\(args)")
        }
        #expect(try cli.run("imports", "--lang", "en").stdout.contains("  <stdin>  "))
    }

    @Test func item26_helpFollowsTheLanguageAndVersionComesFromOneConstant() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("--version") == .init(status: 0, stdout: KaoheVersion.current + "\n", stderr: ""))
        let root = try cli.run("--help")
        #expect(root.status == 0)
        #expect(root.stdout.hasPrefix("OVERVIEW: 大气污染防治行动计划实施情况考核：对县（市、区）和园区的年度考核。\n"))
        #expect(root.stdout.contains("\n  freeze                  未通过考核单位的环评限批：查看与解除（R-19、R-21、R-22）。\n"))
        let lift = try cli.run("freeze", "lift", "--help")
        #expect(lift.stdout.contains("\n  --doc <doc>             解除决定的文号。\n"))
        let english = try cli.run("freeze", "lift", "--help", "--lang", "en")
        #expect(english.stdout.hasPrefix("OVERVIEW: Record the decision that lifts a unit's freeze; refused before the\nminimum duration unless --force.\n"))
        #expect(english.stdout.contains("\n  --doc <doc>             The lifting decision's document number (文号).\n"))
        // ArgumentParser's own parse errors are worded in Chinese too (their usage lines follow).
        #expect(try cli.run("summary").stderr.hasPrefix("Error: 缺少必需的参数 '--year <year>' — 请补上；用 --help 查看用法\nHelp:  --year <year>  考核年度。\nUsage: kaohe summary "))
        #expect(try cli.run("summary", "--year", "2015", "--format", "pdf").stderr.hasPrefix("Error: '--format <format>' 的取值 'pdf' 无效 — 可选值：'text'、'md'、'html'、'csv'、'json'、'docx'、'xlsx'\n"))
        #expect(try cli.run("areas", "import", "a.csv", "b.csv").stderr.hasPrefix("Error: 多余的参数 'b.csv' — 请删去；含空格的值请加引号\n"))
        #expect(try cli.run("summary", "--year", "2015", "--nope").stderr.hasPrefix("Error: 未知选项 '--nope' — 请检查拼写；用 --help 查看可用选项\n"))
        #expect(try cli.run("summary", "--year").stderr.hasPrefix("Error: '--year <year>' 缺少取值 — 请在选项后给出值\n"))
        #expect(try cli.run("summary", "--lang", "en").stderr.hasPrefix("Error: Missing expected argument '--year <year>'\nHelp:  --year <year>  The assessed year.\n"))
        // Every abstract and option help of every command is Chinese by default (has a CJK character).
        for command in [["areas", "import"], ["targets", "list"], ["reports", "import"], ["assess", "diff"], ["summary"], ["monitoring", "status"], ["eia-check"], ["summons", "update"], ["flag", "falsification"], ["rules", "check"], ["imports"], ["publish"]] {
            let help = try cli.runArgs(command + ["--help"]).stdout
            // The overview, and each option or argument line that carries its help text (past the name column);
            // ArgumentParser's own --help and --version lines stay English.
            let lines = help.split(separator: "\n").filter {
                $0.hasPrefix("OVERVIEW") || (($0.hasPrefix("  -") || $0.hasPrefix("  <")) && $0.count > 26 && Array($0)[24..<26] == [" ", " "])
            }
            #expect(lines.count >= 3, "\(command)")
            for line in lines where !line.contains("--help") && !line.contains("--version") {
                #expect(line.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(command): \(line)")
            }
        }
    }
}
