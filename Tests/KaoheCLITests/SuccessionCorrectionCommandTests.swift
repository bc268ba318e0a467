import Foundation
import GRDB
import KaoheTestSupport
import Testing

/// Withdrawing a succession a published result relied on, as a correction (issue 21, D-143, completing D-109):
/// dated, appended, the issued notice kept (R-22b), consequences carried only before the day (R-22), the correcting
/// revision naming the withdrawal (R-22c).
///
/// The case, worked by hand. Sample data, 2015 published on 2016-03-15 (安县 fails: freeze #1, summons #1); 安州区
/// (510705) imported with targets of its own (Fixtures/succession-correction/targets-anzhou.csv: base 120 in 2013,
/// 2017 final ceiling 108) and a 2016 report of 100; 安县 → 安州区 recorded (wrongly) from 2016-01-01.
/// 2016 with the succession: its own targets win (D-62); final decline 120 − 108 = 12, 2016 share 65 % (R-8) →
/// required reduction 0.65 × 12 = 7.8, required concentration 120 − 7.8 = 112.2, required decline 7.8/120 = 6.5%;
/// actual decline 20/120 = 16.666…% → 16.7%, met; but its previous year is 安县's 2015 report, 93, and 100 > 93:
/// 不降反升, quality 0 (R-9) → 0.0, 不合格 → a summons and a freeze from 2017-01-20 (ids #6, as the store numbers them).
/// 2016 without it: 安州区's previous year is unknown (R-9 not applied, flagged), decline met → 100.0, 优秀; 安县
/// (no 2016 report) is assessed again and fails for no report, no data (R-18).
@Suite struct SuccessionCorrectionCommandTests {
    static let withdrawal = "绵府发〔2017〕5号"

    /// The case above as of 2017-02-01, 2016 published on 2017-01-20 as 绵府办函〔2017〕2号.
    func publishedWithWrongSuccession() throws -> CLIHarness {
        let cli = try SuccessionAssessmentCommandTests.published2015(thenImporting: "Tests/KaoheCLITests/Fixtures/areas-anzhou.csv")
        #expect(try cli.run("areas", "succeed", "510724", "510705", "--on", "2016-01-01", "--doc", "绵府发〔2016〕1号").status == 0)
        #expect(try cli.run("targets", "import", "Tests/KaoheCLITests/Fixtures/succession-correction/targets-anzhou.csv").status == 0)
        #expect(try cli.run("reports", "import", "Tests/KaoheCLITests/Fixtures/succession-correction/reports-2016").status == 0)
        let table = try cli.run("assess", "--year", "2016").stdout
        #expect(table.contains("510705    安州区           120    93   100     112.2       7.8      6.5%     16.7%  是             0.0      0.0*   0.0  不合格  不降反升"), "\(table)")
        let published = try cli.run("publish", "--year", "2016", "--date", "2017-01-20", "--doc", "绵府办函〔2017〕2号", "--confirm-no-data")
        #expect(published.stdout.contains("510705 安州区：约谈 #6 安州区相关责任人（待约谈）；自 2017-01-20 起暂停新增大气污染物排放建设项目环评审批（限批 #6）"), "\(published.stdout)")
        return cli
    }

    func withdrawn() throws -> CLIHarness {
        let cli = try publishedWithWrongSuccession()
        try withdraw(cli)
        return cli
    }

    /// Withdraws succession #1 as a correction on 2017-02-01 (KAOHE_TODAY).
    func withdraw(_ cli: CLIHarness) throws {
        let r = try cli.run("areas", "succeed", "--withdraw", "1", "--doc", Self.withdrawal, "--reason", "承继登记错误", "--correction", "--by", "clerk")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == """
            已撤回承继 #1：安县（510724） → 安州区（510705）（更改代码，2016-01-01，绵府发〔2016〕1号），依据 绵府发〔2017〕5号，理由：承继登记错误。该记录保留，不再生效。
            作为更正撤回：自 2017-02-01 起不再生效；此前的日期仍按当时的情况回答。
              2016年年度考核（第1版，绵府办函〔2017〕2号，2017-01-20 发布）：待更正（绵府发〔2017〕5号）— 请重新考核并发布新修订

            """, "\(r.stdout)")
    }

    @Test func withoutTheOptionTheRefusalStaysAndNamesIt() throws {
        let cli = try publishedWithWrongSuccession()
        let before = try cli.dumpTables()
        let r = try cli.run("areas", "succeed", "--withdraw", "1", "--doc", "D", "--reason", "误登", "--lang", "en")
        #expect(r.status != 0)
        #expect(r.stderr.contains("succession #1 cannot be withdrawn: the 2016 assessment (run #2), published on 2017-01-20 (绵府办函〔2017〕2号), assessed 510705 as its successor, and a published result stays as issued (R-22b) — it can be withdrawn only as a correction: it stops being in force from that day, the 2016 result awaits correction, and a new revision of the 2016 assessment is assessed and published to supersede the issued one (R-22c) (kaohe areas succeed --withdraw 1 --correction, then kaohe assess and kaohe publish)"), "\(r.stderr)")
        let zh = try cli.run("areas", "succeed", "--withdraw", "1", "--doc", "D", "--reason", "误登")
        #expect(zh.stderr.contains("只能作为更正撤回") && zh.stderr.contains("（kaohe areas succeed --withdraw 1 --correction，再 kaohe assess、kaohe publish）"), "\(zh.stderr)")
        #expect(try cli.dumpTables() == before)
        // The option is in the help, in Chinese by default and in English.
        let help = try cli.run("areas", "succeed", "--help").stdout
        #expect(help.contains("--correction") && help.contains("作为更正撤回"), "\(help)")
        let helpEn = try cli.run("areas", "succeed", "--help", "--lang", "en").stdout
        #expect(helpEn.contains("--correction") && helpEn.contains("as a correction"), "\(helpEn)")
        // --correction alone, or for a succession nothing published relied on, is refused too.
        let alone = try cli.run("areas", "succeed", "510724", "510705", "--on", "2016-01-01", "--doc", "D", "--correction", "--lang", "en")
        #expect(alone.status != 0 && alone.stderr.contains("--correction goes only with --withdraw"), "\(alone.stderr)")
        #expect(try cli.dumpTables() == before)
    }

    @Test func aCorrectionOfASuccessionNothingPublishedReliedOnIsRefused() throws {
        let cli = try SuccessionAssessmentCommandTests.published2015(thenImporting: "Tests/KaoheCLITests/Fixtures/areas-anzhou.csv")
        #expect(try cli.run("areas", "succeed", "510724", "510705", "--on", "2016-01-01", "--doc", "绵府发〔2016〕1号").status == 0)
        let before = try cli.dumpTables()
        let r = try cli.run("areas", "succeed", "--withdraw", "1", "--doc", "D", "--reason", "x", "--correction", "--lang", "en")
        #expect(r.status != 0)
        #expect(r.stderr.contains("no published result relied on succession #1, so there is nothing to correct — withdraw it without the correction (without --correction)"), "\(r.stderr)")
        #expect(try cli.dumpTables() == before)
    }

    @Test func theWithdrawalIsListedAndTheIssuedNoticeReprintsUnchanged() throws {
        let cli = try publishedWithWrongSuccession()
        let formats = ["text", "md", "html", "csv", "json"]
        let issued = try formats.map { try cli.run("summary", "--year", "2016", "--format", $0, "--as-issued").stdout }
        #expect(issued.allSatisfy { $0.contains("绵府办函〔2017〕2号") })
        try withdraw(cli)
        let cli2 = cli
        let list = try cli2.run("areas", "successions").stdout
        #expect(list.contains("已撤回（绵府发〔2017〕5号，更正，自 2017-02-01 起不再生效）；2016年待更正（绵府发〔2017〕5号）"), "\(list)")
        let en = try cli2.run("areas", "successions", "--lang", "en").stdout
        #expect(en.contains("withdrawn (绵府发〔2017〕5号, correction, not in force from 2017-02-01); 2016 awaiting correction (绵府发〔2017〕5号)"), "\(en)")
        // `kaohe history` notes the year awaiting correction after the view, for the successor and the predecessor.
        let note = "注：2016年年度考核已发布的结果（第1版，绵府办函〔2017〕2号）所依据的单位承继 #1 已作为更正撤回（绵府发〔2017〕5号），该年度待更正。\n"
        #expect(try cli2.run("history", "510705").stdout.hasSuffix("\n" + note))
        #expect(try cli2.run("history", "510724", "--format", "md").stdout.hasSuffix("\n" + note))
        #expect(try cli2.run("history", "510705", "--lang", "en").stdout.hasSuffix(
            "Note: the published 2016 annual result (revision 1, 绵府办函〔2017〕2号) relied on succession #1, withdrawn as a correction (绵府发〔2017〕5号); the year awaits correction.\n"))
        // HTML and JSON note it too (D-159, SuccessionCorrectionListsTests); CSV, one table, does not.
        #expect(try cli2.run("history", "510705", "--format", "json").stdout.contains("\"withdrawalDocument\": \"绵府发〔2017〕5号\""))
        #expect(!(try cli2.run("history", "510705", "--format", "csv").stdout.contains("绵府发〔2017〕5号")))
        // R-22b: the 2016 notice as issued, byte for byte, in every format.
        for (format, text) in zip(formats, issued) {
            #expect(try cli2.run("summary", "--year", "2016", "--format", format, "--as-issued").stdout == text, "\(format)")
        }
    }

    /// R-22b: the withdrawal is a later event of the 2016 notice, listed in its dated section (后续处理情况) from the
    /// day it stops being in force (2017-02-01), never inside the issued part, and not as of a day before (D-151).
    @Test func theWithdrawalIsListedAmongTheNoticesLaterEventsFromItsDay() throws {
        let cli = try withdrawn()
        let line = "510705 安州区：本通报所依据的承继（510724 安县 → 510705 安州区，绵府发〔2016〕1号）已作为更正撤回（绵府发〔2017〕5号），自 2017-02-01 起不再适用；该单位结果以更正后的通报为准"
        let after = try cli.run("summary", "--year", "2016", "--as-of", "2017-02-01").stdout
        #expect(after.contains(line), "\(after)")
        let before = try cli.run("summary", "--year", "2016", "--as-of", "2017-01-31").stdout
        #expect(!before.contains("已作为更正撤回"), "\(before)")
        let en = try cli.run("summary", "--year", "2016", "--as-of", "2017-02-01", "--lang", "en").stdout
        #expect(en.contains(
            "510705 安州区: the succession this notice relied on (510724 安县 → 510705 安州区, 绵府发〔2016〕1号) was withdrawn as a correction (绵府发〔2017〕5号) and no longer applies from 2017-02-01"), "\(en)")
        #expect(!(try cli.run("summary", "--year", "2016", "--as-issued").stdout.contains("已作为更正撤回")))
    }

    @Test func freezesAreCarriedBeforeTheWithdrawalDayAndNotFromIt() throws {
        let cli = try withdrawn()
        // 2017-01-31, before the withdrawal: 安县's 2015 freeze #1 still answers for 安州区, as it did then (R-22).
        let before = try cli.run("eia-check", "510705", "--category", "emitting", "--on", "2017-01-31")
        #expect(before.status == 3)
        #expect(before.stdout.contains("承继：510705 安州区 自 2016-01-01 起承继 510724 安县，该单位的限批继续有效"), "\(before.stdout)")
        #expect(before.stdout.contains("绵府办函〔2016〕12号，限批 #1）"))
        let listBefore = try cli.run("freeze", "list", "--on", "2017-01-31").stdout
        #expect(listBefore.contains("510705 安州区（继承自 510724 安县，2016-01-01 起）  2016-03-15  #1 2015年年度考核"), "\(listBefore)")
        #expect(!listBefore.contains("\n510724 安县"), "\(listBefore)")
        // 2017-02-01, the withdrawal's day: 安州区 answers with its own 2016 freeze #6 only; 安县 holds #1 again.
        let after = try cli.run("eia-check", "510705", "--category", "emitting", "--on", "2017-02-01")
        #expect(after.status == 3)
        #expect(!after.stdout.contains("承继") && !after.stdout.contains("限批 #1）"), "\(after.stdout)")
        #expect(after.stdout.contains("绵府办函〔2017〕2号，限批 #6）"))
        let old = try cli.run("eia-check", "510724", "--category", "emitting", "--on", "2017-02-01")
        #expect(old.status == 3 && !old.stdout.contains("承继") && old.stdout.contains("限批 #1）"), "\(old.stdout)")
        let listAfter = try cli.run("freeze", "list", "--on", "2017-02-01").stdout
        #expect(listAfter.contains("510724 安县            2016-03-15  #1 2015年年度考核"), "\(listAfter)")
        #expect(!listAfter.contains("继承自"))
        // The summons list (today, 2017-02-01) no longer carries 安县's summons #1 to 安州区.
        let summonses = try cli.run("summons", "list", "--year", "2015").stdout
        #expect(summonses.contains("1   510724 安县 ") && !summonses.contains("继承自"), "\(summonses)")
    }

    @Test func theCorrectingRevisionIsAssessedWithoutItNamesItAndLiftsWhatNoLongerFails() throws {
        let cli = try withdrawn()
        let table = try cli.run("assess", "--year", "2016").stdout
        // Without the succession (worked in the suite's comment): 安州区 100.0 优秀, previous year unknown; 安县 is back.
        #expect(table.contains("510705    安州区           120     —   100     112.2       7.8      6.5%     16.7%  是           100.0      0.0*  100.0  优秀    上年浓度未知"), "\(table)")
        #expect(table.contains("510724    安县"))
        let r = try cli.run("publish", "--year", "2016", "--date", "2017-02-01", "--doc", "绵府办函〔2017〕6号", "--confirm-no-data")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("本通报替代 绵府办函〔2017〕2号（2017-01-20 发布，第1版）（R-22c）；原通报所依据的单位承继 安县（510724）→ 安州区（510705）（2016-01-01，绵府发〔2016〕1号）已撤回（绵府发〔2017〕5号），本通报不再适用\n"), "\(r.stdout)")
        // R-22c as implemented: 安州区 passes now, so its summons is withdrawn and its freeze lifted with the new
        // revision's document; 安县 fails now and gets its own from the new date.
        #expect(r.stdout.contains("  510705 安州区：约谈 #6 已撤销（绵府办函〔2017〕6号）\n"))
        #expect(r.stdout.contains("  510705 安州区：限批 #6（自 2017-01-20）于 2017-02-01 解除（绵府办函〔2017〕6号）\n"))
        #expect(r.stdout.contains("  510724 安县：约谈 #"))
        // The correcting notice names the withdrawal in its supersession sentences, in both languages.
        let md = try cli.run("summary", "--year", "2016", "--format", "md").stdout
        #expect(md.contains("本通报是对绵府办函〔2017〕2号（2017年1月20日印发）的更正，替代原通报。原通报所依据的单位承继 安县（510724）→ 安州区（510705）（2016-01-01，绵府发〔2016〕1号）已撤回（绵府发〔2017〕5号），本通报不再适用。"), "\(md)")
        #expect(md.contains("本通报替代 绵府办函〔2017〕2号（2017-01-20 发布，第1版，运行 #2）（R-22c）；原通报所依据的单位承继 安县（510724）→ 安州区（510705）（2016-01-01，绵府发〔2016〕1号）已撤回（绵府发〔2017〕5号），本通报不再适用"))
        let en = try cli.run("summary", "--year", "2016", "--format", "md", "--lang", "en").stdout
        #expect(en.contains("this notice replaces 绵府办函〔2017〕2号 (published 2017-01-20, revision 1, run #2) (R-22c); the unit succession the replaced notice relied on, 安县 (510724) → 安州区 (510705) (2016-01-01, 绵府发〔2016〕1号), was withdrawn (绵府发〔2017〕5号) and no longer applies"), "\(en)")
        let json = try cli.run("summary", "--year", "2016", "--format", "json").stdout
        #expect(json.contains("\"withdrawalDocument\": \"绵府发〔2017〕5号\""), "\(json)")
        // Frozen with the issued record: a later successions list does not change the correcting notice (R-22b).
        let issued = try cli.run("summary", "--year", "2016", "--format", "md", "--as-issued").stdout
        // The year is no longer awaiting correction.
        let list = try cli.run("areas", "successions").stdout
        #expect(list.contains("2016年已由 绵府办函〔2017〕6号（第2版）更正") && !list.contains("待更正"), "\(list)")
        #expect(!(try cli.run("history", "510705").stdout.contains("待更正")))
        #expect(try cli.run("areas", "import", "Tests/KaoheCLITests/Fixtures/succession-correction/areas-anzhou-renamed.csv").status == 0)
        #expect(try cli.run("summary", "--year", "2016", "--format", "md", "--as-issued").stdout == issued)
    }

    @Test func aDraftAssessedBeforeTheWithdrawalIsNotPublished() throws {
        let cli = try publishedWithWrongSuccession()
        // Run #3 is assessed while the succession is still in force: it applies it (安州区 不降反升 again).
        #expect(try cli.run("assess", "--year", "2016").stdout.contains("不降反升"))
        try withdraw(cli)
        let before = try cli.dumpTables()
        let r = try cli.run("publish", "--year", "2016", "--run", "3", "--date", "2017-02-01", "--doc", "D", "--confirm-no-data", "--lang", "en")
        #expect(r.status != 0)
        #expect(r.stderr.contains("run #3 (2016) was assessed before succession #1 was withdrawn as a correction (绵府发〔2017〕5号) and still applies it — it cannot be published; assess the year again and publish that revision (kaohe assess)"), "\(r.stderr)")
        #expect(try cli.dumpTables() == before)
        // Assessed again (run #4, without it), the year is published.
        #expect(!(try cli.run("assess", "--year", "2016").stdout.contains("不降反升")))
        #expect(try cli.run("publish", "--year", "2016", "--date", "2017-02-01", "--doc", "D", "--confirm-no-data").status == 0)
    }

    @Test func theCorrectionRecordsAreNeverChangedOrDeleted() throws {
        let cli = try withdrawn()
        let db = try DatabaseQueue(path: cli.db)
        let rows = try db.read { try Row.fetchAll($0, sql: "SELECT year, kind, run_id FROM area_succession_correction_run") }
        #expect(rows.count == 1)
        #expect(rows.first.map { ($0["year"] as Int, $0["kind"] as String, $0["run_id"] as Int64) } ?? (0, "", 0) == (2016, "annual", 2))
        #expect(try db.read { try String.fetchOne($0, sql: "SELECT not_in_force_from FROM area_succession_correction") } == "2017-02-01")
        expectTriggerRefusal("a correction is recorded once and never changed", "UPDATE area_succession_correction SET not_in_force_from = '2018-01-01'", in: db)
        expectTriggerRefusal("a correction is kept with history, never deleted", "DELETE FROM area_succession_correction", in: db)
        expectTriggerRefusal("a correction is recorded once and never changed", "UPDATE area_succession_correction_run SET year = 2015", in: db)
        expectTriggerRefusal("a correction is kept with history, never deleted", "DELETE FROM area_succession_correction_run", in: db)
        expectTriggerRefusal("a withdrawal is kept with history, never deleted", "DELETE FROM area_succession_withdrawal", in: db)
    }
}
