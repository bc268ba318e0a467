import Foundation
import KaoheCore
import KaoheReport
import Testing

/// R-9: for the first assessed year the previous year is the base year. The engine compares with the base
/// (not with a 2013 figure a report may carry) and records it; every table then shows the base in 上年,
/// marked as the base year, instead of "—".
///
/// Worked by hand (built-in default rules: proportional formula, base year 2013, result = quality score):
/// - 涪城区 2014, target 4 % of base 100 → required reduction 4, required concentration 96.0; current 95 ≤ 96
///   → reached, actual decline 5/100 = 5.0 %, quality 100.0 → 优秀. Previous = base 100: 95 ≤ 100, not rising.
///   上年 shows "100（基准年）".
/// - 安县 2014, target 4 % of base 90 → required 86.4 (90 × 0.96), reduction 3.6; current 92. Previous = base 90
///   (the report's own 2013 figure 88 is not used): 92 > 90 → 不降反升, quality 0.0 → 不合格. 上年 shows
///   "90（基准年）", not 88.
@Suite struct FirstYearPreviousTests {
    static let fucheng = Area(code: "510703", name: "涪城区", type: .district)
    static let anxian = Area(code: "510724", name: "安县", type: .county)

    static func input(_ area: Area, base: Decimal, current: Decimal, previous: Decimal?, year: Int = 2014) -> UnitInput {
        UnitInput(
            area: area, year: year, kind: .annual,
            annualTarget: Target(areaCode: area.code, year: year, baseYear: 2013, baseConcentration: base, kind: .percentDecline, value: 4),
            current: SourcedConcentration(current, source: "自查报告"), previous: previous.map { SourcedConcentration($0, source: "自查报告") },
            report: .submitted(on: Day(year: year, month: 12, day: 20)!))
    }

    static func summary(year: Int = 2014) -> Summary {
        let inputs = [
            input(fucheng, base: 100, current: 95, previous: nil, year: year),
            input(anxian, base: 90, current: 92, previous: 88, year: year),
        ]
        let results = Scoring.assess(inputs, rules: .builtInDefault)
        let run = AssessmentRun(
            id: 1, year: year, kind: .annual, revision: 1, ruleSetName: "kaohe-default-2014", ruleSetHash: String(repeating: "0", count: 64),
            ruleSetText: "", createdAt: "2015-02-01T00:00:00Z", status: .draft, publishedOn: nil, documentNumber: nil,
            inputs: inputs, results: results)
        return Summary.build(SummaryInput(run: run, rules: .builtInDefault))
    }

    @Test func theEngineComparesWithTheBaseAndRecordsIt() {
        let s = Self.summary()
        let f = s.units.first { $0.area.code == "510703" }, a = s.units.first { $0.area.code == "510724" }
        #expect(f?.previousIsBase == BaseAsPrevious(baseYear: 2013, concentration: 100))
        #expect(f?.qualityScore == 100)
        #expect(f?.grade == .excellent)
        #expect(a?.previousIsBase == BaseAsPrevious(baseYear: 2013, concentration: 90))
        #expect(a?.qualityScore == 0)
        #expect(a?.flags.contains(.risingConcentration) == true)
        #expect(a?.grade == .fail)
    }

    @Test func appendixRankingShowsTheBaseMarkedInThePreviousColumn() {
        let md = SummaryRender.markdown(Self.summary(), lang: .zh)
        // rank, code, name, base, 上年, 本年, 要求消减, 要求下降, 实际下降, 达到, 质量, 重点任务, 考核得分, 等级, 标记
        #expect(md.contains("| 1 | 510703 | 涪城区 | 100 | 100（基准年） | 95 | 4 | 4.0% | 5.0% | 是 | 100.0 |"))
        #expect(md.contains("| 510724 | 安县 | 90 | 90（基准年） | 92 |"))
        #expect(!md.contains("| 88"))
        #expect(md.contains("2014年为首个考核年度，上一年即基准年2013年：上年栏为考核基数，标“基准年”（R-9）。"))
        let en = SummaryRender.markdown(Self.summary(), lang: .en)
        #expect(en.contains("| 510703 | 涪城区 | 100 | 100 (base year) | 95 |"))
    }

    @Test func assessTableCsvAndJsonCarryTheBaseAsPrevious() {
        let s = Self.summary()
        let run = AssessmentRun(
            id: 1, year: 2014, kind: .annual, revision: 1, ruleSetName: "r", ruleSetHash: "", ruleSetText: "", createdAt: "",
            status: .draft, publishedOn: nil, documentNumber: nil, inputs: s.ranking.compactMap(\.input), results: s.units)
        #expect(AssessmentText.table(run, lang: .zh).contains("100（基准年）"))
        let csv = SummaryRender.csv(s, lang: .zh).components(separatedBy: "\r\n")
        #expect(csv[0].hasSuffix(",上年为基准年"))
        let fucheng = csv.first { $0.contains(",510703,") }?.components(separatedBy: ",") ?? []
        // 上年 is the 6th column: the plain number, so a spreadsheet can compute with it; the last says 2013.
        #expect(fucheng.dropFirst(5).first == "100")
        #expect(fucheng.last == "2013")
        let json = SummaryRender.json(s, lang: .en)
        let compact = json.components(separatedBy: .whitespacesAndNewlines).joined()
        #expect(compact.contains(#""base":"90","previous":"90","previousIsBaseYear":2013,"current":"92""#))
    }

    @Test func aLaterYearKeepsItsOwnPreviousUnmarked() {
        let md = SummaryRender.markdown(Self.summary(year: 2015), lang: .zh)
        // 2015: 涪城区 has no previous concentration → "—" and flagged; 安县's previous is its 2014 figure 88.
        #expect(md.contains("| 510724 | 安县 | 90 | 88 | 92 |"))
        #expect(md.contains("| 510703 | 涪城区 | 100 | — | 95 |"))
        #expect(!md.contains("基准年）"))
    }
}
