import Foundation
import Testing

/// `kaohe history AREA` (issue 22, plan-period view), on the sample data with 2014 and 2015 published.
@Suite struct HistoryCommandTests {
    /// The sample data with 2014 and 2015 assessed and published, as the plan-period tests start from.
    static func publishedSample() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("targets", "import", "sample-data/targets.csv").status == 0)
        #expect(try cli.run("reports", "import", "sample-data/reports/2014", "sample-data/reports/2015").status == 0)
        #expect(try cli.run("assess", "--year", "2014").status == 0)
        #expect(try cli.run("publish", "--year", "2014", "--date", "2015-03-10", "--doc", "绵环发〔2015〕5号", "--confirm-no-data").status == 0)
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        #expect(try cli.run("publish", "--year", "2015", "--date", "2016-03-15", "--doc", "绵环发〔2016〕12号").status == 0)
        return cli
    }

    @Test func anxianOverThePlanPeriod() throws {
        let cli = try Self.publishedSample()
        // A draft of 2016 would not show: only published results count.
        let out = try cli.run("history", "510724", "--lang", "en").stdout
        // Worked by hand from sample-data: targets.csv gives 安县 base 95 (2013) and a final ceiling of 85 for
        // 2017. Reports: 2014 mean 94, 2015 mean 93 (自查报告). 2014: R-8 share 10 % of (95 − 85) = 1 →
        // required 94, reached → 100.0 优秀; 2015 (the summary golden): 57.1 不合格.
        // Key tasks 2014 (重点任务-2014.csv): indicator 1 = 1.1 2 + 1.2 2 + 1.3 5 + 1.4 2 = 11; 3 = 3.2 4 + 3.4 6 =
        // 10; 5 = 5.1 8 + 5.2 7 = 15; 10 = 10.1 2 + 10.2 1 + 10.9 13 = 16. 2015 (key-tasks-2015.csv): 5.1 self 5,
        // verified 4, 5.2 self 7 → self 12, after verification 4 + 7 = 11.
        #expect(out.hasPrefix("安县 (510724), plan period 2013–2017\n"))
        func row(_ start: String) -> [String]? {
            out.split(separator: "\n").first { $0.hasPrefix(start) }.map { $0.split(separator: " ").map(String.init) }
        }
        #expect(row("2013") == ["2013", "(base", "year)", "95", "assessment", "base"])
        #expect(row("2014 ") == ["2014", "94", "annual", "assessment", "100.0", "excellent", "绵环发〔2015〕5号", "(2015-03-10)"])
        #expect(row("2015 ") == ["2015", "93", "annual", "assessment", "57.1", "fail", "绵环发〔2016〕12号", "(2016-03-15)"])
        #expect(row("2016 ") == ["2016", "—", "not", "published", "—"])
        #expect(row("1 ")?.suffix(5) == ["12", "11.0/—", "10.0/—", "—", "—"])
        #expect(row("3 ")?.suffix(5) == ["10", "10.0/—", "10.0/—", "—", "—"])
        #expect(row("5 ")?.suffix(5) == ["15", "15.0/—", "12.0/11.0", "—", "—"])
        #expect(row("10 ")?.suffix(5) == ["16", "16.0/—", "16.0/—", "—", "—"])
        #expect(out.hasSuffix("Final target: at most 85 μg/m³; the final assessment is not yet published\n"))
        #expect(try cli.run("history", "999999").status == 1)
    }
}
