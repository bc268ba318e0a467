import Foundation
import KaoheTestSupport
import Testing

@testable import KaoheCore
@testable import KaoheStore

/// The issued record (R-22b), corrections (R-22c), the summons lifecycle and accountability progress (R-21)
/// at the store level.
@Suite struct PublishedRecordStoreTests {
    let file = ImportFile(name: "areas.csv", sha256: String(repeating: "ab", count: 32), time: Date(timeIntervalSince1970: 1_420_070_400))
    let anxian = Area(code: "510724", name: "安县", type: .county)
    let fucheng = Area(code: "510703", name: "涪城区", type: .district)
    let published = Day(year: 2016, month: 3, day: 15)!
    let today = Day(year: 2018, month: 12, day: 31)!

    func database() throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        _ = try db.importAreas([anxian, fucheng], file: file)
        return db
    }

    @discardableResult
    func publish(_ db: AppDatabase, year: Int, kind: AssessmentKind = .annual, grades: [Area: Grade], on day: Day, doc: String) throws -> PublishOutcome {
        let areas = grades.keys.sorted { $0.code < $1.code }
        let inputs = areas.map { UnitInput(area: $0, year: year, kind: kind, current: nil, report: .notSubmitted) }
        let results = areas.map { UnitAssessment(area: $0, year: year, kind: kind, grade: grades[$0], flags: [], steps: []) }
        let run = try db.saveRun(year: year, kind: kind, rules: .builtInDefault, ruleSetText: "", inputs: inputs, results: results)
        return try db.publish(runID: run.id, on: day, documentNumber: doc, rules: .builtInDefault, today: today, recordedBy: "kaohe publish")
    }

    /// R-31, D-114: the issued notice shows the department run stored when it was published, even when a later
    /// one is made within the same second (the store fuzzer found this: a run made after publication, but in the
    /// same second, once entered the issued summary, which compared times to the second).
    @Test func theIssuedDepartmentRunIsTheOneStoredAtPublicationEvenWithinTheSameSecond() throws {
        let db = try database()
        let second = Date(timeIntervalSince1970: 1_458_000_000)  // every step below in this one second
        let before = try db.assessDepartments(year: 2015, rules: .builtInDefault, ruleSetText: "", at: second)
        let inputs = [UnitInput(area: anxian, year: 2015, kind: .annual, current: nil, report: .notSubmitted)]
        let results = [UnitAssessment(area: anxian, year: 2015, kind: .annual, grade: .good, flags: [], steps: [])]
        let run = try db.saveRun(year: 2015, kind: .annual, rules: .builtInDefault, ruleSetText: "", inputs: inputs, results: results, at: second)
        _ = try db.publish(runID: run.id, on: published, documentNumber: "A", rules: .builtInDefault, today: today, recordedBy: "kaohe publish", at: second)
        let after = try db.assessDepartments(year: 2015, rules: .builtInDefault, ruleSetText: "", at: second)
        let read = try #require(try db.summarySources(year: 2015, kind: .annual, runID: nil, subsequentAsOf: nil) { _ in .builtInDefault })
        #expect(read.issued?.watermarks.departmentRun == before.id)
        #expect(read.departments?.run.id == before.id)
        #expect(read.departments?.newerUnshown?.id == after.id)
    }

    @Test func sqlTriggersKeepThePublishedRecordAsIssued() throws {
        let db = try database()
        try publish(db, year: 2015, grades: [anxian: .fail], on: published, doc: "A")
        let record = try #require(try db.issuedRecord(runID: 1))
        // As issued: the summons was planned, the freeze open.
        #expect(record.summonses.map { "\($0.area.code) \($0.status.rawValue)" } == ["510724 planned"])
        #expect(record.freezes.map { $0.lift == nil } == [true])
        let draft = try db.saveRun(year: 2015, kind: .annual, rules: .builtInDefault, ruleSetText: "", inputs: [], results: [])
        let before = try db.dump()
        expectTriggerRefusal("a published record is kept as issued and cannot be changed", "UPDATE published_record SET record_json = '{}'", in: db.writer)
        expectTriggerRefusal("a published record is kept as issued and cannot be deleted", "DELETE FROM published_record", in: db.writer)
        expectTriggerRefusal(
            "only a published run has a published record", "INSERT INTO published_record (run_id, issued_at, record_json) VALUES (?, 'x', '{}')",
            arguments: [draft.id], in: db.writer)
        #expect(try db.dump() == before)
        // Later events leave the record alone.
        _ = try db.amendSummons(id: 1, heldOn: Day(year: 2016, month: 4, day: 1)!, notes: nil, rectificationDue: nil, today: today, by: "t")
        #expect(try db.issuedRecord(runID: 1) == record)
    }

    @Test func aCorrectionThatClearsAFinalFailureRecordsTheWithdrawalOnItsDecision() throws {
        let db = try database()
        let first = try publish(db, year: 2017, kind: .final, grades: [anxian: .fail, fucheng: .good], on: Day(year: 2018, month: 3, day: 1)!, doc: "A")
        #expect(first.decisions.map(\.area.code) == ["510724"])
        let second = try publish(db, year: 2017, kind: .final, grades: [anxian: .good, fucheng: .good], on: Day(year: 2018, month: 4, day: 1)!, doc: "B")
        #expect(second.replaces == ReplacedPublication(runID: 1, revision: 1, documentNumber: "A", publishedOn: Day(year: 2018, month: 3, day: 1)!))
        #expect(second.withdrawn.map { "\($0.id) \($0.status.rawValue) \($0.closedOn!) \($0.decisionDocument!)" } == ["1 withdrawn 2018-04-01 B"])
        #expect(second.liftedByCorrection.map { "\($0.id) \($0.lift!.on) \($0.lift!.document!)" } == ["1 2018-04-01 B"])
        #expect(try db.accountabilityUpdates().map { "\($0.decisionID) \($0.on) \($0.document ?? "")" } == ["1 2018-04-01 B"])
        // Nothing deleted: the decision, summons and freeze are all still on record.
        #expect(try db.accountabilityDecisions().count == 1)
        #expect(try db.summonses().count == 1)
        #expect(try db.freezes().count == 1)
    }

    @Test func aUnitFailingInBothRevisionsKeepsItsConsequencesAndGetsNoSecondSet() throws {
        let db = try database()
        try publish(db, year: 2015, grades: [anxian: .fail], on: published, doc: "A")
        let second = try publish(db, year: 2015, grades: [anxian: .fail], on: Day(year: 2016, month: 4, day: 1)!, doc: "B")
        #expect(second.alreadyRecorded == [anxian])
        #expect(second.summonses.isEmpty && second.freezes.isEmpty && second.withdrawn.isEmpty && second.liftedByCorrection.isEmpty)
        #expect(try db.freezes().map(\.startedOn) == [published])
    }

    @Test func accountabilityProgressIsAppendedWithDateChecksAndNeverChanged() throws {
        let db = try database()
        try publish(db, year: 2017, kind: .final, grades: [anxian: .fail], on: Day(year: 2018, month: 3, day: 1)!, doc: "A")
        #expect(throws: Refusal(ConsequenceRefusal.progressBeforeDecision(day: Day(year: 2018, month: 2, day: 28)!, published: Day(year: 2018, month: 3, day: 1)!, document: "A"))) {
            try db.recordAccountabilityUpdate(decisionID: 1, on: Day(year: 2018, month: 2, day: 28)!, progress: "x", document: nil, today: today, by: "t")
        }
        #expect(throws: Refusal(ConsequenceRefusal.progressAfterToday(day: Day(year: 2019, month: 1, day: 1)!, today: today))) {
            try db.recordAccountabilityUpdate(decisionID: 1, on: Day(year: 2019, month: 1, day: 1)!, progress: "x", document: nil, today: today, by: "t")
        }
        _ = try db.recordAccountabilityUpdate(decisionID: 1, on: Day(year: 2018, month: 5, day: 2)!, progress: "约谈县长", document: "绵委〔2018〕5号", today: today, by: "王")
        _ = try db.recordAccountabilityUpdate(decisionID: 1, on: Day(year: 2018, month: 6, day: 2)!, progress: "通报批评", document: nil, today: today, by: "王")
        #expect(try db.accountabilityUpdates().map(\.progress) == ["约谈县长", "通报批评"])
        expectTriggerRefusal("accountability_update rows are never changed", "UPDATE accountability_update SET progress = 'x'", in: db.writer)
        expectTriggerRefusal("accountability_update rows are never deleted", "DELETE FROM accountability_update", in: db.writer)
        #expect(try db.accountabilityUpdates().map(\.progress) == ["约谈县长", "通报批评"])
    }

    @Test func aClosedSummonsCannotChangeStateEvenBySQL() throws {
        let db = try database()
        try publish(db, year: 2015, grades: [anxian: .fail], on: published, doc: "A")
        _ = try db.amendSummons(
            id: 1, heldOn: Day(year: 2016, month: 4, day: 1)!, notes: nil, rectificationDue: Day(year: 2016, month: 9, day: 30)!, today: today, by: "t")
        let (closed, _) = try db.amendSummons(
            id: 1, heldOn: nil, notes: nil, rectificationDue: nil, closedOn: Day(year: 2016, month: 9, day: 20)!, today: today, by: "t")
        #expect(closed.status == .closed)
        for sql in [
            "UPDATE summons SET status = 'planned'", "UPDATE summons SET held_on = '2016-04-02'", "UPDATE summons SET rectification_due = NULL",
            "UPDATE summons SET closed_on = '2016-09-21'", "UPDATE summons SET decision_doc = 'X'",
        ] {
            expectTriggerRefusal("a closed or withdrawn summons cannot change state", sql, in: db.writer)
        }
        // Notes may still be added.
        #expect(try db.amendSummons(id: 1, heldOn: nil, notes: "归档", rectificationDue: nil, today: today, by: "t").summons.notes == "归档")
    }
}
