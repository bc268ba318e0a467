import Testing

@testable import KaoheCore

/// Which successions can be recorded (issue 21): each refusal names its reason; merges and splits are the only
/// many-to-one and one-to-many shapes.
@Suite struct SuccessionRulesTests {
    let known: Set<String> = ["510724", "510705", "A", "B", "C", "D"]
    let today = Day(year: 2016, month: 6, day: 1)!
    func s(_ old: String, _ new: String, _ kind: SuccessionKind = .recode, on day: Day = Day(year: 2016, month: 1, day: 1)!, doc: String = "绵府发〔2016〕1号") -> Succession {
        Succession(predecessor: old, successor: new, effective: day, document: doc, kind: kind)
    }

    @Test func aRecodeOfKnownUnitsIsAccepted() {
        #expect(SuccessionRules.problem(with: s("510724", "510705"), existing: [], knownCodes: known, today: today) == nil)
        #expect(s("510724", "510705").firstYearOfSuccessor == 2016)
    }

    @Test func selfUnknownDatesAndDuplicatesAreRefused() {
        #expect(SuccessionRules.problem(with: s("A", "A"), existing: [], knownCodes: known, today: today) == Refusal(SuccessionRuleRefusal.succeedsItself(code: "A")))
        #expect(SuccessionRules.problem(with: s("A", "Z"), existing: [], knownCodes: known, today: today) == Refusal(SuccessionRuleRefusal.unknownUnit(code: "Z")))
        #expect(SuccessionRules.problem(with: s("A", "B", on: Day(year: 1899, month: 12, day: 31)!), existing: [], knownCodes: known, today: today) == Refusal(SuccessionRuleRefusal.effectiveOutOfBounds(effective: Day(year: 1899, month: 12, day: 31)!, earliestYear: 1900, latestYear: 2100)))
        #expect(SuccessionRules.problem(with: s("A", "B", on: Day(year: 2016, month: 6, day: 2)!), existing: [], knownCodes: known, today: today) == Refusal(SuccessionRuleRefusal.effectiveAfterToday(effective: Day(year: 2016, month: 6, day: 2)!, today: today)))
        #expect(SuccessionRules.problem(with: s("A", "B"), existing: [s("A", "B")], knownCodes: known, today: today) == Refusal(SuccessionRuleRefusal.alreadyRecorded(predecessor: "A", successor: "B")))
    }

    @Test func aUnitIsSucceededOnceUnlessSplitAndMadeOnceUnlessMerged() {
        // Succeeded twice by recodes: refused.
        #expect(SuccessionRules.problem(with: s("A", "C"), existing: [s("A", "B")], knownCodes: known, today: today) == Refusal(SuccessionRuleRefusal.predecessorAlreadySucceeded(predecessor: "A", by: "B", on: Day(year: 2016, month: 1, day: 1)!, document: "绵府发〔2016〕1号")))
        // Made twice by recodes: refused.
        #expect(SuccessionRules.problem(with: s("C", "B"), existing: [s("A", "B")], knownCodes: known, today: today) == Refusal(SuccessionRuleRefusal.successorAlreadyMade(successor: "B", predecessor: "A", on: Day(year: 2016, month: 1, day: 1)!, document: "绵府发〔2016〕1号")))
        // A split names its second successor with the same day and document: accepted; another document: refused.
        #expect(SuccessionRules.problem(with: s("A", "C", .split), existing: [s("A", "B", .split)], knownCodes: known, today: today) == nil)
        #expect(SuccessionRules.problem(with: s("A", "C", .split, doc: "other"), existing: [s("A", "B", .split)], knownCodes: known, today: today) != nil)
        // A merge names its second predecessor the same way.
        #expect(SuccessionRules.problem(with: s("C", "B", .merge), existing: [s("A", "B", .merge)], knownCodes: known, today: today) == nil)
        #expect(SuccessionRules.problem(with: s("C", "B", .merge), existing: [s("A", "B", .recode)], knownCodes: known, today: today) != nil)
    }

    @Test func cyclesAndOutOfOrderDaysAreRefused() {
        let later = Day(year: 2016, month: 3, day: 1)!
        // A → B → C recorded; C → A would close a cycle.
        let chain = [s("A", "B"), s("B", "C", on: later)]
        #expect(SuccessionRules.problem(with: s("C", "A", on: later), existing: chain, knownCodes: known, today: today) == Refusal(SuccessionRuleRefusal.cycle(predecessor: "C", successor: "A")))
        #expect(SuccessionRules.ancestors(of: "C", in: chain) == ["A", "B"])
        // B came into being on 2016-01-01; its own succession on that day or before is refused.
        #expect(SuccessionRules.problem(with: s("B", "D", on: Day(year: 2015, month: 12, day: 31)!), existing: [s("A", "B")], knownCodes: known, today: today) == Refusal(SuccessionRuleRefusal.beforeUnitExisted(code: "B", on: Day(year: 2016, month: 1, day: 1)!)))
        #expect(SuccessionRules.problem(with: s("B", "D", on: later), existing: [s("A", "B")], knownCodes: known, today: today) == nil)
    }

    /// The wording of the succession refusals, pinned in both languages (the cases above are compared by case); the
    /// CLI appends the command for the action (`UsageHints`), so the library sentence names none.
    @Test func refusalsAreWordedInBothLanguagesWithoutCLISyntax() {
        let unknown = SuccessionRuleRefusal.unknownUnit(code: "Z")
        #expect(unknown.wording == Bilingual("未知单位 Z — 请先导入列有 Z 的区域文件", "unknown unit Z — import the areas file that lists Z first"))
        #expect(unknown.action == .importAreas)
        let twice = SuccessionRuleRefusal.alreadyRecorded(predecessor: "A", successor: "B")
        #expect(twice.wording == Bilingual("A → B 的承继关系已记录", "the succession A → B is already recorded"))
        #expect(twice.action == .seeSuccessions)
        #expect(SuccessionRuleRefusal.cycle(predecessor: "C", successor: "A").wording
            == Bilingual("A 已是 C 的前身 — 记录 C → A 将形成循环", "A is already a predecessor of C — recording C → A would make a cycle"))
        #expect(SuccessionRuleRefusal.cycle(predecessor: "C", successor: "A").action == nil)
    }

    /// D-143: a succession withdrawn as a correction carries on the days from its effective day up to the day
    /// before its withdrawal, and not from that day or "now" (nil); one in force carries from its day on.
    @Test func aSuccessionWithdrawnAsACorrectionCarriesOnlyBeforeItsWithdrawalDay() {
        var withdrawn = s("510724", "510705")
        withdrawn.withdrawnOn = Day(year: 2017, month: 2, day: 1)!
        let day = { (m: Int, d: Int, y: Int) in Day(year: y, month: m, day: d)! }
        #expect(SuccessionRules.carriers(of: "510724", on: day(12, 31, 2015), in: [withdrawn]).isEmpty)
        #expect(SuccessionRules.carriers(of: "510724", on: day(1, 31, 2017), in: [withdrawn]).map(\.code) == ["510705"])
        #expect(SuccessionRules.carriers(of: "510724", on: day(2, 1, 2017), in: [withdrawn]).isEmpty)
        #expect(SuccessionRules.carriers(of: "510724", on: nil, in: [withdrawn]).isEmpty)
        #expect(SuccessionRules.predecessorsCarried(by: "510705", on: day(1, 31, 2017), in: [withdrawn]) == ["510724"])
        #expect(SuccessionRules.predecessorsCarried(by: "510705", on: day(2, 1, 2017), in: [withdrawn]).isEmpty)
        let inForce = s("510724", "510705")
        #expect(SuccessionRules.carriers(of: "510724", on: day(2, 1, 2030), in: [inForce]).map(\.code) == ["510705"])
        #expect(SuccessionRules.carriers(of: "510724", on: nil, in: [inForce]).map(\.code) == ["510705"])
    }
}
