import Foundation
import GRDB
@testable import KaoheCore
@testable import KaoheStore
import KaoheTestSupport
import Testing

/// The issued record's text written as the reports are read (issue 14, D-173) is the text of the record made
/// whole: the same bytes as `StoredJSON.encode` and as `JSONEncoder` with sorted keys, for units with projects and
/// funding, a unit with a summary only and a unit of the run with no report at all.
@Suite struct IssuedRecordTextTests {
    @Test func theStreamedTextIsTheWholeRecordsText() throws {
        let (db, dir) = try AssessmentSnapshotTests.database()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fu = AssessmentSnapshotTests.fu, you = AssessmentSnapshotTests.you
        let other = Area(code: "510722", name: "三台县", type: .county)
        _ = try db.importAreas([other], file: AssessmentSnapshotTests.file("more-areas.csv"))
        var rows = ReportRows()
        rows.summaries = [AssessmentSnapshotTests.summary(fu, on: AssessmentSnapshotTests.day(12, 25), mean: 96),
                          AssessmentSnapshotTests.summary(you, on: AssessmentSnapshotTests.day(1, 8, 2016), mean: 94)]
        rows.keyTasks = ["1.1", "10.9"].map { KeyTaskScore(areaCode: fu.code, year: 2015, code: $0, selfScore: 2) }
        rows.projects = (1...3).map {
            Project(areaCode: fu.code, year: 2015, projectID: "P-\($0)", name: "燃煤小锅炉淘汰\"\($0)\"", category: "4",
                    status: $0 == 2 ? .completed : .underConstruction, plannedInvestment: Decimal($0 * 100), actualInvestment: $0 == 2 ? Decimal(string: "180.5") : nil)
        }
        rows.funding = [
            Funding(areaCode: fu.code, year: 2015, source: .central, plannedAmount: 300, actualAmount: Decimal(string: "280.25")!),
            Funding(areaCode: fu.code, year: 2015, source: .enterprise, plannedAmount: 50, actualAmount: 0),
        ]
        try AssessmentSnapshotTests.store(db, rows, file: "reports.csv")
        let areas = [fu, other, you]
        let run = try db.saveRun(
            year: 2015, kind: .annual, rules: .builtInDefault, ruleSetText: "",
            inputs: areas.map { UnitInput(area: $0, year: 2015, current: nil, report: .notSubmitted) },
            results: areas.map { UnitAssessment(area: $0, year: 2015, kind: .annual, grade: .good, flags: [], steps: []) })
        try db.writer.read { db in
            let record = try AppDatabase.currentRecord(db, run: run, defaultPollutant: .pm10, replaces: nil, at: "2016-03-15T00:00:00Z")
            #expect(record.projects.count == 3 && record.funding.count == 2 && record.statuses.map(\.areaCode) == ["510703", "510704", "510722"])
            let text = try AppDatabase.currentRecordText(db, run: run, defaultPollutant: .pm10, replaces: nil, at: "2016-03-15T00:00:00Z", planPeriod: nil)
            #expect(text.runID == run.id && text.issuedAt == "2016-03-15T00:00:00Z")
            #expect(text.json == (try StoredJSON.encode(record)))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            #expect(text.json == Array(try encoder.encode(record)))
            // Read back, the text is the record.
            #expect(try text.json.withUnsafeBufferPointer { try StoredJSON.decodeRecord(bytes: $0) } == record)
        }
    }
}
