import Foundation
import GRDB
import KaoheTestSupport
import Testing

/// `kaohe areas succeed --withdraw ID --doc … --reason …` (issue 21 item 6): append-only, refused once a
/// published run relied on the succession.
@Suite struct SuccessionWithdrawalCommandTests {
    /// The sample's areas, targets and reports of 2014 and 2015 with the recode recorded.
    func recoded() throws -> CLIHarness { try SampleRecode.recorded(on: SuccessionLabelCommandTests().sample()) }

    @Test func aWithdrawnSuccessionIsKeptMarkedAndNoLongerInForceAndCanBeRecordedAgain() throws {
        let cli = try recoded()
        let r = try cli.run("areas", "succeed", "--withdraw", "1", "--doc", "绵府发〔2016〕5号", "--reason", "生效日期登记错误", "--by", "clerk")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "已撤回承继 #1：安县（510724） → 安州区（510705）（更改代码，2016-01-01，绵府发〔2016〕1号），依据 绵府发〔2016〕5号，理由：生效日期登记错误。该记录保留，不再生效。\n")
        let list = try cli.run("areas", "successions").stdout
        #expect(list.contains("已撤回（绵府发〔2016〕5号）"), "\(list)")
        // No longer in force: 2016 assesses 安县 again, and 安州区 (no targets, no report) is not its successor.
        let table = try cli.run("assess", "--year", "2016").stdout
        #expect(table.contains("510724    安县"), "\(table)")
        // The same pair can be recorded again, correctly; both rows are kept.
        let again = try cli.run("areas", "succeed", "510724", "510705", "--on", "2016-07-01", "--doc", "绵府发〔2016〕6号")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try cli.run("areas", "successions").stdout.hasSuffix("共 2 条承继记录\n"))
        // Withdrawing twice is refused.
        let twice = try cli.run("areas", "succeed", "--withdraw", "1", "--doc", "D", "--reason", "x", "--lang", "en")
        #expect(twice.status != 0 && twice.stderr.contains("succession #1 was already withdrawn"), "\(twice.stderr)")
    }

    @Test func aSuccessionAPublishedRunReliedOnCannotBeWithdrawn() throws {
        let cli = try recoded()
        #expect(try cli.run("reports", "import", "Tests/KaoheCLITests/Fixtures/succession-2016").status == 0)
        #expect(try cli.run("assess", "--year", "2016").status == 0)
        #expect(try cli.run("publish", "--year", "2016", "--date", "2017-01-20", "--doc", "绵府办函〔2017〕2号", "--confirm-no-data").status == 0)
        let before = try cli.dumpTables()
        let r = try cli.run("areas", "succeed", "--withdraw", "1", "--doc", "D", "--reason", "误登", "--lang", "en")
        #expect(r.status != 0)
        #expect(r.stderr.contains("succession #1 cannot be withdrawn: the 2016 assessment (run #1), published on 2017-01-20 (绵府办函〔2017〕2号), assessed 510705 as its successor, and a published result stays as issued (R-22b) — it can be withdrawn only as a correction: it stops being in force from that day, the 2016 result awaits correction, and a new revision of the 2016 assessment is assessed and published to supersede the issued one (R-22c) (kaohe areas succeed --withdraw 1 --correction, then kaohe assess and kaohe publish)"), "\(r.stderr)")
        #expect(try cli.dumpTables() == before)
    }

    @Test func usageErrorsAndAnUnknownId() throws {
        let cli = try recoded()
        let noReason = try cli.run("areas", "succeed", "--withdraw", "1", "--doc", "D", "--lang", "en")
        #expect(noReason.status != 0 && noReason.stderr.contains("--reason must say why"), "\(noReason.stderr)")
        let unknown = try cli.run("areas", "succeed", "--withdraw", "9", "--doc", "D", "--reason", "x", "--lang", "en")
        #expect(unknown.status != 0 && unknown.stderr.contains("there is no succession #9"), "\(unknown.stderr)")
    }

    @Test func withdrawalsAreNeverChangedOrDeleted() throws {
        let cli = try recoded()
        #expect(try cli.run("areas", "succeed", "--withdraw", "1", "--doc", "D", "--reason", "x").status == 0)
        let db = try DatabaseQueue(path: cli.db)
        expectTriggerRefusal("a withdrawal is recorded once and never changed", "UPDATE area_succession_withdrawal SET reason = 'y'", in: db)
        expectTriggerRefusal("a withdrawal is kept with history, never deleted", "DELETE FROM area_succession_withdrawal", in: db)
        expectTriggerRefusal("a succession is kept with history, never deleted", "DELETE FROM area_succession", in: db)
    }
}
