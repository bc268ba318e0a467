import Foundation
@testable import KaoheCore
import KaoheReport
import Testing

@Suite struct SummaryRenderTests {
    static let script = "<script>alert(1)</script>"
    static let formula = #"=HYPERLINK("http://x","y")"#

    @Test func unitNameWithScriptTagAppearsAsTextInHTML() {
        let html = SummaryRender.html(SummaryFixture.summary(names: ["510703": Self.script + #" & "q" 'a'"#]), lang: .zh)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39;"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("alert(1)</"))
    }

    @Test func htmlIsSelfContainedPrintableOnA4WithBothCharts() {
        let html = SummaryRender.html(SummaryFixture.summary(), lang: .zh)
        // GB/T 9704-2012: A4 with 天头 37 mm and 订口 28 mm (issue 20).
        #expect(html.contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }"))
        #expect(html.components(separatedBy: "<svg ").count == 3)
        #expect(html.contains("要求下降与实际下降（%）") && html.contains("等级分布（单位数）"))
        for remote in ["src=", "href=", "url(", "@import", "<script", "<link"] { #expect(!html.contains(remote), "found \(remote)") }
    }

    @Test func draftIsWatermarkedInEveryFormat() {
        let draft = SummaryFixture.summary(published: false)
        // A draft has no number yet: the settings' pattern with ×, publication year 2016.
        #expect(SummaryRender.text(draft, lang: .en).hasPrefix("【草稿 / DRAFT】\n\n环发〔2016〕×号\n\n××市: notice of the results of the 2015 annual assessment"))
        #expect(SummaryRender.markdown(draft, lang: .zh).hasPrefix("> **草稿 / DRAFT**\n\n环发〔2016〕×号\n\n# ××市关于2015年度大气污染防治行动计划实施情况考核结果的通报\n"))
        #expect(SummaryRender.html(draft, lang: .zh).contains("<div class=\"watermark\" aria-hidden=\"true\">草稿 / DRAFT</div>"))
        // The last column (上年为基准年, R-9) is empty for 2015, not the first assessed year.
        #expect(SummaryRender.csv(draft, lang: .zh).hasSuffix(",2015,年度考核,草稿 / DRAFT,\r\n"))
        #expect(SummaryRender.json(draft, lang: .zh).contains("\"status\": \"draft\",\n  \"publication\": null,"))
        #expect(!SummaryRender.html(SummaryFixture.summary(), lang: .zh).contains("DRAFT"))
    }

    @Test func csvStartsWithBOMAndNeutralisesAFormulaInAUnitName() {
        let csv = SummaryRender.csv(SummaryFixture.summary(names: ["510724": Self.formula]), lang: .en)
        #expect(csv.hasPrefix("\u{FEFF}rank,block,code,unit,"))
        #expect(csv.unicodeScalars.first == "\u{FEFF}")
        let row = csv.components(separatedBy: "\r\n")[2]
        #expect(row.hasPrefix(#"2,failed,510724,"'=HYPERLINK(""http://x"",""y"")",95,94,93,,3.5,3.7,2.1,no,57.1,"#))
        #expect(csv.components(separatedBy: "\r\n").count == 5)
    }

    @Test func csvCellsThatCouldRunAsFormulasGetAQuoteButNumbersStayNumbers() {
        #expect(SummaryRender.csvCell("=1+2") == "'=1+2")
        #expect(SummaryRender.csvCell("+cmd") == "'+cmd")
        #expect(SummaryRender.csvCell("-2+3") == "'-2+3")
        #expect(SummaryRender.csvCell("@SUM(A1)") == "'@SUM(A1)")
        #expect(SummaryRender.csvCell("\tx") == "'\tx")
        #expect(SummaryRender.csvCell("\rx") == "\"'\rx\"")
        #expect(SummaryRender.csvCell("-1.2") == "-1.2")
        #expect(SummaryRender.csvCell("-1.2%") == "-1.2%")
        #expect(SummaryRender.csvCell("a,b") == "\"a,b\"")
        #expect(SummaryRender.csvCell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(SummaryRender.csvCell("涪城区") == "涪城区")
    }

    @Test func markdownShowsMarkupAndHTMLFromInputsAsText() {
        let md = SummaryRender.markdown(SummaryFixture.summary(names: ["510703": Self.script + " [x](javascript:y) | *b*"]), lang: .zh)
        #expect(md.contains("| &lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:y) \\| \\*b\\* |"))
        #expect(!md.contains("<script"))
    }

    @Test func noFailingUnitsAndNoConsequencesSayNone() {
        var input = SummaryFixture.input(consequences: [])
        input.run.results = Array(input.run.results.prefix(1))
        let s = Summary.build(input)
        let zh = SummaryRender.text(s, lang: .zh)
        #expect(zh.contains("四、未通过考核的单位及处理依据\n------------------------------\n\n未通过年度考核的单位：约谈相关责任人") && zh.contains("\n\n未通过考核的单位：无。\n\n"))
        #expect(SummaryRender.text(s, lang: .en).contains("\n\nFailing units: none.\n\n"))
        // The notice body says so in its own words.
        #expect(zh.contains("四、处理意见\n------------\n\n本次考核无需约谈和实行环评限批的单位。"))
        let failing = SummaryRender.text(SummaryFixture.summary(consequences: []), lang: .en)
        #expect(failing.contains("\n\nRecorded summons and approval freezes: none.\n\n"))
    }

    /// R-18a: 安县 gets the same result as 涪城区 (100.0) but stays graded 不合格 (say, a veto): it does not
    /// share rank 1; it opens the failing block with rank 2 (the numbering continues after the one passing
    /// unit). 平武县 (不合格, no score) closes the failing block without a rank.
    @Test func aFailingUnitWithTheBestScoreIsRankedInItsOwnBlockAfterThePassingOnes() {
        var input = SummaryFixture.input()
        input.run.results[1].resultScore = 100
        let ranking = Summary.build(input).ranking.map { "\($0.rank.map(String.init) ?? "—") \($0.block.rawValue) \($0.result.area.code)" }
        #expect(ranking == ["1 passed 510703", "2 failed 510724", "— failed 510727"])
    }

    /// R-18a golden case, worked by hand. Seven units:
    /// passed: A 85.0 (良好), B 85.0 (良好), C 92.0 (优秀), D 70.0 (良好);
    /// failed: E 96.7 (final veto, 不合格), F 40.0 (不合格), G no score (no report, no data, 不合格);
    /// not graded: H (no target).
    /// Passing block by score then code: C 92.0 → 1; A 85.0 and B 85.0 tie → both 2 (A before B by code);
    /// D 70.0 → 4 (three units ahead). Failing block continues at 5: E 96.7 → 5 (its best score does not
    /// lift it beside C), F 40.0 → 6, G no score → —. Not graded last: H → —.
    @Test func r18aRankingGoldenCase() {
        func unit(_ code: String, _ grade: Grade?, _ score: String?) -> UnitAssessment {
            var r = UnitAssessment(area: Area(code: code, name: code, type: .county), year: 2015, kind: .annual, flags: [], steps: [])
            r.grade = grade
            r.resultScore = score.map { Decimal(string: $0)! }
            return r
        }
        var input = SummaryFixture.input()
        input.run.results = [
            unit("A", .good, "85.0"), unit("B", .good, "85.0"), unit("C", .excellent, "92.0"), unit("D", .good, "70.0"),
            unit("E", .fail, "96.7"), unit("F", .fail, "40.0"), unit("G", .fail, nil), unit("H", nil, nil),
        ]
        input.run.inputs = []
        let s = Summary.build(input)
        let ranking = s.ranking.map { "\($0.rank.map(String.init) ?? "—") \($0.block.rawValue) \($0.result.area.code)" }
        #expect(ranking == [
            "1 passed C", "2 passed A", "2 passed B", "4 passed D", "5 failed E", "6 failed F", "— failed G", "— notGraded H",
        ])
        // Every format keeps the blocks in that order.
        let csvCodes = SummaryRender.csv(s, lang: .en).components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).prefix(3).joined(separator: " ") }
        #expect(csvCodes == ["1 passed C", "2 passed A", "2 passed B", "4 passed D", "5 failed E", "6 failed F", " failed G", " not graded H"])
        let json = SummaryRender.json(s, lang: .en)
        let order = ["\"code\": \"C\"", "\"code\": \"A\"", "\"code\": \"B\"", "\"code\": \"D\"", "\"code\": \"E\"", "\"code\": \"F\"", "\"code\": \"G\"", "\"code\": \"H\""]
        let positions = order.map { json.range(of: $0)!.lowerBound }
        #expect(positions == positions.sorted())
        #expect(json.contains("\"rank\": 5,\n      \"block\": \"failed\",\n      \"code\": \"E\""))
        for text in [SummaryRender.text(s, lang: .zh), SummaryRender.markdown(s, lang: .zh), SummaryRender.html(s, lang: .zh)] {
            // The notice's own table (二、考核结果) in the three blocks …
            let n1 = text.range(of: "（一）通过考核的单位")!.lowerBound
            let n2 = text.range(of: "（二）未通过考核的单位")!.lowerBound
            let n3 = text.range(of: "（三）未评定等级的单位")!.lowerBound
            #expect(n1 < n2 && n2 < n3)
            // … and the appendix's ranking with the computed figures, after it.
            let appendix = text.range(of: "考核结果排名（含计算数据）")!.upperBound
            let passed = text.range(of: "通过考核的单位", range: appendix..<text.endIndex)!.lowerBound
            let failed = text.range(of: "未通过考核的单位（单列")!.lowerBound
            let notGraded = text.range(of: "未评定等级的单位", range: failed..<text.endIndex)!.lowerBound
            #expect(n3 < passed && passed < failed && failed < notGraded)
            // E (96.7) is listed after D (70.0) in the ranking section.
            let section = text[passed...]
            #expect(section.range(of: "96.7")!.lowerBound > section.range(of: "70.0")!.lowerBound)
        }
    }

    /// The discrepancy section (R-26) lists exactly the units flagged `.discrepancy`, decided by the flag's
    /// case, not by the wording of its label; the fixture's late report and no-report flags are not listed.
    @Test func onlyADiscrepancyFlagIsListedAsADiscrepancy() {
        #expect(SummaryFixture.summary().discrepancies.isEmpty)
        var input = SummaryFixture.input()
        let flagged = input.run.results[0].area
        input.run.results[0].flags.append(.discrepancy(reported: 50, monitored: 47))
        let s = Summary.build(input)
        #expect(s.discrepancies.map { "\($0.area.code) \($0.flag)" } == ["\(flagged.code) \(AssessmentFlag.discrepancy(reported: 50, monitored: 47))"])
        // The other units' flags stay flags of their rows only.
        #expect(input.run.results.dropFirst().flatMap(\.flags).contains(.noReportNoData))
        #expect(input.run.results[0].flags.contains(.lateReport(submittedOn: Day(year: 2016, month: 1, day: 8)!)))
    }

    @Test func aSettingMarkedDefaultIsNeverCalledOfficial() {
        let text = SummaryRender.text(SummaryFixture.summary(), lang: .en)
        #expect(text.contains("These settings are defaults of this tool, not official rules, and can be changed in the rule set:\n\n- quality score formula (R-10)\n"))
        #expect(!text.lowercased().contains("official rule set"))
    }

    @Test func falsificationFindingsOfTheYearAreListedWithTheirState() {
        var input = SummaryFixture.input()
        input.findings = [
            FalsificationFinding(id: 1, areaCode: "510724", year: 2015, reference: "绵环函〔2016〕3号", recordedAt: "2016-03-01T02:00:00Z"),
            FalsificationFinding(id: 2, areaCode: "510703", year: 2014, reference: "older", recordedAt: "2015-03-01T02:00:00Z"),
        ]
        let text = SummaryRender.text(Summary.build(input), lang: .zh)
        #expect(text.contains("""
            篡改、伪造监测数据的认定（R-17）

            区域代码  区域名称  认定依据           记录时间              状态
            --------  --------  -----------------  --------------------  ----
            510724    安县      绵环函〔2016〕3号  2016-03-01T02:00:00Z  有效

            """))
        #expect(!text.contains("older"))
        // The notice's body names it in official words, without the time it was recorded (issue 20).
        #expect(text.contains("安县存在篡改、伪造监测数据行为（绵环函〔2016〕3号）。"))
    }
}
