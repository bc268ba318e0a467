import Foundation
import KaoheCore
import KaoheStore
import Testing

/// Issue 12 item 16: future and impossible dates are refused where they enter, located.
@Suite struct DateChecksCommandTests {
    @Test func item16_futureReceiptAndFilingAndTooManyValidDaysAreLocatedErrors() throws {
        var cli = try CLIHarness()
        cli.environment["KAOHE_TODAY"] = "2016-01-10"
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let file = cli.workDir.appendingPathComponent("report.csv").path
        try Data("""
            区域代码,考核年度,报送日期,PM10年均浓度,PM10有效监测天数,实施细则公开,实施细则备案日期
            510703,2015,2016-01-11,96,351,是,2014-11-20
            510704,2015,2015-12-28,94,366,是,2016-02-01
            510722,2016,2016-01-10,87,366,是,2015-11-20

            """.utf8).write(to: URL(fileURLWithPath: file))
        let before = try cli.dumpTables()
        let result = try cli.run("reports", "import", file, "--lang", "en")
        #expect(result.status == 1)
        // Line 2: received the day after "today"; line 3: 366 days in 2015 (365 days) and filed in the future;
        // line 4: 366 days in 2016, a leap year, and dates up to today are fine.
        #expect(result.stderr.contains("\(file):2:3 (报送日期): 2016-01-11 is after today (2016-01-10): a report cannot have been received in the future"))
        #expect(result.stderr.contains("\(file):3:5 (PM10有效监测天数): 366 valid days, but 2015 has only 365 days"))
        #expect(result.stderr.contains("\(file):3:7 (实施细则备案日期): 2016-02-01 is after today (2016-01-10)"))
        #expect(!result.stderr.contains("\(file):4:"))
        #expect(try cli.dumpTables() == before)
    }

    @Test func item16_falsificationFindingForAYearOutsideTheRuleSetIsRefused() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let before = try cli.dumpTables()
        let result = try cli.run("flag", "falsification", "510703", "2105", "--ref", "X", "--lang", "en")
        #expect(result.status != 0)
        #expect(result.stderr.contains("year 2105 is outside the assessed years 2014–2017 of rule set kaohe-default-2014"))
        #expect(try cli.dumpTables() == before)
    }

    @Test func item16_monitoringImportRefusesADayOutsideTheRuleSetsYears() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let file = cli.workDir.appendingPathComponent("m.csv").path
        try Data("站点编码,区域代码,日期,PM10\n2601A,510703,2105-01-01,90\n".utf8).write(to: URL(fileURLWithPath: file))
        let result = try cli.run("monitoring", "import", file, "--lang", "en")
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file):2:3 (日期): 2105-01-01 is outside the rule set's years 2013–2017"))
    }
}

/// Issue 12 item 12 through the binary: the calendar's last day as a lift date and as the day asked about.
@Suite struct CalendarEdgeCommandTests {
    @Test func item12_freezeLiftOnTheCalendarsLastDayAndADayAfterItNeverTrap() throws {
        let cli = try CLIHarness()
        for args in [
            ["areas", "import", "sample-data/areas.csv"], ["targets", "import", "sample-data/targets.csv"],
            ["reports", "import", "sample-data/reports/2014", "sample-data/reports/2015"], ["assess", "--year", "2015"],
            ["publish", "--year", "2015", "--date", "2016-03-15", "--doc", "绵府办函〔2016〕12号"],
        ] {
            #expect(try cli.runArgs(args).status == 0)
        }
        // 510724 安县 fails the sample 2015 assessment and is frozen from 2016-03-15.
        let lifted = try cli.run("freeze", "lift", "510724", "--date", "9999-12-31", "--doc", "D", "--reason", "R", "--lang", "en")
        #expect(lifted.status == 0)
        #expect(lifted.stdout.contains("no longer in force from 9999-12-31"))
        let listed = try cli.run("freeze", "list", "--on", "9999-12-31", "--lang", "en")
        #expect(listed.status == 0)
        let past = try cli.run("freeze", "lift", "510726", "--date", "10000-01-01", "--doc", "D", "--reason", "R", "--lang", "en")
        #expect(past.status == 1)
        #expect(past.stderr.contains("--date 10000-01-01: “10000-01-01” is not a date"))
        for r in [lifted, listed, past] { #expect(!r.stderr.contains("Fatal error")) }
    }
}
