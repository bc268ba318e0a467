import Foundation
import KaoheCore
import KaoheXLSX
import Testing

/// `kaohe track notice --rank-by composite` (issue 18, R-24c, D-125).
@Suite struct CompositeNoticeCommandTests {
    static let list = "监测点编码,监测点名称,城市,经度,纬度,对照点\n2601A,市政府,绵阳,-,-,N\n2602A,游仙,绵阳,-,-,N\n2603A,安县,绵阳,-,-,N\n"
    static let mapping = "监测点编码,区域代码,起始日期,截止日期\n2601A,510703,2014-01-01,\n2602A,510704,2014-01-01,\n2603A,510724,2014-01-01,\n"

    /// The six pollutants of day `d` of February 2015 (d = 0 is 01-31): 2601A has CO d/10 mg/m³ and O3 60 + 2d,
    /// the rest constant; 2602A is constant. 2603A (when `withPM10Only`) has PM10 only.
    static func values(_ station: String, _ d: Int) -> [String: String] {
        if station == "2601A" {
            return ["SO2": "12", "NO2": "20", "PM10": "70", "PM2.5": "35", "CO": "\(Decimal(d) / 10)", "O3": "\(60 + 2 * d)"]
        }
        if station == "2602A" { return ["SO2": "30", "NO2": "40", "PM10": "105", "PM2.5": "70", "CO": "1.2", "O3": "120"] }
        return ["PM10": "90"]
    }

    /// The file of day `d` (1…29, 29 = 03-01): hour 0 carries day d − 1's values (it ends that day, R-24a),
    /// hours 1…23 day d's; the file of 03-01 has hour 0 only. `month` 1 puts the same days in January 2015
    /// (29 = 01-29), for the tracking view (D-138).
    static func file(_ d: Int, stations: [String], month: Int = 2) -> (name: String, text: String) {
        let day = Day(year: 2015, month: month, day: 1)!.adding(days: d - 1)
        let stamp = day.description.replacingOccurrences(of: "-", with: "")
        var text = "date,hour,type," + stations.joined(separator: ",") + "\n"
        for hour in 0...(d == 29 ? 0 : 23) {
            for type in ["PM2.5", "PM10", "SO2", "NO2", "O3", "CO"] {
                let cells = stations.map { values($0, hour == 0 ? d - 1 : d)[type] ?? "" }
                text += "\(stamp),\(hour),\(type)," + cells.joined(separator: ",") + "\n"
            }
        }
        return ("china_sites_\(stamp).csv", text)
    }

    static func harness(days: ClosedRange<Int>, stations: [String], month: Int = 2) throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let dir = cli.workDir.appendingPathComponent("nat")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for d in days {
            let f = Self.file(d, stations: stations, month: month)
            try Data(f.text.utf8).write(to: dir.appendingPathComponent(f.name))
        }
        try Data(Self.list.utf8).write(to: cli.workDir.appendingPathComponent("list.csv"))
        try Data(Self.mapping.utf8).write(to: cli.workDir.appendingPathComponent("map.csv"))
        #expect(try cli.run("stations", "import", "--effective", "2014-01-01", cli.workDir.appendingPathComponent("list.csv").path).status == 0)
        #expect(try cli.run("stations", "map", cli.workDir.appendingPathComponent("map.csv").path).status == 0)
        let imported = try cli.run("monitoring", "import", dir.path)
        #expect(imported.status == 0, "\(imported.stderr)")
        return cli
    }

    /// Hand-worked (R-24c, HJ 663), February 2015, 28 days, every day 24 hours:
    /// 510703: SO2 12/60 = 0.2; NO2 20/40 = 0.5; PM10 70/70 = 1; PM2.5 35/35 = 1;
    ///   CO daily means 0.1 … 2.8: k = 1 + 27·0.95 = 26.65, X26 = 2.6, X27 = 2.7 → 2.6 + 0.1·0.65 = 2.665; /4 = 0.66625;
    ///   O3 daily maximum 8-hour means 62 … 116 (step 2): k = 1 + 27·0.9 = 25.3, X25 = 110, X26 = 112 →
    ///   110 + 2·0.3 = 110.6; /160 = 0.69125. Index 0.2 + 0.5 + 1 + 1 + 0.66625 + 0.69125 = 4.0575 → 4.06.
    /// 510704: 30/60 + 40/40 + 105/70 + 70/35 + 1.2/4 + 120/160 = 0.5 + 1 + 1.5 + 2 + 0.3 + 0.75 = 6.05.
    /// No data for February 2014: no change.
    @Test func twoUnitsRankByTheirHandWorkedIndex() throws {
        let cli = try Self.harness(days: 1...29, stations: ["2601A", "2602A"])
        let run = try cli.run("track", "notice", "--month", "2015-02", "--rank-by", "composite", "--lang", "en")
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.components(separatedBy: "\n")
        let at = try #require(lines.firstIndex(of: "By the composite air quality index (six pollutants, lowest first):"))
        let rows = lines[(at + 2)...].prefix { !$0.isEmpty }.map { $0.split(separator: " ").map(String.init) }
        #expect(rows.count == 4)  // header, rule, two units
        #expect(rows.dropFirst(2).map { $0 } == [["1", "510703", "涪城区", "4.06", "—", "—"], ["2", "510704", "游仙区", "6.05", "—", "—"]])
        // Without --rank-by composite the notice has no such section.
        #expect(try !cli.run("track", "notice", "--month", "2015-02", "--lang", "en").stdout.contains("composite"))
    }

    /// The CSV, the workbook and the JSON carry the text form's ranking (D-137): 510703 first at 4.06, 510704
    /// second at 6.05 (worked above), no index for February 2014 so no change; units the ranking leaves out
    /// (no data) have empty composite cells. Without the option the CSV has no composite columns.
    @Test func csvXlsxAndJSONCarryTheSameRanking() throws {
        let cli = try Self.harness(days: 1...29, stations: ["2601A", "2602A"])
        let args = ["track", "notice", "--month", "2015-02", "--rank-by", "composite", "--lang", "en"]
        let csv = try cli.runArgs(args + ["--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.dropFirst().components(separatedBy: "\r\n").map { $0.components(separatedBy: ",") }
        #expect(Array(lines[0].suffix(4)) == ["composite rank", "composite index", "composite index last year", "composite index change (%)"])
        let byCode = Dictionary(lines.dropFirst().filter { $0.count > 4 }.map { ($0[0], Array($0.suffix(4))) }, uniquingKeysWith: { a, _ in a })
        #expect(byCode["510703"] == ["1", "4.06", "", ""])
        #expect(byCode["510704"] == ["2", "6.05", "", ""])
        #expect(byCode.filter { !["510703", "510704"].contains($0.key) }.values.allSatisfy { $0 == ["", "", "", ""] })
        let plain = try cli.run("track", "notice", "--month", "2015-02", "--format", "csv", "--lang", "en")
        #expect(!plain.stdout.contains("composite"))

        let path = cli.workDir.appendingPathComponent("n.xlsx").path
        #expect(try cli.runArgs(args + ["--format", "xlsx", "-o", path]).status == 0)
        let sheet = try XLSXReader.read(Data(contentsOf: URL(fileURLWithPath: path)), file: "n.xlsx")
        #expect(Array(sheet.rows[0].cells.suffix(4)) == ["composite rank", "composite index", "composite index last year", "composite index change (%)"])
        let width = sheet.rows[0].cells.count
        let xlsxRows = Dictionary(sheet.rows.dropFirst().map { ($0.cells[0], $0.cells) }, uniquingKeysWith: { a, _ in a })
        #expect(xlsxRows["510703"].map { Array($0[(width - 4)...].prefix(2)) } == ["1", "4.06"])
        #expect(xlsxRows["510704"].map { Array($0[(width - 4)...].prefix(2)) } == ["2", "6.05"])

        let json = try cli.runArgs(args + ["--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let composite = try #require(root["composite"] as? [[String: Any]])
        #expect(composite.count == 2)
        #expect(composite.map { $0["rank"] as? Int } == [1, 2])
        #expect(composite.map { $0["code"] as? String } == ["510703", "510704"])
        #expect(composite.map { $0["name"] as? String } == ["涪城区", "游仙区"])
        #expect(composite.map { $0["index"] as? String } == ["4.06", "6.05"])
        #expect(composite.allSatisfy { $0["lastYear"] is NSNull && $0["changePercent"] is NSNull })
        let plainJSON = try #require(
            try JSONSerialization.jsonObject(with: Data(cli.run("track", "notice", "--month", "2015-02", "--format", "json").stdout.utf8)) as? [String: Any])
        #expect(plainJSON["composite"] is NSNull)
    }

    /// Every form refuses alike when a unit lacks a pollutant: nothing on standard output, the same sentence.
    @Test func everyFormRefusesAUnitLackingAPollutant() throws {
        let cli = try Self.harness(days: 2...2, stations: ["2601A", "2602A", "2603A"])
        for format in ["csv", "json", "xlsx"] {
            let path = cli.workDir.appendingPathComponent("r.\(format)").path
            let run = try cli.run("track", "notice", "--month", "2015-02", "--rank-by", "composite", "--format", format, "-o", path, "--lang", "en")
            #expect(run.status == 1 && run.stdout.isEmpty, "\(format)")
            #expect(run.stderr.contains("510724 安县: SO2 0 day(s), NO2 0 day(s), PM10 1 day(s), PM2.5 0 day(s), CO 0 day(s), O3 0 day(s)"), "\(format)")
            #expect(!FileManager.default.fileExists(atPath: path), "\(format)")
        }
    }

    @Test func aUnitLackingAPollutantIsNamedAndNothingIsRanked() throws {
        let cli = try Self.harness(days: 2...2, stations: ["2601A", "2602A", "2603A"])
        let run = try cli.run("track", "notice", "--month", "2015-02", "--rank-by", "composite", "--lang", "en")
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        // One file: one valid day of each pollutant for 510703 and 510704 (hours 1…23 of 02-02), PM10 only for 510724.
        #expect(run.stderr.contains("every unit ranked needs 25 valid days of each of the six pollutants in the month (R-24, R-24b), and these are short"))
        #expect(run.stderr.contains("510724 安县: SO2 0 day(s), NO2 0 day(s), PM10 1 day(s), PM2.5 0 day(s), CO 0 day(s), O3 0 day(s)"))
        #expect(run.stderr.contains("510703 涪城区: SO2 1 day(s), NO2 1 day(s), PM10 1 day(s), PM2.5 1 day(s), CO 1 day(s), O3 1 day(s)"))
    }
}
