import Foundation
import KaoheCore
import KaoheXLSX
import Testing

/// The composite ranking's "same period last year" and change columns with last year's national data for both
/// units (issue 18, R-24c, D-125, D-137, D-138): the notice in every form and `track --rank-by composite`.
@Suite struct CompositeLastYearCommandTests {
    /// Last year's values of day `d` (every hour of the day the same): 2601A has CO d/20 mg/m³, the rest constant;
    /// 2602A is constant.
    static func lastYearValues(_ station: String, _ d: Int) -> [String: String] {
        if station == "2601A" {
            return ["SO2": "18", "NO2": "24", "PM10": "84", "PM2.5": "42", "CO": "\(Decimal(d) / 20)", "O3": "128"]
        }
        return ["SO2": "30", "NO2": "40", "PM10": "98", "PM2.5": "63", "CO": "1.2", "O3": "120"]
    }

    /// The 2014 file of day `d` (1…29) of `month`, laid out as `CompositeNoticeCommandTests.file`: hour 0 carries
    /// day d − 1's values (it ends that day, R-24a), hours 1…23 day d's; file 29 has hour 0 only.
    static func lastYearFile(_ d: Int, month: Int) -> (name: String, text: String) {
        let day = Day(year: 2014, month: month, day: 1)!.adding(days: d - 1)
        let stamp = day.description.replacingOccurrences(of: "-", with: "")
        var text = "date,hour,type,2601A,2602A\n"
        for hour in 0...(d == 29 ? 0 : 23) {
            for type in ["PM2.5", "PM10", "SO2", "NO2", "O3", "CO"] {
                let cells = ["2601A", "2602A"].map { lastYearValues($0, hour == 0 ? d - 1 : d)[type]! }
                text += "\(stamp),\(hour),\(type)," + cells.joined(separator: ",") + "\n"
            }
        }
        return ("china_sites_\(stamp).csv", text)
    }

    /// Days 1…29 of `month` in 2014 (this file's values) and in 2015 (`CompositeNoticeCommandTests`'s), both units
    /// mapped from 2014-01-01, imported in one `monitoring import`.
    static func harness(month: Int) throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let dir = cli.workDir.appendingPathComponent("nat")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for d in 1...29 {
            for f in [lastYearFile(d, month: month), CompositeNoticeCommandTests.file(d, stations: ["2601A", "2602A"], month: month)] {
                try Data(f.text.utf8).write(to: dir.appendingPathComponent(f.name))
            }
        }
        try Data(CompositeNoticeCommandTests.list.utf8).write(to: cli.workDir.appendingPathComponent("list.csv"))
        try Data(CompositeNoticeCommandTests.mapping.utf8).write(to: cli.workDir.appendingPathComponent("map.csv"))
        #expect(try cli.run("stations", "import", "--effective", "2014-01-01", cli.workDir.appendingPathComponent("list.csv").path).status == 0)
        #expect(try cli.run("stations", "map", cli.workDir.appendingPathComponent("map.csv").path).status == 0)
        let imported = try cli.run("monitoring", "import", dir.path)
        #expect(imported.status == 0, "\(imported.stderr)")
        return cli
    }

    /// Hand-worked (R-24c, HJ 663). This year (February 2015, or 2015-01-01 … 01-28 for the view) as
    /// `CompositeNoticeCommandTests`: 510703 4.0575 → 4.06, 510704 6.05.
    /// Last year, the same 28 days of 2014, every day 24 hours (file d + 1's hour 0 completes day d):
    /// 510703: SO2 18/60 = 0.3; NO2 24/40 = 0.6; PM10 84/70 = 1.2; PM2.5 42/35 = 1.2; O3 128/160 = 0.8;
    ///   CO daily means 0.05, 0.10, …, 1.40 (d/20): k = 1 + 27·0.95 = 26.65, X26 = 1.30, X27 = 1.35 →
    ///   1.30 + 0.05·0.65 = 1.3325; /4 = 0.333125. Index 0.3 + 0.6 + 1.2 + 1.2 + 0.333125 + 0.8 = 4.433125 → 4.43.
    ///   Change (4.0575 − 4.433125) / 4.433125 = −0.375625 / 4.433125 = −0.084731… → −8.5%.
    /// 510704: 30/60 + 40/40 + 98/70 + 63/35 + 1.2/4 + 120/160 = 0.5 + 1 + 1.4 + 1.8 + 0.3 + 0.75 = 5.75.
    ///   Change (6.05 − 5.75) / 5.75 = 0.3 / 5.75 = 0.052173… → +5.2% (above 0 is worse, R-24c).
    /// The change is of the unrounded indexes (R-24c), rounded once to one decimal (GB/T 8170).
    static let expected = [["1", "510703", "涪城区", "4.06", "4.43", "-8.5%"], ["2", "510704", "游仙区", "6.05", "5.75", "+5.2%"]]

    @Test func theNoticeShowsLastYearsIndexAndTheChangeInEveryForm() throws {
        let cli = try Self.harness(month: 2)
        let args = ["track", "notice", "--month", "2015-02", "--rank-by", "composite", "--lang", "en"]
        let text = try cli.runArgs(args)
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdout.components(separatedBy: "\n")
        let at = try #require(lines.firstIndex(of: "By the composite air quality index (six pollutants, lowest first):"))
        let rows = lines[(at + 2)...].prefix { !$0.isEmpty }.map { $0.split(separator: " ").map(String.init) }
        #expect(Array(rows.dropFirst(2)) == Self.expected)

        // CSV: the four columns (D-137), the change as a number without its sign mark or `%`.
        let csv = try cli.runArgs(args + ["--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let csvRows = csv.stdout.dropFirst().components(separatedBy: "\r\n").map { $0.components(separatedBy: ",") }
        let byCode = Dictionary(csvRows.dropFirst().filter { $0.count > 4 }.map { ($0[0], Array($0.suffix(4))) }, uniquingKeysWith: { a, _ in a })
        #expect(byCode["510703"] == ["1", "4.06", "4.43", "-8.5"])
        #expect(byCode["510704"] == ["2", "6.05", "5.75", "5.2"])

        // The workbook: the same cells, numbers read back as their values.
        let path = cli.workDir.appendingPathComponent("n.xlsx").path
        #expect(try cli.runArgs(args + ["--format", "xlsx", "-o", path]).status == 0)
        let sheet = try XLSXReader.read(Data(contentsOf: URL(fileURLWithPath: path)), file: "n.xlsx")
        let width = sheet.rows[0].cells.count
        let xlsxRows = Dictionary(sheet.rows.dropFirst().map { ($0.cells[0], $0.cells) }, uniquingKeysWith: { a, _ in a })
        #expect(xlsxRows["510703"].map { Array($0[(width - 4)...]) } == ["1", "4.06", "4.43", "-8.5"])
        #expect(xlsxRows["510704"].map { Array($0[(width - 4)...]) } == ["2", "6.05", "5.75", "5.2"])

        // JSON: lastYear and changePercent as exact strings.
        let json = try cli.runArgs(args + ["--format", "json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let composite = try #require(root["composite"] as? [[String: Any]])
        #expect(composite.map { $0["code"] as? String } == ["510703", "510704"])
        #expect(composite.map { $0["lastYear"] as? String } == ["4.43", "5.75"])
        #expect(composite.map { $0["changePercent"] as? String } == ["-8.5", "5.2"])
    }

    @Test func theTrackingViewShowsLastYearsIndexOfTheSameSpanAndTheChange() throws {
        let cli = try Self.harness(month: 1)
        let run = try cli.run("track", "--as-of", "2015-01-28", "--rank-by", "composite", "--lang", "en")
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.components(separatedBy: "\n")
        let at = try #require(lines.firstIndex(of: "By the composite air quality index (six pollutants, 2015-01-01 to 2015-01-28, lowest first; R-24c):"))
        let rows = lines[(at + 1)...].prefix { !$0.isEmpty }.map { $0.split(separator: " ").map(String.init) }
        #expect(Array(rows.dropFirst(2)) == Self.expected)
    }
}
