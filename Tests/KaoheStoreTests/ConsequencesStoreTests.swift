import Foundation
import KaoheTestSupport
import Testing

@testable import KaoheCore
@testable import KaoheStore

/// Publishing records consequences in its transaction; freezes stay queryable by date (R-19 to R-22).
@Suite struct ConsequencesStoreTests {
    let file = ImportFile(name: "areas.csv", sha256: String(repeating: "ab", count: 32), time: Date(timeIntervalSince1970: 1_420_070_400))
    let anxian = Area(code: "510724", name: "安县", type: .county)
    let fucheng = Area(code: "510703", name: "涪城区", type: .district)
    let published = Day(year: 2016, month: 3, day: 15)!
    let lifted = Day(year: 2016, month: 6, day: 1)!

    func database() throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        _ = try db.importAreas([anxian, fucheng], file: file)
        return db
    }

    /// Saves and publishes a run of `year` where each unit has the given grade.
    @discardableResult
    func publish(_ db: AppDatabase, year: Int, kind: AssessmentKind = .annual, grades: [Area: Grade], on day: Day, rules: RuleSet = .builtInDefault) throws -> PublishOutcome {
        let areas = grades.keys.sorted { $0.code < $1.code }
        let inputs = areas.map { UnitInput(area: $0, year: year, kind: kind, current: nil, report: .notSubmitted) }
        let results = areas.map { UnitAssessment(area: $0, year: year, kind: kind, grade: grades[$0], flags: [], steps: []) }
        let run = try db.saveRun(year: year, kind: kind, rules: rules, ruleSetText: "", inputs: inputs, results: results)
        return try db.publish(runID: run.id, on: day, documentNumber: "绵府办函〔\(day.year)〕12号", rules: rules, recordedBy: "kaohe publish")
    }

    @Test func publishingCreatesSummonsAndFreezeForEachFailingUnitOnly() throws {
        let db = try database()
        let outcome = try publish(db, year: 2015, grades: [anxian: .fail, fucheng: .good], on: published)
        #expect(outcome.run.status == .published)
        #expect(outcome.summonses.map { "\($0.area.code) \($0.kind) \($0.status) \($0.whom.zh) \($0.document)" } == ["510724 annual planned 安县相关责任人 绵府办函〔2016〕12号"])
        #expect(outcome.freezes.map { "\($0.area.code) \($0.startedOn) \($0.year) \($0.document)" } == ["510724 2016-03-15 2015 绵府办函〔2016〕12号"])
        #expect(outcome.decisions.isEmpty)
        #expect(try db.summonses(year: 2015) == outcome.summonses)
        #expect(try db.summonses(year: 2014).isEmpty)
    }

    @Test func aFinalFailureAlsoRecordsTheAccountabilityDecision() throws {
        let db = try database()
        let outcome = try publish(db, year: 2017, kind: .final, grades: [anxian: .fail], on: Day(year: 2018, month: 3, day: 1)!)
        #expect(outcome.summonses.map(\.whom.zh) == ["安县人民政府主要负责同志"])
        #expect(outcome.decisions.map(\.decision.zh) == ["安县未通过终期考核，加大问责力度（R-21）"])
        #expect(try db.accountabilityDecisions() == outcome.decisions)
    }

    @Test func freezesInForceBeforeDuringAndAfterAFreeze() throws {
        let db = try database()
        try publish(db, year: 2015, grades: [anxian: .fail], on: published)
        _ = try db.liftFreezes(area: "510724", on: lifted, document: "绵环函〔2016〕8号", reason: "整改完成", force: false, by: "tester")
        let codes = { (d: Day) in try db.freezes(inForceOn: d).map(\.area.code) }
        #expect(try codes(published.adding(days: -1)) == [])
        #expect(try codes(published) == ["510724"])
        #expect(try codes(lifted.adding(days: -1)) == ["510724"])
        #expect(try codes(lifted) == [])
        let history = try db.freezes()
        #expect(history.map { $0.lift?.document } == ["绵环函〔2016〕8号"])
    }

    @Test func aLiftBeforeTheMinimumDurationChangesNothing() throws {
        let db = try database()
        try publish(db, year: 2015, grades: [anxian: .fail], on: published, rules: RuleSet(name: "90 days", freeze: FreezeSettings(minimumDays: 90)))
        let before = try db.dump()
        #expect(throws: Refusal.self) {
            try db.liftFreezes(area: "510724", on: lifted, document: "d", reason: "r", force: false, by: "tester")
        }
        #expect(try db.dump() == before)
        let forced = try db.liftFreezes(area: "510724", on: lifted, document: "d", reason: "r", force: true, by: "tester")
        #expect(forced.map { $0.lift?.forced } == [true])
    }

    /// D-21: `freeze lift AREA` lifts every open freeze of the unit, all or none. 安县 fails 2014 (freeze from
    /// 2015-03-15) and 2015 (from 2016-03-15); a lift dated 2015-06-01 is before the second freeze began, so it
    /// is refused and the first stays open too; dated 2016-06-01 it lifts both.
    @Test func aLiftTakesEveryOpenFreezeOfTheUnitOrNone() throws {
        let db = try database()
        try publish(db, year: 2014, grades: [anxian: .fail], on: Day(year: 2015, month: 3, day: 15)!)
        try publish(db, year: 2015, grades: [anxian: .fail], on: published)
        #expect(try db.freezes(area: "510724").map { "\($0.startedOn)" } == ["2015-03-15", "2016-03-15"])
        let before = try db.dump()
        #expect(throws: Refusal.self) {
            try db.liftFreezes(area: "510724", on: Day(year: 2015, month: 6, day: 1)!, document: "d", reason: "r", force: false, by: "t")
        }
        #expect(try db.dump() == before)
        let both = try db.liftFreezes(area: "510724", on: lifted, document: "d", reason: "r", force: false, by: "t")
        #expect(both.map { "\($0.startedOn) \($0.lift?.on.description ?? "open")" } == ["2015-03-15 2016-06-01", "2016-03-15 2016-06-01"])
        #expect(try db.freezes(inForceOn: lifted).isEmpty)
    }

    @Test func publishingALaterPassingAnnualRunLiftsAFreezeWhoseTermsSaySo() throws {
        let db = try database()
        let byPass = RuleSet(name: "lift by pass", freeze: FreezeSettings(liftedByPassingAnnual: true))
        try publish(db, year: 2015, grades: [anxian: .fail], on: published, rules: byPass)
        let later = try publish(db, year: 2016, grades: [anxian: .pass], on: Day(year: 2017, month: 3, day: 10)!, rules: byPass)
        #expect(later.lifted.map { "\($0.area.code) \($0.lift!.on) \($0.lift!.byRunID!) \($0.lift!.reason)" } == ["510724 2017-03-10 2 2016年度考核合格，通过（运行 #2）"])
        #expect(try db.freezes(inForceOn: Day(year: 2017, month: 3, day: 9)!).count == 1)
        #expect(try db.freezes(inForceOn: Day(year: 2017, month: 3, day: 10)!).isEmpty)
    }

    @Test func summonsAmendmentsKeepWhoWhenAndTheOldValue() throws {
        let db = try database()
        let id = try publish(db, year: 2015, grades: [anxian: .fail], on: published).summonses[0].id
        let time = Date(timeIntervalSince1970: 1_460_000_000)
        // `time` is 2016-04-07; the summons is recorded as held on 2016-04-10, so "today" must be later.
        let today = Day(year: 2016, month: 4, day: 12)!
        _ = try db.amendSummons(id: id, heldOn: Day(year: 2016, month: 4, day: 10)!, notes: "初次约谈", rectificationDue: nil, today: today, by: "王科长", at: time)
        let (summons, amendments) = try db.amendSummons(id: id, heldOn: nil, notes: "约谈纪要已印发", rectificationDue: nil, today: today, by: "李科员", at: time)
        #expect(summons.status == .held)
        #expect(summons.notes == "约谈纪要已印发")
        #expect(amendments.count == 1)
        let history = try #require(try db.summonsHistory(id: id)).amendments
        #expect(history.map { "\($0.amendedBy) \($0.field) \($0.oldValue ?? "nil") → \($0.newValue ?? "nil")" } == [
            "王科长 status planned → held", "王科长 held_on nil → 2016-04-10", "王科长 notes nil → 初次约谈", "李科员 notes 初次约谈 → 约谈纪要已印发",
        ])
    }

    /// D-23: triggers refuse DELETE on every consequence table, UPDATE on the amendment, decision and log
    /// tables, and UPDATE of a freeze once lifted; each refusal is SQLite's trigger constraint with its text.
    @Test func consequenceRecordsCannotBeDeletedAndTheirLogsNeverChange() throws {
        let db = try database()
        try publish(db, year: 2015, grades: [anxian: .fail], on: published)
        // A final assessment's failure makes an accountability decision (R-21).
        try publish(db, year: 2017, kind: .final, grades: [fucheng: .fail], on: Day(year: 2018, month: 3, day: 1)!)
        _ = try db.checkEIA(area: "510724", category: .emitting, on: published, project: nil)
        _ = try db.amendSummons(id: 1, heldOn: Day(year: 2016, month: 4, day: 1)!, notes: nil, rectificationDue: nil, by: "t")
        let before = try db.dump()
        for table in ["summons", "summons_amendment", "freeze", "accountability_decision", "eia_check_log"] {
            expectTriggerRefusal("\(table) rows are never deleted; record a lift or an amendment instead", "DELETE FROM \(table)", in: db.writer)
        }
        expectTriggerRefusal("summons_amendment rows are never changed", "UPDATE summons_amendment SET new_value = 'x'", in: db.writer)
        expectTriggerRefusal("accountability_decision rows are never changed", "UPDATE accountability_decision SET document = 'x'", in: db.writer)
        expectTriggerRefusal("eia_check_log rows are never changed", "UPDATE eia_check_log SET answer = 'x'", in: db.writer)
        #expect(try db.dump() == before)
        #expect(try db.eiaLog().map { "\($0.areaCode) \($0.allowed) \($0.ground) \($0.freezeID ?? 0)" } == ["510724 false frozen 1"])
        // A freeze in force is updated by its lift; once lifted it never changes again.
        let lifts = try db.liftFreezes(area: "510724", on: lifted, document: "绵环函〔2016〕8号", reason: "整改完成", force: false, by: "t")
        #expect(lifts.map(\.id) == [1])
        expectTriggerRefusal("a lifted freeze cannot be changed", "UPDATE freeze SET lift_reason = 'x' WHERE id = 1", in: db.writer)
        expectTriggerRefusal("a lifted freeze cannot be changed", "UPDATE freeze SET lifted_on = NULL WHERE id = 1", in: db.writer)
    }
}
