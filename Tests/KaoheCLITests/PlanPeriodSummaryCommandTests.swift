import Foundation
import KaoheXLSX
import Testing

/// The plan-period view of the final assessment (issue 22) end to end: in every format of the 2017 final
/// summary, the same rows in `kaohe history`, and frozen with the published record (R-22b).
///
/// Data: the sample data (areas, targets, the 2014 and 2015 reports) plus **synthetic** 2016 and 2017
/// self-reports and key tasks written by the test (the sample data stops at 2015; these figures are not
/// official). Worked by hand for 安县 510724 — targets.csv: base 95 (2013), final ceiling 85 (2017), so the
/// full reduction is 95 − 85 = 10 μg/m³:
/// - 2014 (sample): 94; share 10 % → required reduction 1, reached → 100.0 优秀.
/// - 2015 (sample): 93; share 35 % → 3.5; actual 2 → 100 × 2 ÷ 3.5 = 57.14… → 57.1 不合格.
/// - 2016 (synthetic): 90; share 65 % → 6.5; actual 5 → 100 × 5 ÷ 6.5 = 76.92… → 76.9 良好.
/// - 2017 final (synthetic): 86; share 100 % → 10, required decline 10/95 = 10.526…% → 10.5 %; actual
///   9/95 = 9.473…% → 9.5 % < required → not reached; quality 100 × 9 ÷ 10 = 90.0, yet 不合格 by the final
///   veto.
/// Key tasks by indicator (R-12; sums of sub-indicators, self/verified, R-13):
/// - 2014 (重点任务-2014.csv): 1 = 2+2+5+2 = 11; 2 = 6; 3 = 4+6 = 10; 4 = 8+2 = 10; 5 = 8+7 = 15; 6 = 4+4 = 8;
///   7 = 7+2+1+2 = 12; 8 = 5; 9 = 6; 10 = 2+1+13 = 16; nothing verified.
/// - 2015 (key-tasks-2015.csv): 1 = 2+2+4+2 = 10; 5 = 5+7 = 12 self, 4+7 = 11 verified; the rest as 2014.
/// - 2016 (synthetic): 5.1 self 6 verified 5, 5.2 self 7 → 13 / 12; 10.1 self 2 → 2 / —.
/// - 2017 (synthetic): 5.1 self 8 → 8 / —.
@Suite struct PlanPeriodSummaryCommandTests {
    static let selfReport2016 = """
        区域代码,考核年度,报送日期,PM10年均浓度
        510703,2016,2016-12-20,93
        510704,2016,2016-12-21,91
        510724,2016,2016-12-22,90
        510781,2016,2016-12-23,92
        510722,2016,2016-12-26,86

        """
    static let keyTasks2016 = "区域代码,考核年度,指标代码,自评得分,核定得分\n510724,2016,5.1,6,5\n510724,2016,5.2,7,\n510724,2016,10.1,2,\n"
    static let selfReport2017 = """
        区域代码,考核年度,报送日期,PM10年均浓度
        510703,2017,2017-12-20,91
        510704,2017,2017-12-21,88
        510724,2017,2017-12-22,86
        510781,2017,2017-12-23,88
        510722,2017,2017-12-26,86

        """
    static let keyTasks2017 = "区域代码,考核年度,指标代码,自评得分,核定得分\n510724,2017,5.1,8,\n"

    /// 安县's rows of the plan-period table (CSV, Chinese), worked above: code, name, year, base-year mark, annual
    /// mean, kind, result, grade, document, date; then self and verified per indicator 1 … 10; then the final
    /// target, required and actual decline and reached, on the final year's row only.
    static let anxianRows: [String] = {
        let none = Array(repeating: "", count: 20)
        let final4 = ["", "", "", ""]
        func row(_ head: [String], _ tasks: [String], _ tail: [String]) -> String { (head + tasks + tail).joined(separator: ",") }
        return [
            row(["510724", "安县", "2013", "是", "95", "考核基数", "", "", "", ""], none, final4),
            row(
                ["510724", "安县", "2014", "", "94", "年度考核", "100.0", "优秀", "绵环发〔2015〕5号", "2015-03-10"],
                ["11.0", "", "6.0", "", "10.0", "", "10.0", "", "15.0", "", "8.0", "", "12.0", "", "5.0", "", "6.0", "", "16.0", ""], final4),
            row(
                ["510724", "安县", "2015", "", "93", "年度考核", "57.1", "不合格", "绵环发〔2016〕12号", "2016-03-15"],
                ["10.0", "", "6.0", "", "10.0", "", "10.0", "", "12.0", "11.0", "8.0", "", "12.0", "", "5.0", "", "6.0", "", "16.0", ""], final4),
            row(
                ["510724", "安县", "2016", "", "90", "年度考核", "76.9", "良好", "绵环发〔2017〕8号", "2017-03-10"],
                ["", "", "", "", "", "", "", "", "13.0", "12.0", "", "", "", "", "", "", "", "", "2.0", ""], final4),
            row(
                ["510724", "安县", "2017", "", "86", "终期考核", "90.0", "不合格", "绵环发〔2018〕6号", "2018-03-12"],
                ["", "", "", "", "", "", "", "", "8.0", "", "", "", "", "", "", "", "", "", "", ""], ["浓度不高于 85 μg/m³", "10.5", "9.5", "否"]),
        ]
    }()

    /// Imports, assesses and publishes 2014, 2015, 2016 (annual) and 2017 (final).
    func publishThePlanPeriod() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("targets", "import", "sample-data/targets.csv").status == 0)
        let r16 = try cli.write("r2016/自查报告-2016.csv", Self.selfReport2016)
        _ = try cli.write("r2016/重点任务-2016.csv", Self.keyTasks2016)
        let r17 = try cli.write("r2017/自查报告-2017.csv", Self.selfReport2017)
        _ = try cli.write("r2017/重点任务-2017.csv", Self.keyTasks2017)
        let imported = try cli.run(
            "reports", "import", "sample-data/reports/2014", "sample-data/reports/2015", (r16 as NSString).deletingLastPathComponent,
            (r17 as NSString).deletingLastPathComponent)
        #expect(imported.status == 0, "\(imported.stderr)")
        for (year, date, doc) in [("2014", "2015-03-10", "绵环发〔2015〕5号"), ("2015", "2016-03-15", "绵环发〔2016〕12号"), ("2016", "2017-03-10", "绵环发〔2017〕8号")] {
            #expect(try cli.run("assess", "--year", year).status == 0)
            let p = try cli.run("publish", "--year", year, "--date", date, "--doc", doc, "--confirm-no-data")
            #expect(p.status == 0, "\(p.stderr)")
        }
        #expect(try cli.run("assess", "--year", "2017", "--final").status == 0)
        let p = try cli.run("publish", "--year", "2017", "--final", "--date", "2018-03-12", "--doc", "绵环发〔2018〕6号", "--confirm-no-data")
        #expect(p.status == 0, "\(p.stderr)")
        return cli
    }

    /// The CSV section of the summary, or the history's CSV, as lines without the BOM.
    func lines(_ csv: String) -> [String] {
        csv.replacingOccurrences(of: "\u{FEFF}", with: "").components(separatedBy: "\r\n")
    }

    @Test func theFinalSummaryCarriesThePlanPeriodInEveryFormat() throws {
        let cli = try publishThePlanPeriod()
        let summary = ["summary", "--year", "2017", "--final", "--as-issued"]

        // Text: the attachment is listed in the note and comes before the technical appendix, now 附件4.
        let text = try cli.runArgs(summary).stdout
        #expect(text.contains("3. 各单位规划期（2013—2017年）考核情况"))
        let attachment = try #require(text.range(of: "附件3\n各单位规划期（2013—2017年）考核情况"))
        let appendix = try #require(text.range(of: "附件4\n计算说明"))
        #expect(attachment.upperBound < appendix.lowerBound)
        let anxian = text[attachment.upperBound...].components(separatedBy: "安县（510724）\n")[1]
        func row(_ start: String) -> [String]? {
            anxian.split(separator: "\n").first { $0.hasPrefix(start) }.map { $0.split(separator: " ").map(String.init) }
        }
        #expect(row("2013") == ["2013（基准年）", "95", "考核基数"])
        #expect(row("2014 ") == ["2014", "94", "年度考核", "100.0", "优秀", "绵环发〔2015〕5号（2015-03-10）"])
        #expect(row("2015 ") == ["2015", "93", "年度考核", "57.1", "不合格", "绵环发〔2016〕12号（2016-03-15）"])
        #expect(row("2016 ") == ["2016", "90", "年度考核", "76.9", "良好", "绵环发〔2017〕8号（2017-03-10）"])
        #expect(row("2017 ") == ["2017", "86", "终期考核", "90.0", "不合格", "绵环发〔2018〕6号（2018-03-12）"])
        #expect(row("5 ") == ["5", "工业大气污染治理", "15", "15.0/—", "12.0/11.0", "13.0/12.0", "8.0/—"])
        #expect(row("10 ") == ["10", "大气环境管理", "16", "16.0/—", "16.0/—", "2.0/—", "—"])
        #expect(anxian.contains("终期目标：浓度不高于 85 μg/m³；终期结果：要求下降 10.5%，实际下降 9.5%，未达到终期目标，不合格\n"))

        // CSV: after the ranking rows and an empty line, the section's title, header and one row per unit and year.
        let csv = try cli.runArgs(summary + ["--format", "csv"]).stdout
        #expect(csv.hasPrefix("\u{FEFF}名次,"))
        let csvLines = lines(csv)
        let title = try #require(csvLines.firstIndex(of: "各单位规划期（2013—2017年）考核情况"))
        #expect(csvLines[title - 1] == "")
        #expect(csvLines[title + 1].hasPrefix("区域代码,区域名称,年度,基准年,年均浓度,考核类别,考核得分,等级,发布文号,发布日期,1 产业结构调整优化 自评,1 产业结构调整优化 核定,"))
        #expect(csvLines[title + 1].hasSuffix(",10 大气环境管理 自评,10 大气环境管理 核定,终期目标,终期要求下降（%）,终期实际下降（%）,达到终期目标"))
        #expect(csvLines.filter { $0.hasPrefix("510724,安县,20") } == Self.anxianRows)

        // Markdown: the same table as a pipe table.
        let md = try cli.runArgs(summary + ["--format", "md"]).stdout
        #expect(md.contains("# 各单位规划期（2013—2017年）考核情况"))
        #expect(md.contains("| 2016 | 90 | 年度考核 | 76.9 | 良好 | 绵环发〔2017〕8号（2017-03-10） |"))

        // JSON: `planPeriod`, just before `subsequent`.
        let json = try cli.runArgs(summary + ["--format", "json", "--lang", "en"]).stdout
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let plan = try #require(root["planPeriod"] as? [String: Any])
        #expect(plan["baseYear"] as? Int == 2013 && plan["finalYear"] as? Int == 2017)
        let units = try #require(plan["units"] as? [[String: Any]])
        let unit = try #require(units.first { $0["code"] as? String == "510724" })
        let years = try #require(unit["years"] as? [[String: Any]])
        #expect(years.map { $0["concentration"] as? String } == ["95", "94", "93", "90", "86"])
        #expect(years.map { $0["grade"] as? String } == [nil, "excellent", "fail", "good", "fail"])
        #expect(years.last?["documentNumber"] as? String == "绵环发〔2018〕6号")
        let tasks = try #require(unit["keyTasks"] as? [[String: Any]])
        let five = try #require(tasks.first { $0["code"] as? String == "5" }?["years"] as? [[String: Any]])
        #expect(five.map { $0["self"] as? String } == ["15.0", "12.0", "13.0", "8.0"])
        #expect(five.map { $0["verified"] as? String } == [nil, "11.0", "12.0", nil])
        #expect((unit["finalTarget"] as? [String: Any])?["kind"] as? String == "ceiling")
        let final = try #require(unit["finalResult"] as? [String: Any])
        #expect(final["requiredDeclinePercent"] as? String == "10.5" && final["actualDeclinePercent"] as? String == "9.5")
        #expect(final["targetReached"] as? Bool == false && final["grade"] as? String == "fail")
        #expect(json.range(of: "\"planPeriod\"")!.lowerBound < json.range(of: "\"subsequent\"")!.lowerBound)

        // HTML: the small multiples, one panel per unit, inline and without any outside resource.
        let html = try cli.runArgs(summary + ["--format", "html"]).stdout
        #expect(html.contains("<figcaption id=\"chart1-title\">各单位年均浓度变化（μg/m³，虚线为终期目标）</figcaption>"))
        #expect(html.contains("font-weight=\"bold\">安县</text>"))
        for remote in ["src=", "href=", "url(", "@import", "<script", "<link"] { #expect(!html.contains(remote), "found \(remote)") }

        // xlsx: the same rows on their own sheet, numbers as number cells (read back as text here).
        let xlsxPath = cli.workDir.appendingPathComponent("s.xlsx").path
        #expect(try cli.runArgs(summary + ["--format", "xlsx", "-o", xlsxPath]).status == 0)
        let data = try Data(contentsOf: URL(fileURLWithPath: xlsxPath))
        #expect(try XLSXReader.sheets(in: data, file: "s.xlsx").map(\.name) == ["考核结果", "报送情况", "规划期考核情况"])
        let sheet = try XLSXReader.read(data, file: "s.xlsx", sheet: "规划期考核情况")
        let sheetRows = sheet.rows.map(\.cells).filter { $0.first == "510724" }
        #expect(sheetRows.count == 5)
        #expect(sheetRows.last?.prefix(8) == ["510724", "安县", "2017", "", "86", "终期考核", "90", "不合格"])

        // `kaohe history` gives the same rows for the unit: one builder (issue 22).
        let history = try cli.run("history", "510724", "--format", "csv").stdout
        #expect(history.hasPrefix("\u{FEFF}区域代码,"))
        #expect(Array(lines(history).dropFirst().filter { !$0.isEmpty }) == Self.anxianRows)
        #expect(lines(history)[0] == csvLines[title + 1])
        let historyText = try cli.run("history", "510724").stdout
        #expect(historyText.hasPrefix("安县（510724）2013—2017年规划期考核情况\n"))
        #expect(historyText.contains("终期目标：浓度不高于 85 μg/m³；终期结果：要求下降 10.5%，实际下降 9.5%，未达到终期目标，不合格\n"))
        let historyMD = try cli.run("history", "510724", "--format", "md", "--lang", "en").stdout
        #expect(historyMD.hasPrefix("# 安县 (510724), plan period 2013–2017\n"))
        #expect(historyMD.contains("| 2017 | 86 | final assessment | 90.0 | fail | 绵环发〔2018〕6号 (2018-03-12) |"))
        let historyHTML = try cli.run("history", "510724", "--format", "html").stdout
        #expect(historyHTML.contains("<svg") && historyHTML.contains("font-weight=\"bold\">安县</text>"))
        for remote in ["src=", "href=", "url(", "@import", "<script", "<link"] { #expect(!historyHTML.contains(remote), "found \(remote)") }
        let historyJSON = try cli.run("history", "510724", "--format", "json").stdout
        let hroot = try #require(try JSONSerialization.jsonObject(with: Data(historyJSON.utf8)) as? [String: Any])
        #expect(hroot["format"] as? String == "kaohe-history")
        let hunit = try #require((hroot["units"] as? [[String: Any]])?.first)
        #expect((hunit["years"] as? [[String: Any]])?.map { $0["resultScore"] as? String } == [nil, "100.0", "57.1", "76.9", "90.0"])
    }

    /// R-22b: the view is frozen with the final publication. A later re-import of 2016 (a new mean for 安县, a
    /// lower verified key-task score) and a published correction of 2016 move the live view — `kaohe history`
    /// — but the issued final notice prints byte for byte as before, in every format.
    @Test func theIssuedViewIsFrozenWhileTheLiveViewMoves() throws {
        let cli = try publishThePlanPeriod()
        let formats = ["text", "md", "html", "csv", "json"]
        func issued() throws -> [String] {
            try formats.map { try cli.run("summary", "--year", "2017", "--final", "--as-issued", "--format", $0).stdout }
        }
        let before = try issued()
        #expect(before[3].contains("510724,安县,2016,,90,年度考核,76.9,良好,绵环发〔2017〕8号,2017-03-10"))

        // The correction: 安县 2016 at 89 (synthetic), 5.1 verified 3 instead of 5.
        let r16 = try cli.write("c2016/自查报告-2016.csv", Self.selfReport2016.replacingOccurrences(of: "510724,2016,2016-12-22,90", with: "510724,2016,2016-12-22,89"))
        _ = try cli.write("c2016/重点任务-2016.csv", Self.keyTasks2016.replacingOccurrences(of: "510724,2016,5.1,6,5", with: "510724,2016,5.1,6,3"))
        #expect(try cli.run("reports", "import", (r16 as NSString).deletingLastPathComponent).status == 0)
        #expect(try cli.run("assess", "--year", "2016").status == 0)
        let corrected = try cli.run("publish", "--year", "2016", "--date", "2018-04-02", "--doc", "绵环发〔2018〕21号", "--confirm-no-data")
        #expect(corrected.status == 0, "\(corrected.stderr)")

        #expect(try issued() == before)
        // Live: 2016 revision 2 is in force: 89, actual 6 → 100 × 6 ÷ 6.5 = 92.30… → 92.3 优秀; indicator 5 of
        // 2016 is self 6 + 7 = 13, verified 3 + 7 = 10.
        let live = lines(try cli.run("history", "510724", "--format", "csv").stdout)
        #expect(live.first { $0.hasPrefix("510724,安县,2016,") }?.hasPrefix("510724,安县,2016,,89,年度考核,92.3,优秀,绵环发〔2018〕21号,2018-04-02,,,,,,,,,13.0,10.0,") == true)
        // The summary shown with what happened since names the correction of 2016 nowhere inside the issued part:
        // its plan-period section is the issued one.
        let withLater = try cli.run("summary", "--year", "2017", "--final", "--format", "csv").stdout
        #expect(withLater.contains("510724,安县,2016,,90,年度考核,76.9,良好,绵环发〔2017〕8号,2017-03-10"))
    }

    /// A draft of the final assessment shows the view from the tables as they are, its own year marked as a draft.
    @Test func aDraftFinalSummaryShowsTheLiveViewWithItsOwnYearAsDraft() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("targets", "import", "sample-data/targets.csv").status == 0)
        let r17 = try cli.write("r2017/自查报告-2017.csv", Self.selfReport2017)
        #expect(try cli.run("reports", "import", (r17 as NSString).deletingLastPathComponent).status == 0)
        #expect(try cli.run("assess", "--year", "2017", "--final").status == 0)
        let csv = lines(try cli.run("summary", "--year", "2017", "--final", "--format", "csv").stdout)
        // Nothing published for 2014–2016: 未发布 with no figures; 2017 is the draft's own result (90.0, vetoed).
        #expect(csv.first { $0.hasPrefix("510724,安县,2015,") }?.hasPrefix("510724,安县,2015,,,未发布,,,,,") == true)
        #expect(csv.first { $0.hasPrefix("510724,安县,2017,") }?.hasPrefix("510724,安县,2017,,86,终期考核,90.0,不合格,,,") == true)
        let text = try cli.run("summary", "--year", "2017", "--final").stdout
        #expect(text.contains("2017                  86  终期考核      90.0  不合格  未发布（草稿）"))
        // Any other run has no plan-period part: `planPeriod` is null and there is no such attachment.
        #expect(try cli.run("reports", "import", "sample-data/reports/2015").status == 0)
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        let annual = try cli.run("summary", "--year", "2015", "--format", "json").stdout
        let root = try #require(try JSONSerialization.jsonObject(with: Data(annual.utf8)) as? [String: Any])
        #expect(root.keys.contains("planPeriod") && root["planPeriod"] is NSNull)
        #expect(!(try cli.run("summary", "--year", "2015").stdout.contains("规划期")))
    }
}
