import Foundation
import Testing

/// Reports under a code a succession replaced (issue 21 item 5): accepted with a warning naming the successor
/// (the default of this tool), or refused when the rule set says `old_codes = "refuse"`.
@Suite struct SuccessionOldCodeCommandTests {
    static let header = "区域代码,考核年度,报送日期,PM10年均浓度,PM10有效监测天数,实施细则公开,实施细则备案日期,年度实施计划公开,年度实施计划备案日期,填报人,审核人,备注\n"

    /// The sample's areas, targets and reports of 2014 and 2015 with the recode recorded.
    func recoded() throws -> CLIHarness { try SampleRecode.recorded(on: SuccessionLabelCommandTests().sample()) }

    func report(_ cli: CLIHarness, year: Int) throws -> String {
        let dir = cli.workDir.appendingPathComponent("old-\(year)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("自查报告-\(year).csv").path
        try (Self.header + "510724,\(year),\(year)-12-20,88,345,是,\(year)-02-01,是,\(year)-03-01,陈静,赵刚,\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func byDefaultTheRowIsKeptWithAWarningAndTheSuccessorCarriesIt() throws {
        let cli = try recoded()
        let r = try cli.run("reports", "import", try report(cli, year: 2016), "--lang", "en")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("自查报告-2016.csv:2:1 (区域代码): warning: 510724 was succeeded by 510705 安州区 from 2016-01-01 (recode, 绵府发〔2016〕1号) and is not assessed under 510724 in 2016 — the row is kept under 510724; 510705 安州区 carries it when it has no report of its own (a default of this tool, not an official rule)"), "\(r.stderr)")
        // 安州区 has no report of its own, so it is assessed on the row sent under 安县's code (D-62):
        // base 95, 2016 share 65 % of 10 → 88.5 required; 88 reported → 7.4% ≥ 6.8%, 100, 优秀.
        let table = try cli.run("assess", "--year", "2016").stdout
        #expect(table.contains("510705    安州区            95    93    88      88.5       6.5      6.8%      7.4%  是           100.0      0.0*  100.0  优秀"), "\(table)")
        // A row for a year before the change is not warned about.
        let earlier = try cli.run("reports", "import", try report(cli, year: 2015), "--lang", "en")
        #expect(!earlier.stderr.contains("was succeeded"), "\(earlier.stderr)")
    }

    /// The same warning on several rows of a file is listed once, at its first row, with how many more rows have it:
    /// the sample's 2016 key-task file has 22 rows under 510724 (`grep -c '^510724,'`), which were once 22 identical lines.
    @Test func aWarningRepeatedOnEveryRowOfAFileIsListedOnceWithTheCount() throws {
        let cli = try recoded()
        let dir = cli.workDir.appendingPathComponent("old-keytasks")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let source = try String(contentsOfFile: "sample-data/reports/2016/重点任务-2016.csv", encoding: .utf8)
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let rows = lines.dropFirst().filter { $0.hasPrefix("510724,") }
        let path = dir.appendingPathComponent("重点任务-2016.csv").path
        try ([String(lines[0])] + rows.map(String.init)).joined(separator: "\n").appending("\n").write(toFile: path, atomically: true, encoding: .utf8)
        // Every row of this file is under 510724.
        #expect(rows.count == 22)
        let r = try cli.run("reports", "import", path)
        #expect(r.status == 0, "\(r.stderr)")
        let warned = r.stderr.split(separator: "\n").filter { $0.contains("510724 已于 2016-01-01") }
        #expect(warned.count == 1, "\(r.stderr)")
        #expect(warned.first?.hasPrefix("\(path):2:1 (区域代码): 警告：") == true, "\(r.stderr)")
        // 22 rows: the first listed, 21 more counted.
        #expect(warned.first?.contains("（本文件另有 21 行同样情况）") == true, "\(r.stderr)")
    }

    @Test func aRuleSetThatRefusesOldCodesRejectsTheFileNamingTheSuccessor() throws {
        let cli = try recoded()
        let shown = try cli.run("rules", "show").stdout
        let text = String(shown.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)[1])
        let rules = cli.workDir.appendingPathComponent("refuse.toml").path
        try text.replacingOccurrences(of: "\n[provenance]\n", with: "\n[succession]\nold_codes = \"refuse\"\n\n[provenance]\n")
            .write(toFile: rules, atomically: true, encoding: .utf8)
        let before = try cli.dumpTables()
        let r = try cli.run("reports", "import", try report(cli, year: 2016), "--rules", rules, "--lang", "en")
        #expect(r.status == 1)
        #expect(r.stderr.contains("自查报告-2016.csv:2:1 (区域代码): 510724 was succeeded by 510705 安州区 from 2016-01-01 (recode, 绵府发〔2016〕1号) and is not assessed under 510724 in 2016 — write the row under the successor's code 510705 安州区 and import again (the rule set says old_codes = \"refuse\")"), "\(r.stderr)")
        #expect(try cli.dumpTables() == before)
        let zh = try cli.run("reports", "import", try report(cli, year: 2016), "--rules", rules)
        #expect(zh.stderr.contains("510724 已于 2016-01-01 由 510705 安州区 承继（更改代码，绵府发〔2016〕1号），2016 年不再以 510724 考核"), "\(zh.stderr)")
    }

    @Test func anUnknownOldCodesSettingIsALocatedRuleSetError() throws {
        let cli = try recoded()
        let shown = try cli.run("rules", "show").stdout
        let text = String(shown.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)[1])
        let rules = cli.workDir.appendingPathComponent("bad.toml").path
        try text.replacingOccurrences(of: "\n[provenance]\n", with: "\n[succession]\nold_codes = \"ignore\"\n\n[provenance]\n")
            .write(toFile: rules, atomically: true, encoding: .utf8)
        let r = try cli.run("assess", "--year", "2016", "--rules", rules, "--lang", "en")
        #expect(r.status != 0)
        #expect(r.stderr.contains("old_codes = \"ignore\" is not known"), "\(r.stderr)")
    }
}
