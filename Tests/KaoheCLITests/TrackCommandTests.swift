import Foundation
import KaoheCSV
import KaoheXLSX
import Testing

/// `kaohe track` and `kaohe track notice` end to end, on a monitoring file written by the test.
struct TrackCommandTests {
    /// Sample areas and targets, plus station T1 of 涪城区 (510703): 2015-01-01…01-31 at 100 and
    /// 2014-01-01…01-31 at 125; and station T2 of 游仙区 (510704): 2015-01-01…01-31 at 90 with 01-31 missing.
    func harness() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("targets", "import", "sample-data/targets.csv").status == 0)
        var lines = ["站点编码,区域代码,日期,PM10,PM2.5,沙尘"]
        for d in 1...31 {
            lines.append(String(format: "T1,510703,2015-01-%02d,100,50,否", d))
            lines.append(String(format: "T1,510703,2014-01-%02d,125,60,否", d))
            if d < 31 { lines.append(String(format: "T2,510704,2015-01-%02d,90,45,否", d)) }
        }
        let file = cli.workDir.appendingPathComponent("m.csv")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        #expect(try cli.run("monitoring", "import", file.path).status == 0)
        return cli
    }

    @Test func trackDefaultsToTheLastDayWithDataAndShowsTheControlValue() throws {
        let cli = try harness()
        let r = try cli.run("track", "--lang", "en")
        #expect(r.status == 0)
        // Last day with data: 2015-01-31, n = 31. 涪城区: YTD 100, 同期 125 → −20.0 %; T = 102 × 0.96 = 97.92;
        // V = (365·97.92 − 31·100) / 334 = (35740.8 − 3100) / 334 = 32640.8 / 334 = 97.72… → 98;
        // 100 > 97.92 and 98 ≥ 85 → warning.
        #expect(r.stdout.contains("through 2015-01-31"))
        let fucheng = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("510703") })
        #expect(fucheng.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            == ["510703", "涪城区", "100", "125", "-20.0%", "100", "97.9", "98", "31/334", "warning", "T1", "31", "d"])
        // 游仙区: 30 valid days at 90; final target 消减值 8 on base 96, 2015 share 35 % → T = 96 − 2.8 = 93.2;
        // V = (365·93.2 − 31·90) / 334 = (34018 − 2790) / 334 = 31228 / 334 = 93.49… → 93; 90 ≤ 93.2 → on track.
        let youxian = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("510704") })
        #expect(youxian.contains("93.2") && youxian.contains(" 93 ") && youxian.contains("on track") && youxian.contains("T2 30 d"))
        // Units with only self-reports (or nothing) are listed, not guessed.
        let missing = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("No monitoring data") })
        #expect(missing.contains("安县 (510724)") && missing.contains("仙海区 (MY-XHQ)") && !missing.contains("涪城区"))
        #expect(missing.components(separatedBy: "), ").count == 11)  // the 13 sample units less the 2 with stations
    }

    @Test func asOfAndBadDatesAndChinese() throws {
        let cli = try harness()
        let r = try cli.run("track", "--as-of", "2015-01-10")
        #expect(r.status == 0)
        #expect(r.stdout.contains("截至 2015-01-10"))
        #expect(r.stdout.contains("10/355"))
        let bad = try cli.run("track", "--as-of", "2015-02-30")
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("2015-02-30"))
        // Year 1 has no year before it for 同期: refused with a sentence, not a crash.
        let early = try cli.run("track", "--as-of", "0001-01-01", "--lang", "en")
        #expect(early.status == 1 && early.stderr.contains("the year is before 1900"))
        let earlyMonth = try cli.run("track", "notice", "--month", "0001-01", "--lang", "en")
        #expect(earlyMonth.status == 1 && earlyMonth.stderr.contains("not a valid month"))
    }

    @Test func noticeWritesEveryFormatAndRejectsABadMonth() throws {
        let cli = try harness()
        for format in ["text", "md", "html", "csv", "json"] {
            let out = cli.workDir.appendingPathComponent("notice.\(format)").path
            let r = try cli.run("track", "notice", "--month", "2015-01", "--format", format, "-o", out, "--lang", "en")
            #expect(r.status == 0, "\(format): \(r.stderr)")
            #expect(r.stdout == "wrote \(out)\n")
            let text = try String(contentsOfFile: out, encoding: .utf8)
            #expect(text.contains("510703") || text.contains("涪城区"), "\(format)")
        }
        let html = try String(contentsOfFile: cli.workDir.appendingPathComponent("notice.html").path, encoding: .utf8)
        #expect(html.contains("<svg"))
        let text = try cli.run("track", "notice", "--month", "2015-01")
        // No settings stored: the city is the tool's placeholder ××市 (DocumentSettings.value(.city)).
        #expect(text.stdout.hasPrefix("××市2015年1月环境空气质量（PM10）月度通报\n"))
        // 游仙区's station has 30 valid days in January: ≥ 27, complete. Units without stations are named.
        #expect(text.stdout.contains("安县（510724）：本月无监测数据"))
        let bad = try cli.run("track", "notice", "--month", "2015-1", "--lang", "en")
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--month 2015-1: not a valid month — write it as YYYY-MM"))
        let none = try cli.run("track", "notice", "--month", "2013-05", "--lang", "en")
        #expect(none.status != 0)
        #expect(none.stderr.contains("no PM10 monitoring data"))
    }

    /// The monthly notice takes the settings in force (it is never published, so nothing is frozen) and is dated
    /// --date, else today (KAOHE_TODAY): 2015-02-03 is written 2015年2月3日 under the signature and in the foot.
    @Test func noticeTakesTheSettingsInForceAndItsDate() throws {
        var cli = try harness()
        cli.environment["KAOHE_TODAY"] = "2015-02-03"
        #expect(try cli.run("settings", "set", "--city", "绵阳市", "--signature", "绵阳市大气污染防治工作领导小组办公室", "--cc", "市委组织部").status == 0)
        let zh = try cli.run("track", "notice", "--month", "2015-01")
        #expect(zh.status == 0, Comment(rawValue: zh.stderr))
        #expect(zh.stdout.hasPrefix("绵阳市2015年1月环境空气质量（PM10）月度通报\n"))
        #expect(zh.stdout.contains("\n\n绵阳市大气污染防治工作领导小组办公室\n2015年2月3日\n\n"))
        #expect(zh.stdout.contains("\n抄送：市委组织部。\n绵阳市环境保护局办公室    2015年2月3日印发\n"))
        let en = try cli.run("track", "notice", "--month", "2015-01", "--date", "2015-02-05", "--lang", "en")
        #expect(en.status == 0, Comment(rawValue: en.stderr))
        #expect(en.stdout.hasPrefix("绵阳市: monthly air quality notice (PM10), January 2015\n"))
        #expect(en.stdout.contains("\n绵阳市大气污染防治工作领导小组办公室\n5 February 2015\n"))
        #expect(en.stdout.contains("\nCopies to: 市委组织部.\n"))
        let bad = try cli.run("track", "notice", "--month", "2015-01", "--date", "2015-02-30", "--lang", "en")
        #expect(bad.status != 0 && bad.stderr.contains("--date 2015-02-30: 2015-02-30 is not a day of the calendar"))
    }
}

/// The sample data's 2016 year, as sample-data/README.md and docs/tracking.md describe it.
struct SampleTrackingTests {
    /// `track notice --format xlsx` (issue 16): the CSV's rows as a workbook, numbers as numbers; -o required.
    @Test func noticeAsAWorkbookHoldsTheCSVRows() throws {
        let cli = try TrackCommandTests().harness()
        let csv = try cli.run("track", "notice", "--month", "2015-01", "--format", "csv", "--lang", "en").stdout
        let lines = try CSVStreamParser.records(in: Data(csv.utf8), fileName: "notice.csv").map(\.fields)
        let out = cli.workDir.appendingPathComponent("notice.xlsx").path
        #expect(try cli.run("track", "notice", "--month", "2015-01", "--format", "xlsx", "-o", out, "--lang", "en").stdout == "wrote \(out)\n")
        let sheet = try XLSXReader.read(Data(contentsOf: URL(fileURLWithPath: out)), file: "n.xlsx")
        #expect(sheet.sheet == "Monthly notice 2015-1" && sheet.rows.count == lines.count && lines.count == 14)  // header + 13 units
        // 涪城区 in January 2015: T1 at 100 every day, 125 a year before → monthly mean 100, change (100 − 125) / 125 = −20.0 %.
        let fucheng = try #require(sheet.rows.first { $0.cells.first == "510703" })
        #expect(Array(fucheng.cells.prefix(5)) == ["510703", "涪城区", "100", "125", "-20"])
        for (row, line) in zip(sheet.rows, lines) {
            let cells = row.cells + Array(repeating: "", count: max(0, line.count - row.cells.count))
            for (cell, text) in zip(cells, line) where cell != text {
                #expect(Decimal(string: cell) != nil && Decimal(string: cell) == Decimal(string: text), "\(cell) vs \(text)")
            }
        }
        let refused = try cli.run("track", "notice", "--month", "2015-01", "--format", "xlsx")
        #expect(refused.status != 0 && refused.stderr.contains("--format xlsx 需要用 -o 指定输出文件"))
    }

    @Test func sample2016ThroughOctoberShowsEveryStatus() throws {
        let cli = try CLIHarness()
        for args in [
            ["areas", "import", "sample-data/areas.csv"], ["targets", "import", "sample-data/targets.csv"],
            ["monitoring", "import", "sample-data/monitoring"],
        ] {
            #expect(try cli.runArgs(args).status == 0)
        }
        let out = try cli.run("track", "--as-of", "2016-10-31", "--lang", "en").stdout
        func row(_ code: String) -> String { out.split(separator: "\n").first { $0.hasPrefix(code + " ") }.map(String.init) ?? "" }
        // docs/tracking.md's worked example: 游仙区, T = 96 − 0.65 × 8 = 90.8, C̄ 92, n 305 of N 366:
        // V = (366·90.8 − 305·92) / 61 = (33232.8 − 28060) / 61 = 5172.8 / 61 = 84.8… → 85; 92 > 90.8,
        // 92 × 0.85 = 78.2 ≤ 85 → warning.
        let youxian = row("510704").split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        #expect(youxian.prefix(9) == ["510704", "游仙区", "92", "95", "-3.2%", "93", "90.8", "85", "305/61"])
        #expect(row("510704").contains("warning"))
        #expect(row("510724").contains("seriously behind"))
        #expect(row("510727").contains("cannot be met"))
        #expect(row("510781").contains("2607A 182 d, 2615A 123 d"))
        #expect(out.contains("No monitoring data (their concentration comes only from self-reports and is not guessed): 科创区 (MY-KCQ)"))
        let notice = try cli.run("track", "notice", "--month", "2016-08", "--lang", "en").stdout
        #expect(notice.contains("盐亭县 (510723) station 2609A: 20 valid days this month, fewer than 27"))
    }
}

/// `kaohe trend` on the sample data: 2015–2016 for four units, 2016 only for the others.
struct TrendCommandTests {
    @Test func trendNeeds24MonthsAndSaysSoPlainly() throws {
        let cli = try CLIHarness()
        for args in [["areas", "import", "sample-data/areas.csv"], ["monitoring", "import", "sample-data/monitoring"]] {
            #expect(try cli.runArgs(args).status == 0)
        }
        let r = try cli.run("trend", "--lang", "en")
        #expect(r.status == 0)
        func row(_ code: String) -> String { r.stdout.split(separator: "\n").first { $0.hasPrefix(code + " ") }.map(String.init) ?? "" }
        // 游仙区 has 24 whole months (2015-01…2016-12): a slope with an interval around it.
        let youxian = row("510704")
        #expect(youxian.contains(" 24 ") && youxian.contains("2015-01…2016-12") && youxian.contains("["))
        // 三台县 has 12 (2016 only): no trend, said plainly.
        #expect(row("510722").contains("fewer than 24 months: no trend"))
        // 科创区 has no station: named, not dropped.
        #expect(r.stdout.contains("Units with no whole month of monitoring data (no trend): 科创区 (MY-KCQ)"))
        #expect(r.stdout.contains("follows openair's TheilSen but is not bit-identical to it"))
        // Seeded: the same output twice.
        #expect(try cli.run("trend", "--lang", "en").stdout == r.stdout)
        let one = try cli.run("trend", "--area", "510704", "--lang", "en")
        #expect(one.stdout.contains("游仙区 (510704) monthly means (μg/m³):"))
        #expect(one.stdout.split(separator: "\n").filter { $0.hasPrefix("2015-") || $0.hasPrefix("2016-") }.count == 24)
        let bad = try cli.run("trend", "--area", "NOPE", "--lang", "en")
        #expect(bad.status != 0 && bad.stderr.contains("unknown unit code NOPE"))
    }

    /// With no monitoring data, `track --month` and `trend` name the pollutants the units are tracked on — their
    /// targets' (R-5 revised) — not only the rule set's: here every target is PM2.5 while the rule set is on PM10.
    @Test func withoutDataTheSentenceNamesTheUnitsOwnPollutants() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let targets = cli.workDir.appendingPathComponent("t.csv")
        try Data("区域代码,考核年度,考核指标,基准年,基准浓度,目标类型,目标值,终期目标\n510703,2015,PM2.5,2013,60,下降比例,4%,否\n".utf8).write(to: targets)
        #expect(try cli.run("targets", "import", targets.path).status == 0)
        let notice = try cli.run("track", "notice", "--month", "2015-06", "--lang", "en")
        #expect(notice.status == 1)
        // 510703 is on PM2.5 (its target); the other units have no target and fall back to the rule set's PM10.
        #expect(notice.stderr.contains("no PM10 or PM2.5 monitoring data for January–2015-06"), "\(notice.stderr)")
        let position = try cli.run("track", "--lang", "en")
        #expect(position.status == 1 && position.stderr.contains("no PM10 or PM2.5 monitoring data is stored"), "\(position.stderr)")
        let trend = try cli.run("trend")
        #expect(trend.status == 1 && trend.stderr.contains("尚无 PM10、PM2.5 监测数据"), "\(trend.stderr)")
    }
}
