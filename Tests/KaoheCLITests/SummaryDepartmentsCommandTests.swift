import Foundation
import KaoheXLSX
import Testing

/// The summary's section 部门考核结果 (issue 17 item 5, R-31): after the area sections in every format, never in
/// the area ranking, failing departments named; a published summary keeps the department results it was issued with.
@Suite struct SummaryDepartmentsCommandTests {
    func assessed() throws -> CLIHarness {
        var cli = try CLIHarness()
        cli.environment["KAOHE_TODAY"] = "2016-03-01"
        for args in [
            ["areas", "import", "sample-data/areas.csv"], ["targets", "import", "sample-data/targets.csv"],
            ["reports", "import", "sample-data/reports/2014", "sample-data/reports/2015"],
            ["departments", "import", "sample-data/departments/departments.csv"],
            ["departments", "tasks", "import", "sample-data/departments/任务分解-2015.csv"],
            ["departments", "reports", "import", "sample-data/departments/部门自查报告-2015.csv"],
            ["assess", "--year", "2015"], ["departments", "assess", "--year", "2015"],
        ] {
            #expect(try cli.runArgs(args).status == 0, "\(args)")
        }
        return cli
    }

    @Test func theTextSummaryHasTheDepartmentSectionAfterTheAreaAttachmentsAndBeforeTheAppendix() throws {
        let cli = try assessed()
        let text = try cli.run("summary", "--year", "2015").stdout
        // 附件1 reports, 附件2 projects, 附件3 the departments, 附件4 the technical appendix (last, with the ranking).
        let section = try #require(text.range(of: "附件3\n2015年度市级有关部门考核结果"))
        let appendix = try #require(text.range(of: "附件4\n计算说明"))
        #expect(section.lowerBound < appendix.lowerBound)
        #expect(text.contains("　　　3. 2015年度市级有关部门考核结果\n　　　4. 计算说明"))
        let inSection = String(text[section.lowerBound..<appendix.lowerBound])
        // The sample figures of DepartmentAssessCommandTests: HBJ 93.0 优秀, GAJ 55.0 不合格, NYJ no report.
        #expect(inSection.contains("HBJ       市环保局      93.0  优秀"))
        #expect(inSection.contains("不合格部门（供领导班子和领导干部综合考核评价）：市公安局（GAJ）、市农业局（NYJ）（未报送自查报告）"))
        // The notice names the failing departments in its results, apart from the areas' tables, by name only.
        let results = try #require(text.range(of: "二、考核结果")), problems = try #require(text.range(of: "三、存在问题"))
        let resultsPart = String(text[results.lowerBound..<problems.lowerBound])
        let tables = try #require(resultsPart.range(of: "市级有关部门"))
        for name in ["市公安局", "市农业局"] { #expect(!resultsPart[..<tables.lowerBound].contains(name), "\(name) in the area tables") }
        #expect(resultsPart.contains("市级有关部门年度任务考核结果见附件3，不与各县（市、区）和园区排名。未通过考核的部门：市公安局、市农业局（未报送自查报告），考核结果作为其领导班子和领导干部综合考核评价的依据。"))
        // The ranking in the technical appendix names no department.
        let appendixPart = String(text[appendix.lowerBound...])
        for name in ["市公安局", "市农业局", "GAJ", "NYJ", "HBJ"] { #expect(!appendixPart.contains(name), "\(name) in the appendix") }
    }

    @Test func everyFormatCarriesTheSection() throws {
        let cli = try assessed()
        let md = try cli.run("summary", "--year", "2015", "--format", "md", "--lang", "en").stdout
        #expect(md.contains("# Results of the municipal departments, 2015"))
        #expect(md.contains("| GAJ | 市公安局 | 55.0 | fail | on time 2015-12-29 | yes |"))
        let html = try cli.run("summary", "--year", "2015", "--format", "html").stdout
        #expect(html.contains("2015年度市级有关部门考核结果"))
        #expect(html.contains("<td>市交通运输局</td>"))
        let csv = try cli.run("summary", "--year", "2015", "--format", "csv", "--lang", "en").stdout
        let lines = csv.components(separatedBy: "\r\n")
        let title = try #require(lines.firstIndex(of: "Results of the municipal departments 2015") ?? lines.firstIndex(of: "\"Results of the municipal departments, 2015\""))
        // 1 header + 13 area rows, an empty line, the title, the department header and 8 departments.
        #expect(title == 15)
        #expect(lines[title - 1] == "")
        #expect(lines[title + 1] == "code,department,score,grade,self-report,failed")
        #expect(lines[title + 2...title + 9].map { String($0.prefix(3)) } == ["CZJ", "FGW", "GAJ", "HBJ", "JTJ", "JXW", "NYJ", "ZJJ"])
        #expect(lines.contains("NYJ,市农业局,—,fail,missing,yes"))
        let json = try cli.run("summary", "--year", "2015", "--format", "json", "--lang", "en").stdout
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let departments = try #require(root["departments"] as? [String: Any])
        #expect(departments["failing"] as? [String] == ["GAJ", "NYJ"])
        let results = try #require(departments["results"] as? [[String: Any]])
        #expect(results.map { $0["code"] as? String } == ["CZJ", "FGW", "GAJ", "HBJ", "JTJ", "JXW", "NYJ", "ZJJ"])
        #expect(results[4]["report"] as? String == "late")
        #expect(results[3]["score"] as? String == "93.0")
        #expect(results[6]["score"] is NSNull)
        // No department among the units of the area ranking.
        let units = try #require(root["units"] as? [[String: Any]])
        #expect(units.count == 13)
        let path = cli.workDir.appendingPathComponent("s.xlsx").path
        #expect(try cli.run("summary", "--year", "2015", "--format", "xlsx", "-o", path).status == 0)
        let sheet = try XLSXReader.read(try Data(contentsOf: URL(fileURLWithPath: path)), file: "s.xlsx", sheet: "部门考核结果")
        #expect(sheet.rows.count == 9)
        #expect(sheet.rows[3].cells.prefix(4) == ["GAJ", "市公安局", "55", "不合格"] || sheet.rows[3].cells.prefix(4) == ["GAJ", "市公安局", "55.0", "不合格"])
        let ranking = try XLSXReader.read(try Data(contentsOf: URL(fileURLWithPath: path)), file: "s.xlsx", sheet: "考核结果")
        #expect(ranking.rows.count == 14)  // the header and the 13 areas: no department in the ranking
        let docx = cli.workDir.appendingPathComponent("s.docx").path
        #expect(try cli.run("summary", "--year", "2015", "--format", "docx", "-o", docx).status == 0)
        // Read back by python-docx (scripts/docx-readback.py, as SummaryDocxCommandTests does).
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "scripts/docx-readback.py", docx]
        let out = Pipe()
        python.standardOutput = out
        python.standardError = FileHandle.nullDevice
        try python.run()
        let read = out.fileHandleForReading.readDataToEndOfFile()
        python.waitUntilExit()
        try #require(python.terminationStatus == 0, "python-docx could not read the file")
        struct ReadBack: Decodable { var paragraphs: [String]; var cells: [String] }
        let doc = try JSONDecoder().decode(ReadBack.self, from: read)
        #expect(doc.paragraphs.contains("2015年度市级有关部门考核结果"))
        #expect(doc.cells.contains("市农业局"))
        #expect(doc.paragraphs.contains { $0.contains("不合格部门（供领导班子和领导干部综合考核评价）：市公安局（GAJ）、市农业局（NYJ）") })
    }

    /// R-22b: a published summary shows the department results known when it was issued; a later department
    /// run does not change it. Publishing creates no freeze or summons for a department.
    @Test func aPublishedSummaryKeepsTheDepartmentRunItWasIssuedWith() throws {
        let cli = try assessed()
        #expect(try cli.run("publish", "--year", "2015", "--date", "2016-03-01", "--doc", "绵府办函〔2016〕12号").status == 0)
        let issued = try cli.run("summary", "--year", "2015", "--as-issued").stdout
        #expect(issued.contains("（第 1 次评分，规则集 kaohe-default-2014）"))
        // GAJ re-submits with higher scores after publication and the departments are assessed again (run 2).
        let url = cli.workDir.appendingPathComponent("gaj.csv")
        try "部门代码,考核年度,任务编号,完成情况,自评得分,佐证材料,报送日期,核定得分\nGAJ,2015,1,,60,,2016-03-01,\nGAJ,2015,2,,40,,2016-03-01,\n"
            .write(to: url, atomically: true, encoding: .utf8)
        sleep(1)  // runs are timed to the second: the new run must be after the issue
        #expect(try cli.run("departments", "reports", "import", url.path).status == 0)
        #expect(try cli.run("departments", "assess", "--year", "2015").status == 0)
        let reissued = try cli.run("summary", "--year", "2015", "--as-issued")
        #expect(reissued.stdout == issued)
        #expect(reissued.stderr == "注意：部门考核第 2 次评分在通报发布后产生，未列入已发布的通报；请用 kaohe departments show --year 2015 查看。\n")
        // The department's own view shows the new run.
        #expect(try cli.run("departments", "show", "--year", "2015").stdout.contains("GAJ       市公安局      100.0"))
        for out in [try cli.run("freeze", "list").stdout, try cli.run("summons", "list").stdout] {
            #expect(!out.contains("GAJ") && !out.contains("NYJ"))
        }
    }
}
