import Foundation
import GRDB
import KaoheStore
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
        for sql in [
            "DELETE FROM report_version", "UPDATE report_version SET version = 9", "DELETE FROM report_version_file",
            "DELETE FROM report_summary", "UPDATE report_summary SET pm10_annual_mean = '1'", "DELETE FROM report_key_task",
            "UPDATE report_project SET status = '已完成'", "DELETE FROM report_funding", "DELETE FROM import_log",
            "UPDATE import_log SET sha256 = 'forged'", "UPDATE import_log SET imported_at = '2000-01-01T00:00:00Z'",
        ] {
            #expect(throws: DatabaseError.self, "\(sql)") { try other.write { try $0.execute(sql: sql) } }
        }
        #expect(try cli.dumpTables() == before)
    }
}
