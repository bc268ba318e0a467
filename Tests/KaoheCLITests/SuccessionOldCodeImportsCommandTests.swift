import Foundation
import Testing

/// Old codes in the imports other than reports (issue 21, D-145): targets, the station-to-unit mapping and the
/// own-template monitoring file, under 安县's code 510724 after its recode to 安州区 510705 on 2016-01-01. By
/// default (`old_codes = "warn"`) the rows are stored as given with one located warning per file and code, with the
/// count; under `old_codes = "refuse"` the file is refused, located, and nothing is stored.
@Suite struct SuccessionOldCodeImportsCommandTests {
    /// The sample's areas alone with the recode recorded.
    func recoded() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        return try SampleRecode.recorded(on: cli)
    }

    /// The built-in rule set with `[succession] old_codes = "refuse"`, as a file.
    func refusingRules(_ cli: CLIHarness) throws -> String {
        let shown = try cli.run("rules", "show").stdout
        let text = String(shown.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)[1])
        let changed = text.replacingOccurrences(of: "\n[provenance]\n", with: "\n[succession]\nold_codes = \"refuse\"\n\n[provenance]\n")
        #expect(changed != text)
        return try cli.write("refuse.toml", changed)
    }

    static let lead = "510724 was succeeded by 510705 安州区 from 2016-01-01 (recode, 绵府发〔2016〕1号)"

    // MARK: targets

    /// Rows for 2015 (before the change: not questioned), 2016 and 2017 (lines 3 and 4: questioned).
    static let targets = """
        区域代码,考核年度,考核指标,基准年,基准浓度,目标类型,目标值,终期目标
        510724,2015,PM10,2013,95,下降比例,4%,否
        510724,2016,PM10,2013,95,下降比例,6%,否
        510724,2017,PM10,2013,95,浓度限值,85,是

        """

    @Test func targetsUnderAReplacedCodeAreStoredWithOneWarningCountingTheRows() throws {
        let cli = try recoded()
        let path = try cli.write("targets.csv", Self.targets)
        let r = try cli.run("targets", "import", path, "--lang", "en")
        #expect(r.status == 0, "\(r.stderr)")
        // One warning, at the first questioned row (line 3), counting the 2 rows of 2016 and 2017.
        let warned = r.stderr.split(separator: "\n").filter { $0.contains("510724 was succeeded") }
        #expect(warned == ["\(path):3:1 (区域代码): warning: \(Self.lead); 2 rows of this file give targets of 2016 or later under 510724 — the rows are kept under 510724; 510705 安州区 takes all of 510724's targets (these rows among them) when it has no targets of its own, and none when it has (a default of this tool, not an official rule)"], "\(r.stderr)")
        // Stored as given: all three rows, under 510724.
        let list = try cli.run("targets", "list").stdout
        #expect(list.split(separator: "\n").filter { $0.hasPrefix("510724") }.count == 3, "\(list)")
        // In Chinese.
        let zh = try cli.run("targets", "import", path)
        #expect(zh.stderr.contains("\(path):3:1 (区域代码): 警告：510724 已于 2016-01-01 由 510705 安州区 承继（更改代码，绵府发〔2016〕1号），本文件有 2 行仍以 510724 给出 2016 年及以后的目标"), "\(zh.stderr)")
    }

    @Test func targetsUnderAReplacedCodeAreRefusedAtEachRowWhenTheRuleSetSaysSo() throws {
        let cli = try recoded()
        let rules = try refusingRules(cli)
        let path = try cli.write("targets.csv", Self.targets)
        let before = try cli.dumpTables()
        let r = try cli.run("targets", "import", path, "--rules", rules, "--lang", "en")
        #expect(r.status == 1)
        let fix = "write the targets under the successor's code 510705 安州区 and import again (the rule set says old_codes = \"refuse\"); nothing of this file was stored"
        #expect(r.stderr.contains("\(path):3:1 (区域代码): \(Self.lead); this row gives a target of 2016 or later under 510724 — \(fix)"), "\(r.stderr)")
        #expect(r.stderr.contains("\(path):4:1 (区域代码): \(Self.lead); this row gives a target of 2016 or later under 510724 — \(fix)"))
        #expect(!r.stderr.contains(":2:1"))
        #expect(try cli.dumpTables() == before)
    }

    // MARK: station mapping

    static let stationList = "监测点编码,监测点名称,城市,经度,纬度,对照点\n2601A,市政府,绵阳,-,-,N\n2602A,高新区,绵阳,-,-,N\n2606A,安县站,绵阳,-,-,N\n"
    /// Line 2 ends before the change (not questioned); line 3 holds on with no last day (questioned); line 4 is another unit.
    static let mapping = "监测点编码,区域代码,起始日期,截止日期\n2602A,510724,2015-01-01,2015-12-31\n2606A,510724,2015-01-01,\n2601A,510703,2015-01-01,\n"

    func withStationList(_ cli: CLIHarness) throws {
        #expect(try cli.run("stations", "import", "--effective", "2015-01-01", try cli.write("list.csv", Self.stationList)).status == 0)
    }

    @Test func aMappingToAReplacedCodePastTheChangeIsStoredWithAWarning() throws {
        let cli = try recoded()
        try withStationList(cli)
        let path = try cli.write("map.csv", Self.mapping)
        let r = try cli.run("stations", "map", path, "--lang", "en")
        #expect(r.status == 0, "\(r.stderr)")
        let warned = r.stderr.split(separator: "\n").filter { $0.contains("510724 was succeeded") }
        #expect(warned == ["\(path):3: warning: \(Self.lead); this row maps a station to 510724 for days from 2016-01-01 on — the data are kept under 510724; 510705 安州区 uses them when it has none of its own (as that year's report or monitoring, and as the previous year's concentration in the next; a default of this tool, not an official rule)"], "\(r.stderr)")
        // Stored: the station is listed under 510724 on a day after the change.
        let listed = try cli.run("stations", "list", "--on", "2016-06-01", "--format", "csv", "--lang", "en").stdout
        #expect(listed.contains("2606A,安县站,绵阳,—,—,no,510724,"), "\(listed)")
    }

    /// A mapping stored before the succession is recorded (D-155): `areas succeed` records the succession and warns
    /// once about each stored row reaching the day (line 3, 2606A with no last day), not about line 2 (ends
    /// 2015-12-31) or line 4 (another unit), and says how to change it; the mapping itself is unchanged.
    @Test func aStoredMappingReachingPastANewSuccessionIsWarnedAboutWhenItIsRecorded() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("areas", "import", "Tests/KaoheCLITests/Fixtures/areas-anzhou.csv").status == 0)
        try withStationList(cli)
        let path = try cli.write("map.csv", Self.mapping)
        let mapped = try cli.run("stations", "map", path)
        #expect(mapped.status == 0 && !mapped.stderr.contains("510724"), "\(mapped.stderr)")
        let before = try cli.run("stations", "history", "--format", "csv").stdout
        let r = try cli.run("areas", "succeed", "510724", "510705", "--on", "2016-01-01", "--doc", "绵府发〔2016〕1号", "--lang", "en")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Recorded succession #1: "), "\(r.stdout)")
        let warned = r.stderr.split(separator: "\n").filter { $0.contains("warning:") }
        #expect(warned == ["\(path):3: warning: \(Self.lead); this row maps a station to 510724 for days from 2016-01-01 on — the data are kept under 510724; 510705 安州区 uses them when it has none of its own (as that year's report or monitoring, and as the previous year's concentration in the next; a default of this tool, not an official rule)"], "\(r.stderr)")
        #expect(r.stderr.contains("Note: the rows above are of the stored station mapping (\(path), imported before the succession was recorded)"), "\(r.stderr)")
        #expect(try cli.run("stations", "history", "--format", "csv").stdout == before)
    }

    @Test func aMappingToAReplacedCodePastTheChangeIsRefusedWhenTheRuleSetSaysSo() throws {
        let cli = try recoded()
        try withStationList(cli)
        let rules = try refusingRules(cli)
        let path = try cli.write("map.csv", Self.mapping)
        let before = try cli.dumpTables()
        let r = try cli.run("stations", "map", path, "--rules", rules, "--lang", "en")
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(path):3: \(Self.lead); this row maps a station to 510724 for days from 2016-01-01 on — write the station mapping under the successor's code 510705 安州区 and import again"), "\(r.stderr)")
        #expect(!r.stderr.contains("\(path):2:"))
        #expect(try cli.dumpTables() == before)
    }

    // MARK: monitoring

    /// S1 of 510724 from 2015-12-30 to 2016-01-03: lines 4–6 (2016-01-01…03) are on or after the change.
    static let monitoring = """
        站点编码,区域代码,日期,PM10,PM2.5,沙尘
        S1,510724,2015-12-30,90,50,否
        S1,510724,2015-12-31,91,50,否
        S1,510724,2016-01-01,92,50,否
        S1,510724,2016-01-02,93,50,否
        S1,510724,2016-01-03,94,50,否
        S2,510703,2016-01-01,80,40,否

        """

    @Test func monitoringUnderAReplacedCodeAfterTheChangeIsStoredWithOneWarning() throws {
        let cli = try recoded()
        let path = try cli.write("m.csv", Self.monitoring)
        let r = try cli.run("monitoring", "import", path, "--lang", "en")
        #expect(r.status == 0, "\(r.stderr)")
        let warned = r.stderr.split(separator: "\n").filter { $0.contains("510724 was succeeded") }
        #expect(warned == ["\(path):4: warning: \(Self.lead); 3 station-day(s) of this file are under 510724 on or after 2016-01-01 (2016-01-01 to 2016-01-03) — the data are kept under 510724; 510705 安州区 uses them when it has none of its own (as that year's report or monitoring, and as the previous year's concentration in the next; a default of this tool, not an official rule)"], "\(r.stderr)")
        let zh = try cli.run("monitoring", "import", path)
        // All 6 station-days were stored by the first import: the same file again adds none.
        #expect(zh.stdout.contains("得到 6 个站点日；新增 0，合并或替换 0，未变 6"), "\(zh.stdout)")
        #expect(zh.stderr.contains("本文件有 3 个站日的数据以 510724 报送，日期在 2016-01-01 及以后（2016-01-01 至 2016-01-03）"), "\(zh.stderr)")
    }

    @Test func monitoringUnderAReplacedCodeAfterTheChangeIsRefusedWhenTheRuleSetSaysSo() throws {
        let cli = try recoded()
        let rules = try refusingRules(cli)
        let path = try cli.write("m.csv", Self.monitoring)
        let before = try cli.dumpTables()
        let r = try cli.run("monitoring", "import", path, "--rules", rules, "--lang", "en")
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(path):4: \(Self.lead); 3 station-day(s) of this file are under 510724 on or after 2016-01-01 (2016-01-01 to 2016-01-03) — write the monitoring data under the successor's code 510705 安州区 and import again (the rule set says old_codes = \"refuse\"); nothing of this file was stored"), "\(r.stderr)")
        #expect(try cli.dumpTables() == before)
    }
}
