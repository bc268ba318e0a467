import Foundation
import KaoheXLSX
import Testing

/// `kaohe stations history` in every `ListFormatOptions` form (issue 18, D-152): the station lists' versions and
/// the mappings' versions, keyed by `ListKeys.stationLists` / `ListKeys.stationMappings` in JSON.
@Suite struct StationsHistoryFormatTests {
    /// Three list versions (2015-01-01 with 5 stations; 2016-01-01 with 2, then a re-import of that day with 2,
    /// version 2 of the day) and two mappings (2 rows, then 1 row, the newer in force), with the files' paths.
    func history() throws -> (cli: CLIHarness, lists: [String], maps: [String]) {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        func write(_ name: String, _ text: String) throws -> String {
            let url = cli.workDir.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            return url.path
        }
        let h = StationsCommandTests.header
        let lists = [
            try write("a.csv", StationsCommandTests.list2015),
            try write("b.csv", h + "2601A,市政府,绵阳,-,-,N\n2602A,高新区,绵阳,-,-,N\n"),
            try write("c.csv", h + "2601A,市政府,绵阳,-,-,N\n2602A,高新区（更名）,绵阳,-,-,N\n"),
        ]
        for (path, day) in zip(lists, ["2015-01-01", "2016-01-01", "2016-01-01"]) {
            #expect(try cli.run("stations", "import", "--effective", day, path).status == 0)
        }
        let maps = [
            try write("m1.csv", StationsCommandTests.mapping),
            try write("m2.csv", "监测点编码,区域代码,起始日期,截止日期\n2601A,510703,2015-01-01,\n"),
        ]
        for path in maps { #expect(try cli.run("stations", "map", path).status == 0) }
        return (cli, lists, maps)
    }

    @Test func jsonIsOneObjectWithTheListsAndTheMappingsKeyedByStableKeys() throws {
        let (cli, lists, maps) = try history()
        for lang in ["zh", "en"] {
            let run = try cli.run("stations", "history", "--format", "json", "--lang", lang)
            #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["lists", "mappings"])
            let l = try #require(object["lists"] as? [[String: Any]])
            #expect(l.allSatisfy { Set($0.keys) == ["effective", "versionOfDay", "stations", "file", "recordedAt"] })
            #expect(l.map { $0["effective"] as? String } == ["2015-01-01", "2016-01-01", "2016-01-01"])
            #expect(l.map { $0["versionOfDay"] as? Int } == [1, 1, 2])  // whole numbers are JSON numbers (D-139)
            #expect(l.map { $0["stations"] as? Int } == [5, 2, 2])
            #expect(l.map { $0["file"] as? String } == lists)
            #expect(l.allSatisfy { ($0["recordedAt"] as? String)?.isEmpty == false })
            let m = try #require(object["mappings"] as? [[String: Any]])
            #expect(m.allSatisfy { Set($0.keys) == ["version", "rows", "file", "recordedAt", "state"] })
            #expect(m.map { $0["version"] as? Int } == [1, 2])
            #expect(m.map { $0["rows"] as? Int } == [2, 1])
            #expect(m.map { $0["file"] as? String } == maps)
            // The state is a label, in the command's language.
            #expect(m.map { $0["state"] as? String } == (lang == "en" ? ["superseded", "in force"] : ["已被取代", "现行"]))
        }
        // Members in column order, as every list's JSON.
        let out = try cli.run("stations", "history", "--format", "json").stdout
        let order = ["\"lists\"", "\"effective\"", "\"versionOfDay\"", "\"stations\"", "\"file\"", "\"recordedAt\"", "\"mappings\"", "\"version\"", "\"rows\"", "\"state\""]
            .compactMap { out.range(of: $0)?.lowerBound }
        #expect(order.count == 10 && order == order.sorted())
        // To a file with -o.
        let path = cli.workDir.appendingPathComponent("h.json").path
        let written = try cli.run("stations", "history", "--format", "json", "-o", path)
        #expect(written.status == 0 && written.stdout == "已写入 \(path)\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(out.utf8))
    }

    @Test func textAndCSVShowBothTablesUnderTheirTitles() throws {
        let (cli, lists, maps) = try history()
        let text = try cli.run("stations", "history", "--lang", "en")
        #expect(text.status == 0)
        let lines = text.stdout.components(separatedBy: "\n")
        let a = try #require(lines.firstIndex(of: "Station lists (of one day, the newest version counts)"))
        let b = try #require(lines.firstIndex(of: "Mappings (the newest is in force)"))
        #expect(a == 0 && b == a + 6)  // title, header, rule, three versions
        #expect(lines[a + 3].hasPrefix("2015-01-01               1         5  \(lists[0])"))
        #expect(lines[a + 5].hasPrefix("2016-01-01               2         2  \(lists[2])"))
        #expect(lines[b + 3].hasPrefix("      1     2  \(maps[0])") && lines[b + 3].hasSuffix("superseded"))
        #expect(lines[b + 4].hasPrefix("      2     1  \(maps[1])") && lines[b + 4].hasSuffix("in force"))

        let csv = try cli.run("stations", "history", "--format", "csv", "--lang", "en")
        #expect(csv.stdout.hasPrefix("\u{FEFF}"))
        let rows = csv.stdout.dropFirst().components(separatedBy: "\r\n").map { $0.components(separatedBy: ",") }
        // The title holds a comma, so it is quoted (RFC 4180).
        #expect(csv.stdout.dropFirst().hasPrefix("\"Station lists (of one day, the newest version counts)\"\r\n"))
        #expect(rows[1] == ["effective", "version of day", "stations", "file", "recorded"])
        #expect(rows[2].prefix(4) == ["2015-01-01", "1", "5", lists[0]])
        #expect(rows[4].prefix(4) == ["2016-01-01", "2", "2", lists[2]])
        #expect(rows[5] == [""])
        #expect(rows[6] == ["Mappings (the newest is in force)"])
        #expect(rows[7] == ["version", "rows", "file", "recorded", "status"])
        #expect(rows[8].prefix(3) == ["1", "2", maps[0]] && rows[8].last == "superseded")
        #expect(rows[9].prefix(3) == ["2", "1", maps[1]] && rows[9].last == "in force")
        #expect(rows.count == 11 && rows[10] == [""])
    }

    @Test func aWorkbookHasOneSheetPerTable() throws {
        let (cli, lists, maps) = try history()
        let refused = try cli.run("stations", "history", "--format", "xlsx")
        #expect(refused.status != 0 && refused.stdout.isEmpty)
        let path = cli.workDir.appendingPathComponent("h.xlsx").path
        #expect(try cli.run("stations", "history", "--format", "xlsx", "-o", path).status == 0)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(try XLSXReader.sheets(in: data, file: "h.xlsx").map(\.name) == ["监测点列表", "对应关系"])
        let l = try XLSXReader.read(data, file: "h.xlsx", sheet: "监测点列表")
        #expect(l.rows.count == 4)
        #expect(l.rows[0].cells == ["生效日期", "当日版本", "监测点数", "文件", "导入时间"])
        // Days are date cells read back as yyyy-mm-dd, counts numbers.
        #expect(Array(l.rows[3].cells.prefix(4)) == ["2016-01-01", "2", "2", lists[2]])
        let m = try XLSXReader.read(data, file: "h.xlsx", sheet: "对应关系")
        #expect(m.rows.count == 3)
        #expect(Array(m.rows[1].cells.prefix(3)) == ["1", "2", maps[0]] && m.rows[1].cells.last == "已被取代")
        #expect(Array(m.rows[2].cells.prefix(3)) == ["2", "1", maps[1]] && m.rows[2].cells.last == "现行")
    }
}
