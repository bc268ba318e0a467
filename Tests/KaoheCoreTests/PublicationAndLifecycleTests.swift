import Foundation
import Testing

@testable import KaoheCore

/// Guarded publication (R-22a) and the summons lifecycle (R-19, R-21) as pure rules.
struct PublicationAndLifecycleTests {
    static let anxian = Area(code: "510724", name: "安县", type: .county)
    static let published = Day(year: 2016, month: 3, day: 15)!
    static let today = Day(year: 2016, month: 12, day: 1)!

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    static func run(year: Int = 2015, kind: AssessmentKind = .annual, results: [UnitAssessment], published: Day? = nil, revision: Int = 1) -> AssessmentRun {
        AssessmentRun(
            id: Int64(revision), year: year, kind: kind, revision: revision, ruleSetName: "default", ruleSetHash: "", ruleSetText: "", createdAt: "",
            status: published == nil ? .draft : .published, publishedOn: published, documentNumber: published.map { "D\($0)" }, inputs: [],
            results: results)
    }

    static func unit(_ n: Int, _ grade: Grade?, _ flags: [AssessmentFlag] = []) -> UnitAssessment {
        UnitAssessment(area: Area(code: "U\(n)", name: "单位\(n)", type: .county), year: 2015, kind: .annual, grade: grade, flags: flags, steps: [])
    }

    @Test func moreThanHalfMeansStrictlyMoreThanHalfOfTheGradedUnits() {
        // 2 of 4: 2 × 2 = 4, not > 4 → no confirmation; 3 of 4: 6 > 4 → confirmation; 7 of 13: 14 > 13.
        #expect(!PublicationGuard.needsConfirmation(noData: 2, graded: 4))
        #expect(PublicationGuard.needsConfirmation(noData: 3, graded: 4))
        #expect(!PublicationGuard.needsConfirmation(noData: 6, graded: 13))
        #expect(PublicationGuard.needsConfirmation(noData: 7, graded: 13))
        #expect(!PublicationGuard.needsConfirmation(noData: 0, graded: 0))
    }

    @Test func onlyNoDataFailuresWithoutAFindingAreListedAndUngradedUnitsDoNotCount() {
        // U1, U2 no data; U3 no data but also falsified (fails for the finding too); U4 passes; U5 ungraded.
        let results = [
            Self.unit(1, .fail, [.noReportNoData]), Self.unit(2, .fail, [.noReportNoData]),
            Self.unit(3, .fail, [.noReportNoData, .falsification(reference: "F")]), Self.unit(4, .good), Self.unit(5, nil),
        ]
        let run = Self.run(results: results)
        #expect(PublicationGuard.noDataFailures(run, rules: .builtInDefault).map(\.code) == ["U1", "U2"])
        // 2 of 4 graded: exactly half, not more → allowed without confirmation.
        #expect(PublicationGuard.check(run, on: Self.published, today: Self.today, earlier: [], rules: .builtInDefault, confirmNoData: false) == nil)
    }

    @Test func theDateMustFollowTheYearEndNotPassTodayAndNotPrecedeAnEarlierRevision() {
        let run = Self.run(results: [Self.unit(1, .good)])
        let check = { (day: Day, earlier: [AssessmentRun]) in
            PublicationGuard.check(run, on: day, today: Self.today, earlier: earlier, rules: .builtInDefault, confirmNoData: false)
        }
        #expect(check(Self.day(2015, 12, 31), []) == Refusal(PublicationRefusal.notAfterYearEnd(day: Self.day(2015, 12, 31), yearEnd: Self.day(2015, 12, 31))))
        #expect(check(Self.day(2016, 1, 1), []) == nil)
        #expect(check(Self.day(2016, 12, 1), []) == nil)
        #expect(check(Self.day(2016, 12, 2), []) == Refusal(PublicationRefusal.afterToday(day: Self.day(2016, 12, 2), today: Self.day(2016, 12, 1))))
        let first = Self.run(results: [], published: Self.published)
        #expect(check(Self.day(2016, 3, 14), [first]) == Refusal(PublicationRefusal.beforeEarlierRevision(
            day: Self.day(2016, 3, 14), revision: first.revision, latestDay: Self.published, document: first.documentNumber ?? "")))
        #expect(check(Self.published, [first]) == nil)
    }

    @Test func anAnnualResultOfThePlansFinalYearIsRefusedAndTheFinalOneAllowed() {
        // The built-in period is 2013–2017 (R-1): 2017 is the final year.
        let annual = Self.run(year: 2017, results: [Self.unit(1, .good)])
        let final = Self.run(year: 2017, kind: .final, results: [Self.unit(1, .good)])
        let on = Self.day(2018, 3, 1), today = Self.day(2018, 12, 31)
        #expect(PublicationGuard.check(annual, on: on, today: today, earlier: [], rules: .builtInDefault, confirmNoData: false)
            == Refusal(PublicationRefusal.finalYearAsAnnual(year: 2017, firstYear: 2013, finalYear: 2017, ruleSet: RuleSet.builtInDefault.name)))
        #expect(PublicationGuard.check(final, on: on, today: today, earlier: [], rules: .builtInDefault, confirmNoData: false) == nil)
    }

    static func summons(_ status: SummonsStatus = .planned, held: Day? = nil, due: Day? = nil) -> Summons {
        Summons(
            id: 7, area: anxian, runID: 1, year: 2015, document: "D", whom: Bilingual("安县相关责任人", "x"), kind: .annual, status: status, heldOn: held,
            rectificationDue: due, notes: nil, createdAt: "", amendmentCount: 0)
    }

    func amend(_ s: Summons, held: Day? = nil, due: Day? = nil, closed: Day? = nil) -> Result<[SummonsLifecycle.Change], Refusal> {
        SummonsLifecycle.amend(s, published: Self.published, today: Self.today, heldOn: held, rectificationDue: due, closedOn: closed, notes: nil)
    }

    func fields(_ r: Result<[SummonsLifecycle.Change], Refusal>) -> [String] {
        switch r {
        case .success(let c): c.map { "\($0.field) \($0.old ?? "nil") \($0.new ?? "nil")" }
        case .failure(let e): ["refused: " + e.description]
        }
    }

    /// The refusal of an amendment, compared by its case (`Refusal`'s equality).
    func refusal(_ r: Result<[SummonsLifecycle.Change], Refusal>) -> Refusal? {
        if case .failure(let e) = r { return e }
        return nil
    }

    @Test func aSummonsIsHeldOnOrAfterPublicationAndNotInTheFuture() {
        #expect(refusal(amend(Self.summons(), held: Self.day(2016, 3, 14)))
            == Refusal(SummonsAmendRefusal.heldBeforePublication(heldOn: Self.day(2016, 3, 14), published: Self.published)))
        #expect(refusal(amend(Self.summons(), held: Self.day(2016, 12, 2))) == Refusal(SummonsAmendRefusal.heldAfterToday(heldOn: Self.day(2016, 12, 2), today: Self.today)))
        // The publication day itself is allowed.
        #expect(fields(amend(Self.summons(), held: Self.published)) == ["status planned held", "held_on nil 2016-03-15"])
    }

    @Test func rectificationIsDueAfterTheDayHeldAndClosingNeedsRectification() {
        let held = Self.summons(.held, held: Self.day(2016, 4, 10))
        #expect(refusal(amend(Self.summons(), due: Self.day(2016, 10, 1))) == Refusal(SummonsAmendRefusal.dueButNotHeld(due: Self.day(2016, 10, 1), summons: "#7 510724 安县")))
        #expect(refusal(amend(held, due: Self.day(2016, 4, 10))) == Refusal(SummonsAmendRefusal.dueNotAfterHeld(due: Self.day(2016, 4, 10), held: Self.day(2016, 4, 10))))
        #expect(fields(amend(held, due: Self.day(2016, 4, 11))) == ["status held rectifying", "rectification_due nil 2016-04-11"])
        #expect(refusal(amend(held, closed: Self.day(2016, 5, 1))) == Refusal(SummonsAmendRefusal.closedNotRectifying(closedOn: Self.day(2016, 5, 1), summons: "#7 510724 安县")))
        let rectifying = Self.summons(.rectifying, held: Self.day(2016, 4, 10), due: Self.day(2016, 10, 1))
        #expect(fields(amend(rectifying, closed: Self.day(2016, 9, 30))) == ["status rectifying closed", "closed_on nil 2016-09-30"])
        #expect(refusal(amend(Self.summons(.withdrawn), held: Self.day(2016, 4, 1))) == Refusal(SummonsAmendRefusal.finished(summons: "#7 510724 安县", withdrawn: true)))
    }

    /// The wording of the summons and publication refusals, pinned in both languages (the cases above are compared
    /// by case); the CLI appends the option for the action (`UsageHints`).
    @Test func summonsAndPublicationRefusalsAreWordedInBothLanguagesWithoutCLISyntax() {
        #expect(fields(amend(Self.summons(), held: Self.day(2016, 3, 14))) == [
            "refused: held on 2016-03-14: before the result was published (2016-03-15) — a summons is held on or after its publication",
        ])
        let notHeld = SummonsAmendRefusal.dueButNotHeld(due: Self.day(2016, 10, 1), summons: "#7 510724 安县")
        #expect(notHeld.wording == Bilingual(
            "整改期限 2016-10-01：约谈 #7 510724 安县 尚未举行 — 请先（或同时）记录约谈日期",
            "rectification due 2016-10-01: summons #7 510724 安县 has not been held — record the day it was held first (or with it)"))
        #expect(notHeld.action == .recordSummonsHeld)
        #expect(SummonsAmendRefusal.finished(summons: "#7 510724 安县", withdrawn: false).wording
            == Bilingual("约谈 #7 510724 安县 已整改销号 — 只能再记录备注", "summons #7 510724 安县 is closed — only notes can still be recorded"))
        let closedToday = SummonsAmendRefusal.closedOutOfRange(closedOn: Self.day(2016, 4, 9), held: Self.today, today: Self.today)
        #expect(closedToday.wording.zh == "销号日期 2016-04-09：约谈于今天（2016-12-01）进行，销号日期只能是今天")
        let early = PublicationRefusal.notAfterYearEnd(day: Self.day(2015, 12, 31), yearEnd: Self.day(2015, 12, 31))
        #expect(early.wording == Bilingual(
            "发布日期 2015-12-31：考核结果须在考核年度结束后发布 — 请给出 2015-12-31 之后的日期（R-22a）",
            "publication date 2015-12-31: a result is published after the assessed year has ended — give a date after 2015-12-31 (R-22a)"))
        #expect(early.action == nil)
        #expect(PublicationRefusal.finalYearAsAnnual(year: 2017, firstYear: 2013, finalYear: 2017, ruleSet: "r").action == .publishAsFinal)
        #expect(PublicationRefusal.mostlyNoData(count: 2, graded: 3, units: ["U1 甲", "U2 乙"]).wording == Bilingual(
            "3 个参评单位中有 2 个仅因“未报送、无数据”而不合格（R-18）：U1 甲、U2 乙 — 请核实其报告是否已导入（R-22a）；确需发布请确认",
            "2 of the 3 graded units would fail only for \"no report, no data\" (R-18): U1 甲, U2 乙 — check that their reports were imported (R-22a); to publish anyway, confirm it"))
    }

    @Test func aRectificationIsOverdueTheDayAfterItsDueDay() {
        let s = Self.summons(.rectifying, held: Self.day(2016, 4, 10), due: Self.day(2016, 10, 1))
        // Due 2016-10-01 means "by the end of 10-01": not overdue on 10-01, overdue from 10-02.
        #expect(SummonsLifecycle.overdue([s], on: Self.day(2016, 10, 1)).isEmpty)
        #expect(SummonsLifecycle.overdue([s], on: Self.day(2016, 10, 2)).map(\.id) == [7])
        var closed = s
        closed.status = .closed
        #expect(SummonsLifecycle.overdue([closed], on: Self.day(2016, 10, 2)).isEmpty)
    }
}
