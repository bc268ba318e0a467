import Foundation
import Testing

/// Consequences as a lifecycle end to end: summons states and overdue list, accountability progress, the
/// EIA log, and freeze list counting units.
@Suite struct LifecycleCommandTests {
    /// Sample data, 2015 annual published 2016-03-15 (安县 #1, 北川 #2, 平武 #3 fail).
    func publishedHarness() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("targets", "import", "sample-data/targets.csv").status == 0)
        #expect(try cli.run("reports", "import", "sample-data/reports/2014", "sample-data/reports/2015").status == 0)
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        #expect(try cli.run("publish", "--year", "2015", "--date", "2016-03-15", "--doc", "绵府办函〔2016〕12号").status == 0)
        return cli
    }

    @Test func summonsDatesAreCheckedAndOverdueRectificationsListed() throws {
        let cli = try publishedHarness()
        #expect(try cli.run("summons", "update", "1", "--held-on", "2016-03-01") == .init(
            status: 1, stdout: "", stderr: "Error: 约谈日期 2016-03-01：早于考核结果发布日期（2016-03-15）— 约谈应在发布之日或之后举行\n"))
        #expect(try cli.run("summons", "update", "1", "--rectification-due", "2016-10-01", "--lang", "en") == .init(
            status: 1, stdout: "",
            stderr: "Error: rectification due 2016-10-01: summons #1 510724 安县 has not been held — record the day it was held first (or with it) (--held-on)\n"))
        #expect(try cli.run("summons", "update", "1", "--held-on", "2016-04-10", "--rectification-due", "2016-10-01").status == 0)
        #expect(try cli.run("summons", "update", "2", "--held-on", "2016-04-12", "--rectification-due", "2016-08-31").status == 0)
        // On 2016-10-01: #2 (due 08-31) is 31 days overdue; #1 is due that very day, not overdue.
        let overdue = try cli.run("summons", "overdue", "--on", "2016-10-01", "--lang", "en").stdout
        let squeeze = { (text: String) in
            text.split(separator: "\n").filter { !$0.hasPrefix("--") }.map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        }
        #expect(squeeze(overdue) == [
            "ID unit year document held on rectification due days overdue",
            "2 510726 北川羌族自治县 2015 绵府办函〔2016〕12号 2016-04-12 2016-08-31 31",
            "1 rectification(s) overdue on 2016-10-01",
        ])
        // #2 closed on 2016-10-05 leaves the list; on 2016-10-06 #1 (due 10-01) is 5 days overdue.
        #expect(try cli.run("summons", "update", "2", "--closed-on", "2016-10-05").status == 0)
        #expect(squeeze(try cli.run("summons", "overdue", "--on", "2016-10-06").stdout) == [
            "ID 单位 年度 文号 约谈日期 整改期限 逾期天数",
            "1 510724 安县 2015 绵府办函〔2016〕12号 2016-04-10 2016-10-01 5",
            "2016-10-06 共 1 项整改逾期未销号",
        ])
        #expect(try cli.run("summons", "update", "1", "--closed-on", "2016-10-08").status == 0)
        #expect(try cli.run("summons", "overdue", "--on", "2016-10-09").stdout == "2016-10-09 无逾期未完成的整改。\n")
        let list = try cli.run("summons", "list").stdout
        #expect(list.contains("已整改销号"))
        // #1 and #2 closed, #3 (平武) never held.
        #expect(list.components(separatedBy: "已整改销号").count == 3)
        #expect(list.contains("待约谈"))
    }

    @Test func accountabilityDecisionsAreListedAndTakeProgressWithHistory() throws {
        let cli = try publishedHarness()
        #expect(try cli.run("accountability", "list").stdout == "尚无问责决定。\n")
        #expect(try cli.run("assess", "--year", "2017", "--final").status == 0)
        #expect(try cli.run("publish", "--year", "2017", "--final", "--date", "2018-03-01", "--doc", "绵府办函〔2018〕9号", "--confirm-no-data").status == 0)
        // Every one of the 13 units failed the final assessment: 13 decisions.
        let list = try cli.run("accountability", "list", "--lang", "en").stdout
        #expect(list.split(separator: "\n").count == 2 + 13)
        #expect(try cli.run("accountability", "update", "1", "--date", "2018-02-01", "--progress", "x").stderr
            == "Error: 落实日期 2018-02-01 早于问责决定的发布日期（2018-03-01，绵府办函〔2018〕9号）— 请给出 2018-03-01 或之后的日期（--date）\n")
        #expect(try cli.run("accountability", "update", "1", "--date", "2018-05-02", "--progress", "约谈县长", "--doc", "绵委〔2018〕5号", "--by", "王科长").status == 0)
        #expect(try cli.run("accountability", "update", "1", "--date", "2018-06-02", "--progress", "通报批评", "--by", "王科长").status == 0)
        let history = try cli.run("accountability", "history", "1").stdout
        #expect(history.contains("2018-05-02  约谈县长  绵委〔2018〕5号  王科长"))
        #expect(history.contains("2018-06-02  通报批评  —"))
        #expect(try cli.run("accountability", "list").stdout.contains("2018-06-02 通报批评  2"))
    }

    @Test func theEIALogCitesThePublicationBehindEachBlockingFreeze() throws {
        let cli = try publishedHarness()
        #expect(try cli.run("eia-check", "log").stdout == "尚无环评审批查询记录。\n")
        #expect(try cli.run("eia-check", "510724", "--category", "emitting", "--on", "2016-04-01", "--project", "水泥熟料生产线").status == 3)
        #expect(try cli.run("eia-check", "510703", "--category", "emitting", "--on", "2016-04-01").status == 0)
        let log = try cli.run("eia-check", "log", "--lang", "en").stdout
        let rows = log.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ", omittingEmptySubsequences: true).dropFirst(2).joined(separator: " ") }
        #expect(rows == [
            "510724 emitting 水泥熟料生产线 2016-04-01 blocked freeze #1 since 2016-03-15, 绵府办函〔2016〕12号",
            "510703 emitting — 2016-04-01 allowed no freeze",
        ])
    }

    @Test func freezeListCountsUnitsNotFreezes() throws {
        let cli = try publishedHarness()
        #expect(try cli.run("assess", "--year", "2017", "--final").status == 0)
        #expect(try cli.run("publish", "--year", "2017", "--final", "--date", "2018-03-01", "--doc", "绵府办函〔2018〕9号", "--confirm-no-data").status == 0)
        // On 2018-03-01: the three 2015 freezes (安县, 北川, 平武) plus 13 final ones = 16 freezes on 13 units.
        let list = try cli.run("freeze", "list", "--on", "2018-03-01").stdout
        #expect(list.hasSuffix("2018-03-01 共 13 个单位处于环评限批\n"))
        #expect(list.split(separator: "\n").count == 2 + 16 + 1)
        #expect(try cli.run("freeze", "list", "--all", "--on", "2018-03-01", "--lang", "en").stdout
            .hasSuffix("16 freeze(s) of 13 unit(s) (days in force as of 2018-03-01)\n"))
    }
}
