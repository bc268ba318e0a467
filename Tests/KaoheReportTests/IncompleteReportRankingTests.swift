import Foundation
import KaoheCore
import KaoheDocx
import KaoheReport
import Testing
import ZIPFoundation

/// R-4: a report lacking one of its four parts is flagged on the unit's row of the ranking, in every format,
/// and in its explanation. SummaryFixture's 安县 reported on 2015-12-30 with a summary (空气质量改善), key-task
/// self-scores (重点工作任务) and funding (资金投入) but no project rows, so it lacks exactly 治理项目进展
/// ("projects"); 涪城区 has all four parts; 平武县 sent nothing (missing, not incomplete: never flagged so).
@Suite struct IncompleteReportRankingTests {
    static let zhFlag = "自查报告不完整（缺：治理项目进展）"
    static let enFlag = "incomplete report (lacks: projects)"

    @Test func theRankingRowCarriesTheMissingPartsOnlyForTheIncompleteReport() {
        let s = SummaryFixture.summary()
        let parts = Dictionary(uniqueKeysWithValues: s.ranking.map { ($0.result.area.code, $0.missingParts) })
        #expect(parts == ["510703": [], "510724": [.projects], "510727": []])
    }

    @Test func markdownRankingRowAndExplanationFlagIt() {
        let md = SummaryRender.markdown(SummaryFixture.summary(), lang: .zh)
        // The appendix ranking row of 安县, by hand: rank 2 (first of the failing block), base 95, previous 94,
        // current 93, required reduction 3.5, required 3.7 %, actual 2.1 %, not reached, quality 57.1, key tasks
        // 94.0 (evaluative, so starred), result 57.1, 不合格; its only flag is the incomplete report.
        #expect(md.contains("| 2 | 510724 | 安县 | 95 | 94 | 93 | 3.5 | 3.7% | 2.1% | 否 | 57.1 | 94.0\\* | 57.1 | 不合格 | \(Self.zhFlag) |"))
        // 涪城区 keeps its late-report flag alone; 平武县 keeps "no report, no data" alone.
        #expect(md.contains("| 96 | 4.08 | 4.0% | 5.9% | 是 | 100.0 | 96.5\\* | 100.0 | 优秀 | 逾期报送（2016-01-08） |"))
        #expect(md.contains("| 不合格 | 未报送、无数据 |"))
        #expect(md.components(separatedBy: Self.zhFlag).count - 1 == 2)  // ranking row + explanation's closing line
        #expect(md.contains("2. \\[R-4\\] 自查报告缺少治理项目进展内容，报告不完整，予以标记；得分按已报送及核实的数据计算，不因此改变。"))
        #expect(md.contains("等级：不合格；标记：\(Self.zhFlag)"))
    }

    @Test func englishTextHtmlAndDocxCarryTheFlag() throws {
        let s = SummaryFixture.summary()
        #expect(SummaryRender.text(s, lang: .en).contains(Self.enFlag))
        #expect(SummaryRender.html(s, lang: .en).contains(Self.enFlag))
        #expect(SummaryRender.html(s, lang: .zh).contains(Self.zhFlag))
        #expect(SummaryRender.markdown(s, lang: .en).contains("Grade: fail; flags: \(Self.enFlag)"))
        let archive = try Archive(data: try SummaryDocx.data(s, lang: .zh), accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        #expect(String(decoding: bytes, as: UTF8.self).contains(Self.zhFlag))
    }

    @Test func csvFlagsColumnOfTheRow() {
        let csv = SummaryRender.csv(SummaryFixture.summary(), lang: .zh)
        let row = csv.components(separatedBy: "\r\n").first { $0.contains(",510724,") }
        // 标记 is the 18th column; 报送情况 follows it.
        let cells = row?.components(separatedBy: ",") ?? []
        #expect(cells.count > 18)
        #expect(cells.dropFirst(17).first == Self.zhFlag)
        #expect(cells.dropFirst(18).first == "按时（2015-12-30）")
    }

    @Test func jsonAddsAnIncompleteReportFlagWithTheParts() {
        let json = SummaryRender.json(SummaryFixture.summary(), lang: .en)
        let compact = json.components(separatedBy: .whitespacesAndNewlines).joined()
        #expect(compact.contains(#"{"code":"incompleteReport","zh":"自查报告不完整（缺：治理项目进展）","en":"incompletereport(lacks:projects)","missingParts":["projects"]}"#))
        #expect(compact.contains(#""explanation":["[R-10]Score57.1:fail.","[R-4]Theself-inspectionreportlacksprojects:"#))
        #expect(json.components(separatedBy: "incompleteReport").count - 1 == 1)
    }
}
