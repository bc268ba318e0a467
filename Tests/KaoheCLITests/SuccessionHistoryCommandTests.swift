import Foundation
import Testing

/// The plan-period view of a successor joins its predecessor's years, each named as it was (issue 21, D-141):
/// 安州区 (510705) succeeded 安县 (510724) by a recode on 2016-01-01, so its history shows 安县's base and its
/// published 2014 and 2015 results, and the final target 安州区 carries from 安县.
@Suite struct SuccessionHistoryCommandTests {
    /// Sample data with 2014 and 2015 published (as `HistoryCommandTests`), then the change recorded.
    func sample() throws -> CLIHarness {
        let cli = try HistoryCommandTests.publishedSample()
        #expect(try cli.run("areas", "import", "Tests/KaoheCLITests/Fixtures/areas-anzhou.csv").status == 0)
        return cli
    }

    func rows(_ out: String) -> (String) -> [String]? {
        { start in out.split(separator: "\n").first { $0.hasPrefix(start) }.map { $0.split(separator: " ").map(String.init) } }
    }

    @Test func theSuccessorsHistoryCarriesThePredecessorsYearsNamedAsTheyWere() throws {
        let cli = try sample()
        // Before the change is recorded 安州区 has no years, base or target of its own.
        let alone = try cli.run("history", "510705", "--lang", "en").stdout
        #expect(rows(alone)("2013") == ["2013", "(base", "year)", "—", "assessment", "base"], "\(alone)")
        #expect(!alone.contains("安县"))
        #expect(try cli.run("areas", "succeed", "510724", "510705", "--on", "2016-01-01", "--doc", "绵府发〔2016〕1号").status == 0)
        let out = try cli.run("history", "510705", "--lang", "en").stdout
        // Worked by hand (figures as in HistoryCommandTests for 安县): base 95 (targets.csv, 2013), 2014 mean 94,
        // 100.0 excellent; 2015 mean 93, 57.1 fail; each of 2013–2015 is 安县's (the successor exists from 2016,
        // D-61) and says so; 2016 is 安州区's own, not published. Key tasks 2014/2015 are 安县's: indicator 5 =
        // 5.1 8 + 5.2 7 = 15 (2014); 2015 5.1 self 5 verified 4, 5.2 self 7 → 12.0/11.0.
        // The final target is 安县's, carried (D-62): at most 85 μg/m³.
        let row = rows(out)
        #expect(out.hasPrefix("安州区 (510705), plan period 2013–2017\n"), "\(out)")
        #expect(row("2013") == ["2013", "(base", "year):", "安县", "(510724)", "95", "assessment", "base"], "\(out)")
        #expect(row("2014") == ["2014:", "安县", "(510724)", "94", "annual", "assessment", "100.0", "excellent", "绵环发〔2015〕5号", "(2015-03-10)"])
        #expect(row("2015") == ["2015:", "安县", "(510724)", "93", "annual", "assessment", "57.1", "fail", "绵环发〔2016〕12号", "(2016-03-15)"])
        #expect(row("2016 ") == ["2016", "—", "not", "published", "—"])
        #expect(row("5 ")?.suffix(5) == ["15", "15.0/—", "12.0/11.0", "—", "—"])
        #expect(out.hasSuffix("Final target: at most 85 μg/m³; the final assessment is not yet published\n"))
        // In Chinese the year is named the same way.
        let zh = try cli.run("history", "510705").stdout
        #expect(zh.contains("2014：安县（510724）"), "\(zh)")
        #expect(zh.contains("2013（基准年）：安县（510724）"))
        // The spreadsheet row keeps 安州区's code and says whose year it was; JSON names the year's unit.
        let csv = try cli.run("history", "510705", "--format", "csv").stdout
        #expect(csv.contains("510705,安州区（本年为安县，510724）,2014,"), "\(csv)")
        #expect(csv.contains("510705,安州区,2016,"))
        let json = try cli.run("history", "510705", "--format", "json").stdout
        #expect(json.contains("\"unitCode\":\"510724\"") || json.contains("\"unitCode\": \"510724\""), "\(json)")
        // 安县's own history is unchanged: its years are its own.
        let anxian = try cli.run("history", "510724", "--lang", "en").stdout
        #expect(rows(anxian)("2014 ") == ["2014", "94", "annual", "assessment", "100.0", "excellent", "绵环发〔2015〕5号", "(2015-03-10)"])
    }
}
