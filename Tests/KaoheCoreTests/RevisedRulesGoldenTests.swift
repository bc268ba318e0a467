import Foundation
import Testing

@testable import KaoheCore

/// Golden tests for the revised rules R-11 (exact "reached") and R-8 (no negative required decline). Every
/// expected value is worked by hand in the comment from assessment-rules.md, not taken from the engine.
private func d(_ s: String) -> Decimal { Decimal(string: s)! }

struct RevisedRulesGoldenTests {
    static let area = Area(code: "510703", name: "涪城区", type: .district)

    static func target(year: Int, base: Decimal, kind: TargetKind, value: Decimal?, isFinal: Bool = false) -> Target {
        Target(areaCode: area.code, year: year, baseYear: 2013, baseConcentration: base, kind: kind, value: value, isFinal: isFinal)
    }

    /// R-11's first example. Base 112, final target 12 % decline, final assessment 2017, concentration 99,
    /// previous year (2016) 101.
    ///
    /// Required reduction = 112 × 12 % = 13.44 μg/m³; required decline exactly 13.44 / 112 = 0.12 (12.0 %).
    /// Required concentration 112 − 13.44 = 98.56, shown as 98.6 (one decimal; round(98.56) = 99 is NOT used).
    /// Actual decline (112 − 99) / 112 = 13 / 112 = 0.116071… → 11.6 % < 12.0 % → not reached.
    /// Quality score (proportional) = 100 × 13 / 13.44 = 96.7261… → 96.7, which would be 优秀, but the final
    /// target is not reached → 一票否决 → 不合格.
    @Test func r11FirstExampleNotReachedIsAFinalVeto() {
        let input = UnitInput(
            area: Self.area, year: 2017, kind: .final,
            finalTarget: Self.target(year: 2017, base: 112, kind: .percentDecline, value: 12, isFinal: true),
            current: SourcedConcentration(99, source: "report"), previous: SourcedConcentration(101, source: "report 2016"),
            report: .submitted(on: Day(year: 2017, month: 12, day: 20)!))
        let a = Scoring.assess(input, rules: .builtInDefault)
        #expect(a.requiredDecline == d("0.12"))
        #expect(a.requiredDeclinePercent == d("12.0"))
        #expect(a.requiredConcentration == d("98.6"))
        #expect(a.actualDecline == Decimal(13) / Decimal(112))
        #expect(a.actualDeclinePercent == d("11.6"))
        #expect(a.targetReached == false)
        #expect(a.qualityScore == d("96.7"))
        #expect(a.resultScore == d("96.7"))
        #expect(a.grade == .fail)
        #expect(a.flags.contains(.finalVeto))
        // The explanation states the comparison with figures a reader can check.
        #expect(a.steps.contains { $0.zh.contains("< 要求下降 12%") && $0.zh.contains("显示为 11.6% 与 12.0%") })
    }

    /// R-11's second example. Base 104, explicit 2015 target 6.2 %, concentration 98, previous year 100.
    ///
    /// Required reduction = 104 × 6.2 % = 6.448; required concentration 104 − 6.448 = 97.552, shown as 97.6
    /// (rounding it to 98 and comparing would wrongly give "reached"). Actual decline 6 / 104 = 0.0576923…
    /// → 5.8 % < 6.2 % → not reached. Score = 100 × 6 / 6.448 = 93.0521… → 93.1 (not 100) → 优秀.
    @Test func r11SecondExampleScoresProportionallyNotFull() {
        let input = UnitInput(
            area: Self.area, year: 2015, annualTarget: Self.target(year: 2015, base: 104, kind: .percentDecline, value: d("6.2")),
            current: SourcedConcentration(98, source: "report"), previous: SourcedConcentration(100, source: "report 2014"),
            report: .submitted(on: Day(year: 2015, month: 12, day: 20)!))
        let a = Scoring.assess(input, rules: .builtInDefault)
        #expect(a.requiredDecline == d("0.062"))
        #expect(a.requiredConcentration == d("97.6"))
        #expect(a.actualDeclinePercent == d("5.8"))
        #expect(a.targetReached == false)
        #expect(a.qualityScore == d("93.1"))
        #expect(a.grade == .excellent)
        #expect(a.flags.isEmpty)
    }

    /// R-8 (revised), derived share: base 95, final ceiling 100 (above the base), 2015 (share 35 %).
    ///
    /// Final decline max(0, (95 − 100) / 95) = 0, so the annual required decline is 35 % × 0 = 0 (never
    /// −1.8 %) and the required concentration is the base, 95.0. C 95: actual 0 ≥ 0 → reached; no decline
    /// required and C ≤ 95 → 100. Previous 96: not rising. → 优秀.
    /// C 96 instead: actual −1.05 % < 0 → not reached → 0 → 不合格.
    @Test func r8CeilingAboveTheBaseRequiresNoDeclineAndTheBase() {
        func input(_ current: Decimal) -> UnitInput {
            UnitInput(
                area: Self.area, year: 2015,
                finalTarget: Self.target(year: 2017, base: 95, kind: .ceiling, value: 100, isFinal: true),
                current: SourcedConcentration(current, source: "report"), previous: SourcedConcentration(97, source: "report 2014"),
                report: .submitted(on: Day(year: 2015, month: 12, day: 20)!))
        }
        let at = Scoring.assess(input(95), rules: .builtInDefault)
        #expect(at.requiredDecline == 0)
        #expect(at.requiredDeclinePercent == 0)
        #expect(at.requiredConcentration == 95)
        #expect(at.targetReached == true)
        #expect(at.qualityScore == 100)
        #expect(at.grade == .excellent)
        let above = Scoring.assess(input(96), rules: .builtInDefault)
        #expect(above.requiredConcentration == 95)
        #expect(above.targetReached == false)
        #expect(above.qualityScore == 0)
        #expect(above.grade == .fail)
        // No explanation step shows a negative required reduction or decline.
        for a in [at, above] {
            for s in a.steps where s.zh.contains("要求") {
                #expect(!s.zh.contains("要求消减 -") && !s.zh.contains("要求下降率 = -") && !s.zh.contains("0.35 × -"), "\(s.zh)")
            }
        }
    }

    /// R-3 (revised): first submission 2016-01-03 (3 days after 2015-12-31: late), corrected 2016-02-01. Lateness
    /// stays 3 days from the first submission (not 32 from the correction); the correction date is kept beside it,
    /// and the engine flags the report late as of the first date and explains the correction.
    @Test func r3LatenessComesFromTheFirstSubmission() {
        let corrected = ReportSummary(areaCode: Self.area.code, year: 2015, submittedOn: Day(year: 2016, month: 2, day: 1)!, pm10AnnualMean: 93)
        var report = StoredReport(summary: corrected)
        report.firstSubmittedOn = Day(year: 2016, month: 1, day: 3)
        report.correctedOn = corrected.submittedOn
        let status = ReportStatus(areaCode: Self.area.code, year: 2015, pollutant: .pm10, report: report)
        #expect(status.submission == .late(Day(year: 2016, month: 1, day: 3)!, days: 3))
        #expect(status.correctedOn == Day(year: 2016, month: 2, day: 1))

        let unit = UnitRecord(
            area: Self.area, targets: [Self.target(year: 2015, base: 95, kind: .percentDecline, value: 2)], report: report)
        let input = AssessmentInputs.build(unit, year: 2015, kind: .annual, rules: .builtInDefault)
        #expect(input.report == .submitted(on: Day(year: 2016, month: 1, day: 3)!))
        #expect(input.reportCorrectedOn == Day(year: 2016, month: 2, day: 1))
        let a = Scoring.assess(input, rules: .builtInDefault)
        #expect(a.flags.contains(.lateReport(submittedOn: Day(year: 2016, month: 1, day: 3)!)))
        #expect(a.steps.contains { $0.zh == "更正报告于2016-02-01收到（更正日期）；是否逾期按首次报送日期2016-01-03判断。" })
    }

    /// R-5 (revised): a unit whose targets are PM2.5 is assessed on the report's PM2.5 mean (40), not its PM10
    /// mean (96), under the PM10 default rule set. Base 42, explicit 2015 target 4 %: reduction 1.68; 42 − 40 = 2
    /// ≥ 1.68 → reached → 100.0.
    @Test func r5APM25UnitUsesThePM25Mean() {
        let summary = ReportSummary(
            areaCode: Self.area.code, year: 2015, submittedOn: Day(year: 2015, month: 12, day: 20)!, pm10AnnualMean: 96, pm25AnnualMean: 40)
        var target = Self.target(year: 2015, base: 42, kind: .percentDecline, value: 4)
        target.pollutant = .pm25
        let unit = UnitRecord(area: Self.area, targets: [target], report: StoredReport(summary: summary))
        #expect(unit.pollutant(default: .pm10) == .pm25)
        let input = AssessmentInputs.build(unit, year: 2015, kind: .annual, rules: .builtInDefault)
        #expect(input.current?.value == 40)
        let a = Scoring.assess(input, rules: .builtInDefault)
        #expect(a.requiredReduction == d("1.68"))
        #expect(a.targetReached == true && a.qualityScore == 100)
        #expect(a.steps[0].ruleIDs == ["R-1", "R-5"] && a.steps[0].en.contains("pollutant PM2.5 (the pollutant of the unit's own targets"))
    }
}
