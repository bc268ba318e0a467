import Foundation
import GRDB
import KaoheStore
import KaoheTestSupport
import Testing

/// What was taken in stays: SQL triggers refuse to delete or rewrite stored reports and the import log,
/// whichever program sends the statement.
@Suite struct StoredHistoryTests {
    @Test func sqlTriggersRefuseToDeleteOrRewriteStoredReportsAndTheImportLog() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("targets", "import", "sample-data/targets.csv").status == 0)
        #expect(try cli.run("reports", "import", "sample-data/reports/2015").status == 0)
        let before = try cli.dumpTables()
        let other = try DatabaseQueue(path: cli.db)
        // Migration v6: DELETE and UPDATE on every report table (docs/reliability.md, "History is never deleted").
        let deleted = "stored reports are never deleted; import a corrected file to add a new version"
        let changed = "stored reports are never changed; import a corrected file to add a new version"
        for (table, update) in [
            ("report_version", "version = 9"), ("report_version_file", "import_id = import_id + 1"),
            ("report_summary", "pm10_annual_mean = '1'"), ("report_key_task", "self_score = '0'"),
            ("report_project", "status = '已完成'"), ("report_funding", "actual_amount = '0'"),
        ] {
            expectTriggerRefusal(deleted, "DELETE FROM \(table)", in: other)
            expectTriggerRefusal(changed, "UPDATE \(table) SET \(update)", in: other)
        }
        // The import log: never deleted; an entry's file, hash, kind and time never change.
        expectTriggerRefusal("the import log is never deleted", "DELETE FROM import_log", in: other)
        for update in ["file_name = 'other.csv'", "sha256 = 'forged'", "kind = 'forged'", "imported_at = '2000-01-01T00:00:00Z'"] {
            expectTriggerRefusal("an import-log entry never changes its file, hash, kind or time", "UPDATE import_log SET \(update)", in: other)
        }
        #expect(try cli.dumpTables() == before)
    }
}
