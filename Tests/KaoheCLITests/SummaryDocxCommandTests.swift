import Foundation
import Testing

/// `summary --format docx` end to end, read back by python-docx (PyPI; .ci/run and scripts/test install it):
/// the title, every unit name and every unit's grade are in the Word file (issue 20).
@Suite struct SummaryDocxCommandTests {
    @Test func pythonDocxReadsBackTheTitleEveryUnitAndEveryGrade() throws {
        let cli = try CLIHarness()
        for args in [
            ["areas", "import", "sample-data/areas.csv"], ["targets", "import", "sample-data/targets.csv"],
            ["reports", "import", "sample-data/reports/2014", "sample-data/reports/2015"], ["assess", "--year", "2015"],
            ["settings", "set", "--city", "绵阳市", "--issuer", "绵阳市环境保护局"],
            ["publish", "--year", "2015", "--date", "2016-03-15", "--doc", "绵环发〔2016〕12号"],
        ] {
            #expect(try cli.runArgs(args).status == 0, "\(args)")
        }
        let path = cli.workDir.appendingPathComponent("通报.docx").path
        #expect(try cli.run("summary", "--year", "2015", "--format", "docx", "-o", path) == .init(status: 0, stdout: "已写入 \(path)\n", stderr: ""))
        // Without -o a Word file is refused rather than poured onto the terminal.
        let refused = try cli.run("summary", "--year", "2015", "--format", "docx")
        #expect(refused.status != 0 && refused.stdout.isEmpty && refused.stderr.contains("--format docx 需要用 -o 指定输出文件"))

        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "scripts/docx-readback.py", path]
        let out = Pipe(), err = Pipe()
        python.standardOutput = out
        python.standardError = err
        try python.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        try #require(python.terminationStatus == 0, "python-docx could not read the file: \(errText)")
        struct ReadBack: Decodable { var title: String?; var paragraphs: [String]; var cells: [String]; var sections: [[Int]] }
        let doc = try JSONDecoder().decode(ReadBack.self, from: data)
        #expect(doc.title == "绵阳市关于2015年度大气污染防治行动计划实施情况考核结果的通报")
        #expect(doc.sections.first == [210, 297])
        #expect(doc.paragraphs.contains("绵阳市环境保护局"))
        #expect(doc.paragraphs.contains("2016年3月15日"))

        // The grades as `assess show` has them, one line per unit: each unit's row in the notice's ranking
        // table (名次, 单位, 浓度, 下降, 得分, 等级) carries the same grade.
        let units = try String(contentsOfFile: "sample-data/areas.csv", encoding: .utf8).split(separator: "\n").dropFirst()
            .map { String($0.split(separator: ",")[1]) }
        #expect(units.count == 13)
        let grades = ["优秀", "良好", "合格", "不合格"]
        let json = try cli.run("summary", "--year", "2015", "--format", "json").stdout
        struct Summary: Decodable { struct Unit: Decodable { var name: String; var gradeLabel: String? }; var units: [Unit] }
        let expected = try JSONDecoder().decode(Summary.self, from: Data(json.utf8)).units
        #expect(expected.count == 13)
        for unit in units {
            // The row's cells: the unit's name is followed, four cells on, by its grade.
            let row = try #require(doc.cells.firstIndex(of: unit), "\(unit) missing")
            let grade = doc.cells[row + 4]
            #expect(grades.contains(grade), "\(unit): \(grade)")
            #expect(expected.first { $0.name == unit }?.gradeLabel == grade, "\(unit)")
        }
    }
}
