import Foundation
import GRDB
import KaoheCore
@testable import KaoheStore
import KaoheTestSupport
import Testing

@Suite struct RunsStoreTests {
    let area = Area(code: "510724", name: "安县", type: .county)

    func sample() throws -> (AppDatabase, RuleSet, [UnitInput], [UnitAssessment]) {
        let db = try AppDatabase.inMemory()
        _ = try db.importAreas([area], file: ImportFile(name: "a.csv", sha256: "00", time: Date(timeIntervalSince1970: 0)))
        let rules = RuleSet.builtInDefault
        let final = Target(areaCode: "510724", year: 2017, baseYear: 2013, baseConcentration: 95, kind: .ceiling, value: 85, isFinal: true)
        let input = UnitInput(
            area: area, year: 2015, finalTarget: final, current: SourcedConcentration(93, source: "自查报告", sourceEn: "report"),
            previous: SourcedConcentration(Decimal(string: "94.35")!, source: "上年"),
            keyTasks: [KeyTaskClaim(code: "5.1", selfScore: Decimal(string: "7.5")!, verifiedScore: 4)], report: .submitted(on: Day(year: 2015, month: 12, day: 30)!))
        return (db, rules, [input], Scoring.assess([input], rules: rules))
    }

    @Test func runsKeepInputsAndResultsExactlyIncludingLongDecimals() throws {
        let (db, rules, inputs, results) = try sample()
        #expect(results[0].actualDecline == Decimal(2) / Decimal(95))
        let saved = try db.saveRun(year: 2015, kind: .annual, rules: rules, ruleSetText: "text", inputs: inputs, results: results, at: Date(timeIntervalSince1970: 0))
        let loaded = try #require(try db.run(id: saved.id))
        #expect(loaded.inputs == inputs)
        #expect(loaded.results == results)
        // saveRun returns what it stored without reading it back (issue 14): the same values as the read.
        #expect(saved.inputs == loaded.inputs && saved.results == loaded.results && saved.ruleSetHash == loaded.ruleSetHash)
        #expect(loaded.revision == 1)
        #expect(loaded.ruleSetHash == sha256Hex(of: "text"))
        #expect(loaded.createdAt == "1970-01-01T00:00:00Z")
    }

    @Test func eachAssessIsANewRevisionAndPublishingIsOnceOnly() throws {
        let (db, rules, inputs, results) = try sample()
        let first = try db.saveRun(year: 2015, kind: .annual, rules: rules, ruleSetText: "t", inputs: inputs, results: results)
        let second = try db.saveRun(year: 2015, kind: .annual, rules: rules, ruleSetText: "t", inputs: inputs, results: results)
        #expect(first.revision == 1 && second.revision == 2)
        let day = Day(year: 2016, month: 3, day: 15)!
        let published = try db.publish(runID: second.id, on: day, documentNumber: "绵府办函〔2016〕12号", rules: rules, recordedBy: "kaohe publish").run
        #expect(published.status == .published && published.publishedOn == day)
        #expect(throws: Refusal(RunRefusal.newerRevisionPublished(id: first.id, year: 2015, later: 2))) {
            try db.publish(runID: first.id, on: day, documentNumber: "x", rules: rules, recordedBy: "kaohe publish")
        }
        #expect(throws: Refusal(RunRefusal.alreadyPublished(id: second.id, year: 2015, revision: 2, publishedOn: "2016-03-15", document: "绵府办函〔2016〕12号"))) {
            try db.publish(runID: second.id, on: day, documentNumber: "x", rules: rules, recordedBy: "kaohe publish")
        }
    }

    @Test func sqlTriggersForbidChangingOrDeletingAPublishedRunWhateverTheCaller() throws {
        let (db, rules, inputs, results) = try sample()
        let run = try db.saveRun(year: 2015, kind: .annual, rules: rules, ruleSetText: "t", inputs: inputs, results: results)
        _ = try db.publish(runID: run.id, on: Day(year: 2016, month: 3, day: 15)!, documentNumber: "d", rules: rules, recordedBy: "kaohe publish")
        let before = try db.dump()
        for (sql, message) in [
            ("UPDATE assessment_run SET document_number = 'forged' WHERE id = \(run.id)", "a published assessment run cannot be changed"),
            ("DELETE FROM assessment_run WHERE id = \(run.id)", "a published assessment run cannot be deleted"),
            ("UPDATE assessment_result SET grade = '优秀' WHERE run_id = \(run.id)", "results of a published assessment run cannot be changed"),
            ("DELETE FROM assessment_result WHERE run_id = \(run.id)", "results of a published assessment run cannot be deleted"),
            // A copy of a stored result under another unit code: only the trigger stands in its way.
            ("""
             INSERT INTO assessment_result (run_id, area_code, input_json, result_json)
             SELECT run_id, '510799', input_json, result_json FROM assessment_result WHERE run_id = \(run.id) LIMIT 1
             """, "results cannot be added to a published assessment run"),
        ] {
            expectTriggerRefusal(message, sql, in: db.writer)
        }
        #expect(try db.dump() == before)
    }

    @Test func findingsAreRecordedWithdrawnAndNeverDeleted() throws {
        let (db, _, _, _) = try sample()
        _ = try db.recordFalsification(area: "510724", year: 2015, reference: "绵环督〔2016〕3号", at: Date(timeIntervalSince1970: 0))
        #expect(try db.activeFalsifications(year: 2015) == ["510724": "绵环督〔2016〕3号"])
        #expect(throws: Refusal(FindingRefusal.alreadyFound(area: "510724", year: 2015, reference: "绵环督〔2016〕3号"))) {
            try db.recordFalsification(area: "510724", year: 2015, reference: "again")
        }
        let removed = try db.removeFalsification(area: "510724", year: 2015, reference: "复核撤销", at: Date(timeIntervalSince1970: 60))
        #expect(removed.removedAt == "1970-01-01T00:01:00Z" && removed.removalReference == "复核撤销")
        #expect(try db.activeFalsifications(year: 2015) == [:])
        #expect(try db.falsificationFindings().count == 1)
        expectTriggerRefusal("findings are never deleted; record their removal instead", "DELETE FROM falsification_finding", in: db.writer)
        #expect(try db.falsificationFindings().count == 1)
    }
}
