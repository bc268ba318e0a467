import Foundation
import Testing

/// `kaohe trend` names a successor with its predecessor's years and joins their months (issue 21, D-146):
/// 安县 (510724) → 安州区 (510705) on 2016-01-01.
@Suite struct SuccessionTrendCommandTests {
    /// 安县's station S1 at 100 μg/m³ every day of 2014–2015; 安州区's S2 at 90 every day of 2016-01…06.
    func sample() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("areas", "import", "Tests/KaoheCLITests/Fixtures/areas-anzhou.csv").status == 0)
        var lines = ["站点编码,区域代码,日期,PM10,PM2.5,沙尘"]
        var day = Day(2014, 1, 1)
        while day.year < 2016 {
            lines.append("S1,510724,\(day.text),100,50,否")
            day = day.next
        }
        while day.month <= 6 && day.year == 2016 {
            lines.append("S2,510705,\(day.text),90,45,否")
            day = day.next
        }
        let file = cli.workDir.appendingPathComponent("m.csv")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let r = try cli.run("monitoring", "import", file.path)
        #expect(r.status == 0, "\(r.stderr)")
        return cli
    }

    /// A calendar day, enough for writing the test's rows.
    struct Day {
        var year: Int, month: Int, day: Int
        init(_ y: Int, _ m: Int, _ d: Int) { (year, month, day) = (y, m, d) }
        var text: String { String(format: "%04d-%02d-%02d", year, month, day) }
        var next: Day {
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            if day < days { return Day(year, month, day + 1) }
            return month < 12 ? Day(year, month + 1, 1) : Day(year + 1, 1, 1)
        }
    }

    @Test func theSuccessorsTrendTakesThePredecessorsYearsAndSaysSo() throws {
        let cli = try sample()
        // Before the change is recorded 安州区's trend is its own 6 months.
        let alone = try cli.run("trend", "--area", "510705").stdout
        #expect(!alone.contains("安县"), "\(alone)")
        #expect(try cli.run("areas", "succeed", "510724", "510705", "--on", "2016-01-01", "--doc", "绵府发〔2016〕1号").status == 0)
        let zh = try cli.run("trend", "--area", "510705").stdout
        // 24 months of 安县 (2014–2015) at 100, then 6 of 安州区 at 90: named "安州区（2014—2015年为安县）".
        #expect(zh.contains("安州区（2014—2015年为安县）"), "\(zh)")
        #expect(zh.contains("2014-01") && zh.contains("2016-06"), "\(zh)")
        let en = try cli.run("trend", "--area", "510705", "--lang", "en").stdout
        #expect(en.contains("安州区 (安县 in 2014–2015)"), "\(en)")
        // 安县 keeps its own months and notes its successor.
        let anxian = try cli.run("trend", "--area", "510724").stdout
        #expect(anxian.contains("安县（2016年起为安州区）"), "\(anxian)")
        #expect(!anxian.contains("2016-01"), "\(anxian)")
        // The HTML chart's heading names the successor the same way.
        let html = try cli.run("trend", "--format", "html").stdout
        #expect(html.contains("安州区（2014—2015年为安县）"), "\(html.prefix(400))")
    }
}
