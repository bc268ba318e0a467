import Foundation
import KaoheCore
import KaoheStore
import Testing

/// `kaohe templates -o DIR` (issue 16, D-67): each blank template is recognised by its import command, which
/// refuses it only for having no data rows, located at the header row of the sheet.
@Suite struct TemplatesCommandTests {
    @Test func everyBlankTemplateIsRecognisedByItsImportAndRefusedOnlyForHavingNoRows() throws {
        var cli = try CLIHarness()
        cli.environment["KAOHE_TODAY"] = "2016-03-01"
        let dir = cli.workDir.appendingPathComponent("templates").path
        let written = try cli.run("templates", "-o", dir, "--lang", "en")
        #expect(written == .init(
            status: 0,
            stdout: ["区域", "目标", "自查报告", "备案登记", "监测数据-日均值", "监测数据-小时值"].map { "wrote \(dir)/\($0).xlsx\n" }.joined(), stderr: ""))
        let noRows = "the file has a header row but no data rows — add the data rows below the header, or leave this file out"
        let areas = try cli.run("areas", "import", "\(dir)/区域.xlsx", "--lang", "en")
        #expect(areas.stderr == "\(dir)/区域.xlsx:区域!1:1: \(noRows)\n\(dir)/区域.xlsx:区域: 1 error(s); the file was rejected and nothing from it was stored.\n")
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let targets = try cli.run("targets", "import", "\(dir)/目标.xlsx", "--lang", "en")
        #expect(targets.stderr.hasPrefix("\(dir)/目标.xlsx:目标!1:1: \(noRows)\n"))
        let reports = try cli.run("reports", "check", "\(dir)/自查报告.xlsx", "--lang", "en")
        #expect(reports.stderr == ["自查报告", "重点任务", "治理项目", "资金投入"].map { "\(dir)/自查报告.xlsx:\($0)!1:1: \(noRows)\n" }.joined()
            + "4 error(s); all 4 files were rejected and nothing from any of them was stored.\n")
        let filings = try cli.run("filings", "import", "\(dir)/备案登记.xlsx", "--lang", "en")
        #expect(filings.stderr.hasPrefix("\(dir)/备案登记.xlsx:备案登记!1:1: \(noRows)\n"))
        for kind in ["日均值", "小时值"] {
            let monitoring = try cli.run("monitoring", "import", "\(dir)/监测数据-\(kind).xlsx", "--lang", "en")
            #expect(monitoring.stderr == "\(dir)/监测数据-\(kind).xlsx:监测数据!1:1: \(noRows)\n\(dir)/监测数据-\(kind).xlsx: 1 error(s); the file was rejected and nothing from it was stored.\n")
        }
    }

    /// The round trip of issue 16: `kaohe templates --year 2015 --area 510703`, filled in by openpyxl (PyPI;
    /// .ci/run and scripts/test install it) as a clerk would (scripts/fill-template.py), imported unchanged:
    /// what is stored is what the script wrote.
    @Test func aPrefilledReportFilledInByOpenpyxlImportsAsWritten() throws {
        var cli = try CLIHarness()
        cli.environment["KAOHE_TODAY"] = "2016-02-01"
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("targets", "import", "sample-data/targets.csv").status == 0)
        let dir = cli.workDir.appendingPathComponent("t").path
        let written = try cli.run("templates", "-o", dir, "--year", "2015", "--area", "510703")
        let template = "\(dir)/自查报告-510703-涪城区-2015.xlsx"
        #expect(written.status == 0 && written.stdout.hasSuffix("已写入 \(template)\n"))
        let filled = cli.workDir.appendingPathComponent("filled.xlsx").path
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-W", "error", "scripts/fill-template.py", template, filled]
        python.currentDirectoryURL = CLIHarness.packageRoot
        let err = Pipe()
        python.standardError = err
        try python.run()
        python.waitUntilExit()
        let pyErr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        // -W error: openpyxl's "no default style" warning (or any other) would fail the script.
        #expect(python.terminationStatus == 0, "fill-template.py: \(pyErr)")

        let imported = try cli.run("reports", "import", filled)
        #expect(imported.status == 0, "\(imported.stderr)")
        let stored = try AppDatabase.open(path: cli.db).report(area: "510703", year: 2015)
        let summary = try #require(stored.summary)
        // The values fill-template.py writes, by hand: a date typed as a date reads back as the day.
        #expect(summary.submittedOn == Day(year: 2016, month: 1, day: 5) && summary.pm10AnnualMean == 96 && summary.pm10ValidDays == 351)
        #expect(summary.rulesPublished == true && summary.rulesFiledOn == Day(year: 2015, month: 3, day: 2))
        #expect(summary.planPublished == false && summary.planFiledOn == nil && summary.preparedBy == "张丽")
        // Every prefilled sub-indicator row scored at its full points, which the script read from the row's own
        // validation. The built-in default rule set's points, copied by hand from its table; they add up to 100.
        let points: [String: Decimal] = [
            "1.1": 2, "1.2": 2, "1.3": 6, "1.4": 2, "2.1": 6, "3.1": 0, "3.2": 4, "3.3": 0, "3.4": 6, "4.1": 8, "4.2": 2,
            "5.1": 8, "5.2": 7, "6.1": 4, "6.2": 4, "7.1": 7, "7.2": 2, "7.3": 0, "7.4": 1, "7.5": 2, "8.1": 5, "8.2": 0,
            "9.1": 6, "10.1": 2, "10.2": 1, "10.9": 13,
        ]
        #expect(stored.keyTasks.count == 26 && Set(stored.keyTasks.map(\.code)) == Set(points.keys))
        for task in stored.keyTasks { #expect(task.selfScore == points[task.code], "\(task.code)") }
        #expect(stored.keyTasks.reduce(Decimal(0)) { $0 + $1.selfScore } == 100)
        #expect(stored.keyTasks.first { $0.code == "1.1" }?.statusNote == "已完成，见附件1")
        // The project: its id typed as text keeps its leading zero; 任务类别 from the template's own list (the
        // first indicator, stored by its code 1); dates as days; investments exact.
        #expect(stored.projects == [
            Project(
                areaCode: "510703", year: 2015, projectID: "0701", name: "燃煤锅炉淘汰", category: "1",
                plannedCompletion: Day(year: 2015, month: 10, day: 31), actualCompletion: Day(year: 2015, month: 11, day: 30),
                status: .completed, plannedInvestment: Decimal(string: "120.5"), actualInvestment: 118)
        ])
        #expect(stored.funding.count == 1 && stored.funding.first?.source == .central && stored.funding.first?.plannedAmount == 100
            && stored.funding.first?.actualAmount == Decimal(string: "80.25"))
    }
}
