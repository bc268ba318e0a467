import Foundation
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
            stdout: ["区域", "目标", "自查报告", "监测数据-日均值", "监测数据-小时值"].map { "wrote \(dir)/\($0).xlsx\n" }.joined(), stderr: ""))
        let noRows = "the file has a header row but no data rows — add the data rows below the header, or leave this file out"
        let areas = try cli.run("areas", "import", "\(dir)/区域.xlsx", "--lang", "en")
        #expect(areas.stderr == "\(dir)/区域.xlsx:区域!1:1: \(noRows)\n\(dir)/区域.xlsx:区域: 1 error(s); the file was rejected and nothing from it was stored.\n")
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let targets = try cli.run("targets", "import", "\(dir)/目标.xlsx", "--lang", "en")
        #expect(targets.stderr.hasPrefix("\(dir)/目标.xlsx:目标!1:1: \(noRows)\n"))
        let reports = try cli.run("reports", "check", "\(dir)/自查报告.xlsx", "--lang", "en")
        #expect(reports.stderr == ["自查报告", "重点任务", "治理项目", "资金投入"].map { "\(dir)/自查报告.xlsx:\($0)!1:1: \(noRows)\n" }.joined()
            + "4 error(s); all 4 files were rejected and nothing from any of them was stored.\n")
        for kind in ["日均值", "小时值"] {
            let monitoring = try cli.run("monitoring", "import", "\(dir)/监测数据-\(kind).xlsx", "--lang", "en")
            #expect(monitoring.stderr == "\(dir)/监测数据-\(kind).xlsx:监测数据!1:1: \(noRows)\n\(dir)/监测数据-\(kind).xlsx: 1 error(s); the file was rejected and nothing from it was stored.\n")
        }
    }
}
