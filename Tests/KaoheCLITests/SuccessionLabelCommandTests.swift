import Foundation
import Testing

/// Names in lists, rankings and summaries after a succession (issue 21 item 4): a unit is named as it was
/// called in the assessed year with its successor noted, in runs made after the succession; a notice issued
/// before it re-prints byte for byte (R-22b).
@Suite struct SuccessionLabelCommandTests {
    func sample() throws -> CLIHarness {
        var cli = try CLIHarness()
        cli.environment["KAOHE_TODAY"] = "2017-02-01"
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("targets", "import", "sample-data/targets.csv").status == 0)
        #expect(try cli.run("reports", "import", "sample-data/reports/2014", "sample-data/reports/2015").status == 0)
        return cli
    }

    @Test func aReprintedIssued2015NoticeIsByteIdenticalAfterTheSuccession() throws {
        let cli = try sample()
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        #expect(try cli.run("publish", "--year", "2015", "--date", "2016-03-15", "--doc", "绵府办函〔2016〕12号").status == 0)
        let formats = ["text", "md", "html", "csv", "json"]
        var before: [String: String] = [:]
        for f in formats {
            before[f] = try cli.run("summary", "--year", "2015", "--format", f, "--as-issued").stdout
            before[f + "-en"] = try cli.run("summary", "--year", "2015", "--format", f, "--as-issued", "--lang", "en").stdout
        }
        let table = try cli.run("assess", "show", "--year", "2015").stdout
        try SampleRecode.recorded(on: cli)
        for f in formats {
            #expect(try cli.run("summary", "--year", "2015", "--format", f, "--as-issued").stdout == before[f], "\(f)")
            #expect(try cli.run("summary", "--year", "2015", "--format", f, "--as-issued", "--lang", "en").stdout == before[f + "-en"], "\(f) en")
        }
        #expect(!(before["text"] ?? "").contains("安州区"))
        // The issued run's table is as it was too.
        #expect(try cli.run("assess", "show", "--year", "2015").stdout == table)
    }

    @Test func aRunMadeAfterTheSuccessionNamesTheUnitWithItsSuccessor() throws {
        let cli = try sample()
        try SampleRecode.recorded(on: cli)
        let table = try cli.run("assess", "--year", "2015")
        #expect(table.status == 0)
        #expect(table.stdout.contains("510724    安县（2016年起为安州区）"), "\(table.stdout)")
        #expect(!table.stdout.contains("510705"))
        let en = try cli.run("assess", "show", "--year", "2015", "--lang", "en").stdout
        #expect(en.contains("510724  安县 (安州区 from 2016)"), "\(en)")
        // The draft summary (a new publication) names it so in the ranking and the table of units.
        let summary = try cli.run("summary", "--year", "2015").stdout
        #expect(summary.contains("安县（2016年起为安州区）"), "\(summary)")
        #expect(!summary.contains("安县 ") || summary.contains("安县（2016年起为安州区）"))
        // Published now, the notice keeps the note as issued.
        #expect(try cli.run("publish", "--year", "2015", "--date", "2016-03-15", "--doc", "绵府办函〔2016〕12号").status == 0)
        #expect(try cli.run("summary", "--year", "2015", "--as-issued").stdout.contains("安县（2016年起为安州区）"))
        // The successor answers in freeze list and eia-check (D-62).
        let freezes = try cli.run("freeze", "list", "--on", "2016-06-01").stdout
        #expect(freezes.contains("510705 安州区（继承自 510724 安县，2016-01-01 起）"), "\(freezes)")
        #expect(try cli.run("eia-check", "510705", "--category", "emitting", "--on", "2016-06-01").status == 3)
    }
}
