import Foundation
import KaoheCore
import KaoheReport
import Testing

/// The summary as an official results notice (issue 20): the body is plain official Chinese with nothing
/// technical; the technical appendix (计算说明) carries rule ids, the rule set's name and hash and the
/// tool's defaults; the document settings fill the title, addressees, signature and foot.
@Suite struct SummaryNoticeTests {
    static let settings = DocumentSettings(values: ["city": "绵阳市", "issuer": "绵阳市环境保护局"])

    func document(_ lang: Language = .zh, settings: DocumentSettings = Self.settings, published: Bool = true) -> SummaryDocument {
        var s = SummaryFixture.summary(published: published)
        s.settings = settings
        return SummaryDocument(s, lang: lang)
    }

    /// Runs of Latin letters in `text`, except PM (PM10, PM2.5 are the pollutants' official names).
    func englishWords(_ text: String) -> [String] {
        let re = try! NSRegularExpression(pattern: "[A-Za-z]+")
        let ns = text as NSString
        return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) }.filter { $0 != "PM" }
    }

    @Test func theBodyHasNoRuleIDNoHashAndNoEnglishWordInChinese() {
        let doc = document()
        let body = doc.noticeTexts.joined(separator: "\n")
        #expect(body.range(of: #"R-\d"#, options: .regularExpression) == nil)
        #expect(!body.contains("abababababab"))
        #expect(!body.contains("sha256"))
        #expect(englishWords(body) == [])
        // No UTC instant, no run number, no tool-default wording inside the notice.
        #expect(body.range(of: #"\d{2}:\d{2}"#, options: .regularExpression) == nil)
        #expect(!body.contains("运行 #"))
        #expect(!body.contains("本工具默认"))
        // The attachments 1 and 2 are part of the notice too: no rule id there either.
        let attached = doc.attachments.prefix(2).flatMap { $0.blocks.flatMap(\.texts) }.joined(separator: "\n")
        #expect(attached.range(of: #"R-\d"#, options: .regularExpression) == nil)
        #expect(englishWords(attached) == [])
    }

    @Test func theTechnicalAppendixCarriesRuleIDsTheHashAndTheDefaults() throws {
        let appendix = try #require(document().attachments.last)
        #expect(appendix.label == "附件3")
        #expect(appendix.title == "计算说明")
        let text = appendix.blocks.flatMap(\.texts).joined(separator: "\n")
        #expect(text.contains("R-18a"))
        #expect(text.contains("R-19"))
        #expect(text.contains("test-rules（sha256:" + String(repeating: "ab", count: 32) + "）"))
        // Each unit's explanation, with its rule ids.
        #expect(text.contains("[R-18] 未报送、无数据：不合格。"))
        // Document settings left at the tool's defaults are named as such; the ones set are not.
        #expect(text.contains("以下公文设置未经设定，采用本工具默认值，非官方规定"))
        #expect(text.contains("主送机关：各县市区人民政府，科技城管委会，各园区管委会，科学城办事处，市级有关部门"))
        #expect(!text.contains("城市名称："))
    }

    @Test func titleAddresseesSignatureDateAndFootComeFromTheSettings() {
        let doc = document()
        #expect(doc.title == "绵阳市关于2015年度大气污染防治行动计划实施情况考核结果的通报")
        #expect(doc.documentNumber == "绵府办函〔2016〕12号")
        #expect(doc.addressees == "各县市区人民政府，科技城管委会，各园区管委会，科学城办事处，市级有关部门：")
        #expect(doc.signature == "绵阳市环境保护局")
        #expect(doc.date == "2016年3月15日")
        #expect(doc.copies.hasPrefix("抄送："))
        #expect(doc.copies.contains("市委组织部"))
        #expect(doc.printedBy == "绵阳市环境保护局办公室")
        #expect(doc.printedOn == "2016年3月15日印发")
        let headings = doc.body.compactMap { if case .heading(let h) = $0 { h } else { nil } }
        #expect(headings == ["一、总体情况", "二、考核结果", "三、存在问题", "四、处理意见", "五、工作要求"])
        #expect(doc.attachmentNote.first == "附件：1. 2015年度自查报告报送及实施细则、年度计划备案情况")
    }

    @Test func aDraftShowsThePatternWithoutANumberAndNoDate() {
        var settings = Self.settings
        settings.values["doc-pattern"] = "绵环发〔{年}〕{号}号"
        let doc = document(settings: settings, published: false)
        #expect(doc.documentNumber == "绵环发〔2016〕×号")
        #expect(doc.date == "（草稿，未发布，不注日期）")
        #expect(doc.printedOn == "")
        #expect(doc.watermark == SummaryDocument.draftMark)
    }

    @Test func officialWordingForFailuresAndMeasures() {
        let body = document().noticeTexts.joined(separator: "\n")
        // 安县 57.1 < 60 (R-15); 平武县 no report, no data (R-18).
        #expect(body.contains("安县：考核得分低于60分（57.1分），考核等级为不合格。"))
        #expect(body.contains("平武县：未报送自查报告且无监测数据，考核等级为不合格。"))
        #expect(body.contains("安县：约谈相关责任人（2016年4月2日）；自2016年3月15日起实行环评限批。"))
        #expect(body.contains("限批"))
        #expect(!body.contains("冻结"))
        #expect(!body.contains("合格分数段"))
        // 涪城区 first submitted 2016-01-08: 8 days after 12-31.
        #expect(body.contains("涪城区逾期8天报送自查报告"))
    }

    @Test func theOverviewCountsGradesAndAveragesTheConcentrations() {
        let body = document().noticeTexts.joined(separator: "\n")
        #expect(body.contains("本次考核对象共3个单位。考核结果为：优秀1个，良好0个，合格0个，不合格2个。优秀：涪城区；不合格：安县、平武县。"))
        // Units with this and last year's means: 涪城区 99 → 96, 安县 94 → 93 (平武县 has none).
        // Means 94.5 and 96.5 round (GB/T 8170, 0 places, 5 after an even digit is dropped) to 94 and 96;
        // change (96.5 − 94.5) ÷ 96.5 × 100 = 2.0725…% → 2.1%.
        #expect(body.contains("2个单位可吸入颗粒物（PM10）年均浓度平均为94微克/立方米，较上年（96微克/立方米）下降2.1%"))
    }

    @Test func englishModeSpeaksEnglish() {
        let doc = document(.en)
        #expect(doc.title == "绵阳市: notice of the results of the 2015 annual assessment of the Air Pollution Prevention Action Plan")
        #expect(doc.date == "15 March 2016")
        #expect(doc.attachments.last?.title == "Technical appendix: how the results were computed")
    }

    @Test func printedHTMLKeepsGradesDatesAndUnitNamesWhole() {
        var s = SummaryFixture.summary()
        s.settings = Self.settings
        let html = SummaryRender.html(s, lang: .zh)
        #expect(html.contains("<span class=\"nb\">不合格</span>"))
        #expect(html.contains("<span class=\"nb\">2016年3月15日</span>"))
        #expect(html.contains("<span class=\"nb\">平武县</span>"))
        #expect(!html.contains("<span class=\"nb\">合格</span>格"))
        // GB/T 9704: A4, 37 mm top, 28 mm left; page numbers "— n —" right on odd pages, left on even ones.
        #expect(html.contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }"))
        #expect(html.contains("@page :right { @bottom-right { content: \"— \" counter(page) \" —\""))
        #expect(html.contains("@page :left { @bottom-left { content: \"— \" counter(page) \" —\""))
        #expect(html.contains("\"FangSong_GB2312\", \"仿宋_GB2312\""))
    }
}
