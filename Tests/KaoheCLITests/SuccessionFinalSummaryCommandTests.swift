import Foundation
import Testing

/// The 2017 final summary of a successor (issue 21, D-141, D-147): 安州区 (510705) succeeded 安县 (510724) by a
/// recode on 2016-01-01, reported for 2016 and 2017 under its own code, and its plan-period section joins 安县's
/// 2013 base and published 2014 and 2015 results, each year named as it was.
///
/// Figures by hand, as in `SuccessionHistoryCommandTests` and `PlanPeriodSummaryCommandTests` (安州区 carries 安县's
/// targets, D-62: base 95 (2013), final ceiling 85 (2017), so the full reduction is 10 μg/m³, R-8):
/// - 2013 (base year, 安县): 95.
/// - 2014 (安县, sample): 94; share 10 % → required reduction 1, reached → 100.0 优秀.
/// - 2015 (安县, sample): 93; share 35 % → 3.5; actual 2 → 100 × 2 ÷ 3.5 = 57.14… → 57.1 不合格.
/// - 2016 (安州区, synthetic): 90; share 65 % → 6.5; actual 95 − 90 = 5 → 100 × 5 ÷ 6.5 = 76.92… → 76.9 良好.
/// - 2017 final (安州区, synthetic): 86; required decline 10/95 = 10.526…% → 10.5 %; actual 9/95 = 9.473…% →
///   9.5 % < required → not reached; 100 × 9 ÷ 10 = 90.0, yet 不合格 by the final veto.
@Suite struct SuccessionFinalSummaryCommandTests {
    static let selfReport2016 = """
        区域代码,考核年度,报送日期,PM10年均浓度
        510703,2016,2016-12-20,93
        510704,2016,2016-12-21,91
        510705,2016,2016-12-22,90
        510781,2016,2016-12-23,92
        510722,2016,2016-12-26,86

        """
    static let selfReport2017 = """
        区域代码,考核年度,报送日期,PM10年均浓度
        510703,2017,2017-12-20,91
        510704,2017,2017-12-21,88
        510705,2017,2017-12-22,86
        510781,2017,2017-12-23,88
        510722,2017,2017-12-26,86

        """

    /// 2014 and 2015 published under 安县, the change recorded, then 2016 and 2017 (final) published with 安州区.
    func publishThePlanPeriod() throws -> CLIHarness {
        let cli = try HistoryCommandTests.publishedSample()
        #expect(try cli.run("areas", "import", "Tests/KaoheCLITests/Fixtures/areas-anzhou.csv").status == 0)
        #expect(try cli.run("areas", "succeed", "510724", "510705", "--on", "2016-01-01", "--doc", "绵府发〔2016〕1号").status == 0)
        let r16 = try cli.write("r2016/自查报告-2016.csv", Self.selfReport2016)
        let r17 = try cli.write("r2017/自查报告-2017.csv", Self.selfReport2017)
        let imported = try cli.run("reports", "import", r16, r17)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try cli.run("assess", "--year", "2016").status == 0)
        let p16 = try cli.run("publish", "--year", "2016", "--date", "2017-03-10", "--doc", "绵环发〔2017〕8号", "--confirm-no-data")
        #expect(p16.status == 0, "\(p16.stderr)")
        #expect(try cli.run("assess", "--year", "2017", "--final").status == 0)
        let p17 = try cli.run("publish", "--year", "2017", "--final", "--date", "2018-03-12", "--doc", "绵环发〔2018〕6号", "--confirm-no-data")
        #expect(p17.status == 0, "\(p17.stderr)")
        return cli
    }

    @Test func theFinalSummaryJoinsThePredecessorsYearsToTheSuccessorsSection() throws {
        let cli = try publishThePlanPeriod()
        let summary = ["summary", "--year", "2017", "--final", "--as-issued"]
        let text = try cli.runArgs(summary).stdout
        let attachment = try #require(text.range(of: "附件3\n各单位规划期（2013—2017年）考核情况"), "\(text)")
        let section = String(text[attachment.upperBound...])
        // 安州区 has a section; 安县 has none of its own (it is not assessed in 2017, D-61).
        let anzhou = try #require(section.components(separatedBy: "安州区（510705）\n").dropFirst().first, "\(section)")
        #expect(!section.contains("\n安县（510724）\n"))
        func row(_ start: String) -> [String]? {
            anzhou.split(separator: "\n").first { $0.hasPrefix(start) }.map { $0.split(separator: " ").map(String.init) }
        }
        #expect(row("2013") == ["2013（基准年）：安县（510724）", "95", "考核基数"], "\(anzhou)")
        #expect(row("2014") == ["2014：安县（510724）", "94", "年度考核", "100.0", "优秀", "绵环发〔2015〕5号（2015-03-10）"])
        #expect(row("2015") == ["2015：安县（510724）", "93", "年度考核", "57.1", "不合格", "绵环发〔2016〕12号（2016-03-15）"])
        #expect(row("2016 ") == ["2016", "90", "年度考核", "76.9", "良好", "绵环发〔2017〕8号（2017-03-10）"])
        #expect(row("2017 ") == ["2017", "86", "终期考核", "90.0", "不合格", "绵环发〔2018〕6号（2018-03-12）"])
        #expect(anzhou.contains("终期目标：浓度不高于 85 μg/m³；终期结果：要求下降 10.5%，实际下降 9.5%，未达到终期目标，不合格\n"))

        // CSV: 安州区's code on every row; the predecessor's years say whose they were.
        let csv = try cli.runArgs(summary + ["--format", "csv"]).stdout
        let rows = csv.replacingOccurrences(of: "\u{FEFF}", with: "").components(separatedBy: "\r\n").filter { $0.hasPrefix("510705,") }
        #expect(rows.map { $0.split(separator: ",", omittingEmptySubsequences: false).prefix(8).joined(separator: ",") } == [
            "510705,安州区（本年为安县，510724）,2013,是,95,考核基数,,",
            "510705,安州区（本年为安县，510724）,2014,,94,年度考核,100.0,优秀",
            "510705,安州区（本年为安县，510724）,2015,,93,年度考核,57.1,不合格",
            "510705,安州区,2016,,90,年度考核,76.9,良好",
            "510705,安州区,2017,,86,终期考核,90.0,不合格",
        ], "\(csv)")

        // The chart's panel names 安州区 with the years 安县 stood for it (D-146).
        let html = try cli.runArgs(summary + ["--format", "html"]).stdout
        #expect(html.contains("font-weight=\"bold\">安州区（2013—2015年为安县）</text>"), "\(html)")
        let en = try cli.runArgs(summary + ["--format", "html", "--lang", "en"]).stdout
        #expect(en.contains("font-weight=\"bold\">安州区 (安县 in 2013–2015)</text>"))
    }
}
