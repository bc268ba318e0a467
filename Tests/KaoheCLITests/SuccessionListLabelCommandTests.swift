import Foundation
import Testing

/// Lists that are not runs name a unit as it was called in the year shown, its successor noted (issue 21, D-110,
/// D-140): `reports status` and `track` (the in-year view and its monthly notice), in text, csv and (for the notice) json.
@Suite struct SuccessionListLabelCommandTests {
    /// Sample areas, targets and 2015 reports; station S1 of 安县 (510724) at 100 μg/m³ PM10 on 2015-01-01…01-31.
    func sample() throws -> CLIHarness {
        var cli = try CLIHarness()
        cli.environment["KAOHE_TODAY"] = "2017-02-01"
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("targets", "import", "sample-data/targets.csv").status == 0)
        #expect(try cli.run("reports", "import", "sample-data/reports/2015").status == 0)
        var lines = ["站点编码,区域代码,日期,PM10,PM2.5,沙尘"]
        for d in 1...31 { lines.append(String(format: "S1,510724,2015-01-%02d,100,50,否", d)) }
        let file = cli.workDir.appendingPathComponent("m.csv")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        #expect(try cli.run("monitoring", "import", file.path).status == 0)
        return cli
    }

    func line(_ text: String, _ prefix: String) -> String? {
        // CSV lines end in CRLF, one Character in Swift: split on any newline.
        text.split(whereSeparator: \.isNewline).map(String.init).first { $0.hasPrefix(prefix) }
    }

    @Test func reportStatusOfAYearBeforeTheChangeNotesTheSuccessor() throws {
        let cli = try sample()
        // Before the change is recorded the unit is plain 安县.
        let before = try cli.run("reports", "status", "--year", "2015", "--format", "csv").stdout
        #expect(line(before, "510724,") == line(before, "510724,安县,"), "\(before)")
        try SampleRecode.recorded(on: cli)
        // The successor 安州区 exists from 2016 (first year = the year of 2016-01-01, D-61), so in 2015 the unit
        // was 安县: "安县" + "（2016年起为安州区）" in Chinese, "安县" + " (安州区 from 2016)" in English.
        let text = try cli.run("reports", "status", "--year", "2015")
        #expect(text.status == 0)
        #expect(try #require(line(text.stdout, "510724")).contains("安县（2016年起为安州区）"), "\(text.stdout)")
        let en = try cli.run("reports", "status", "--year", "2015", "--lang", "en").stdout
        #expect(try #require(line(en, "510724")).contains("安县 (安州区 from 2016)"), "\(en)")
        let csv = try cli.run("reports", "status", "--year", "2015", "--format", "csv").stdout
        #expect(line(csv, "510724,")?.hasPrefix("510724,安县（2016年起为安州区）,") == true, "\(csv)")
        // Other units keep their names unchanged.
        #expect(line(csv, "510703,")?.hasPrefix("510703,涪城区,") == true)
        // 2016 is the successor's year: 安县, replaced and without rows of 2016, is not listed there; 安州区 is,
        // without a note (D-144).
        let y2016 = try cli.run("reports", "status", "--year", "2016", "--format", "csv").stdout
        #expect(line(y2016, "510724,") == nil, "\(y2016)")
        #expect(line(y2016, "510705,")?.hasPrefix("510705,安州区,") == true, "\(y2016)")
    }

    @Test func trackingViewAndMonthlyNoticeOfAYearBeforeTheChangeNoteTheSuccessor() throws {
        let cli = try sample()
        try SampleRecode.recorded(on: cli)
        // Tracked through 2015-01-31, a day of 2015: 安县 was 安县 then, 安州区 from 2016.
        let view = try cli.run("track", "--as-of", "2015-01-31")
        #expect(view.status == 0)
        #expect(try #require(line(view.stdout, "510724")).contains("安县（2016年起为安州区）"), "\(view.stdout)")
        let viewEn = try cli.run("track", "--as-of", "2015-01-31", "--lang", "en").stdout
        #expect(try #require(line(viewEn, "510724")).contains("安县 (安州区 from 2016)"), "\(viewEn)")
        // The monthly notice of 2015-01 in text, csv and json.
        let notice = try cli.run("track", "notice", "--month", "2015-01", "--date", "2015-02-05")
        #expect(notice.status == 0)
        #expect(notice.stdout.contains("安县（2016年起为安州区）"), "\(notice.stdout)")
        let csv = try cli.run("track", "notice", "--month", "2015-01", "--format", "csv").stdout
        #expect(csv.contains(",安县（2016年起为安州区）,") || csv.contains("510724,安县（2016年起为安州区）"), "\(csv)")
        let json = try cli.run("track", "notice", "--month", "2015-01", "--format", "json", "--lang", "en").stdout
        #expect(json.contains("\"安县 (安州区 from 2016)\""), "\(json)")
    }
}
