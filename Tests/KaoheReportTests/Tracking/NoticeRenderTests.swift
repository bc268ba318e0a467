import Foundation
import KaoheCore
import KaoheTracking
import Testing

@testable import KaoheReport

/// The monthly notice in every format: content of R-30, and the summary's escaping and injection rules.
struct NoticeRenderTests {
    static let hostile = Area(code: "H1", name: "=HYPERLINK(\"x\")<script>|*", type: .county)
    static let plain = Area(code: "P1", name: "平原县", type: .county)
    static let quiet = Area(code: "Q1", name: "无站县", type: .county)

    static func series(_ year: Int, _ month: Int, _ value: Decimal, days: Int? = nil) -> [TrackedDay] {
        let count = days ?? Day.daysIn(month: month, year: year)
        return (1...count).map { TrackedDay(ordinal: Day(year: year, month: month, day: $0)!.ordinal, value: value, dust: false) }
    }

    /// March 2015. H1: Jan–Mar at 120, March 2014 at 100 → month +20.0 %. P1: Jan–Mar at 60 but only 20 days of
    /// March (incomplete, 20 < 27), March 2014 at 80 → −25.0 %. Q1 has no data.
    /// Targets: H1 and P1 explicit 2015 target 10 % of base 100 → T = 90.
    /// H1: n = 31 + 28 + 31 = 90, V = (365·90 − 90·120) / 275 = (32850 − 10800) / 275 = 22050 / 275 = 80.18… → 80;
    /// 120 > 90, and 80 < 120 × 0.85 = 102 → 严重滞后. P1: 60 ≤ 90 → 进度正常.
    static func notice() -> MonthlyNotice {
        let h = series(2015, 1, 120) + series(2015, 2, 120) + series(2015, 3, 120) + series(2014, 3, 100)
        let p = series(2015, 1, 60) + series(2015, 2, 60) + series(2015, 3, 60, days: 20) + series(2014, 3, 80)
        func target(_ code: String) -> Target {
            Target(areaCode: code, year: 2015, baseYear: 2013, baseConcentration: 100, kind: .percentDecline, value: 10)
        }
        return MonthlyNotice.build(
            year: 2015, month: 3, areas: [hostile, plain, quiet],
            series: ["H1": [StationSeries(station: "S-H", days: h)], "P1": [StationSeries(station: "S-P", days: p)]],
            targets: ["H1": [target("H1")], "P1": [target("P1")]], rules: .builtInDefault)
    }

    @Test func noticeNamesRankingsWarningsAndIncompleteData() {
        let n = Self.notice()
        #expect(n.units[0].controlRounded == 80 && n.units[0].status == .seriouslyBehind)
        #expect(n.units[1].status == .onTrack)
        #expect(n.monthByConcentration.map(\.area.code) == ["P1", "H1"])
        #expect(n.monthByChange.map(\.value) == [Decimal(string: "-0.25")!, Decimal(string: "0.2")!])
        #expect(n.warnings.map(\.area.code) == ["H1"])
        #expect(n.incomplete.map(\.station) == ["S-P"])
        #expect(n.noData.map(\.code) == ["Q1"])
        let text = NoticeRender.text(n, places: 0, lang: .zh)
        #expect(text.contains("严重滞后"))
        #expect(text.contains("本月同比改善最多：平原县（P1）；恶化最多："))
        #expect(text.contains("站点 S-P：本月有效天数 20，不足 27 天"))
        #expect(text.contains("-25.0%") && text.contains("+20.0%"))
        #expect(!text.contains("图示"))  // charts and their heading are for HTML only
        let en = NoticeRender.text(n, places: 0, lang: .en)
        #expect(en.contains("seriously behind") && en.contains("March 2015"))
    }

    @Test func htmlEscapesNamesAndCarriesBothCharts() {
        let html = NoticeRender.html(Self.notice(), places: 0, lang: .zh)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 2)
        #expect(html.contains("<polyline"))  // the monthly line of a unit with two or more months
        #expect(html.contains("stroke-dasharray"))  // T as a dashed line
        #expect(!html.contains("<script") && !html.contains(" src=") && !html.contains(" href="))  // self-contained, no script
    }

    @Test func csvHasBOMAndNeutralisesFormulas() {
        let csv = NoticeRender.csv(Self.notice(), places: 0, lang: .zh)
        #expect(csv.hasPrefix("\u{FEFF}"))
        #expect(csv.contains("\r\n"))
        #expect(csv.contains("\"'=HYPERLINK(\"\"x\"\")<script>|*\""))
        // Negative changes stay plain numbers, not quoted as text.
        #expect(csv.contains(",-25.0,"))
    }

    @Test func markdownEscapesMarkup() {
        let md = NoticeRender.markdown(Self.notice(), places: 0, lang: .zh)
        #expect(md.contains("&lt;script&gt;\\|\\*"))
        #expect(!md.contains("<script>"))
    }

    @Test func jsonParsesAndKeepsExactValues() throws {
        let json = NoticeRender.json(Self.notice(), places: 0, lang: .en)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["month"] as? Int == 3)
        #expect(object["warnings"] as? [String] == ["H1"])
        let units = try #require(object["units"] as? [[String: Any]])
        #expect(units[0]["name"] as? String == Self.hostile.name)
        #expect(units[0]["requiredConcentration"] as? String == "90")
        #expect(units[0]["controlValue"] as? String == "80")
        #expect(units[0]["status"] as? String == "seriouslyBehind")
        #expect(units[2]["coverage"] as? String == "noMonitoringData")
    }
}
