import Foundation
import KaoheCore
import Testing

/// `--format json` of the list commands through `ListFormatOptions` (issue 18, D-139), on `stations list`.
@Suite struct ListJSONCommandTests {
    /// The three stations of `CompositeNoticeCommandTests.list`, each mapped from 2014-01-01 with no end: one
    /// object per row keyed by the stable English keys, "—" (no coordinates) as null; the same keys in Chinese.
    @Test func stationsListAsJSONIsAnArrayOfObjectsWithStableKeys() throws {
        let cli = try CompositeNoticeCommandTests.harness(days: 2...2, stations: ["2601A"])
        let run = try cli.run("stations", "list", "--on", "2015-02-01", "--format", "json", "--lang", "en")
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 3)
        let keys = ["station", "name", "city", "longitude", "latitude", "background", "unit", "mappedPeriod"]
        #expect(rows.allSatisfy { Set($0.keys) == Set(keys) })
        #expect(rows.map { $0["station"] as? String } == ["2601A", "2602A", "2603A"])
        #expect(rows.map { $0["unit"] as? String } == ["510703", "510704", "510724"])
        #expect(rows[0]["name"] as? String == "市政府" && rows[0]["city"] as? String == "绵阳")
        #expect(rows.allSatisfy { $0["longitude"] is NSNull && $0["latitude"] is NSNull })
        #expect(rows.allSatisfy { $0["mappedPeriod"] as? String == "2014-01-01…" })
        // Members in column order, whatever the language; the count lines of the terminal form are not added.
        let zh = try cli.run("stations", "list", "--on", "2015-02-01", "--format", "json")
        let first = try #require(zh.stdout.range(of: "{")).upperBound
        let order = keys.compactMap { zh.stdout.range(of: "\"\($0)\"", range: first..<zh.stdout.endIndex)?.lowerBound }
        #expect(order.count == keys.count && order == order.sorted())
        #expect(try JSONSerialization.jsonObject(with: Data(zh.stdout.utf8)) is [[String: Any]])
        // To a file with -o, as text and CSV.
        let path = cli.workDir.appendingPathComponent("s.json").path
        #expect(try cli.run("stations", "list", "--on", "2015-02-01", "--format", "json", "-o", path).status == 0)
        #expect(try (JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [[String: Any]])?.count == 3)
    }
}
