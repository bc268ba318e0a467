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

    /// The settings in force: only the city set, so issuer, signature and 印发机关 follow it (DocumentSettings).
    static let settings = DocumentSettings(values: ["city": "绵阳市"])
    /// The notice's date (--date), written 2015年4月5日 / 5 April 2015 under the signature.
    static let date = Day(year: 2015, month: 4, day: 5)!

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
        #expect(n.rankings[0].monthByConcentration.map(\.area.code) == ["P1", "H1"])
        #expect(n.rankings[0].monthByChange.map(\.value) == [Decimal(string: "-0.25")!, Decimal(string: "0.2")!])
        #expect(n.warnings.map(\.area.code) == ["H1"])
        #expect(n.incomplete.map(\.station) == ["S-P"])
        #expect(n.noData.map(\.code) == ["Q1"])
        let text = NoticeRender.text(n, places: 0, lang: .zh, settings: Self.settings, date: Self.date)
        #expect(text.contains("严重滞后"))
        #expect(text.contains("本月同比改善最多：平原县（P1）；恶化最多："))
        #expect(text.contains("站点 S-P：本月有效天数 20，不足 27 天"))
        #expect(text.contains("-25.0%") && text.contains("+20.0%"))
        #expect(!text.contains("图示"))  // charts and their heading are for HTML only
        let en = NoticeRender.text(n, places: 0, lang: .en, settings: Self.settings, date: Self.date)
        #expect(en.contains("seriously behind") && en.contains("March 2015"))
    }

    @Test func htmlEscapesNamesAndCarriesBothCharts() {
        let html = NoticeRender.html(Self.notice(), places: 0, lang: .zh, settings: Self.settings, date: Self.date)
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
        let md = NoticeRender.markdown(Self.notice(), places: 0, lang: .zh, settings: Self.settings, date: Self.date)
        #expect(md.contains("&lt;script&gt;\\|\\*"))
        #expect(!md.contains("<script>"))
    }

    @Test func jsonParsesAndKeepsExactValues() throws {
        let json = NoticeRender.json(Self.notice(), places: 0, lang: .en, settings: Self.settings, date: Self.date)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        // The document parts, named as in the results notice's JSON: the city set, the rest the tool's defaults.
        #expect(object["title"] as? String == "绵阳市: monthly air quality notice (PM10), March 2015")
        #expect(object["date"] as? String == "2015-04-05")
        let document = try #require(object["document"] as? [String: Any])
        #expect(document["city"] as? String == "绵阳市")
        #expect(document["signature"] as? String == "绵阳市环境保护局")
        #expect(document["printedBy"] as? String == "绵阳市环境保护局办公室")
        #expect(document["date"] as? String == "5 April 2015")
        #expect(document["defaults"] as? [String] == ["issuer", "doc-pattern", "to", "cc", "printed-by", "signature", "requirements"])
        let distribution = try #require(object["distribution"] as? [String: String])
        #expect(distribution["to"] == "各县市区人民政府，科技城管委会，各园区管委会，科学城办事处，市级有关部门")
        #expect(distribution["copies"]?.hasPrefix("市委办公室，") == true)
        #expect(object["month"] as? Int == 3)
        #expect(object["warnings"] as? [String] == ["H1"])
        let units = try #require(object["units"] as? [[String: Any]])
        #expect(units[0]["name"] as? String == Self.hostile.name)
        #expect(units[0]["requiredConcentration"] as? String == "90")
        #expect(units[0]["controlValue"] as? String == "80")
        #expect(units[0]["status"] as? String == "seriouslyBehind")
        #expect(units[2]["coverage"] as? String == "noMonitoringData")
    }

    /// Title with the city, 主送, signature, date and foot as in the results notice (issue 20): the city set
    /// to 绵阳市 gives issuer 绵阳市环境保护局 (the signature) and 印发机关 绵阳市环境保护局办公室; --date
    /// 2015-04-05 is written 2015年4月5日 and 5 April 2015; 抄送 and 主送 are the tool's defaults.
    @Test func textAndMarkdownCarryTheOfficialParts() {
        let zh = NoticeRender.text(Self.notice(), places: 0, lang: .zh, settings: Self.settings, date: Self.date)
        #expect(zh.hasPrefix("绵阳市2015年3月环境空气质量（PM10）月度通报\n"))
        #expect(zh.contains("\n\n各县市区人民政府，科技城管委会，各园区管委会，科学城办事处，市级有关部门：\n\n"))
        let rule = String(repeating: "-", count: 40)
        // The foot, then the attachment with the technical notes (D-58 layout; issue 15 item 4).
        #expect(zh.contains(
            "\n\n附件：月度通报计算说明\n\n绵阳市环境保护局\n2015年4月5日\n\n" + rule
                + "\n抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室，市委组织部，市发展改革委，市经信委，市财政局，市住房城乡建设局。\n"
                + "绵阳市环境保护局办公室    2015年4月5日印发\n" + rule + "\n\n附件\n月度通报计算说明\n"))
        let en = NoticeRender.text(Self.notice(), places: 0, lang: .en, settings: Self.settings, date: Self.date)
        #expect(en.hasPrefix("绵阳市: monthly air quality notice (PM10), March 2015\n"))
        #expect(en.contains("市级有关部门:\n\n"))
        #expect(en.contains("\n\n绵阳市环境保护局\n5 April 2015\n\n" + rule + "\nCopies to: 市委办公室，"))
        #expect(en.contains("\n绵阳市环境保护局办公室    printed and issued 5 April 2015\n" + rule + "\n"))
        let md = NoticeRender.markdown(Self.notice(), places: 0, lang: .zh, settings: Self.settings, date: Self.date)
        #expect(md.hasPrefix("# 绵阳市2015年3月环境空气质量（PM10）月度通报\n"))
        #expect(md.contains("\n\n绵阳市环境保护局  \n2015年4月5日\n\n---\n\n抄送："))
        #expect(md.contains("绵阳市环境保护局办公室　2015年4月5日印发\n\n---\n\n附件\n\n## 月度通报计算说明\n"))
    }

    /// The HTML takes the results notice's print layout: the same CSS (A4, 37 mm top margin, page numbers),
    /// the notice in main.notice with the title, 主送, the signature block and the foot, and no-break spans
    /// around unit names, dates and status words.
    @Test func htmlUsesTheResultsNoticeLayout() {
        let html = NoticeRender.html(Self.notice(), places: 0, lang: .zh, settings: Self.settings, date: Self.date)
        #expect(html.contains(SummaryRender.css))
        #expect(html.contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }"))
        #expect(html.contains("<main class=\"notice\">\n<h1 class=\"title\">绵阳市2015年3月环境空气质量（PM10）月度通报</h1>"))
        #expect(html.contains("<title>绵阳市2015年3月环境空气质量（PM10）月度通报</title>"))
        #expect(html.contains("<p class=\"to\">各县市区人民政府，科技城管委会，各园区管委会，科学城办事处，市级有关部门：</p>"))
        #expect(html.contains(
            "</ul>\n<div class=\"attach-note\"><p class=\"first\">附件：月度通报计算说明</p></div>\n<div class=\"sign\"><p>绵阳市环境保护局</p><p><span class=\"nb\">2015年4月5日</span></p></div>\n"
                + "<footer class=\"foot\"><p class=\"cc\">抄送：市委办公室，"))
        #expect(html.contains(
            "<p class=\"printed\"><span>绵阳市环境保护局办公室</span><span><span class=\"nb\">2015年4月5日</span>印发</span></p></footer></div>\n</main>"))
        // The last block (the list of incomplete data) stays with the signature (GB/T 9704 7.3.5): the closing
        // opens before it; the charts come before the last section.
        #expect(html.contains("<div class=\"closing\">\n<h2>") == false)
        #expect(html.contains("<div class=\"closing\">\n<ul><li>"))
        #expect(html.range(of: "<svg")!.lowerBound < html.range(of: "六、本月数据不完整的单位")!.lowerBound)
        #expect(html.contains("<span class=\"nb\">严重滞后</span>"))
        #expect(html.contains("<span class=\"nb\">平原县</span>"))
        #expect(html.contains("<span class=\"nb\">2015-03-31</span>"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 2)  // the charts are kept
        let en = NoticeRender.html(Self.notice(), places: 0, lang: .en, settings: Self.settings, date: Self.date)
        #expect(en.contains("<html lang=\"en\">"))
        #expect(en.contains("<h1 class=\"title\">绵阳市: monthly air quality notice (PM10), March 2015</h1>"))
        #expect(en.contains("<div class=\"sign\"><p>绵阳市环境保护局</p><p>5 April 2015</p></div>"))
        #expect(en.contains("<span class=\"nb\">seriously behind</span>"))
    }

    /// Settings are free text typed by an officer: markup in them is escaped wherever it lands (title, 主送,
    /// signature, foot, the <title>), in HTML and in Markdown.
    @Test func hostileSettingsAreEscaped() {
        let hostile = DocumentSettings(values: [
            "city": "<img src=x>市", "to": "<script>alert(1)</script>", "cc": "a&b\"c'", "signature": "</main><b>局</b>",
            "printed-by": "<i>办</i>",
        ])
        let html = NoticeRender.html(Self.notice(), places: 0, lang: .zh, settings: hostile, date: Self.date)
        #expect(!html.contains("<img") && !html.contains("<script") && !html.contains("<b>") && !html.contains("<i>"))
        #expect(html.contains("<h1 class=\"title\">&lt;img src=x&gt;市2015年3月"))
        #expect(html.contains("<title>&lt;img src=x&gt;市2015年3月"))
        #expect(html.contains("<p class=\"to\">&lt;script&gt;alert(1)&lt;/script&gt;：</p>"))
        #expect(html.contains("<p>&lt;/main&gt;&lt;b&gt;局&lt;/b&gt;</p>"))
        #expect(html.contains("抄送：a&amp;b&quot;c&#39;。"))
        #expect(html.contains("<span>&lt;i&gt;办&lt;/i&gt;</span>"))
        #expect(html.components(separatedBy: "</main>").count - 1 == 1)
        let md = NoticeRender.markdown(Self.notice(), places: 0, lang: .zh, settings: hostile, date: Self.date)
        #expect(!md.contains("<img") && !md.contains("<script"))
    }

    /// March 2015, one station each with all 31 days at one value: A 80 (PM10 target, base 100 −10 % → T 90),
    /// B 40 (PM2.5, base 50 → T 45), C 70 (no target: the rule set's PM10), D 60 (PM2.5, base 60 → T 54).
    static func mixedNotice() -> MonthlyNotice {
        let values: [String: Decimal] = ["A": 80, "B": 40, "C": 70, "D": 60]
        let series = values.mapValues { [StationSeries(station: "S", days: Self.series(2015, 3, $0))] }
        func target(_ code: String, _ p: Pollutant, _ base: Decimal) -> [Target] {
            [Target(areaCode: code, year: 2015, pollutant: p, baseYear: 2013, baseConcentration: base, kind: .percentDecline, value: 10)]
        }
        let areas = ["A", "B", "C", "D"].map { Area(code: $0, name: "单位\($0)", type: .county) }
        return MonthlyNotice.build(
            year: 2015, month: 3, areas: areas, series: series,
            targets: ["A": target("A", .pm10, 100), "B": target("B", .pm25, 50), "D": target("D", .pm25, 60)], rules: .builtInDefault)
    }

    /// R-5 (revised): ranks in the CSV are within the unit's pollutant, which its own column names.
    @Test func csvRanksWithinEachPollutant() {
        let csv = NoticeRender.csv(Self.mixedNotice(), places: 0, lang: .zh)
        let lines = csv.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        // Worked by hand (n 90 days, N − n 275; V = (365·T − 90·C̄)/275):
        //   A: month/YTD 80, PM10 rank 2 of (C 70, A 80); T 90.0; V (32850 − 7200)/275 = 93.27 → 93; 80 ≤ 90 进度正常.
        //   B: 40, PM2.5 rank 1 of (B 40, D 60); T 45.0; V (16425 − 3600)/275 = 46.64 → 47; 进度正常.
        //   C: 70, PM10 rank 1; no target → no T, no V, 无目标.
        //   D: 60, PM2.5 rank 2; T 54.0; V (19710 − 5400)/275 = 52.04 → 52; 60 > 54 → 预警.
        // No data for March 2014: no change, no change rank; 31 valid days ≥ 27: nothing incomplete.
        #expect(lines.count == 5)
        #expect(lines[0].hasSuffix(",年份,月份,考核污染物"))
        #expect(lines[1] == "A,单位A,80,,,2,,80,,,2,,90.0,93,90,275,进度正常,S 31天,,2015,3,PM10")
        #expect(lines[2] == "B,单位B,40,,,1,,40,,,1,,45.0,47,90,275,进度正常,S 31天,,2015,3,PM2.5")
        #expect(lines[3] == "C,单位C,70,,,1,,70,,,1,,,,90,275,无目标,S 31天,,2015,3,PM10")
        #expect(lines[4] == "D,单位D,60,,,2,,60,,,2,,54.0,52,90,275,预警,S 31天,,2015,3,PM2.5")
    }

    @Test func documentFormsRankEachPollutantApart() throws {
        let n = Self.mixedNotice()
        let text = NoticeRender.text(n, places: 0, lang: .zh, settings: Self.settings, date: Self.date)
        #expect(text.hasPrefix("绵阳市2015年3月环境空气质量（PM10、PM2.5）月度通报\n"))
        #expect(text.contains("PM10 考核单位，按月均浓度（由低到高）："))
        #expect(text.contains("PM2.5 考核单位，按年累计浓度（由低到高）："))
        #expect(text.contains("PM10 本月浓度最低：单位C（C）；最高：单位A（A）"))
        #expect(text.contains("PM2.5 本月浓度最低：单位B（B）；最高：单位D（D）"))
        #expect(text.contains("PM10 2 个单位，PM2.5 2 个单位（分别排名）"))
        // The PM2.5 list holds B then D and nothing of PM10: the lines after its caption up to the next caption.
        let after = try #require(text.components(separatedBy: "PM2.5 考核单位，按月均浓度（由低到高）：").last)
        let table = after.components(separatedBy: "PM2.5 考核单位，按同比变化").first ?? ""
        #expect(table.contains("单位B") && table.contains("单位D") && !table.contains("单位A") && !table.contains("单位C"))
        let html = NoticeRender.html(n, places: 0, lang: .zh, settings: Self.settings, date: Self.date)
        // One YTD bar chart per pollutant and one chart of monthly lines.
        #expect(html.components(separatedBy: "<svg").count - 1 == 3)
        let json = NoticeRender.json(n, places: 0, lang: .en, settings: Self.settings, date: Self.date)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["pollutants"] as? [String] == ["PM10", "PM2.5"])
        let rankings = try #require(object["rankings"] as? [[String: Any]])
        #expect(rankings.map { $0["pollutant"] as? String } == ["PM10", "PM2.5"])
        let pm25 = try #require(rankings[1]["ytdByConcentration"] as? [[String: Any]])
        #expect(pm25.map { $0["code"] as? String } == ["B", "D"])
        #expect(pm25.map { $0["rank"] as? Int } == [1, 2])
    }

    /// A government document (D-58, item 4 of issue 15): the body carries no rule id and no technical note;
    /// they are in the attachment (附件 月度通报计算说明) after the signature, announced between body and signature.
    @Test func ruleIdsAndTechnicalNotesAreInTheAttachmentNotTheBody() throws {
        let doc = NoticeDocument(Self.notice(), places: 0, lang: .zh, settings: Self.settings, date: Self.date)
        func texts(_ b: NoticeDocument.Block) -> [String] {
            switch b {
            case .heading(let t), .paragraph(let t): [t]
            case .fields(let f): f.flatMap { [$0.label, $0.value] }
            case .table(let t): t.headers + t.rows.flatMap { $0 }
            case .list(let items): items
            case .chart: []
            }
        }
        let body = [doc.title, doc.subtitle, doc.addressees] + doc.blocks.flatMap(texts)
        let ruleId = try Regex(#"R-\d"#)
        #expect(body.allSatisfy { $0.firstMatch(of: ruleId) == nil }, "\(body.filter { $0.firstMatch(of: ruleId) != nil })")
        #expect(!body.contains { $0.contains("说明") || $0.contains("本工具默认规则") })
        #expect(body.first { $0.hasPrefix("现将2015年3月") } != nil)
        let notes = doc.attachment.blocks.flatMap(texts)
        for id in ["R-5", "R-24", "R-27", "R-28", "R-29", "R-30"] { #expect(notes.contains { $0.contains(id) }, "\(id)") }
        #expect(notes.contains { $0.contains("本工具默认规则，非官方规定") })
        // Text: 附件说明 before the signature, the attachment after the foot.
        let text = NoticeRender.text(Self.notice(), places: 0, lang: .zh, settings: Self.settings, date: Self.date)
        let note = try #require(text.range(of: "\n附件：月度通报计算说明\n"))
        let signature = try #require(text.range(of: "\n绵阳市环境保护局\n2015年4月5日\n"))
        let printed = try #require(text.range(of: "印发\n"))
        let attachment = try #require(text.range(of: "\n附件\n月度通报计算说明\n"))
        #expect(note.lowerBound < signature.lowerBound && printed.lowerBound < attachment.lowerBound)
        #expect(text[..<attachment.lowerBound].firstMatch(of: ruleId) == nil)
        let html = NoticeRender.html(Self.notice(), places: 0, lang: .zh, settings: Self.settings, date: Self.date)
        let main = try #require(html.range(of: "</main>"))
        #expect(html[..<main.lowerBound].firstMatch(of: ruleId) == nil)
        #expect(html[main.upperBound...].contains("<section class=\"attachment\">") && html[main.upperBound...].contains("R-28"))
        let md = NoticeRender.markdown(Self.notice(), places: 0, lang: .zh, settings: Self.settings, date: Self.date)
        let mdAttachment = try #require(md.range(of: "## 月度通报计算说明"))
        #expect(md[..<mdAttachment.lowerBound].firstMatch(of: ruleId) == nil)
    }
}
