import Foundation
import KaoheCSV
import KaoheXLSX
import Testing

/// The plan-period trend in the final summary and `kaohe trend --format html` (issue 15, D-91).
struct TrendSummaryCommandTests {
    /// The sample data (monitoring 2015–2016), the 2017 final assessment published on 2018-03-01.
    func publishedFinal() throws -> CLIHarness {
        let cli = try CLIHarness()
        for args in [
            ["areas", "import", "sample-data/areas.csv"], ["targets", "import", "sample-data/targets.csv"],
            ["monitoring", "import", "sample-data/monitoring"], ["assess", "--year", "2017", "--final"],
            ["publish", "--year", "2017", "--final", "--date", "2018-03-01", "--doc", "X", "--confirm-no-data"],
        ] {
            #expect(try cli.runArgs(args).status == 0)
        }
        return cli
    }

    /// R-22b: the trend is computed from live monitoring data, so `--as-issued` never carries it and is
    /// byte-identical after more data arrive; without `--as-issued` the section follows the notice and moves
    /// with the data.
    @Test func theTrendFollowsTheFinalNoticeButNeverEntersTheIssuedText() throws {
        let cli = try publishedFinal()
        func summary(_ format: String, _ extra: [String] = []) throws -> String {
            let r = try cli.runArgs(["summary", "--year", "2017", "--final", "--format", format, "--as-of", "2018-03-05"] + extra)
            #expect(r.status == 0)
            return r.stdout
        }
        var issued: [String: String] = [:]
        for format in ["text", "md", "html", "csv", "json"] {
            issued[format] = try summary(format, ["--as-issued"])
            #expect(!issued[format]!.contains("规划期浓度变化趋势"))
        }
        let text = try summary("text")
        #expect(text.contains("规划期浓度变化趋势（监测数据截至 2016-12-31）"))
        // After the notice and after its dated section.
        let trendAt = try #require(text.range(of: "规划期浓度变化趋势"))
        #expect(try #require(text.range(of: "后续处理情况（截至 2018-03-05）")).lowerBound < trendAt.lowerBound)
        #expect(try summary("html").contains("<line class=\"sen\""))
        #expect(try summary("csv").contains("\r\n\r\n规划期浓度变化趋势（监测数据截至 2016-12-31）\r\n"))
        #expect(try summary("json").contains("\"through\": \"2016-12-31\""))
        // January 2017 arrives for 游仙区 (31 days at 60): the live section changes, the issued text does not.
        let file = cli.workDir.appendingPathComponent("m-2017-01.csv")
        let rows = (1...31).map { String(format: "2603A,510704,2017-01-%02d,60,30,否", $0) }
        try (["站点编码,区域代码,日期,PM10,PM2.5,沙尘"] + rows).joined(separator: "\n").appending("\n").write(to: file, atomically: true, encoding: .utf8)
        #expect(try cli.run("monitoring", "import", file.path).status == 0)
        for format in ["text", "md", "html", "csv", "json"] {
            #expect(try summary(format, ["--as-issued"]) == issued[format], "\(format)")
        }
        let after = try summary("text")
        #expect(after.contains("规划期浓度变化趋势（监测数据截至 2017-01-31）"))
        func row(_ s: String, _ code: String) -> String { s.split(separator: "\n").last { $0.hasPrefix(code + " ") }.map(String.init) ?? "" }
        #expect(row(after, "510704").contains(" 25 ") && row(after, "510704").contains("2015-01…2017-01"))
    }

    /// The workbook carries the trend as a sheet with the CSV section's rows; `--as-issued` leaves it out.
    @Test func theWorkbookHasTheTrendSheetUnlessAsIssued() throws {
        let cli = try publishedFinal()
        let csv = try cli.run("summary", "--year", "2017", "--final", "--format", "csv", "--as-of", "2018-03-05").stdout
        let section = try #require(csv.components(separatedBy: "\r\n\r\n").first { $0.hasPrefix("规划期浓度变化趋势") })
        // Read with the project's CSV reader: the interval cell "[-21.1, 20.8]" is quoted because it holds a comma.
        let lines = try CSVStreamParser.records(in: Data(section.utf8), fileName: "trend.csv").dropFirst().map(\.fields)
        let path = cli.workDir.appendingPathComponent("final.xlsx").path
        #expect(try cli.run("summary", "--year", "2017", "--final", "--format", "xlsx", "-o", path, "--as-of", "2018-03-05").status == 0)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let sheet = try XLSXReader.read(data, file: "f.xlsx", sheet: "规划期浓度变化趋势")
        // The header and one row per unit with monitoring data, each cell the CSV's (numbers compared as numbers).
        #expect(sheet.rows.count == lines.count && lines.count > 1 && sheet.rows.first?.cells == lines.first)
        for (row, line) in zip(sheet.rows, lines) {
            let cells = row.cells + Array(repeating: "", count: max(0, line.count - row.cells.count))
            for (cell, text) in zip(cells, line) where cell != text {
                #expect(Decimal(string: cell) != nil && Decimal(string: cell) == Decimal(string: text), "\(cell) vs \(text)")
            }
        }
        let issued = cli.workDir.appendingPathComponent("issued.xlsx").path
        #expect(try cli.run("summary", "--year", "2017", "--final", "--format", "xlsx", "-o", issued, "--as-issued").status == 0)
        #expect(try !XLSXReader.sheets(in: Data(contentsOf: URL(fileURLWithPath: issued)), file: "i.xlsx").map(\.name).contains("规划期浓度变化趋势"))
    }

    /// An annual summary has no trend section: the trend belongs to the final assessment.
    @Test func anAnnualSummaryHasNoTrend() throws {
        let cli = try CLIHarness()
        for args in [
            ["areas", "import", "sample-data/areas.csv"], ["targets", "import", "sample-data/targets.csv"],
            ["monitoring", "import", "sample-data/monitoring"], ["reports", "import", "sample-data/reports/2015"],
            ["assess", "--year", "2016"],
        ] {
            #expect(try cli.runArgs(args).status == 0)
        }
        let r = try cli.run("summary", "--year", "2016")
        #expect(r.status == 0 && !r.stdout.contains("规划期浓度变化趋势"))
    }

    @Test func trendAsHTMLDrawsAChartPerUnitWithItsSenLine() throws {
        let cli = try CLIHarness()
        for args in [["areas", "import", "sample-data/areas.csv"], ["monitoring", "import", "sample-data/monitoring"]] {
            #expect(try cli.runArgs(args).status == 0)
        }
        let r = try cli.run("trend", "--format", "html")
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("<!DOCTYPE html>"))
        // 12 units with a whole month (科创区 has none and is named on standard error); 4 with 24 months get a line.
        #expect(r.stdout.components(separatedBy: "<line class=\"sen\"").count - 1 == 4)
        #expect(r.stdout.contains("游仙区") && r.stdout.contains("不足 24 个月，不计算趋势"))
        #expect(r.stderr.contains("科创区（MY-KCQ）"))
        #expect(!r.stdout.contains("<script"))
        let out = cli.workDir.appendingPathComponent("trend.html").path
        #expect(try cli.run("trend", "--format", "html", "-o", out).status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == r.stdout)
    }
}
