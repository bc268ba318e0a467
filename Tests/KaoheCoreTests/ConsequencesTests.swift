import Foundation
import KaoheTestSupport
import Testing

@testable import KaoheCore

/// Consequences of failing, freeze lifting (R-22, a default) and the EIA decision.
struct ConsequencesTests {
    static let anxian = Area(code: "510724", name: "安县", type: .county)
    static let fucheng = Area(code: "510703", name: "涪城区", type: .district)
    static let gaoxin = Area(code: "MY-GXQ", name: "高新区", type: .park)
    static let published = Day(year: 2016, month: 3, day: 15)!

    static func result(_ area: Area, _ grade: Grade?, year: Int = 2015, kind: AssessmentKind = .annual) -> UnitAssessment {
        UnitAssessment(area: area, year: year, kind: kind, grade: grade, flags: [], steps: [])
    }

    static func run(
        id: Int64 = 1, year: Int = 2015, kind: AssessmentKind = .annual, on day: Day? = published, doc: String = "绵府办函〔2016〕12号",
        _ results: [UnitAssessment]
    ) -> AssessmentRun {
        AssessmentRun(
            id: id, year: year, kind: kind, revision: 1, ruleSetName: "test", ruleSetHash: "", ruleSetText: "", createdAt: "",
            status: day == nil ? .draft : .published, publishedOn: day, documentNumber: day == nil ? nil : doc, inputs: [], results: results)
    }

    static func freeze(_ area: Area = anxian, year: Int = 2015, minimumDays: Int = 0, byPass: Bool = false, lift: FreezeLift? = nil) -> Freeze {
        Freeze(
            id: 1, area: area, runID: 1, year: year, kind: .annual, document: "绵府办函〔2016〕12号", startedOn: published,
            terms: FreezeSettings(minimumDays: minimumDays, liftedByPassingAnnual: byPass), lift: lift)
    }

    @Test func annualFailureSummonsTheResponsiblePersonsAndFreezesFromPublication() {
        let run = Self.run([Self.result(Self.fucheng, .good), Self.result(Self.anxian, .fail), Self.result(Self.gaoxin, nil)])
        let c = Consequences.of(run, rules: .builtInDefault)
        #expect(c.count == 1)
        #expect(c[0].area == Self.anxian)
        #expect(c[0].summonsKind == .annual)
        #expect(c[0].summonsee == Bilingual("安县相关责任人", "the responsible persons of 安县"))
        #expect(c[0].freezeStartsOn == Self.published)
        #expect(c[0].accountability == nil)
        #expect(c[0].ruleIDs == ["R-19", "R-22"])
    }

    @Test func finalFailureAddsAccountabilityAndSummonsThePrincipalLeadersOfGovernmentOrCommittee() {
        let run = Self.run(year: 2017, kind: .final, [Self.result(Self.anxian, .fail, year: 2017, kind: .final), Self.result(Self.gaoxin, .fail, year: 2017, kind: .final)])
        let c = Consequences.of(run, rules: .builtInDefault)
        #expect(c.map(\.summonsee.zh) == ["安县人民政府主要负责同志", "高新区管委会主要负责同志"])
        #expect(c.map(\.summonsKind) == [.final, .final])
        #expect(c.map { $0.accountability?.zh } == ["安县未通过终期考核，加大问责力度（R-21）", "高新区未通过终期考核，加大问责力度（R-21）"])
        #expect(c[0].ruleIDs == ["R-21", "R-22"])
    }

    /// D-20, for every kind of unit: after an annual failure the unit's 相关责任人; after a final failure the
    /// 主要负责同志 of its people's government (县/区/市), of a park's 管委会, or of a sub-district 办事处.
    @Test(arguments: [
        (AreaType.county, "安县人民政府主要负责同志"), (.autonomousCounty, "安县人民政府主要负责同志"), (.countyLevelCity, "安县人民政府主要负责同志"),
        (.district, "安县人民政府主要负责同志"), (.park, "安县管委会主要负责同志"), (.subdistrictOffice, "安县办事处主要负责同志"),
    ])
    func d20_whomTheSummonsNamesForEachKindOfUnit(_ type: AreaType, _ finalWhom: String) {
        let unit = Area(code: "510724", name: "安县", type: type)
        #expect(Consequences.summonsee(unit, kind: .annual).zh == "安县相关责任人")
        #expect(Consequences.summonsee(unit, kind: .final).zh == finalWhom)
    }

    @Test func aDraftRunHasNoConsequences() {
        #expect(Consequences.of(Self.run(on: nil, [Self.result(Self.anxian, .fail)]), rules: .builtInDefault).isEmpty)
    }

    @Test func failingGradesComeFromTheRuleSet() {
        var rules = RuleSet.builtInDefault
        rules.failingGrades = [.fail, .pass]
        let run = Self.run([Self.result(Self.fucheng, .pass), Self.result(Self.anxian, .good)])
        #expect(Consequences.of(run, rules: rules).map(\.area.code) == ["510703"])
    }

    @Test func liftIsRefusedOneDayBeforeTheMinimumDurationAndAllowedOnTheDay() {
        let f = Self.freeze(minimumDays: 90)
        let dayN = Self.published.adding(days: 90)
        #expect(dayN == Day(year: 2016, month: 6, day: 13))
        let early = FreezeLifting.decide(f, on: dayN.adding(days: -1), document: "绵环函〔2016〕8号", reason: "整改完成", force: false)
        #expect(
            early == .failure(Refusal(FreezeLiftRefusal.beforeMinimumDuration(
                unit: "510724 安县", startedOn: Self.published, minimumDays: 90, earliestLift: dayN))))
        let onTime = FreezeLifting.decide(f, on: dayN, document: "绵环函〔2016〕8号", reason: "整改完成", force: false)
        #expect(onTime == .success(FreezeLift(on: dayN, document: "绵环函〔2016〕8号", reason: "整改完成")))
    }

    @Test func forceLiftsBeforeTheMinimumAndIsMarkedButStillNeedsAReason() {
        let f = Self.freeze(minimumDays: 90)
        let day = Day(year: 2016, month: 4, day: 1)!
        let forced = FreezeLifting.decide(f, on: day, document: "绵环函〔2016〕8号", reason: "灾后重建", force: true)
        #expect(forced == .success(FreezeLift(on: day, document: "绵环函〔2016〕8号", reason: "灾后重建", forced: true)))
        let noReason = FreezeLifting.decide(f, on: day, document: "绵环函〔2016〕8号", reason: "  ", force: true)
        #expect(noReason == .failure(Refusal(FreezeLiftRefusal.reasonMissing)))
    }

    @Test func liftBeforeTheStartOrOfALiftedFreezeIsRefused() {
        let before = FreezeLifting.decide(Self.freeze(), on: Day(year: 2016, month: 3, day: 1)!, document: "d", reason: "r", force: true)
        #expect(before == .failure(Refusal(FreezeLiftRefusal.beforeStart(day: Day(year: 2016, month: 3, day: 1)!, unit: "510724 安县", startedOn: Self.published))))
        let lifted = Self.freeze(lift: FreezeLift(on: Day(year: 2016, month: 6, day: 1)!, document: "d", reason: "r"))
        let again = FreezeLifting.decide(lifted, on: Day(year: 2016, month: 7, day: 1)!, document: "d", reason: "r", force: false)
        #expect(again == .failure(Refusal(FreezeLiftRefusal.alreadyLifted(unit: "510724 安县", startedOn: Self.published, liftedOn: Day(year: 2016, month: 6, day: 1)!))))
        // A refusal of another case or other data is not the same refusal.
        #expect(again != .failure(Refusal(FreezeLiftRefusal.alreadyLifted(unit: "510724 安县", startedOn: Self.published, liftedOn: Day(year: 2016, month: 6, day: 2)!))))
    }

    /// The wording of the lift refusals, pinned in both languages (the cases above are compared by case); the CLI
    /// appends the command for the action (`UsageHints`), the library sentence names none.
    @Test func liftRefusalsAreWordedInBothLanguagesWithoutCLISyntax() {
        let early = FreezeLiftRefusal.beforeMinimumDuration(unit: "510724 安县", startedOn: Self.published, minimumDays: 90, earliestLift: Day(year: 2016, month: 6, day: 13)!)
        #expect(early.wording == Bilingual(
            "510724 安县 自 2016-03-15 起的环评限批最短期限为 90 天（R-22，本工具默认规则，非官方规定），2016-06-13 起方可解除 — 请给出该日或之后的日期",
            "the freeze on 510724 安县 since 2016-03-15 has a minimum duration of 90 days (R-22, a default of this tool) and may be lifted from 2016-06-13 — give that date or later"))
        #expect(early.action == .forceLift)
        let lifted = FreezeLiftRefusal.alreadyLifted(unit: "510724 安县", startedOn: Self.published, liftedOn: Day(year: 2016, month: 6, day: 1)!)
        #expect(lifted.wording == Bilingual("510724 安县 自 2016-03-15 起的环评限批已于 2016-06-01 解除", "the freeze on 510724 安县 since 2016-03-15 was already lifted on 2016-06-01"))
        #expect(lifted.action == .seeAllFreezes)
        #expect(FreezeLiftRefusal.reasonMissing.wording == Bilingual("解除决定须有理由", "the lifting decision needs a reason"))
        #expect(FreezeLiftRefusal.reasonMissing.action == .giveLiftReason)
        #expect(FreezeLiftRefusal.documentMissing.action == .giveLiftDocument)
    }

    @Test func aLaterPassingAnnualRunLiftsOnlyFreezesWhoseTermsSaySo() {
        let later = Self.run(id: 2, year: 2016, on: Day(year: 2017, month: 3, day: 10)!, doc: "绵府办函〔2017〕9号", [Self.result(Self.anxian, .pass, year: 2016)])
        let byPass = FreezeLifting.liftedByPass([Self.freeze(byPass: true)], run: later, rules: .builtInDefault)
        #expect(byPass.count == 1)
        #expect(byPass.first?.lift == FreezeLift(on: Day(year: 2017, month: 3, day: 10)!, document: "绵府办函〔2017〕9号", reason: "2016年度考核合格，通过（运行 #2）", byRunID: 2))
        #expect(FreezeLifting.liftedByPass([Self.freeze(byPass: false)], run: later, rules: .builtInDefault).isEmpty)
        let stillFailing = Self.run(id: 2, year: 2016, on: Day(year: 2017, month: 3, day: 10)!, [Self.result(Self.anxian, .fail, year: 2016)])
        #expect(FreezeLifting.liftedByPass([Self.freeze(byPass: true)], run: stillFailing, rules: .builtInDefault).isEmpty)
    }

    @Test func aPassLiftTakesEffectAtTheEndOfTheMinimumDurationWhenThatIsLater() {
        let later = Self.run(id: 2, year: 2016, on: Day(year: 2016, month: 5, day: 1)!, [Self.result(Self.anxian, .good, year: 2016)])
        let lifts = FreezeLifting.liftedByPass([Self.freeze(minimumDays: 90, byPass: true)], run: later, rules: .builtInDefault)
        #expect(lifts.map(\.lift.on) == [Day(year: 2016, month: 6, day: 13)!])
    }

    @Test func aFreezeIsInForceFromItsStartUntilTheDayBeforeItsLift() {
        let f = Self.freeze(lift: FreezeLift(on: Day(year: 2016, month: 6, day: 1)!, document: "d", reason: "r"))
        let days = ["2016-03-14", "2016-03-15", "2016-05-31", "2016-06-01"].map { Day(iso: $0)! }
        #expect(days.map(f.isInForce(on:)) == [false, true, true, false])
        #expect(f.daysInForce(on: Day(year: 2016, month: 12, day: 31)!) == 78)
    }

    @Test(arguments: [
        (ProjectCategory.livelihood, EIADecision.Ground.exempt, ["R-19(b)", "R-20", "R-22"]),
        (.energySaving, .exempt, ["R-19(b)", "R-20", "R-22"]),
        (.noNewEmissions, .outsideFreeze, ["R-19(b)", "R-20", "R-22"]),
        (.emitting, .frozen, ["R-19(b)", "R-22"]),
    ])
    func eiaDecisionInAFrozenUnit(category: ProjectCategory, ground: EIADecision.Ground, rules: [String]) {
        let f = Self.freeze()
        let d = EIADecision.decide(area: Self.anxian, category: category, on: Day(year: 2016, month: 4, day: 1)!, freezes: [f])
        #expect(d.ground == ground)
        #expect(d.allowed == (ground != .frozen))
        #expect(d.ruleIDs == rules)
        #expect(d.freezes == [f])
    }

    @Test(arguments: ProjectCategory.allCases)
    func eiaDecisionInAUnitWithoutAFreezeInForceIsAllowed(category: ProjectCategory) {
        let lifted = Self.freeze(lift: FreezeLift(on: Day(year: 2016, month: 6, day: 1)!, document: "d", reason: "r"))
        let other = Self.freeze(Self.fucheng)
        for (area, day) in [(Self.anxian, Day(year: 2016, month: 6, day: 1)!), (Self.anxian, Day(year: 2016, month: 3, day: 14)!), (Self.gaoxin, Self.published)] {
            let d = EIADecision.decide(area: area, category: category, on: day, freezes: [lifted, other])
            #expect(d.ground == .noFreeze)
            #expect(d.allowed)
            #expect(d.freezes.isEmpty)
        }
    }

    @Test func categoriesAreNamedInChineseOrByTheirEnglishAlias() {
        let names = ["民生", "民生项目", "livelihood", "节能减排", "Energy-Saving", "不新增大气污染物排放", "no-new-emissions", "新增大气污染物排放", "emitting"]
        #expect(names.map { ProjectCategory(name: $0) } == [.livelihood, .livelihood, .livelihood, .energySaving, .energySaving, .noNewEmissions, .noNewEmissions, .emitting, .emitting])
        #expect(ProjectCategory(name: "工业") == nil)
    }
}
