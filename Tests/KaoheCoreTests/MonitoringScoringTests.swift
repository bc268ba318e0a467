import Foundation
import KaoheCore
import Testing

/// R-26 in scoring: the valid monitored mean is scored, and a self-report that differs by more than the
/// tolerance (1 μg/m³ by default) after rounding is flagged.
@Suite struct MonitoringScoringTests {
    let area = Area(code: "510704", name: "游仙区", type: .district)
    // Final 消减值 8 from base 96; 2015 share 35 % → required reduction 2.8 → required 93.2 → 93.
    let final = Target(areaCode: "510704", year: 2017, baseYear: 2013, baseConcentration: 96, kind: .absoluteReduction, value: 8, isFinal: true)

    func assess(monitored: String, reported: Decimal) -> UnitAssessment {
        let input = UnitInput(
            area: area, year: 2015, finalTarget: final,
            current: SourcedConcentration(Decimal(string: monitored)!, source: "监测", sourceEn: "monitoring"), reportedCurrent: reported,
            previous: SourcedConcentration(95, source: "2014年自查报告"), report: .submitted(on: Day(year: 2015, month: 12, day: 28)!))
        return Scoring.assess(input, rules: .builtInDefault)
    }

    @Test func reportThreeAboveMonitoringIsADiscrepancyAndTheMonitoredValueIsScored() {
        // monitored 97.15 → 97; reported 94; |94 − 97| = 3 > 1 → discrepancy. 97 > previous 95 → R-9: quality 0.
        let r = assess(monitored: "97.15", reported: 94)
        #expect(r.flags == [.discrepancy(reported: 94, monitored: 97), .risingConcentration])
        #expect(r.qualityScore == 0 && r.grade == .fail)
        #expect(
            r.steps.first { $0.ruleIDs == ["R-26"] }?.en
                == "The valid monitored annual mean is authoritative: reported 94 μg/m³, monitored 97 μg/m³ (both rounded), monitored 3 μg/m³ above reported, more than the tolerance 1 μg/m³ (a default of this tool, not an official rule): flagged as a discrepancy between reported and monitored data; the monitored value is scored.")
        // Issue 20: which value is higher and by how much, never a signed "相差 -3".
        #expect(
            r.steps.first { $0.ruleIDs == ["R-26"] }?.zh.contains("自报 94 μg/m³，监测 97 μg/m³（均已修约），监测值比自报值高 3 μg/m³，超过容差") == true)
    }

    @Test func aDifferenceEqualToTheToleranceIsNotFlagged() {
        // monitored 92.6 → 93; reported 94; difference 1 = tolerance → no flag; 93 ≤ required 93 → 100.
        let r = assess(monitored: "92.6", reported: 94)
        #expect(r.flags == [])
        #expect(r.qualityScore == 100 && r.grade == .excellent)
    }

    @Test func withoutMonitoringThereIsNoComparisonStep() {
        let input = UnitInput(
            area: area, year: 2015, finalTarget: final, current: SourcedConcentration(94, source: "自查报告"),
            previous: SourcedConcentration(95, source: "2014年自查报告"), report: .submitted(on: Day(year: 2015, month: 12, day: 28)!))
        #expect(Scoring.assess(input, rules: .builtInDefault).steps.allSatisfy { !$0.ruleIDs.contains("R-26") })
    }
}
