import Foundation
import GRDB
import KaoheCore
import KaoheStore
import KaoheTestSupport
import Testing

/// Filings as events (R-2): recorded when they happen, appended and never deleted, shown beside the
/// self-report's columns with any conflict, used by `reports status`, the summary (frozen with a publication,
/// R-22b) and the list of plans not yet filed.
@Suite struct FilingsCommandTests {
    /// Sample units, targets and the 2015 reports. In the sample, 安县 (510724) reports its 2015 plan filed
    /// 2015-03-01; 三台县 (510722) reports it not published, not filed; 盐亭县 (510723) published, not filed;
    /// 北川 (510726) not published, not filed; 平武县 (510727) sent no report.
    func harness() throws -> CLIHarness {
        var cli = try CLIHarness()
        cli.environment["KAOHE_TODAY"] = "2016-04-01"
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("targets", "import", "sample-data/targets.csv").status == 0)
        #expect(try cli.run("reports", "import", "sample-data/reports/2014", "sample-data/reports/2015").status == 0)
        return cli
    }

    func line(_ text: String, _ code: String) -> String? { text.split(separator: "\n").map(String.init).first { $0.hasPrefix(code) } }

    @Test func aPlanFiledInFebruaryShowsBeforeAnyReportAndTheMissingListShrinks() throws {
        let cli = try harness()
        // 2016: no report has arrived yet, so every unit's plan is unfiled: 13 units.
        #expect(try cli.run("filings", "missing", "--year", "2016", "--lang", "en").stdout.hasSuffix("Units whose 2016 annual plan is not filed: 13\n"))
        let r = try cli.run("filings", "record", "510703", "--year", "2016", "--kind", "plan", "--published-on", "2016-02-01", "--filed-on", "2016-02-10", "--doc", "涪环备〔2016〕3号")
        #expect(r == .init(status: 0, stdout: "已登记 #1：510703 2016 年年度实施计划 公开 2016-02-01，备案 2016-02-10（涪环备〔2016〕3号）。\n", stderr: ""))
        let status = try cli.run("reports", "status", "--year", "2016").stdout
        let row = line(status, "510703")?.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        // code, name, 未报送, completeness —, rules — (no report, no event), the plan from the event.
        #expect(row == ["510703", "涪城区", "未报送", "—", "—", "已公开", "2016-02-01，已备案", "2016-02-10，涪环备〔2016〕3号（登记）"])
        let missing = try cli.run("filings", "missing", "--year", "2016", "--lang", "en").stdout
        #expect(line(missing, "510703") == nil)
        #expect(missing.hasSuffix("Units whose 2016 annual plan is not filed: 12\n"))
    }

    @Test func aConflictWithTheSelfReportIsShownWithBothSides() throws {
        let cli = try harness()
        #expect(try cli.run("filings", "record", "510724", "--year", "2015", "--kind", "plan", "--filed-on", "2015-02-20").status == 0)
        let status = try cli.run("reports", "status", "--year", "2015", "--lang", "en").stdout
        // The report says filed 2015-03-01, the event 2015-02-20: both shown.
        #expect(line(status, "510724")?.hasSuffix(
            "published, filed 2015-02-20 (recorded); differs from the self-report, which says published, filed 2015-03-01") == true)
        // The same day as the report is no conflict (涪城区 reports its plan filed 2015-02-10).
        #expect(try cli.run("filings", "record", "510703", "--year", "2015", "--kind", "plan", "--filed-on", "2015-02-10").status == 0)
        let again = try cli.run("reports", "status", "--year", "2015", "--lang", "en").stdout
        #expect(line(again, "510703")?.hasSuffix("published, filed 2015-02-10 (recorded)") == true)
    }

    @Test func theMissingListUsesTheReportColumnsAndTheEvents() throws {
        let cli = try harness()
        #expect(try cli.run("filings", "missing", "--year", "2015", "--lang", "en").stdout == """
            code    name            annual plan
            ------  --------------  ------------------------
            510722  三台县          not published, not filed
            510723  盐亭县          published, not filed
            510726  北川羌族自治县  not published, not filed
            510727  平武县          nothing recorded
            Units whose 2015 annual plan is not filed: 4

            """)
        #expect(try cli.run("filings", "record", "510723", "--year", "2015", "--kind", "plan", "--filed-on", "2015-06-01").status == 0)
        let after = try cli.run("filings", "missing", "--year", "2015", "--lang", "en").stdout
        #expect(line(after, "510723") == nil)
        #expect(after.hasSuffix("not filed: 3\n"))
    }

    @Test func badRecordsAreRefusedAndChangeNothing() throws {
        let cli = try harness()
        let before = try cli.dumpTables()
        #expect(try cli.run("filings", "record", "510703", "--year", "2016", "--kind", "plan", "--filed-on", "2016-05-01", "--lang", "en") == .init(
            status: 1, stdout: "", stderr: "Error: 510703 2016 plan: 2016-05-01 is after today (2016-04-01) — record a filing once it has happened\n"))
        #expect(try cli.run("filings", "record", "999999", "--year", "2016", "--kind", "plan", "--filed-on", "2016-02-01", "--lang", "en").stderr
            == "Error: 999999 2016 plan: unit 999999 is not known — import it first (kaohe areas import)\n")
        #expect(try cli.run("filings", "record", "510703", "--year", "2016", "--kind", "plan", "--published-on", "2016-03-01", "--filed-on", "2016-02-01", "--lang", "en").stderr
            == "Error: 510703 2016 plan: filed on 2016-02-01, before it was published on 2016-03-01 — check the two days\n")
        #expect(try cli.run("filings", "record", "510703", "--year", "2016", "--kind", "budget", "--filed-on", "2016-02-01").status == 64)
        #expect(try cli.run("filings", "record", "510703", "--year", "2016", "--kind", "plan").status == 64)
        #expect(try cli.dumpTables() == before)
    }

    @Test func anImportFileIsAllOrNothingWithLocatedErrors() throws {
        let cli = try harness()
        let bad = cli.workDir.appendingPathComponent("备案登记-bad.csv").path
        try """
            区域代码,年度,文件类别,公开日期,备案日期,备案文号
            510703,2016,年度实施计划,2016-02-01,2016-02-10,涪环备〔2016〕3号
            510704,2016,预算,2016-02-01,,
            510724,2016,实施细则,,,

            """.write(toFile: bad, atomically: true, encoding: .utf8)
        let before = try cli.dumpTables()
        let r = try cli.run("filings", "import", bad, "--lang", "en")
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(bad):3:3 (文件类别): kind 预算 is not known — write 实施细则 (rules) or 年度实施计划 (plan)"))
        #expect(r.stderr.contains("\(bad):4:"))
        #expect(r.stderr.contains("neither 公开日期 nor 备案日期 is given"))
        #expect(try cli.dumpTables() == before)

        let good = cli.workDir.appendingPathComponent("备案登记.csv").path
        try """
            area_code,year,kind,published_on,filed_on,document
            510703,2016,plan,2016-02-01,2016-02-10,涪环备〔2016〕3号
            510724,2016,rules,2016-01-15,,

            """.write(toFile: good, atomically: true, encoding: .utf8)
        #expect(try cli.run("filings", "import", good, "--lang", "en").stdout == "\(good): 2 publication or filing event(s) recorded.\n")
        let events = try AppDatabase.open(path: cli.db).filingEvents(year: 2016)
        #expect(events.map { "\($0.areaCode) \($0.kind.rawValue) \($0.publishedOn?.description ?? "-") \($0.filedOn?.description ?? "-") \($0.source)" } == [
            "510703 plan 2016-02-01 2016-02-10 \(good)", "510724 rules 2016-01-15 - \(good)",
        ])
    }

    @Test func eventsAreNeverChangedOrDeleted() throws {
        let cli = try harness()
        #expect(try cli.run("filings", "record", "510703", "--year", "2016", "--kind", "plan", "--filed-on", "2016-02-10").status == 0)
        #expect(try cli.run("filings", "record", "510703", "--year", "2016", "--kind", "plan", "--filed-on", "2016-02-11").status == 0)
        // The newer counts; the older stays in the history.
        let status = try cli.run("reports", "status", "--year", "2016", "--lang", "en").stdout
        #expect(line(status, "510703")?.hasSuffix("publication not recorded, filed 2016-02-11 (recorded)") == true)
        #expect(try AppDatabase.open(path: cli.db).filingEvents().count == 2)
        let queue = try DatabaseQueue(path: cli.db)
        expectTriggerRefusal("filing events are appended, never changed", "UPDATE filing_event SET filed_on = '2016-01-01'", in: queue)
        expectTriggerRefusal("filing events are appended, never deleted", "DELETE FROM filing_event", in: queue)
        #expect(try AppDatabase.open(path: cli.db).filingEvents().count == 2)
    }

    @Test func thePublishedSummaryKeepsTheFilingsAsIssued() throws {
        var cli = try harness()
        cli.environment["KAOHE_TODAY"] = "2016-06-01"
        #expect(try cli.run("filings", "record", "510724", "--year", "2015", "--kind", "plan", "--filed-on", "2015-02-20").status == 0)
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        #expect(try cli.run("publish", "--year", "2015", "--date", "2016-03-15", "--doc", "绵府办函〔2016〕12号").status == 0)
        let issued = try cli.run("summary", "--year", "2015", "--format", "md", "--as-issued").stdout
        #expect(issued.contains("| 510724 | 安县 | 按时（2015-12-30） | 完整 | 已公开，已备案 2014-12-01 | 已公开，已备案 2015-02-20（登记）；与自查报告不一致：报告称已公开，已备案 2015-03-01 |"))
        // A filing recorded after publication does not enter the issued notice (R-22b).
        #expect(try cli.run("filings", "record", "510722", "--year", "2015", "--kind", "plan", "--filed-on", "2016-05-01").status == 0)
        #expect(try cli.run("summary", "--year", "2015", "--format", "md", "--as-issued").stdout == issued)
        // … but appears, dated, in the section of later events (后续处理情况, R-22b).
        // The event is dated by when it was recorded (the clock, not KAOHE_TODAY), so read as of the real today.
        var now = cli
        now.environment = [:]
        let withLater = try now.run("summary", "--year", "2015", "--format", "md").stdout
        #expect(withLater.contains("510722 三台县：登记年度实施计划备案 2016-05-01；本通报不因此改变"))
        #expect(!issued.contains("登记年度实施计划备案 2016-05-01"))
        // A draft shows it.
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        let draft = try cli.run("summary", "--year", "2015", "--run", "2", "--format", "md").stdout
        #expect(draft.contains("| 510722 | 三台县 | 按时（2015-12-29） | 完整 | 已公开，已备案 2014-12-05 | 未公开，已备案 2016-05-01（登记）；与自查报告不一致：报告称未公开，未备案 |"))
    }

    @Test func theSampleFilingsOf2016LeaveTenUnitsForTheReminderLetter() throws {
        let cli = try harness()
        #expect(try cli.run("filings", "import", "sample-data/filings/备案登记-2016.csv", "--lang", "en").stdout
            == "sample-data/filings/备案登记-2016.csv: 4 publication or filing event(s) recorded.\n")
        let missing = try cli.run("filings", "missing", "--year", "2016").stdout
        // 13 units; 涪城区, 游仙区 and 高新区 filed in February; 江油市 published only, so it stays on the list.
        for code in ["510703", "510704", "MY-GXQ"] { #expect(line(missing, code) == nil) }
        #expect(line(missing, "510781")?.hasSuffix("已公开 2016-02-26，未备案（登记）") == true)
        #expect(missing.hasSuffix("2016 年度实施计划未备案的单位：10 个\n"))
    }
}
