import Foundation
import Testing

@testable import KaoheCore

/// Golden cases for the scoring engine. Every expected value was worked out by hand in the comment on its
/// case, from assessment-rules.md, before the engine was run. Unless a case says otherwise: unit 涪城区,
/// built-in default rule set (proportional formula, quality only), annual assessment, report received
/// 2015-12-28 (on time), key tasks claimed at full points (sum 100.0).
struct ScoringGoldenTests {
    static let area = Area(code: "510703", name: "涪城区", type: .district)

    enum Rules: String, Sendable { case standard, passPlusExcess, lowerOfBoth }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var rules: Rules = .standard
        var kind: AssessmentKind = .annual
        var year: Int = 2015
        var annual: (TargetKind, Decimal?)? = nil
        var final: (TargetKind, Decimal?)? = nil
        var base: Decimal = 100
        var current: Decimal? = nil
        var previous: Decimal? = nil
        var tasks: [String: Decimal] = [:]
        var verified: [String: Decimal] = [:]
        var falsification: String? = nil
        var report: ReportReceipt = .submitted(on: Day(year: 2015, month: 12, day: 28)!)
        // Expected
        var required: Decimal? = nil
        var quality: Decimal? = nil
        var keyTask: Decimal? = 100
        var result: Decimal? = nil
        var grade: Grade? = nil
        var flags: [AssessmentFlag] = []

        var testDescription: String { name }
    }

    static func d(_ s: String) -> Decimal { Decimal(string: s)! }

    static let cases: [Case] = [
        // percent 4 % of base 100 → reduction 4, required 100 − 4 = 96. C 95 ≤ 96 reached → 100.0. prev 97: 95 < 97.
        Case(name: "percent decline reached", annual: (.percentDecline, 4), current: 95, previous: 97,
             required: 96, quality: 100, result: 100, grade: .excellent),
        // percent 10 % of 100 → reduction 10, required 90. C 92 > 90. score = 100 × (100 − 92) / 10 = 80.0 → 良好.
        Case(name: "percent decline not reached scores proportionally", annual: (.percentDecline, 10), current: 92,
             previous: 95, required: 90, quality: 80, result: 80, grade: .good),
        // base 80, 消减 6 → required 74. C 76 > 74. score = 100 × (80 − 76) / 6 = 400 / 6 = 66.666… → 66.7 合格.
        Case(name: "absolute reduction not reached", annual: (.absoluteReduction, 6), base: 80, current: 76,
             previous: 78, required: 74, quality: d("66.7"), result: d("66.7"), grade: .pass),
        // base 120, ceiling 117 → reduction 3, required 117. C 117 ≤ 117 (equal reaches) → 100.0 优秀.
        Case(name: "ceiling met exactly", annual: (.ceiling, 117), base: 120, current: 117, previous: 119,
             required: 117, quality: 100, result: 100, grade: .excellent),
        // continuous improvement, base 70: required 70, no decline required. C 70 ≤ 70 → 100; prev 70 equal, not higher.
        Case(name: "continuous improvement at the base", annual: (.continuousImprovement, nil), base: 70, current: 70,
             previous: 70, required: 70, quality: 100, result: 100, grade: .excellent),
        // continuous, base 70, C 71 > 70 → 0.0; prev 72 so not rising (71 < 72). 0.0 < 60 → 不合格.
        Case(name: "continuous improvement above the base scores zero", annual: (.continuousImprovement, nil),
             base: 70, current: 71, previous: 72, required: 70, quality: 0, result: 0, grade: .fail),
        // R-8 example: 2014, no annual target, final ceiling 85, base 95: final reduction 95 − 85 = 10,
        // share 0.10 → 1, required 95 − 1 = 94. First year: previous = base 95; C 94 ≤ 95. 94 ≤ 94 → 100.
        Case(name: "R-8 example derived from final ceiling", year: 2014, final: (.ceiling, 85), base: 95,
             current: 94, report: .submitted(on: Day(year: 2014, month: 12, day: 20)!),
             required: 94, quality: 100, result: 100, grade: .excellent),
        // 2015 derived from final 10 % of base 100: final reduction 10, × 0.35 = 3.5, required 96.5, shown with
        // one decimal and never rounded to whole (R-11 revised). Actual 3 % < 3.5 %, not reached.
        // score = 100 × 3 / 3.5 = 85.714… → 85.7 良好.
        Case(name: "derived percent keeps the required concentration with one decimal", final: (.percentDecline, 10),
             current: 97, previous: 98, required: d("96.5"), quality: d("85.7"), result: d("85.7"), grade: .good),
        // 2016 derived from final 消减 20, base 100: × 0.65 = 13, required 87. C 88 > 87. 100 × 12 / 13 = 92.307… → 92.3 优秀.
        Case(name: "derived absolute reduction", year: 2016, final: (.absoluteReduction, 20), current: 88,
             previous: 90, required: 87, quality: d("92.3"), result: d("92.3"), grade: .excellent),
        // 2016 derived from final continuous, base 60: 0.65 × 0 = 0, required 60. C 59 ≤ 60 → 100.
        Case(name: "derived continuous improvement", year: 2016, final: (.continuousImprovement, nil), base: 60,
             current: 59, previous: 61, required: 60, quality: 100, result: 100, grade: .excellent),
        // R-8 (revised): ceiling 70 above base 60 requires no decline: required decline max(0, 60 − 70) = 0 and the
        // required concentration is the base, 60 (not 70). C 65: actual (60 − 65) / 60 = −8.3 % < 0 → not
        // reached; no decline required, so R-10 gives 0 (C above the required concentration). Prev 66: 65 < 66,
        // not rising. 0.0 < 60 → 不合格.
        Case(name: "ceiling above base needs no decline and the base is the requirement", annual: (.ceiling, 70), base: 60,
             current: 65, previous: 66, required: 60, quality: 0, result: 0, grade: .fail),
        // 10 %, required 90. C 91: 100 × 9 / 10 = 90.0 → exactly 90 → 优秀.
        Case(name: "quality 90.0 is excellent", annual: (.percentDecline, 10), current: 91, previous: 93,
             required: 90, quality: 90, result: 90, grade: .excellent),
        // 消减 8.9, required 100 − 8.9 = 91.1 (one decimal, R-11 revised). C 92: 8 < 8.9 not reached. 100 × 8 / 8.9 = 89.887… → 89.9 良好.
        Case(name: "quality 89.9 is good", annual: (.absoluteReduction, d("8.9")), current: 92, previous: 93,
             required: d("91.1"), quality: d("89.9"), result: d("89.9"), grade: .good),
        // 10 %, required 90. C 94: 100 × 6 / 10 = 60.0 → 合格.
        Case(name: "quality 60.0 passes", annual: (.percentDecline, 10), current: 94, previous: 96,
             required: 90, quality: 60, result: 60, grade: .pass),
        // 消减 16, required 84. C 87: 100 × 13 / 16 = 81.25 → 81.2 (exact half, 2 even stays). 良好.
        Case(name: "quality exact half rounds to even down", annual: (.absoluteReduction, 16), current: 87,
             previous: 90, required: 84, quality: d("81.2"), result: d("81.2"), grade: .good),
        // 消减 16, C 97: 100 × 3 / 16 = 18.75 → 18.8 (7 odd rounds up). 不合格.
        Case(name: "quality exact half rounds to even up", annual: (.absoluteReduction, 16), current: 97,
             previous: 98, required: 84, quality: d("18.8"), result: d("18.8"), grade: .fail),
        // 10 %, required 90, C 89 would reach, but prev 88 < 89: rising → quality 0 whatever the target. 不合格.
        Case(name: "rising concentration scores zero whatever the target", annual: (.percentDecline, 10),
             current: 89, previous: 88, required: 90, quality: 0, result: 0, grade: .fail,
             flags: [.risingConcentration]),
        // 4 %, required 96. C 95.4 → 95; prev 94.6 → 95: equal, not higher. 95 ≤ 96 → 100.
        Case(name: "equal after rounding is not higher", annual: (.percentDecline, 4), current: d("95.4"),
             previous: d("94.6"), required: 96, quality: 100, result: 100, grade: .excellent),
        // 4 %, required 96. C 95.5 → 96 (half to even), prev 95.4 → 95: 96 > 95 rising → 0.
        Case(name: "rising after rounding", annual: (.percentDecline, 4), current: d("95.5"), previous: d("95.4"),
             required: 96, quality: 0, result: 0, grade: .fail, flags: [.risingConcentration]),
        // 10 %, C 100 = base: decline 0 → 100 × 0 / 10 = 0.0; prev 100 equal, not rising. 不合格.
        Case(name: "zero decline scores zero", annual: (.percentDecline, 10), current: 100, previous: 100,
             required: 90, quality: 0, result: 0, grade: .fail),
        // 10 %, C 103: decline −3 → 100 × −3 / 10 = −30 → floored at 0. prev 105, not rising. 不合格.
        Case(name: "negative decline is floored at zero", annual: (.percentDecline, 10), current: 103, previous: 105,
             required: 90, quality: 0, result: 0, grade: .fail),
        // 2016, prev unknown: R-9 not applied, flagged. 10 %, C 95: 100 × 5 / 10 = 50.0 不合格.
        Case(name: "previous unknown is flagged not guessed", year: 2016, annual: (.percentDecline, 10), current: 95,
             required: 90, quality: 50, result: 50, grade: .fail, flags: [.previousUnknown]),
        // final 2017, final 10 %: required 90, C 91: 100 × 9 / 10 = 90.0 would be 优秀, but the final target is
        // not reached (91 > 90): veto → 不合格.
        Case(name: "final assessment not reaching the final target is vetoed", kind: .final, year: 2017,
             final: (.percentDecline, 10), current: 91, previous: 93, required: 90, quality: 90, result: 90,
             grade: .fail, flags: [.finalVeto]),
        // final 2017, final 10 %: C 90 ≤ 90 → 100 优秀; key tasks not used.
        Case(name: "final assessment reaching the final target", kind: .final, year: 2017,
             final: (.percentDecline, 10), current: 90, previous: 92, required: 90, quality: 100, result: 100,
             grade: .excellent),
        // 4 %, reached → 100, but falsification recorded → 不合格.
        Case(name: "falsification fails whatever the score", annual: (.percentDecline, 4), current: 95,
             previous: 97, falsification: "绵环函〔2015〕12号", required: 96, quality: 100, result: 100,
             grade: .fail, flags: [.falsification(reference: "绵环函〔2015〕12号")]),
        // no report, no concentration → 不合格 "no report, no data"; required still 96; no quality, no result.
        Case(name: "no report and no data fails", annual: (.percentDecline, 4), report: .notSubmitted,
             required: 96, quality: nil, result: nil, grade: .fail, flags: [.noReportNoData]),
        // no report but a monitored concentration 95 → scored as usual: 95 ≤ 96 → 100.
        Case(name: "no report but monitoring data is scored", annual: (.percentDecline, 4), current: 95,
             previous: 97, report: .notSubmitted, required: 96, quality: 100, result: 100, grade: .excellent),
        // report received 2016-01-05 for 2015: late, scored normally. 10 %, C 92 → 80.0 良好.
        Case(name: "late report is scored and flagged", annual: (.percentDecline, 10), current: 92, previous: 95,
             report: .submitted(on: Day(year: 2016, month: 1, day: 5)!), required: 90, quality: 80, result: 80,
             grade: .good, flags: [.lateReport(submittedOn: Day(year: 2016, month: 1, day: 5)!)]),
        // no target at all → listed, not graded; nothing computed.
        Case(name: "no target is not graded", current: 95, previous: 97, required: nil, quality: nil, keyTask: nil,
             result: nil, grade: nil),
        // 5.1 self 9 > 8 points: invalid, counted 0 → key tasks 100 − 8 = 92.0 (evaluative). Quality 4 %: 100.
        Case(name: "invalid key-task score counts zero and is flagged", annual: (.percentDecline, 4), current: 95,
             previous: 97, tasks: ["5.1": 9], required: 96, quality: 100, keyTask: 92, result: 100,
             grade: .excellent, flags: [.invalidKeyTaskScore(code: "5.1")]),
        // Pass plus excess, 2015 from final 10 %: annual reduction 3.5, required 96.5 (one decimal, R-11 revised), final reduction 10.
        // C 93: achieved 7; 60 + 40 × (7 − 3.5) / (10 − 3.5) = 60 + 140 / 6.5 = 60 + 21.538… = 81.538… → 81.5 良好.
        Case(name: "pass plus excess between annual and final", rules: .passPlusExcess, final: (.percentDecline, 10),
             current: 93, previous: 95, required: d("96.5"), quality: d("81.5"), result: d("81.5"), grade: .good),
        // C 89: achieved 11; 60 + 40 × 7.5 / 6.5 = 106.15… → capped at 100.
        Case(name: "pass plus excess capped at 100", rules: .passPlusExcess, final: (.percentDecline, 10),
             current: 89, previous: 95, required: d("96.5"), quality: 100, result: 100, grade: .excellent),
        // C 96: achieved 4 ≥ 3.5, actual 4 % ≥ 3.5 % exactly, reached; 60 + 40 × 0.5 / 6.5 = 60 + 3.0769… = 63.0769… → 63.1 合格.
        Case(name: "pass plus excess just reached", rules: .passPlusExcess, final: (.percentDecline, 10),
             current: 96, previous: 97, required: d("96.5"), quality: d("63.1"), result: d("63.1"), grade: .pass),
        // C 98: achieved 2 < 3.5, not reached: 60 × 2 / 3.5 = 34.285… → 34.3 不合格 (default below the requirement).
        Case(name: "pass plus excess not reached", rules: .passPlusExcess, final: (.percentDecline, 10),
             current: 98, previous: 99, required: d("96.5"), quality: d("34.3"), result: d("34.3"), grade: .fail),
        // C 97 > prev 96: rising vetoes → 0.
        Case(name: "pass plus excess rising vetoes", rules: .passPlusExcess, final: (.percentDecline, 10),
             current: 97, previous: 96, required: d("96.5"), quality: 0, result: 0, grade: .fail,
             flags: [.risingConcentration]),
        // Explicit 4 % and no final target: reached, nothing beyond → full 100.
        Case(name: "pass plus excess without final target", rules: .passPlusExcess, annual: (.percentDecline, 4),
             current: 95, previous: 97, required: 96, quality: 100, result: 100, grade: .excellent),
        // Lower of both: quality 80.0 (10 %, C 92), key tasks 100 → result 80.0 良好.
        Case(name: "lower of both takes quality when lower", rules: .lowerOfBoth, annual: (.percentDecline, 10),
             current: 92, previous: 95, required: 90, quality: 80, result: 80, grade: .good),
        // Key-task deficits: 5.1 0 (−8), 5.2 0 (−7), 1.3 0 (−6), 7.1 0 (−7), 4.1 0 (−8), 2.1 2 (−4) = −40 → 60.0;
        // quality 100 → result min = 60.0 合格.
        Case(name: "key tasks 60.0 pass", rules: .lowerOfBoth, annual: (.percentDecline, 4), current: 95,
             previous: 97, tasks: ["5.1": 0, "5.2": 0, "1.3": 0, "7.1": 0, "4.1": 0, "2.1": 2], required: 96,
             quality: 100, keyTask: 60, result: 60, grade: .pass),
        // Same plus 10.9 12.9 (−0.1) → 59.9 不合格.
        Case(name: "key tasks 59.9 fail", rules: .lowerOfBoth, annual: (.percentDecline, 4), current: 95,
             previous: 97, tasks: ["5.1": 0, "5.2": 0, "1.3": 0, "7.1": 0, "4.1": 0, "2.1": 2, "10.9": d("12.9")],
             required: 96, quality: 100, keyTask: d("59.9"), result: d("59.9"), grade: .fail),
        // 10.9 12.94 (−0.06) → 59.94 → 59.9 (4 < 5) 不合格.
        Case(name: "key tasks 59.94 rounds down to fail", rules: .lowerOfBoth, annual: (.percentDecline, 4),
             current: 95, previous: 97,
             tasks: ["5.1": 0, "5.2": 0, "1.3": 0, "7.1": 0, "4.1": 0, "2.1": 2, "10.9": d("12.94")],
             required: 96, quality: 100, keyTask: d("59.9"), result: d("59.9"), grade: .fail),
        // 10.9 12.95 (−0.05) → 59.95 → 60.0 (9 odd rounds up) 合格.
        Case(name: "key tasks 59.95 rounds up to pass", rules: .lowerOfBoth, annual: (.percentDecline, 4),
             current: 95, previous: 97,
             tasks: ["5.1": 0, "5.2": 0, "1.3": 0, "7.1": 0, "4.1": 0, "2.1": 2, "10.9": d("12.95")],
             required: 96, quality: 100, keyTask: 60, result: 60, grade: .pass),
        // Deficits 5.1 0 (−8), 5.2 0 (−7), 1.3 0 (−6), 7.1 0 (−7), 4.1 6 (−2) = −30 → 70.0 良好.
        Case(name: "key tasks 70.0 good", rules: .lowerOfBoth, annual: (.percentDecline, 4), current: 95,
             previous: 97, tasks: ["5.1": 0, "5.2": 0, "1.3": 0, "7.1": 0, "4.1": 6], required: 96, quality: 100,
             keyTask: 70, result: 70, grade: .good),
        // Same plus 10.9 12.9 → 69.9 合格.
        Case(name: "key tasks 69.9 pass", rules: .lowerOfBoth, annual: (.percentDecline, 4), current: 95,
             previous: 97, tasks: ["5.1": 0, "5.2": 0, "1.3": 0, "7.1": 0, "4.1": 6, "10.9": d("12.9")],
             required: 96, quality: 100, keyTask: d("69.9"), result: d("69.9"), grade: .pass),
        // 10.9 12.95 → 69.95 → 70.0 (9 odd rounds up) 良好.
        Case(name: "key tasks 69.95 rounds up to good", rules: .lowerOfBoth, annual: (.percentDecline, 4),
             current: 95, previous: 97, tasks: ["5.1": 0, "5.2": 0, "1.3": 0, "7.1": 0, "4.1": 6, "10.9": d("12.95")],
             required: 96, quality: 100, keyTask: 70, result: 70, grade: .good),
        // 5.1 verified 0 (self 8, −8), 4.1 6 (−2) = −10 → 90.0 优秀; the verified score replaces the self score.
        Case(name: "key tasks 90.0 excellent with verified score", rules: .lowerOfBoth, annual: (.percentDecline, 4),
             current: 95, previous: 97, tasks: ["4.1": 6], verified: ["5.1": 0], required: 96, quality: 100,
             keyTask: 90, result: 90, grade: .excellent),
        // 5.1 0, 4.1 6, 10.9 12.9 → 89.9 良好.
        Case(name: "key tasks 89.9 good", rules: .lowerOfBoth, annual: (.percentDecline, 4), current: 95,
             previous: 97, tasks: ["5.1": 0, "4.1": 6, "10.9": d("12.9")], required: 96, quality: 100,
             keyTask: d("89.9"), result: d("89.9"), grade: .good),
        // 10.9 12.95 → 89.95 → 90.0 (9 odd rounds up) 优秀.
        Case(name: "key tasks 89.95 rounds up to excellent", rules: .lowerOfBoth, annual: (.percentDecline, 4),
             current: 95, previous: 97, tasks: ["5.1": 0, "4.1": 6, "10.9": d("12.95")], required: 96,
             quality: 100, keyTask: 90, result: 90, grade: .excellent),
        // 10.9 12.85 → 89.85 → 89.8 (exact half, 8 even stays) 良好.
        Case(name: "key tasks 89.85 rounds to even down to good", rules: .lowerOfBoth, annual: (.percentDecline, 4),
             current: 95, previous: 97, tasks: ["5.1": 0, "4.1": 6, "10.9": d("12.85")], required: 96,
             quality: 100, keyTask: d("89.8"), result: d("89.8"), grade: .good),
    ]

    static func ruleSet(_ r: Rules) -> RuleSet {
        var rules = RuleSet.builtInDefault
        switch r {
        case .standard: break
        case .passPlusExcess: rules.qualityFormula = .passPlusExcess(passPoints: 60, excessPoints: 40)
        case .lowerOfBoth: rules.combination = .lowerOfBoth
        }
        return rules
    }

    static func input(_ c: Case) -> UnitInput {
        let finalYear = 2017
        let annual = c.annual.map {
            Target(areaCode: area.code, year: c.year, baseYear: 2013, baseConcentration: c.base, kind: $0.0, value: $0.1)
        }
        let final = c.final.map {
            Target(areaCode: area.code, year: finalYear, baseYear: 2013, baseConcentration: c.base, kind: $0.0,
                   value: $0.1, isFinal: true)
        }
        var claims: [KeyTaskClaim] = []
        for indicator in RuleSet.defaultKeyTasks {
            for sub in indicator.subIndicators where sub.points > 0 {
                claims.append(KeyTaskClaim(code: sub.code, selfScore: c.tasks[sub.code] ?? sub.points,
                                           verifiedScore: c.verified[sub.code]))
            }
        }
        let reportSource: String = {
            if case .submitted(let day) = c.report { return "self-inspection report \(day)" }
            return "monitoring"
        }()
        return UnitInput(
            area: area, year: c.year, kind: c.kind, annualTarget: annual, finalTarget: final,
            current: c.current.map { SourcedConcentration($0, source: reportSource) },
            previous: c.previous.map { SourcedConcentration($0, source: "summary \(c.year - 1)") },
            keyTasks: claims, falsificationReference: c.falsification, report: c.report)
    }

    @Test(arguments: cases)
    func goldenCase(_ c: Case) {
        let a = Scoring.assess(Self.input(c), rules: Self.ruleSet(c.rules))
        #expect(a.requiredConcentration == c.required)
        #expect(a.qualityScore == c.quality)
        #expect(a.keyTaskScore == c.keyTask)
        #expect(a.resultScore == c.result)
        #expect(a.grade == c.grade)
        #expect(a.flags == c.flags)
    }

    @Test func thereAreAtLeastThirtyGoldenCases() { #expect(Self.cases.count >= 30) }

    @Test func everyTargetKindIsCovered() {
        let kinds = Set(Self.cases.flatMap { [$0.annual?.0, $0.final?.0].compactMap { $0 } })
        #expect(kinds == Set(TargetKind.allCases))
    }

    @Test func keyTaskRoleFollowsCombinationAndKind() {
        let byName = Dictionary(uniqueKeysWithValues: Self.cases.map { ($0.name, $0) })
        func role(_ name: String) -> KeyTaskRole? {
            let c = byName[name]!
            return Scoring.assess(Self.input(c), rules: Self.ruleSet(c.rules)).keyTaskRole
        }
        #expect(role("percent decline reached") == .evaluative)
        #expect(role("key tasks 60.0 pass") == .counted)
        #expect(role("final assessment reaching the final target") == .notUsedInFinal)
    }
}
