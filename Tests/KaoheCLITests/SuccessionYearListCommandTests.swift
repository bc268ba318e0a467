import Foundation
import Testing

/// Which units a year's lists name (issue 21, D-144): the units that exist in the year. With 安县 (510724) →
/// 安州区 (510705) on 2016-01-01 (first year 2016, D-61), 2015 lists 安县 and not 安州区, 2016 lists 安州区 and not
/// 安县 — unless 安县 has rows of 2016, which are then listed with a note and left out of the counts.
@Suite struct SuccessionYearListCommandTests {
    let labels = SuccessionListLabelCommandTests()

    func recoded() throws -> CLIHarness { try SampleRecode.recorded(on: labels.sample()) }

    func line(_ text: String, _ prefix: String) -> String? { labels.line(text, prefix) }

    @Test func eachYearListsTheUnitsThatExistThen() throws {
        let cli = try recoded()
        // 2015: 安县 (with its successor noted, D-140), not 安州区, which did not exist yet.
        let y2015 = try cli.run("reports", "status", "--year", "2015", "--format", "csv").stdout
        #expect(line(y2015, "510724,")?.hasPrefix("510724,安县（2016年起为安州区）,") == true, "\(y2015)")
        #expect(line(y2015, "510705,") == nil, "\(y2015)")
        // 2016: 安州区, not 安县.
        let y2016 = try cli.run("reports", "status", "--year", "2016", "--format", "csv").stdout
        #expect(line(y2016, "510705,")?.hasPrefix("510705,安州区,") == true, "\(y2016)")
        #expect(line(y2016, "510724,") == nil, "\(y2016)")
        // The counts are of the year's units. areas.csv has 13 units; every one but 510727 (平武县) has a row in
        // sample-data/reports/2015/自查报告-2015.csv, so 2015 has 1 missing — 安州区 (imported by the fixture) is not
        // one of 2015's units, else it would be a second.
        let text2015 = try cli.run("reports", "status", "--year", "2015").stdout
        #expect(text2015.split(separator: "\n").last.map(String.init)?.contains("未报送 1，") == true, "\(text2015)")
        // 2016: nothing reported; its 13 units are areas.csv's 12 others and 安州区 (安县 replaced).
        let text2016 = try cli.run("reports", "status", "--year", "2016").stdout
        #expect(text2016.split(separator: "\n").last.map(String.init)?.contains("按时 0，逾期 0，未报送 13，") == true, "\(text2016)")
    }

    @Test func aReplacedUnitWithRowsOfTheYearIsListedWithANoteAndNotCounted() throws {
        let cli = try recoded()
        let path = cli.workDir.appendingPathComponent("old-2016/自查报告-2016.csv")
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        try (SuccessionOldCodeCommandTests.header + "510724,2016,2016-12-20,88,345,是,2016-02-01,是,2016-03-01,陈静,赵刚,\n")
            .write(to: path, atomically: true, encoding: .utf8)
        #expect(try cli.run("reports", "import", path.path).status == 0)
        let csv = try cli.run("reports", "status", "--year", "2016", "--format", "csv").stdout
        #expect(line(csv, "510724,")?.hasPrefix("510724,安县（2016年起为安州区，不计入本年应报单位；安州区无自己的本年报告和监测数据时承继此报告）,") == true, "\(csv)")
        let en = try cli.run("reports", "status", "--year", "2016", "--format", "csv", "--lang", "en").stdout
        #expect(line(en, "510724,")?.contains("安县 (安州区 from 2016; not counted among this year's units; 安州区 carries this report when it has no report or monitoring of its own for the year)") == true, "\(en)")
        // 安县's report was on time (2016-12-20) but it is not one of 2016's units: still 0 on time, 13 missing.
        let text = try cli.run("reports", "status", "--year", "2016").stdout
        #expect(text.split(separator: "\n").last.map(String.init)?.contains("按时 0，逾期 0，未报送 13，") == true, "\(text)")
    }

    @Test func theYearsReportTemplatesAreForTheUnitsThatExistThen() throws {
        let cli = try recoded()
        let dir2015 = cli.workDir.appendingPathComponent("t2015").path
        let y2015 = try cli.run("templates", "-o", dir2015, "--year", "2015").stdout
        #expect(y2015.contains("自查报告-510724-安县-2015.xlsx") && !y2015.contains("510705"), "\(y2015)")
        let dir2016 = cli.workDir.appendingPathComponent("t2016").path
        let y2016 = try cli.run("templates", "-o", dir2016, "--year", "2016").stdout
        #expect(y2016.contains("自查报告-510705-安州区-2016.xlsx") && !y2016.contains("510724"), "\(y2016)")
        // A unit named with --area is written as asked.
        let asked = try cli.run("templates", "-o", cli.workDir.appendingPathComponent("t-asked").path, "--year", "2016", "--area", "510724").stdout
        #expect(asked.contains("自查报告-510724-安县-2016.xlsx"), "\(asked)")
    }

    @Test func theTrackingViewOfAYearListsTheUnitsThatExistThen() throws {
        let cli = try recoded()
        // 2015: 安县 has monitoring (S1) and is listed; 安州区 did not exist and is not.
        let view = try cli.run("track", "--as-of", "2015-01-31").stdout
        #expect(line(view, "510724") != nil, "\(view)")
        #expect(!view.contains("510705"), "\(view)")
        let notice = try cli.run("track", "notice", "--month", "2015-01", "--format", "csv").stdout
        #expect(!notice.contains("510705") && notice.contains("510724"), "\(notice)")
        // 2016: 安县 is listed only because S1 kept reporting under its code, with the note for monitoring rows.
        var lines = ["站点编码,区域代码,日期,PM10,PM2.5,沙尘"]
        for d in 1...31 { lines.append(String(format: "S1,510724,2016-01-%02d,90,45,否", d)) }
        let file = cli.workDir.appendingPathComponent("m2016.csv")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        #expect(try cli.run("monitoring", "import", file.path).status == 0)
        let y2016 = try cli.run("track", "--as-of", "2016-01-31").stdout
        #expect(try #require(line(y2016, "510724")).contains("安县（2016年起为安州区，不计入本年应报单位；安州区无自己的本年报告和监测数据时承继此监测数据）"), "\(y2016)")
    }
}
