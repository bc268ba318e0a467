import Foundation
import KaoheCore
import KaoheTracking
import Testing

@testable import KaoheReport

/// The plan-period trend in the final summary (issue 15, D-91): after the notice, in every text format,
/// escaped as the rest, and never inside the issued text.
struct TrendSectionTests {
    static let hostile = Area(code: "H1", name: "=cmd|' /C calc'!A0<script>", type: .county)

    /// 36 months 2013-01…2015-12 of v = 100 − 5·(t − 2013) + 10 in January, no noise: the deseasonalised
    /// means lie on a line of slope −5 (the January bump is removed exactly, as in
    /// TheilSenTests.deseasonalisingKeepsTheWholeTrend), so the slope is −5.0; every residual is 0, so every
    /// resample is the line itself and the interval is [−5.0, −5.0].
    static func section() -> TrendSection {
        let months = (0..<36).map { i -> MonthMean in
            let m = MonthMean(year: 2013 + i / 12, month: i % 12 + 1, mean: 0)
            return MonthMean(year: m.year, month: m.month, mean: Decimal(100 - 5 * (m.time - 2013) + (m.month == 1 ? 10 : 0)))
        }
        let short = Array(months.prefix(12))
        return TrendSection(
            through: Day(year: 2015, month: 12, day: 31)!,
            trends: [Trends.trend(area: hostile, months: months), Trends.trend(area: SummaryFixture.anxian, months: short)],
            pollutants: ["H1": .pm10, SummaryFixture.anxian.code: .pm10], fallback: .pm10)
    }

    static func withTrend() -> Summary {
        var s = SummaryFixture.summary()
        s.trend = section()
        return s
    }

    @Test func theSlopeOfANoiselessLineAndNoTrendBelow24Months() {
        let table = TrendRender.table(Self.section().trends, pollutants: [:], fallback: .pm10, lang: .zh)
        #expect(table.rows[0][3] == "2013-01…2015-12")
        #expect(table.rows[0][4] == "-5.0")
        #expect(table.rows[0][5] == "[-5.0, -5.0]")
        #expect(table.rows[1][2] == "12" && table.rows[1][8] == "不足 24 个月，不计算趋势")
    }

    @Test func theIssuedTextIsTheSameWithOrWithoutTheTrend() {
        let plain = SummaryDocument(SummaryFixture.summary(), lang: .zh)
        let with = SummaryDocument(Self.withTrend(), lang: .zh)
        #expect(plain.noticeTexts == with.noticeTexts)
        #expect(plain.attachments == with.attachments)
        #expect(with.afterword.count > plain.afterword.count)
        // Text: the section follows everything else, under its own heading with the sentence that keeps it out.
        let text = SummaryRender.text(Self.withTrend(), lang: .zh)
        let before = SummaryRender.text(SummaryFixture.summary(), lang: .zh)
        #expect(text.hasPrefix(before.trimmingCharacters(in: .newlines)))
        #expect(text.contains("规划期浓度变化趋势（监测数据截至 2015-12-31）"))
        #expect(text.contains("不属于通报原文，也不随通报冻结（R-22b）"))
        #expect(text.contains("方法参照 openair 的 TheilSen，但结果不与之逐位一致"))
        let md = SummaryRender.markdown(Self.withTrend(), lang: .en)
        #expect(md.contains("Plan-period trend (monitoring data through 2015-12-31)"))
        #expect(!md.contains("<script>"))
    }

    @Test func htmlDrawsAChartPerUnitAndEscapes() {
        let html = SummaryRender.html(Self.withTrend(), lang: .zh)
        #expect(html.components(separatedBy: "<line class=\"sen\"").count - 1 == 1)  // one unit with a trend
        #expect(html.contains("&lt;script&gt;") && !html.contains("<script"))
        #expect(html.contains("不足 24 个月，不计算趋势"))  // the short unit's panel says so
    }

    @Test func csvPutsTheSectionAfterTheRowsAndNeutralisesCells() {
        let csv = SummaryRender.csv(Self.withTrend(), lang: .zh)
        let plain = SummaryRender.csv(SummaryFixture.summary(), lang: .zh)
        #expect(csv.hasPrefix(plain))
        let rest = String(csv.dropFirst(plain.count))
        let lines = rest.components(separatedBy: "\r\n")
        #expect(lines[0] == "")
        #expect(lines[1] == "规划期浓度变化趋势（监测数据截至 2015-12-31）")
        #expect(lines[2].hasPrefix("区域代码,区域名称,月数,起止,斜率,95%区间"))
        #expect(lines[3].hasPrefix("H1,'=cmd|' /C calc'!A0<script>,36,2013-01…2015-12,-5.0,\"[-5.0, -5.0]\","))
    }

    @Test func jsonCarriesTheTrendBeforeTheSubsequentSection() throws {
        let json = SummaryRender.json(Self.withTrend(), lang: .en)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let trend = try #require(object["trend"] as? [String: Any])
        #expect(trend["through"] as? String == "2015-12-31")
        let units = try #require(trend["units"] as? [[String: Any]])
        #expect(units.map { $0["code"] as? String } == ["H1", "510724"])
        let result = try #require(units[0]["result"] as? [String: Any])
        #expect(result["slope"] as? String == "-5.00" && result["lower"] as? String == "-5.00" && result["upper"] as? String == "-5.00")
        #expect(units[1]["result"] is NSNull)
        #expect(json.range(of: "\"trend\"")!.lowerBound < json.range(of: "\"subsequent\"")!.lowerBound)
        let plain = SummaryRender.json(SummaryFixture.summary(), lang: .en)
        #expect(plain.contains("\"trend\": null"))
    }
}
