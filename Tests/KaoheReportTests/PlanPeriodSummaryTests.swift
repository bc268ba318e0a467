import Foundation
import KaoheCore
import KaoheDocx
import KaoheReport
import Testing

/// The plan-period part of a final summary (issue 22) in the documents: its attachment before the technical
/// appendix, its tables in Word, its small-multiple chart in the HTML with every label escaped.
@Suite struct PlanPeriodSummaryTests {
    static let hostile = "<b>\"安&县'</b>"

    /// The runs of `PlanPeriodHistoryTests` (base 112, final 12 % decline; 2016 revision 2 published at 103
    /// 优秀; 2017 final published at 99, not reached, 不合格) for a unit with a hostile name.
    static func view() -> PlanPeriodHistory {
        var v = PlanPeriodHistory.build(
            area: PlanPeriodHistoryTests.area, rules: .builtInDefault, targets: [PlanPeriodHistoryTests.finalTarget],
            runs: [
                PlanPeriodHistoryTests.run(id: 2, year: 2016, kind: .annual, revision: 2, published: true, doc: "A〔2017〕2号", current: 103, grade: .excellent),
                PlanPeriodHistoryTests.run(id: 4, year: 2017, kind: .final, revision: 1, published: true, doc: "A〔2018〕1号", current: 99, grade: .fail),
            ],
            keyTasks: [
                KeyTaskScore(areaCode: "510724", year: 2016, code: "5.1", selfScore: 6, verifiedScore: 5),
                KeyTaskScore(areaCode: "510724", year: 2016, code: "5.2", selfScore: 7),
            ])
        v.area.name = hostile
        return v
    }

    static func summary() -> Summary {
        var s = SummaryFixture.summary()
        s.planPeriod = [view()]
        return s
    }

    @Test func theAttachmentComesBeforeTheTechnicalAppendix() throws {
        let doc = SummaryDocument(Self.summary(), lang: .zh)
        #expect(doc.attachments.map(\.label) == ["附件1", "附件2", "附件3", "附件4"])
        #expect(doc.attachments.map(\.title).suffix(2) == ["各单位规划期（2013—2017年）考核情况", "计算说明"])
        #expect(doc.attachmentNote.count == 4)
        #expect(doc.attachmentNote[2] == "　　　3. 各单位规划期（2013—2017年）考核情况")
        // Worked by hand: base 112 (2013); 2014 and 2015 not published; 2016 revision 2: 103, share 65 % of
        // 112 × 12 % = 13.44 → 8.736, actual 112 − 103 = 9 ≥ 8.736 → reached → 100.0, graded 优秀; 2017 final: 99,
        // required reduction 112 × 12 % = 13.44, actual 13 → 100 × 13 ÷ 13.44 = 96.72… → 96.7, vetoed → 不合格.
        // Indicator 5 in 2016: self 6 + 7 = 13, verified 5 + 7 = 12.
        let tables = doc.attachments[2].blocks.compactMap { block -> SummaryDocument.Table? in
            if case .table(let t) = block { t } else { nil }
        }
        #expect(tables.count == 2)
        #expect(tables[0].rows == [
            ["2013（基准年）", "112", "考核基数", "", "", ""],
            ["2014", "—", "未发布", "—", "", ""],
            ["2015", "—", "未发布", "—", "", ""],
            ["2016", "103", "年度考核", "100.0", "优秀", "A〔2017〕2号（2017-03-01）"],
            ["2017", "99", "终期考核", "96.7", "不合格", "A〔2018〕1号（2018-03-01）"],
        ])
        #expect(tables[1].rows[4] == ["5 工业大气污染治理", "15", "—", "—", "13.0/12.0", "—"])
        #expect(doc.attachments[2].blocks.contains(.paragraph("终期目标：较 2013 年下降 12%；终期结果：要求下降 12.0%，实际下降 11.6%，未达到终期目标，不合格")))
        // The notice itself stays free of it: nothing technical, no new text in the body.
        #expect(!doc.body.flatMap(\.texts).contains { $0.contains("规划期") })
    }

    @Test func theHTMLHasOneSmallChartPerUnitWithEscapedLabels() {
        let html = SummaryRender.html(Self.summary(), lang: .zh)
        #expect(!html.contains(Self.hostile))
        #expect(!html.contains("<b>"))
        let figure = html.components(separatedBy: "<figure>").first { $0.contains("各单位年均浓度变化") } ?? ""
        #expect(figure.contains("font-weight=\"bold\">&lt;b&gt;&quot;安&amp;县&#39;&lt;/b&gt;</text>"))
        // 2013 (112, hollow), 2016 (103) and 2017 (99): three points; only 2016–2017 are consecutive, one line.
        #expect(figure.components(separatedBy: "<circle").count - 1 == 3)
        #expect(figure.components(separatedBy: "<polyline").count - 1 == 1)
        #expect(figure.contains("fill=\"#ffffff\""))
        // The target line: the final assessment's required concentration, 112 − 13.44 = 98.56 → 98.6 (one decimal).
        #expect(figure.contains("<title>终期目标 98.6</title>"))
        for remote in ["src=", "href=", "url(", "@import", "<script", "<link"] { #expect(!html.contains(remote), "found \(remote)") }
    }

    @Test func markdownAndTextEscapeTheName() {
        let md = SummaryRender.markdown(Self.summary(), lang: .zh)
        #expect(md.contains("### &lt;b&gt;\"安&amp;县'&lt;/b&gt;（510724）"))
        #expect(!md.contains("<b>"))
        let csv = SummaryRender.csv(Self.summary(), lang: .en)
        #expect(csv.contains("\r\nEach unit over the plan period (2013–2017)\r\n"))
        #expect(csv.contains("510724,\"<b>\"\"安&县'</b>\",2017,,99,final assessment,96.7,fail,A〔2018〕1号,2018-03-01,"))
        #expect(csv.contains(",12 % decline on 2013,12.0,11.6,no\r\n"))
    }

    @Test func wordHasTheAttachmentAndItsTables() throws {
        let docx = SummaryDocxTests()
        let parts = try docx.unpack(try SummaryDocx.data(Self.summary(), lang: .zh))
        let all = try docx.parse(parts["word/document.xml"]!).paragraphs.joined(separator: "\n")
        let doc = SummaryDocument(Self.summary(), lang: .zh)
        #expect(all.contains("各单位规划期（2013—2017年）考核情况"))
        for text in doc.attachments[2].blocks.filter({ if case .chart = $0 { false } else { true } }).flatMap(\.texts) where !text.isEmpty {
            #expect(all.contains(text), "missing: \(text)")
        }
    }
}
