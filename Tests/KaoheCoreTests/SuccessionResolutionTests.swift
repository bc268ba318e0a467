import Foundation
import Testing

@testable import KaoheCore

/// Renames and recodes in an assessment (issue 21): the successor stands in the predecessor's place from the
/// year of the change, carrying its targets, previous year and reports; earlier years are untouched.
@Suite struct SuccessionResolutionTests {
    let anxian = Area(code: "510724", name: "安县", type: .county)
    let anzhou = Area(code: "510705", name: "安州区", type: .district)
    let recode = Succession(predecessor: "510724", successor: "510705", effective: Day(year: 2016, month: 1, day: 1)!, document: "D1", kind: .recode)
    var finalTarget: Target {
        Target(areaCode: "510724", year: 2017, pollutant: .pm10, baseYear: 2013, baseConcentration: 95, kind: .ceiling, value: 85, isFinal: true)
    }
    func records(year: Int) -> [UnitRecord] {
        let previous = ReportSummary(areaCode: "510724", year: year - 1, submittedOn: Day(year: year - 1, month: 12, day: 30)!, pm10AnnualMean: 93)
        return [
            UnitRecord(area: anxian, targets: [finalTarget], previousSummary: previous),
            UnitRecord(area: anzhou, targets: []),
        ]
    }

    @Test func theSuccessorCarriesBaseTargetsAndPreviousYearFromTheYearOfTheChange() throws {
        let (out, inherited) = try SuccessionResolution.apply(records(year: 2016), successions: [recode], year: 2016)
        #expect(out.map(\.area.code) == ["510705"])
        let unit = try #require(out.first)
        #expect(unit.targets.map(\.areaCode) == ["510705"])
        #expect(unit.targets.first?.baseConcentration == 95)
        #expect(unit.previousSummary?.pm10AnnualMean == 93)
        #expect(inherited.count == 1 && inherited[0].targets && inherited[0].previous && !inherited[0].current)
        #expect(SuccessionResolution.step(inherited[0]).zh.hasPrefix("本单位自 2016-01-01 起承继 安县（510724）"))
        // 65 % of the final decline (95 − 85) / 95 → required concentration 95 − 0.65 × 10 = 88.5.
        let input = AssessmentInputs.build(unit, year: 2016, kind: .annual, rules: .builtInDefault)
        #expect(input.finalTarget?.value == 85 && input.previous?.value == 93)
    }

    @Test func yearsBeforeTheChangeAreUntouchedAndTheSuccessorIsNotAssessedThen() throws {
        let (out, inherited) = try SuccessionResolution.apply(records(year: 2015), successions: [recode], year: 2015)
        #expect(out.map(\.area.code) == ["510724"])
        #expect(inherited.isEmpty)
    }

    @Test func ownTargetsAndReportsOfTheSuccessorWin() throws {
        var recs = records(year: 2016)
        let own = Target(areaCode: "510705", year: 2016, pollutant: .pm10, baseYear: 2013, baseConcentration: 90, kind: .percentDecline, value: 5, isFinal: false)
        recs[1].targets = [own]
        recs[1].previousSummary = ReportSummary(areaCode: "510705", year: 2015, submittedOn: Day(year: 2015, month: 12, day: 1)!, pm10AnnualMean: 91)
        let (out, inherited) = try SuccessionResolution.apply(recs, successions: [recode], year: 2016)
        #expect(out.first?.targets == [own])
        #expect(out.first?.previousSummary?.pm10AnnualMean == 91)
        #expect(inherited.first.map { !$0.targets && !$0.previous } == true)
    }

    @Test func theCarrierFollowsRenamesAndRecodesInForceOnTheDay() {
        let later = Succession(predecessor: "510705", successor: "X", effective: Day(year: 2017, month: 1, day: 1)!, document: "D2", kind: .rename)
        #expect(SuccessionRules.carrier(of: "510724", on: Day(year: 2015, month: 12, day: 31)!, in: [recode, later]) == nil)
        #expect(SuccessionRules.carrier(of: "510724", on: Day(year: 2016, month: 6, day: 1)!, in: [recode, later])?.code == "510705")
        #expect(SuccessionRules.carrier(of: "510724", on: nil, in: [recode, later])?.code == "X")
        #expect(SuccessionRules.predecessorsCarried(by: "X", on: nil, in: [recode, later]).sorted() == ["510705", "510724"])
    }
}
