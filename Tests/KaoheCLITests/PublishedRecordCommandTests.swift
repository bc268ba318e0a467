import Foundation
import KaoheStore
import Testing

/// The published record end to end: guarded publication (R-22a), kept as issued (R-22b), corrections that
/// carry their consequences (R-22c).
@Suite struct PublishedRecordCommandTests {
    static let doc1 = "绵府办函〔2016〕12号"
    static let doc2 = "绵府办函〔2016〕30号"
    static let summaryHeader = "区域代码,考核年度,报送日期,PM10年均浓度,PM10有效监测天数,实施细则公开,实施细则备案日期,年度实施计划公开,年度实施计划备案日期,填报人,审核人,备注\n"

    /// The sample data imported and 2015 assessed (draft run #1).
    func assessedHarness() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("targets", "import", "sample-data/targets.csv").status == 0)
        #expect(try cli.run("reports", "import", "sample-data/reports/2014", "sample-data/reports/2015").status == 0)
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        return cli
    }

    /// Writes a one-row self-inspection report for 安县 2015, received `submitted`, PM10 `pm10`.
    func correctedAnxianReport(_ cli: CLIHarness, submitted: String, pm10: Int) throws -> String {
        let path = cli.workDir.appendingPathComponent("自查报告-更正-\(submitted).csv").path
        let row = "510724,2015,\(submitted),\(pm10),340,是,2014-12-01,是,2015-03-01,陈静,赵刚,更正报告\n"
        try (Self.summaryHeader + row).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    // MARK: R-22a

    @Test func publicationDatedOnOrBeforeTheYearEndOrInTheFutureIsRefusedNamingTheDate() throws {
        let cli = try assessedHarness()
        let before = try cli.dumpTables()
        // 2015-12-31 is the last day of the assessed year: not after it.
        #expect(try cli.run("publish", "--year", "2015", "--date", "2015-12-31", "--doc", Self.doc1) == .init(
            status: 1, stdout: "", stderr: "Error: 发布日期 2015-12-31：考核结果须在考核年度结束后发布 — 请给出 2015-12-31 之后的日期（R-22a）\n"))
        #expect(try cli.run("publish", "--year", "2015", "--date", "2015-12-31", "--doc", Self.doc1, "--lang", "en") == .init(
            status: 1, stdout: "",
            stderr: "Error: publication date 2015-12-31: a result is published after the assessed year has ended — give a date after 2015-12-31 (R-22a)\n"))
        // A date after today (the machine's date; 9998-12-31 is after any test run) is refused.
        let future = try cli.run("publish", "--year", "2015", "--date", "9998-12-31", "--doc", Self.doc1, "--lang", "en")
        #expect(future.status == 1)
        #expect(future.stderr.hasPrefix("Error: publication date 9998-12-31: after today ("))
        // A five-digit year is not a date at all.
        let absurd = try cli.run("publish", "--year", "2015", "--date", "10000-01-01", "--doc", Self.doc1)
        #expect(absurd.status == 1 && absurd.stderr.hasPrefix("Error: --date 10000-01-01："))
        #expect(try cli.dumpTables() == before)
    }

    @Test func aLaterRevisionCannotBeDatedBeforeTheEarlierPublishedOne() throws {
        let cli = try assessedHarness()
        #expect(try cli.run("publish", "--year", "2015", "--date", "2016-03-15", "--doc", Self.doc1).status == 0)
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        // Revision 1 is dated 2016-03-15; revision 2 on 2016-03-14 would come "before" it.
        #expect(try cli.run("publish", "--year", "2015", "--date", "2016-03-14", "--doc", Self.doc2, "--lang", "en") == .init(
            status: 1, stdout: "",
            stderr: "Error: publication date 2016-03-14: revision 1 of this assessment was already published on 2016-03-15 as 绵府办函〔2016〕12号 — a later revision cannot be dated before it; give 2016-03-15 or later (R-22a)\n"))
        // The same day is allowed.
        #expect(try cli.run("publish", "--year", "2015", "--date", "2016-03-15", "--doc", Self.doc2).status == 0)
    }

    @Test func theFinalYearIsPublishedAsTheFinalAssessmentAndMostlyNoDataNeedsConfirmation() throws {
        let cli = try assessedHarness()
        // The sample data has no 2017 reports: every one of the 13 units fails for "no report, no data" (R-18).
        #expect(try cli.run("assess", "--year", "2017").status == 0)
        #expect(try cli.run("publish", "--year", "2017", "--date", "2018-03-01", "--doc", "X") == .init(
            status: 1, stdout: "",
            stderr: "Error: 2017 年为规划期末年（2013—2017 年，规则集 kaohe-default-2014），其结果只作为终期考核发布（R-1、R-22a）— 请按终期考核考核并发布（--final）\n"))
        #expect(try cli.run("assess", "--year", "2017", "--final").status == 0)
        let refused = try cli.run("publish", "--year", "2017", "--final", "--date", "2018-03-01", "--doc", "X")
        // 13 of 13 graded: 13 × 2 = 26 > 13, more than half.
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("Error: 13 个参评单位中有 13 个仅因“未报送、无数据”而不合格（R-18）：510703 涪城区、510704 游仙区、"))
        #expect(refused.stderr.hasSuffix("— 请核实其报告是否已导入（R-22a）；确需发布请确认（--confirm-no-data）\n"))
        let confirmed = try cli.run("publish", "--year", "2017", "--final", "--date", "2018-03-01", "--doc", "X", "--confirm-no-data")
        #expect(confirmed.status == 0)
        #expect(confirmed.stdout.contains("仅因未报送、无数据而不合格的单位（R-18）：510703 涪城区、"))
    }

    @Test func oneNoDataUnitOutOfThirteenNeedsNoConfirmationButIsListed() throws {
        let cli = try assessedHarness()
        // 2015: only 平武县 fails for no report, no data: 1 × 2 = 2 ≤ 13 → no confirmation needed.
        let publish = try cli.run("publish", "--year", "2015", "--date", "2016-03-15", "--doc", Self.doc1, "--lang", "en")
        #expect(publish.status == 0)
        #expect(publish.stdout.hasSuffix("Units failing only for no report, no data (R-18): 510727 平武县\n"))
    }

    // MARK: R-22b

    static let formats = ["text", "md", "html", "csv", "json"]

    func issued(_ cli: CLIHarness, _ extra: [String] = []) throws -> [String: String] {
        var out: [String: String] = [:]
        for format in Self.formats {
            for lang in ["zh", "en"] {
                let r = try cli.runArgs(["summary", "--year", "2015", "--format", format, "--lang", lang, "--as-of", "2016-12-31"] + extra)
                #expect(r.status == 0)
                out["\(format)/\(lang)"] = r.stdout
            }
        }
        return out
    }

    @Test func theIssuedPartOfEveryFormatIsByteIdenticalAfterLaterEvents() throws {
        let cli = try assessedHarness()
        #expect(try cli.run("publish", "--year", "2015", "--date", "2016-03-15", "--doc", Self.doc1).status == 0)
        let atPublication = try issued(cli, ["--as-issued"])
        let fullAtPublication = try issued(cli)

        // Later events: a late corrected report for 安县 (93 → 91), a falsification finding for 涪城区, the
        // freeze on 安县 lifted, the summons of 北川 held.
        #expect(try cli.run("reports", "import", try correctedAnxianReport(cli, submitted: "2016-04-20", pm10: 91)).status == 0)
        #expect(try cli.run("flag", "falsification", "510703", "2015", "--ref", "绵环监〔2016〕3号").status == 0)
        #expect(try cli.run("freeze", "lift", "510724", "--date", "2016-06-01", "--doc", "绵环函〔2016〕8号", "--reason", "整改完成").status == 0)
        #expect(try cli.run("summons", "update", "2", "--held-on", "2016-04-10").status == 0)
        // New document settings apply to later notices, never to this one (issue 20).
        #expect(try cli.run("settings", "set", "--city", "江油市", "--cc", "市委组织部").status == 0)

        let later = try issued(cli, ["--as-issued"])
        for key in atPublication.keys.sorted() {
            #expect(later[key] == atPublication[key], "issued part of \(key) changed")
        }
        // The live tables did change: a draft assessed now reads the corrected report and the finding.
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        let draft = try cli.run("summary", "--year", "2015", "--run", "2", "--format", "csv").stdout
        #expect(draft.contains("绵环监〔2016〕3号"))
        #expect(draft != atPublication["csv/zh"])

        // Without --as-issued the same issued text is followed by the dated section with each event. The
        // section runs to today: the summons, finding and report were recorded today (the test's clock),
        // the lift takes effect 2016-06-01.
        let text = try cli.run("summary", "--year", "2015", "--lang", "en").stdout
        #expect(text.contains("Subsequent actions (as of "))
        #expect(text.contains("2016-06-01  510724 安县: freeze #1 lifted from 2016-06-01 (绵环函〔2016〕8号, 整改完成)"))
        #expect(text.contains("510726 北川羌族自治县: summons #2 status planned → held"))
        #expect(text.contains("510703 涪城区: finding of falsified monitoring data (绵环监〔2016〕3号, R-17)"))
        #expect(text.contains("510724 安县: self-inspection report (quality) version 2 received, submitted 2016-04-20; this notice is not changed by it"))
        // The issued part comes first, unchanged: the output starts with what --as-issued prints, less its
        // final line break; the text and Markdown of publication day had the section with "None." only.
        for key in ["text/en", "md/en", "text/zh", "md/zh"] {
            let issued = atPublication[key]!
            #expect(fullAtPublication[key]!.hasPrefix(String(issued.dropLast())))
        }
        // --as-of 2016-05-31 ends the section before the lift (effective 2016-06-01) and before today's records.
        let early = try cli.run("summary", "--year", "2015", "--as-of", "2016-05-31", "--lang", "en").stdout
        #expect(early.contains("\nSubsequent actions (as of 2016-05-31)\n"))
        #expect(!early.contains("freeze #1 lifted") && !early.contains("summons #2"))
        // CSV: the section follows the unit rows after an empty line.
        let csv = try cli.run("summary", "--year", "2015", "--format", "csv", "--lang", "en").stdout
        #expect(csv.hasPrefix(atPublication["csv/en"]! + "\r\nSubsequent actions (as of "))
        #expect(csv.contains("2016-06-01,510724,\"510724 安县: freeze #1 lifted from 2016-06-01 (绵环函〔2016〕8号, 整改完成)\""))
        let json = try cli.run("summary", "--year", "2015", "--format", "json").stdout
        #expect(json.contains("\"subsequent\": {"))
        #expect(atPublication["json/zh"]!.contains("\"subsequent\": null\n"))
    }

    // MARK: R-22c

    @Test func aCorrectionWithdrawsTheClearedUnitsSummonsLiftsItsFreezeAndAddsTheNewlyFailing() throws {
        let cli = try assessedHarness()
        #expect(try cli.run("publish", "--year", "2015", "--date", "2016-03-15", "--doc", Self.doc1).status == 0)
        // Revision 1 failed 安县 (57.1), 北川 (rising) and 平武 (no data): summonses #1–#3, freezes #1–#3.
        // Corrected report of 安县: 91 μg/m³, base 95 → decline 4/95 = 4.21 % ≥ required 3.68 % (35 % of
        // 10/95) → 100, passes. Finding of falsification for 涪城区 → 不合格 (R-17), newly failing.
        #expect(try cli.run("reports", "import", try correctedAnxianReport(cli, submitted: "2016-04-20", pm10: 91)).status == 0)
        #expect(try cli.run("flag", "falsification", "510703", "2015", "--ref", "绵环监〔2016〕3号").status == 0)
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        let publish = try cli.run("publish", "--year", "2015", "--date", "2016-05-10", "--doc", Self.doc2)
        #expect(publish.status == 0)
        #expect(publish.stdout.contains("  510703 涪城区：约谈 #4 涪城区相关责任人（待约谈）；自 2016-05-10 起暂停新增大气污染物排放建设项目环评审批（限批 #4）\n"))
        #expect(publish.stdout.contains("  510726 北川羌族自治县：此前发布的同年版本已产生约谈和限批，不重复记录\n"))
        #expect(publish.stdout.contains("  510727 平武县：此前发布的同年版本已产生约谈和限批，不重复记录\n"))
        #expect(publish.stdout.contains("本通报替代 绵府办函〔2016〕12号（2016-03-15 发布，第1版）（R-22c）\n"))
        #expect(publish.stdout.contains("  510724 安县：约谈 #1 已撤销（绵府办函〔2016〕30号）\n"))
        #expect(publish.stdout.contains("  510724 安县：限批 #1（自 2016-03-15）于 2016-05-10 解除（绵府办函〔2016〕30号）\n"))

        let db = try AppDatabase.open(path: cli.db)
        let summonses = try db.summonses(year: 2015)
        // Four summonses, none doubled: 安县 #1 withdrawn, 北川 #2 and 平武 #3 kept, 涪城 #4 new.
        #expect(summonses.map { "\($0.id) \($0.area.code) \($0.status.rawValue) \($0.decisionDocument ?? "-")" } == [
            "4 510703 planned -", "1 510724 withdrawn 绵府办函〔2016〕30号", "2 510726 planned -", "3 510727 planned -",
        ])
        // `summons list` shows the withdrawal with its day and document.
        let anxianSummons = try cli.run("summons", "list").stdout.split(separator: "\n").first { $0.hasPrefix("1 ") }
        #expect(anxianSummons?.contains("已撤销") == true)
        #expect(anxianSummons?.contains("2016-05-10 绵府办函〔2016〕30号") == true)
        let inForce = try db.freezes(inForceOn: .init(year: 2016, month: 5, day: 10)!).map(\.area.code)
        #expect(inForce == ["510703", "510726", "510727"])
        #expect(try db.freezes(inForceOn: .init(year: 2016, month: 5, day: 9)!).map(\.area.code) == ["510724", "510726", "510727"])
        let history = try #require(try db.summonsHistory(id: 1)).amendments
        #expect(history.map { "\($0.amendedBy) \($0.field) \($0.newValue ?? "")" } == [
            "kaohe publish status withdrawn", "kaohe publish closed_on 2016-05-10", "kaohe publish decision_doc 绵府办函〔2016〕30号",
        ])

        // The summary without --run is the newest published revision and says what it replaces.
        let summary = try cli.run("summary", "--year", "2015", "--as-issued")
        #expect(summary.stdout.contains("本通报替代 绵府办函〔2016〕12号（2016-03-15 发布，第1版，运行 #1）（R-22c）"))
        #expect(summary.stderr == "")
        // Revision 2 as issued: 安县's summons withdrawn by this notice, its freeze no longer in force (无).
        let anxianRow = summary.stdout.split(separator: "\n").first { $0.contains("安县相关责任人") }
        #expect(anxianRow.map { $0.split(separator: " ", omittingEmptySubsequences: true).suffix(2).joined(separator: " ") }
            == "安县相关责任人（已撤销，2016-05-10，绵府办函〔2016〕30号） 无")
        // A newer draft is named on one line, not shown.
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        let withDraft = try cli.run("summary", "--year", "2015", "--as-issued")
        #expect(withDraft.stdout == summary.stdout)
        #expect(withDraft.stderr == "注意：另有更新的草稿 运行 #3（第3版）未发布；以下为已发布的第2版。\n")
        // Revision 1's summary still shows what it issued, and says later that it was replaced.
        let first = try cli.run("summary", "--year", "2015", "--run", "1").stdout
        #expect(first.contains("2016-05-10  本通报已被第 2 版（绵府办函〔2016〕30号，2016-05-10）替代（R-22c）"))
        #expect(first.contains("安县相关责任人（待约谈）"))
    }
}
