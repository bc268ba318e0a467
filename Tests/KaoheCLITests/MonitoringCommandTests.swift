import Foundation
import KaoheTestSupport
import Testing

@Suite struct MonitoringCommandTests {
    @Test func sampleMonitoringStatusNamesTheFailingMonthAndUnitMeans() throws {
        let cli = try CLIHarness()
        try cli.run("areas", "import", "sample-data/areas.csv")
        let file = "sample-data/monitoring/monitoring-2015.csv"
        let imported = try cli.run("monitoring", "import", file, "--lang", "en")
        #expect(imported == .init(status: 0, stdout: "\(file): imported 1814 daily row(s) as 1814 station-day(s); 1814 added, 0 merged or replaced, 0 unchanged (import 2)\n", stderr: ""))
        let status = try cli.run("monitoring", "status", "--year", "2015", "--lang", "en")
        #expect(status.status == 0 && status.stderr == "")
        Golden.expect(status.stdout, equals: "monitoring-status-2015.en.txt")
    }

    @Test func rejectedMonitoringFileStoresNothingAndCountsItsErrors() throws {
        let cli = try CLIHarness()
        try cli.run("areas", "import", "sample-data/areas.csv")
        let before = try cli.dumpTables()
        let file = cli.workDir.appendingPathComponent("bad.csv").path
        try Data("站点编码,区域代码,日期,PM10\n2601A,510703,2015-01-01,90\n2601A,999999,2015-01-02,x\n".utf8).write(to: URL(fileURLWithPath: file))
        let result = try cli.run("monitoring", "import", file, "--lang", "en")
        #expect(result == .init(status: 1, stdout: "", stderr: """
            \(file):3:2 (区域代码): station 2601A is assessed for unit 510703 in earlier rows, not 999999 — give each station one unit code
            \(file):3:4 (PM10): “x” is not a number — write digits with an optional sign and decimal point, e.g. 12.5 or 1,234.5
            \(file): 2 error(s); the file was rejected and nothing from it was stored.

            """))
        #expect(try cli.dumpTables() == before)
    }
}

@Suite struct MonitoringInAssessmentTests {
    @Test func sampleMonitoringIsScoredAndTheSummaryShowsTheDiscrepancy() throws {
        let cli = try CLIHarness()
        for args in [
            ["areas", "import", "sample-data/areas.csv"], ["targets", "import", "sample-data/targets.csv"],
            ["reports", "import", "sample-data/reports/2014", "sample-data/reports/2015"], ["monitoring", "import", "sample-data/monitoring"],
            ["assess", "--year", "2015"],
        ] {
            #expect(try cli.runArgs(args).status == 0)
        }
        let status = try cli.run("monitoring", "status", "--year", "2015", "--lang", "en").stdout
        #expect(status.contains("too few valid days in Mar (20/27)"))
        let md = try cli.run("summary", "--year", "2015", "--format", "md").stdout
        #expect(md.contains("| 510704 | 游仙区 | 自报数据与监测数据不一致（自报 94，监测 97） |"))
        let explained = try cli.run("assess", "show", "--year", "2015", "--area", "510704", "--lang", "en").stdout
        #expect(explained.contains("10. [R-6, R-11] Annual mean C_year = ≈97.1534 μg/m³ (source: monitoring data 2015 (valid annual mean)), rounded to whole μg/m³: 97 μg/m³."))
    }
}
