import Foundation
import KaoheCore
import KaoheStore
import KaoheTestSupport
import Testing

@Suite struct ReportsCommandTests {
    /// A harness with the sample units and targets already imported.
    func sampleHarness() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("targets", "import", "sample-data/targets.csv").status == 0)
        return cli
    }

    @Test func aFolderWhereOneOfFourFilesHasABadCellStoresNothingAndNamesTheCell() throws {
        let cli = try sampleHarness()
        let before = try cli.dumpTables()
        let result = try cli.run("reports", "import", "Tests/KaoheCLITests/Fixtures/reports-one-bad", "--lang", "en")
        #expect(
            result == .init(
                status: 1, stdout: "",
                stderr: """
                    Tests/KaoheCLITests/Fixtures/reports-one-bad/d-funding.csv:3:4 (计划金额（万元）): “二百” is not a number — write digits with an optional sign and decimal point, e.g. 12.5 or 1,234.5
                    1 error(s); all 4 files were rejected and nothing from any of them was stored.

                    """))
        #expect(try cli.dumpTables() == before)
    }

    @Test func aResubmittedReportReplacesTheOldOneForScoringAndHistoryKeepsBoth() throws {
        let cli = try sampleHarness()
        #expect(try cli.run("reports", "import", "sample-data/reports/2015").status == 0)
        let fix = "Tests/KaoheCLITests/Fixtures/reports-resubmission/安县-2015-更正.csv"
        let result = try cli.run("reports", "import", fix, "--lang", "en")
        #expect(
            result.stdout == """
                \(fix): report, 1 row(s)
                510724 2015 air quality: version 2 replaces version 1
                Stored 1 report part(s) of 1 unit(s) (1 replacing an earlier version); 0 part(s) unchanged.

                """)
        let report = try AppDatabase.open(path: cli.db).report(area: "510724", year: 2015)
        #expect(report.summary?.pm10AnnualMean == 92)
        #expect(report.summary?.submittedOn == Day(year: 2016, month: 1, day: 5))
        let history = try cli.run("reports", "history", "510724", "2015", "--lang", "en").stdout
        #expect(history.contains("sample-data/reports/2015/自查报告-2015.csv"))
        #expect(history.contains(fix))
        let sha = sha256Hex(of: try Data(contentsOf: CLIHarness.packageRoot.appendingPathComponent(fix)))
        #expect(history.contains(sha))
        let versions = try AppDatabase.open(path: cli.db).reportHistory(area: "510724", year: 2015)
        #expect(
            versions.map { "\($0.part.rawValue) v\($0.version) \($0.isCurrent ? "current" : "old") \($0.files.map(\.name))" } == [
                "quality v1 old [\"sample-data/reports/2015/自查报告-2015.csv\"]",
                "key-tasks v1 current [\"sample-data/reports/2015/key-tasks-2015.csv\"]",
                "projects v1 current [\"sample-data/reports/2015/治理项目-2015.csv\"]",
                "funding v1 current [\"sample-data/reports/2015/funding-2015.csv\"]",
                "quality v2 current [\"\(fix)\"]",
            ])
    }

    @Test func reimportingByteIdenticalFilesIsANoOpThatSaysSo() throws {
        let cli = try sampleHarness()
        #expect(try cli.run("reports", "import", "sample-data/reports/2015").status == 0)
        let before = try cli.dumpTables()
        let again = try cli.run("reports", "import", "sample-data/reports/2015", "--lang", "en")
        #expect(again.status == 0)
        #expect(again.stdout.hasSuffix("Identical to the stored reports: nothing changed.\n"))
        #expect(try cli.dumpTables() == before)
    }

    @Test func statusFor2015ShowsOnTimeLateMissingAndIncompleteUnits() throws {
        let cli = try sampleHarness()
        #expect(try cli.run("reports", "import", "sample-data/reports/2015").status == 0)
        let result = try cli.run("reports", "status", "--year", "2015")
        Golden.expect(result.stdout, equals: "reports-status-2015.zh.txt")
    }

    @Test func checkValidatesWithoutStoringAndExitsNonZeroOnErrors() throws {
        let cli = try sampleHarness()
        let before = try cli.dumpTables()
        let clean = try cli.run("reports", "check", "sample-data/reports/2015/自查报告-2015.csv", "--lang", "en")
        #expect(clean == .init(status: 0, stdout: "sample-data/reports/2015/自查报告-2015.csv: report, 12 row(s), no errors\n", stderr: ""))
        let bad = try cli.run("reports", "check", "Tests/KaoheCLITests/Fixtures/reports-one-bad")
        #expect(bad.status == 1)
        #expect(try cli.dumpTables() == before)
    }
}
