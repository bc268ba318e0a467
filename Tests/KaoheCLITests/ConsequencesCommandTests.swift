import Foundation
import KaoheStore
import Testing

/// Publishing the 2015 sample run, then freezes, EIA checks and summonses end to end (R-19 to R-22).
@Suite struct ConsequencesCommandTests {
    /// A harness with the sample data imported, the 2015 run assessed and published on 2016-03-15.
    func publishedHarness() throws -> (CLIHarness, CLIHarness.Result) {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("targets", "import", "sample-data/targets.csv").status == 0)
        #expect(try cli.run("reports", "import", "sample-data/reports/2014", "sample-data/reports/2015").status == 0)
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        let publish = try cli.run("publish", "--year", "2015", "--date", "2016-03-15", "--doc", "绵府办函〔2016〕12号")
        return (cli, publish)
    }

    @Test func publishing2015FreezesExactlyTheThreeFailingUnitsAndSaysSo() throws {
        let (cli, publish) = try publishedHarness()
        #expect(
            publish == .init(
                status: 0,
                stdout: """
                    2015年年度考核 第1版（运行 #1），已发布（2016-03-15，绵府办函〔2016〕12号）；规则集 kaohe-default-2014（sha256:62eb92f71daf）
                    优秀 6，良好 2，合格 2，不合格 3
                    考核后果（R-19、R-21、R-22）：
                      510724 安县：约谈 #1 安县相关责任人（待约谈）；自 2016-03-15 起暂停新增大气污染物排放建设项目环评审批（限批 #1）
                      510726 北川羌族自治县：约谈 #2 北川羌族自治县相关责任人（待约谈）；自 2016-03-15 起暂停新增大气污染物排放建设项目环评审批（限批 #2）
                      510727 平武县：约谈 #3 平武县相关责任人（待约谈）；自 2016-03-15 起暂停新增大气污染物排放建设项目环评审批（限批 #3）
                    仅因未报送、无数据而不合格的单位（R-18）：510727 平武县

                    """,
                stderr: ""))
        let frozen = try AppDatabase.open(path: cli.db).freezes(inForceOn: .init(year: 2016, month: 3, day: 15)!)
        #expect(frozen.map(\.area.code) == ["510724", "510726", "510727"])
    }

    @Test func theSummaryListsEachFailingUnitsSummonsAndFreeze() throws {
        let (cli, _) = try publishedHarness()
        let md = try cli.run("summary", "--year", "2015", "--format", "md", "--lang", "en").stdout
        let section = md.components(separatedBy: "\n").filter { $0.hasPrefix("| 5107") && $0.contains("2016-03-15") }
        #expect(
            section == [
                "| 510724 | 安县 | fail | 57.1 | result below the passing band (R-15) | the responsible persons of 安县 (planned) | 2016-03-15 |",
                "| 510726 | 北川羌族自治县 | fail | 0.0 | concentration rose | the responsible persons of 北川羌族自治县 (planned) | 2016-03-15 |",
                "| 510727 | 平武县 | fail | — | no report, no data | the responsible persons of 平武县 (planned) | 2016-03-15 |",
            ])
    }

    @Test func freezeListBeforePublicationShowsNone() throws {
        let (cli, _) = try publishedHarness()
        #expect(try cli.run("freeze", "list", "--on", "2016-03-14") == .init(status: 0, stdout: "2016-03-14 无单位处于环评限批。\n", stderr: ""))
    }

    @Test func eiaCheckGivesThreeDifferentAnswersWithExitCodes030() throws {
        let (cli, _) = try publishedHarness()
        let exempt = try cli.run("eia-check", "510724", "--category", "民生", "--on", "2016-04-01", "--project", "安县第二小学")
        let blocked = try cli.run("eia-check", "510724", "--category", "emitting", "--on", "2016-04-01", "--project", "水泥熟料生产线")
        let passing = try cli.run("eia-check", "510703", "--category", "emitting", "--on", "2016-04-01", "--lang", "en")
        let note = "注：限批自考核结果发布之日起、至依决定解除为止，是本工具的默认设置（R-22），并非官方规定。\n"
        let freeze = "限批：自 2016-03-15 起暂停新增大气污染物排放建设项目环评审批（2015年年度考核不合格，绵府办函〔2016〕12号，限批 #1）\n"
        #expect(
            exempt == .init(
                status: 0,
                stdout: "510724 安县，2016-04-01，项目「安县第二小学」（民生项目）：可以审批（豁免）\n依据：R-19(b)、R-20、R-22\n" + freeze
                    + "豁免：民生项目不受暂停限制（R-20）\n" + note,
                stderr: ""))
        #expect(
            blocked == .init(
                status: 3,
                stdout: "510724 安县，2016-04-01，项目「水泥熟料生产线」（新增大气污染物排放项目）：暂停审批（环评限批）\n依据：R-19(b)、R-22\n" + freeze
                    + "豁免：无 — 新增大气污染物排放的项目不属于民生或节能减排项目的豁免（R-20）\n" + note,
                stderr: ""))
        #expect(
            passing == .init(
                status: 0,
                stdout: """
                    510703 涪城区, 2016-04-01, emitting: ALLOWED (no approval freeze)
                    Rules: R-19(b), R-22
                    Freeze: none in force in this unit on 2016-04-01
                    Exemption: not needed
                    Note: that a freeze runs from the publication of the result until a recorded decision lifts it is a default of this tool (R-22), not an official rule.

                    """,
                stderr: ""))
        let log = try AppDatabase.open(path: cli.db).eiaLog()
        #expect(log.map { "\($0.areaCode) \($0.category.alias) \($0.project ?? "-") \($0.allowed)" } == [
            "510724 livelihood 安县第二小学 true", "510724 emitting 水泥熟料生产线 false", "510703 emitting - true",
        ])
    }

    @Test func aLiftedFreezeStillShowsOnADateBetweenPublicationAndLifting() throws {
        let (cli, _) = try publishedHarness()
        let lift = try cli.run("freeze", "lift", "510724", "--date", "2016-06-01", "--doc", "绵环函〔2016〕8号", "--reason", "整改完成", "--by", "王科长")
        #expect(lift.stdout == "已解除：510724 安县 限批 #1（自 2016-03-15，绵府办函〔2016〕12号），2016-06-01 起解除，依据 绵环函〔2016〕8号。\n")
        let during = try cli.run("freeze", "list", "--on", "2016-05-31", "--lang", "en")
        #expect(during.stdout.contains("510724 安县"))
        #expect(during.stdout.hasSuffix("3 unit(s) under an approval freeze on 2016-05-31\n"))
        let after = try cli.run("freeze", "list", "--on", "2016-06-01", "--lang", "en").stdout
        #expect(!after.contains("510724"))
        #expect(after.hasSuffix("2 unit(s) under an approval freeze on 2016-06-01\n"))
        let all = try cli.run("freeze", "list", "--all", "--on", "2016-07-01").stdout
        #expect(all.contains("2016-06-01  绵环函〔2016〕8号  整改完成"))
        let again = try cli.run("freeze", "lift", "510724", "--date", "2016-07-01", "--doc", "x", "--reason", "y", "--lang", "en")
        #expect(again == .init(status: 1, stdout: "", stderr: "Error: 510724 has no freeze to lift — see kaohe freeze list --all\n"))
        let chinese = try cli.run("freeze", "lift", "510724", "--date", "2016-07-01", "--doc", "x", "--reason", "y")
        #expect(chinese == .init(status: 1, stdout: "", stderr: "Error: 510724 没有可解除的环评限批 — 请查看 kaohe freeze list --all\n"))
    }

    @Test func forceWithoutAReasonIsRejectedBeforeAnythingRuns() throws {
        let (cli, _) = try publishedHarness()
        let before = try cli.dumpTables()
        let args = ["freeze", "lift", "510724", "--date", "2016-04-01", "--doc", "绵环函〔2016〕8号", "--reason", " ", "--force"]
        // Chinese by default (issue 13, item 1: this was once an English-only ValidationError).
        let chinese = try cli.runArgs(args)
        #expect(chinese.status == 64)
        #expect(chinese.stderr.hasPrefix("Error: --force 须附理由：请用 --reason 说明为何在最短期限前解除\nUsage: kaohe freeze lift "))
        let english = try cli.runArgs(args + ["--lang", "en"])
        #expect(english.status == 64)
        #expect(english.stderr.hasPrefix("Error: --force needs a reason: say with --reason why the freeze ends before its minimum duration\nUsage: kaohe freeze lift "))
        #expect(try cli.dumpTables() == before)
    }

    @Test func summonsUpdateKeepsEveryAmendmentInItsHistory() throws {
        let (cli, _) = try publishedHarness()
        #expect(try cli.run("summons", "update", "2", "--held-on", "2016-04-10", "--notes", "初次约谈", "--by", "王科长").status == 0)
        #expect(try cli.run("summons", "update", "2", "--notes", "约谈纪要已印发", "--rectification-due", "2016-10-01", "--by", "李科员").status == 0)
        let list = try cli.run("summons", "list", "--year", "2015", "--lang", "en").stdout
        // A rectification due day after the held day moves the summons on to 整改中 / rectifying.
        #expect(list.contains("510726 北川羌族自治县  2015  annual assessment  the responsible persons of 北川羌族自治县  绵府办函〔2016〕12号  rectifying"))
        let history = try cli.run("summons", "history", "2", "--lang", "en").stdout
        let rows = history.split(separator: "\n").suffix(6).map { $0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().joined(separator: " ") }
        #expect(rows == [
            "王科长 status planned held", "王科长 held on — 2016-04-10", "王科长 notes — 初次约谈",
            "李科员 status held rectifying", "李科员 rectification due — 2016-10-01", "李科员 notes 初次约谈 约谈纪要已印发",
        ])
        // In Chinese no column name or status keyword shows raw (issue 20).
        let zh = try cli.run("summons", "history", "2").stdout
        let zhRows = zh.split(separator: "\n").suffix(6).map { $0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().joined(separator: " ") }
        #expect(zhRows == [
            "王科长 状态 待约谈 已约谈", "王科长 约谈日期 — 2016-04-10", "王科长 备注 — 初次约谈",
            "李科员 状态 已约谈 整改中", "李科员 整改期限 — 2016-10-01", "李科员 备注 初次约谈 约谈纪要已印发",
        ])
        #expect(try cli.run("summons", "list", "--year", "2014").stdout == "尚无约谈记录。\n")
    }
}
