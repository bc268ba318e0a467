import Foundation
import Testing

@testable import KaoheCore

/// Merges and splits in an assessment (issue 21, D-104, D-105), with figures worked by hand.
@Suite struct SuccessionMergingTests {
    let a = Area(code: "A", name: "甲县", type: .county)
    let b = Area(code: "B", name: "乙县", type: .county)
    let c = Area(code: "C", name: "丙区", type: .district)
    let day = Day(year: 2016, month: 1, day: 1)!

    func merge(_ from: String, weight: Decimal? = nil) -> Succession {
        Succession(predecessor: from, successor: "C", effective: day, document: "M1", kind: .merge, weight: weight)
    }

    /// 甲县: base 100, final ceiling 80, 2016 target 下降比例 6; 2015 report 96.
    /// 乙县: base 90, final 下降比例 10, 2016 target 消减值 5; 2015 report 87.
    func records() -> [UnitRecord] {
        [
            UnitRecord(area: a, targets: [
                Target(areaCode: "A", year: 2017, baseYear: 2013, baseConcentration: 100, kind: .ceiling, value: 80, isFinal: true),
                Target(areaCode: "A", year: 2016, baseYear: 2013, baseConcentration: 100, kind: .percentDecline, value: 6),
            ], previousSummary: ReportSummary(areaCode: "A", year: 2015, submittedOn: Day(year: 2015, month: 12, day: 20)!, pm10AnnualMean: 96)),
            UnitRecord(area: b, targets: [
                Target(areaCode: "B", year: 2017, baseYear: 2013, baseConcentration: 90, kind: .percentDecline, value: 10, isFinal: true),
                Target(areaCode: "B", year: 2016, baseYear: 2013, baseConcentration: 90, kind: .absoluteReduction, value: 5),
            ], previousSummary: ReportSummary(areaCode: "B", year: 2015, submittedOn: Day(year: 2015, month: 12, day: 21)!, pm10AnnualMean: 87)),
            UnitRecord(area: c, targets: []),
        ]
    }

    @Test func aPlainMeanMergeAveragesBaseTargetsAndPreviousYear() throws {
        let (out, inherited) = try SuccessionResolution.apply(records(), successions: [merge("A"), merge("B")], year: 2016)
        #expect(out.map(\.area.code) == ["C"])
        let unit = try #require(out.first)
        // base (100 + 90) ÷ 2 = 95; final: 甲 requires 80, 乙 90 × (1 − 10 %) = 81 → ceiling (80 + 81) ÷ 2 = 80.5;
        // 2016: 甲 100 × (1 − 6 %) = 94, 乙 90 − 5 = 85 → ceiling (94 + 85) ÷ 2 = 89.5 (ceilings keep one place);
        // previous (96 + 87) ÷ 2 = 91.5 → 92 (a concentration, whole μg/m³: a 5 after an odd digit rounds up, R-11).
        let final = try #require(unit.targets.first { $0.isFinal })
        #expect(final.baseConcentration == 95 && final.kind == .ceiling && final.value == Decimal(string: "80.5") && final.year == 2017)
        let annual = try #require(unit.targets.first { $0.year == 2016 && !$0.isFinal })
        #expect(annual.kind == .ceiling && annual.value == Decimal(string: "89.5") && annual.baseConcentration == 95)
        #expect(unit.previousOverride?.value == 92)
        #expect(inherited.count == 1 && inherited[0].predecessors.map(\.code) == ["A", "B"] && inherited[0].targets && inherited[0].previous)
        let step = SuccessionResolution.step(inherited[0])
        #expect(step.zh.contains("考核基数 C_base = (100 + 90) ÷ 2 = 95 μg/m³（简单平均（本工具默认设置，非官方规定），修约为整数，GB/T 8170，R-11）：甲县 100、乙县 90。"), "\(step.zh)")
        #expect(step.zh.contains("上年浓度 C_prev = (96 + 87) ÷ 2 = 91.5 → 92 μg/m³"))
        #expect(step.en.contains("a default of this tool, not an official rule"))
        // The 2016 input: explicit ceiling 89.5, previous 92 from the mean.
        let input = AssessmentInputs.build(unit, year: 2016, kind: .annual, rules: .builtInDefault)
        #expect(input.annualTarget?.value == Decimal(string: "89.5") && input.previous?.value == 92)
        #expect(input.previous?.source == "2015年被承继单位上年浓度的简单平均（本工具默认设置，非官方规定）")
    }

    @Test func aWeightedMergeRoundsTheMeansByGBT8170() throws {
        let settings = SuccessionSettings(mergeWeighting: .recorded)
        let (out, _) = try SuccessionResolution.apply(
            records(), successions: [merge("A", weight: 3), merge("B", weight: 1)], year: 2016, settings: settings)
        let unit = try #require(out.first)
        // base (100 × 3 + 90) ÷ 4 = 97.5 → 98 (whole μg/m³, a 5 after an odd digit rounds up); final
        // (80 × 3 + 81) ÷ 4 = 321 ÷ 4 = 80.25 → 80.2 (one place, a 5 after an even digit is dropped);
        // previous (96 × 3 + 87) ÷ 4 = 375 ÷ 4 = 93.75 → 94.
        let final = try #require(unit.targets.first { $0.isFinal })
        #expect(final.baseConcentration == 98 && final.value == Decimal(string: "80.2"))
        #expect(unit.previousOverride?.value == 94)
        #expect(throws: Refusal(SuccessionMergeRefusal.weightMissing(predecessor: "B", successor: "C", document: "M1"))) {
            try SuccessionResolution.apply(self.records(), successions: [self.merge("A", weight: 3), self.merge("B")], year: 2016, settings: settings)
        }
        // The wording, pinned in both languages; the CLI appends the command for the action.
        let missing = SuccessionMergeRefusal.weightMissing(predecessor: "B", successor: "C", document: "M1")
        #expect(missing.wording == Bilingual(
            "规则集要求按记录的权重对合并加权，但 B → C（M1）未记录权重 — 请设 merge_weighting = \"plain\"，或记录承继的权重",
            "the rule set weights a merge by recorded weights, but B → C (M1) has none — set merge_weighting = \"plain\", or record the succession with its weight"))
        #expect(missing.action == .recordSuccessionWeight)
        #expect(SuccessionMergeRefusal.finalTargetsDiffer(successorName: "丙", successorCode: "C", odd: "B").action == .importTargets)
    }

    @Test func aPartOfTheMergeWithoutAPreviousYearLeavesItUnknownAndSaysWhy() throws {
        var recs = records()
        recs[1].previousSummary = nil
        let (out, inherited) = try SuccessionResolution.apply(recs, successions: [merge("A"), merge("B")], year: 2016)
        #expect(out.first?.previousOverride == nil && out.first?.previousSummary == nil)
        #expect(inherited[0].details.contains { $0.zh == "上年浓度未承继：乙县（B） 无 2015 年浓度，不以部分单位推测（R-9）。" })
    }

    @Test func theSuccessorsOwnTargetsWinOverTheMean() throws {
        var recs = records()
        let own = Target(areaCode: "C", year: 2017, baseYear: 2013, baseConcentration: 93, kind: .ceiling, value: 82, isFinal: true)
        recs[2].targets = [own]
        let (out, inherited) = try SuccessionResolution.apply(recs, successions: [merge("A"), merge("B")], year: 2016)
        #expect(out.first?.targets == [own])
        #expect(!inherited[0].targets && inherited[0].previous)
    }

    @Test func aSplitSuccessorTakesThePredecessorsFiguresUnlessGivenItsOwn() throws {
        let d = Area(code: "D", name: "丁区", type: .district)
        let recs = [records()[0], UnitRecord(area: c, targets: []), UnitRecord(area: d, targets: [])]
        let own = Succession(predecessor: "A", successor: "C", effective: day, document: "S1", kind: .split, ownBase: 110, ownPrevious: 99)
        let plain = Succession(predecessor: "A", successor: "D", effective: day, document: "S1", kind: .split)
        let (out, inherited) = try SuccessionResolution.apply(recs, successions: [own, plain], year: 2016)
        #expect(out.map(\.area.code) == ["C", "D"])
        #expect(out[0].targets.allSatisfy { $0.baseConcentration == 110 && $0.areaCode == "C" })
        #expect(out[0].previousOverride?.value == 99)
        #expect(out[1].targets.allSatisfy { $0.baseConcentration == 100 && $0.areaCode == "D" })
        #expect(out[1].previousSummary?.pm10AnnualMean == 96)
        #expect(inherited.map(\.successor) == ["C", "D"] && !inherited[0].previous && inherited[1].previous)
        // The year after, the file's previous-year figure no longer applies (it was for 2015).
        let later = try SuccessionResolution.apply(recs, successions: [own, plain], year: 2017)
        #expect(later.records[0].previousOverride == nil)
    }

    @Test func carriersFollowMergesToOneUnitAndSplitsToEach() {
        let m = [merge("A"), merge("B")]
        #expect(SuccessionRules.carriers(of: "A", on: day, in: m).map(\.code) == ["C"])
        #expect(SuccessionRules.carriers(of: "A", on: Day(year: 2015, month: 12, day: 31)!, in: m).isEmpty)
        let s = [Succession(predecessor: "A", successor: "C", effective: day, document: "S", kind: .split),
                 Succession(predecessor: "A", successor: "D", effective: day, document: "S", kind: .split)]
        #expect(SuccessionRules.carriers(of: "A", on: nil, in: s).map(\.code) == ["C", "D"])
        #expect(SuccessionRules.predecessorsCarried(by: "D", on: nil, in: s) == ["A"])
    }
}
