import Foundation
import KaoheTestSupport
import Testing

@testable import KaoheCore
@testable import KaoheStore

/// Document settings are kept with their history and frozen with a publication, so an issued notice re-prints
/// with the issuer and addressees it was issued with (R-22b).
@Suite struct DocumentSettingsStoreTests {
    let file = ImportFile(name: "areas.csv", sha256: String(repeating: "ab", count: 32), time: Date(timeIntervalSince1970: 1_420_070_400))
    let anxian = Area(code: "510724", name: "安县", type: .county)

    func publishRun(_ db: AppDatabase) throws -> AssessmentRun {
        _ = try db.importAreas([anxian], file: file)
        let inputs = [UnitInput(area: anxian, year: 2015, kind: .annual, current: nil, report: .notSubmitted)]
        let results = [UnitAssessment(area: anxian, year: 2015, kind: .annual, grade: .good, flags: [], steps: [])]
        let run = try db.saveRun(year: 2015, kind: .annual, rules: .builtInDefault, ruleSetText: "", inputs: inputs, results: results)
        _ = try db.publish(runID: run.id, on: Day(year: 2016, month: 3, day: 15)!, documentNumber: "A", rules: .builtInDefault, today: Day(year: 2016, month: 3, day: 15)!, recordedBy: "kaohe publish")
        return try #require(try db.run(id: run.id))
    }

    @Test func unsetFieldsTakeTheToolsDefaults() throws {
        let db = try AppDatabase.inMemory()
        let s = try db.documentSettings()
        #expect(DocumentSettings.Field.allCases.allSatisfy(s.isDefault))
        #expect(s.value(.mainRecipients) == "各县市区人民政府，科技城管委会，各园区管委会，科学城办事处，市级有关部门")
        #expect(s.value(.copiesTo).contains("市委组织部"))
        #expect(try db.documentSettingsHistory().isEmpty)
    }

    @Test func changesAreAppendedAndTheNewestCounts() throws {
        let db = try AppDatabase.inMemory()
        try db.setDocumentSettings([(.city, "绵阳市"), (.issuer, "绵阳市环境保护局")], by: "a")
        try db.setDocumentSettings([(.city, "江油市")], by: "b")
        try db.setDocumentSettings([(.issuer, nil)], by: "c")
        let s = try db.documentSettings()
        #expect(s.value(.city) == "江油市")
        // The issuer was reset: its default follows the city.
        #expect(s.isDefault(.issuer))
        #expect(s.value(.issuer) == "江油市环境保护局")
        #expect(s.value(.printedBy) == "江油市环境保护局办公室")
        let history = try db.documentSettingsHistory()
        #expect(history.map { "\($0.field.rawValue)=\($0.value ?? "∅") \($0.setBy)" } == ["city=绵阳市 a", "issuer=绵阳市环境保护局 a", "city=江油市 b", "issuer=∅ c"])
    }

    @Test func sqlTriggersRefuseEditsAndDeletions() throws {
        let db = try AppDatabase.inMemory()
        try db.setDocumentSettings([(.city, "绵阳市")], by: "a")
        let run = try publishRun(db)
        let draft = try db.saveRun(year: 2016, kind: .annual, rules: .builtInDefault, ruleSetText: "", inputs: [], results: [])
        let before = try db.dump()
        for (sql, message) in [
            ("UPDATE document_setting SET value = 'x'", "document settings are appended, never changed"),
            ("DELETE FROM document_setting", "document settings are appended, never deleted"),
            ("UPDATE published_settings SET settings_json = '{}'", "the settings of a publication are kept as issued"),
            ("DELETE FROM published_settings", "the settings of a publication are kept as issued"),
        ] {
            expectTriggerRefusal(message, sql, in: db.writer)
        }
        // A frozen row for a run that does not exist, or for a draft, is refused.
        for id in [run.id + 100, draft.id] {
            expectTriggerRefusal(
                "only a published run has published settings", "INSERT INTO published_settings (run_id, settings_json) VALUES (?, '{}')",
                arguments: [id], in: db.writer)
        }
        #expect(try db.dump() == before)
    }

    /// A run published before v7d has no frozen settings: it prints with those recorded up to its issued
    /// instant. Simulated by removing the frozen row (its trigger dropped first, as no user could).
    @Test func aRunPublishedBeforeSettingsWereFrozenUsesThoseRecordedUpToItsIssue() throws {
        let db = try AppDatabase.inMemory()
        try db.setDocumentSettings([(.city, "绵阳市")], by: "a", at: Date(timeIntervalSince1970: 1_400_000_000))
        let run = try publishRun(db)
        try db.setDocumentSettings([(.city, "江油市")], by: "b", at: Date(timeIntervalSince1970: 2_000_000_000))
        try db.writer.write { try $0.execute(sql: "DROP TRIGGER published_settings_is_kept; DELETE FROM published_settings") }
        #expect(try db.documentSettings(for: run).value(.city) == "绵阳市")
        #expect(try db.documentSettings().value(.city) == "江油市")
    }

    @Test func aPublishedRunKeepsTheSettingsInForceAtPublication() throws {
        let db = try AppDatabase.inMemory()
        try db.setDocumentSettings([(.city, "绵阳市"), (.copiesTo, "市委组织部")], by: "a")
        let run = try publishRun(db)
        try db.setDocumentSettings([(.city, "江油市"), (.copiesTo, nil)], by: "b")
        let issued = try db.documentSettings(for: run)
        #expect(issued.value(.city) == "绵阳市")
        #expect(issued.value(.copiesTo) == "市委组织部")
        #expect(issued.isDefault(.issuer))
        // A draft prints with today's settings.
        let draft = try db.saveRun(year: 2016, kind: .annual, rules: .builtInDefault, ruleSetText: "", inputs: [], results: [])
        #expect(try db.documentSettings(for: draft).value(.city) == "江油市")
    }
}
