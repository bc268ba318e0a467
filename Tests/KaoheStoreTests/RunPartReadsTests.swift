import Foundation
import GRDB
import KaoheCore
@testable import KaoheStore
import KaoheTestSupport
import Testing

/// A run read in parts (issue 14, D-171): `publish` and the streamed `summary` decode the run without its
/// explanation steps (and key-task claims), and `summary` reads each unit's steps through a cursor as it writes
/// the unit's explanation. The parts are the whole run's, and every unit's steps are the stored ones, whatever
/// order they are asked in.
@Suite struct RunPartReadsTests {
    /// Codes whose byte order differs from a naive guess: upper before lower case, digits before letters.
    static let areas = ["510724", "510703", "Z9", "a1", "B1", "510727"].map { Area(code: $0, name: "单位\($0)", type: .county) }

    func saved() throws -> (AppDatabase, AssessmentRun) {
        let db = try AppDatabase.inMemory()
        _ = try db.importAreas(Self.areas, file: ImportFile(name: "a.csv", sha256: "00", time: Date(timeIntervalSince1970: 0)))
        let rules = RuleSet.builtInDefault
        let inputs = Self.areas.enumerated().map { i, area in
            UnitInput(
                area: area, year: 2015,
                annualTarget: Target(areaCode: area.code, year: 2015, baseYear: 2013, baseConcentration: 100, kind: .percentDecline, value: 4),
                current: SourcedConcentration(Decimal(90 + i), source: "自查报告"), previous: SourcedConcentration(Decimal(99 - i), source: "上年"),
                keyTasks: [KeyTaskClaim(code: "5.1", selfScore: 7), KeyTaskClaim(code: "1.1", selfScore: 2)],
                report: .submitted(on: Day(year: 2015, month: 12, day: 30)!))
        }
        let run = try db.saveRun(year: 2015, kind: .annual, rules: rules, ruleSetText: "t", inputs: inputs, results: Scoring.assess(inputs, rules: rules))
        return (db, run)
    }

    @Test func eachPartIsTheWholeRunsLessWhatIsLeftOut() throws {
        let (db, run) = try saved()
        let whole = try #require(try db.run(id: run.id))
        #expect(whole.results.allSatisfy { !$0.steps.isEmpty } && whole.inputs.allSatisfy { !$0.keyTasks.isEmpty })
        let outcomes = try #require(try db.writer.read { try AppDatabase.fetchRun($0, id: run.id, parts: .outcomes) })
        let summary = try #require(try db.writer.read { try AppDatabase.fetchRun($0, id: run.id, parts: .summary) })
        let again = try #require(try db.writer.read { try AppDatabase.fetchRun($0, id: run.id, parts: .whole) })
        #expect(again == whole)
        var bare = whole
        for i in bare.results.indices { bare.results[i].steps = [] }
        #expect(outcomes.results == bare.results && outcomes.inputs.isEmpty)
        for i in bare.inputs.indices { bare.inputs[i].keyTasks = [] }
        #expect(summary == bare)
        // The header is the same read.
        #expect(outcomes.ruleSetText == whole.ruleSetText && outcomes.status == whole.status && outcomes.revision == whole.revision)
    }

    @Test func stepsAskedInCodeOrderOutOfOrderOrTwiceAreTheStoredOnes() throws {
        let (db, run) = try saved()
        let whole = try #require(try db.run(id: run.id))
        let stored = Dictionary(uniqueKeysWithValues: whole.results.map { ($0.area.code, $0.steps) })
        let inOrder = whole.results.map(\.area.code)  // SQLite's byte order: 510703 … B1 Z9 a1
        #expect(inOrder == ["510703", "510724", "510727", "B1", "Z9", "a1"])
        let shuffled = ["a1", "510703", "Z9", "Z9", "510724", "B1", "510727", "510703"]
        for order in [inOrder, shuffled, inOrder.reversed()] {
            let read = try db.withExplanationSteps(runID: run.id) { reader in order.map { reader.steps(of: $0) } }
            #expect(read == order.map { stored[$0]! })
        }
    }

    @Test func aUnitTheRunDoesNotHaveOrAStepsDocumentThatDoesNotReadFailsTheRead() throws {
        let (db, run) = try saved()
        #expect(throws: Refusal(RunRefusal.unreadableResult(runID: run.id, code: "NOPE"))) {
            try db.withExplanationSteps(runID: run.id) { reader in
                _ = reader.steps(of: "510703")
                #expect(reader.steps(of: "NOPE").isEmpty)
                // After a failure nothing more is read.
                #expect(reader.steps(of: "510724").isEmpty)
            }
        }
        // A draft's stored result broken by hand (the triggers protect only published runs): its steps do not
        // read, and the read says which unit.
        try db.writer.write { db in
            try db.execute(
                sql: "UPDATE assessment_result SET result_json = replace(result_json, '\"zh\":', '\"zh_broken\":') WHERE run_id = ? AND area_code = 'Z9'",
                arguments: [run.id])
        }
        #expect(throws: Refusal(RunRefusal.unreadableResult(runID: run.id, code: "Z9"))) {
            try db.withExplanationSteps(runID: run.id) { reader in
                for code in ["510703", "510724", "510727", "B1", "Z9", "a1"] { _ = reader.steps(of: code) }
            }
        }
    }
}
