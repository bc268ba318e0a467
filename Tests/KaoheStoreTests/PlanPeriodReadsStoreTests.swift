import Foundation
import Testing

@testable import KaoheCore
@testable import KaoheStore

/// The plan-period view at the store level (issue 22): frozen into the record of the plan period's final
/// publication only, and the live reads that `kaohe history` and a draft's summary use.
@Suite struct PlanPeriodReadsStoreTests {
    let file = ImportFile(name: "areas.csv", sha256: String(repeating: "ab", count: 32), time: Date(timeIntervalSince1970: 1_420_070_400))
    let anxian = Area(code: "510724", name: "安县", type: .county)
    let today = Day(year: 2018, month: 12, day: 31)!

    /// 安县 at `current` μg/m³, graded `grade`, saved (and published on `day` as `doc` when given).
    @discardableResult
    func run(_ db: AppDatabase, year: Int, kind: AssessmentKind, current: Decimal, grade: Grade, publishOn day: Day?, doc: String = "") throws -> AssessmentRun {
        let inputs = [UnitInput(area: anxian, year: year, kind: kind, current: SourcedConcentration(current, source: "自查报告"), report: .notSubmitted)]
        let results = [UnitAssessment(area: anxian, year: year, kind: kind, grade: grade, flags: [], steps: [])]
        let saved = try db.saveRun(year: year, kind: kind, rules: .builtInDefault, ruleSetText: "", inputs: inputs, results: results)
        if let day { _ = try db.publish(runID: saved.id, on: day, documentNumber: doc, rules: .builtInDefault, today: today, recordedBy: "kaohe publish") }
        return saved
    }

    @Test func onlyTheFinalPublicationOfThePeriodFreezesTheView() throws {
        let db = try AppDatabase.inMemory()
        _ = try db.importAreas([anxian], file: file)
        let annual = try run(db, year: 2016, kind: .annual, current: 90, grade: .good, publishOn: Day(year: 2017, month: 3, day: 10)!, doc: "A〔2017〕8号")
        let draft = try run(db, year: 2017, kind: .final, current: 86, grade: .fail, publishOn: nil)
        // A draft final run: the live view, its own year from its own results (no document yet).
        let live = try #require(try db.livePlanPeriod(run: draft, rules: .builtInDefault))
        #expect(live.map(\.area.code) == ["510724"])
        #expect(live[0].years.map(\.concentration) == [nil, nil, nil, 90, 86])
        #expect(live[0].years.last?.documentNumber == nil && live[0].years.last?.grade == .fail)
        #expect(try db.livePlanPeriod(run: annual, rules: .builtInDefault) == nil)
        // The annual publication froze no view; the final one froze the view of its publishing transaction.
        #expect(try db.issuedRecord(runID: annual.id)?.planPeriod == nil)
        _ = try db.publish(runID: draft.id, on: Day(year: 2018, month: 3, day: 12)!, documentNumber: "A〔2018〕6号", rules: .builtInDefault, today: today, recordedBy: "kaohe publish")
        let frozen = try #require(try db.issuedRecord(runID: draft.id)?.planPeriod)
        #expect(frozen[0].years.map(\.documentNumber) == [nil, nil, nil, "A〔2017〕8号", "A〔2018〕6号"])
        #expect(frozen[0].finalResult?.grade == .fail)
        // A correction of 2016 published later moves the live view, never the frozen one.
        try run(db, year: 2016, kind: .annual, current: 89, grade: .excellent, publishOn: Day(year: 2018, month: 4, day: 2)!, doc: "A〔2018〕21号")
        #expect(try db.issuedRecord(runID: draft.id)?.planPeriod == frozen)
        let now = try db.planPeriod(area: anxian, rules: .builtInDefault)
        #expect(now.years.map(\.concentration) == [nil, nil, nil, 89, 86])
        #expect(now.years[3].documentNumber == "A〔2018〕21号" && now.years[3].grade == .excellent)
    }
}
