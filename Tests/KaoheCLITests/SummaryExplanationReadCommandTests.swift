import Foundation
import GRDB
import Testing

/// A unit's explanation read as the summary is written (issue 14, D-171): when its stored document does not read
/// back, `summary` fails with the sentence that names the unit, never decoder text, and a file asked for with `-o`
/// keeps what it had (the temporary file beside it is removed).
@Suite struct SummaryExplanationReadCommandTests {
    @Test func aStepsDocumentThatDoesNotReadFailsTheSummaryAndLeavesTheFileAsItWas() throws {
        let cli = try CLIHarness()
        for args in [
            ["areas", "import", "sample-data/areas.csv"], ["targets", "import", "sample-data/targets.csv"],
            ["reports", "import", "sample-data/reports/2014", "sample-data/reports/2015"], ["assess", "--year", "2015"],
        ] {
            #expect(try cli.runArgs(args).status == 0)
        }
        // Only the steps of one draft result damaged (drafts are not protected by triggers): the run without its
        // steps still reads, the unit's explanation does not.
        try DatabaseQueue(path: cli.db).write {
            try $0.execute(sql: "UPDATE assessment_result SET result_json = replace(result_json, '\"zh\":', '\"zh_damaged\":') WHERE area_code = '510703'")
        }
        let folder = cli.workDir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for format in ["text", "html", "json"] {
            let path = folder.appendingPathComponent("summary.\(format)").path
            try "kept\n".write(toFile: path, atomically: true, encoding: .utf8)
            for lang in ["en", "zh"] {
                let result = try cli.run("summary", "--year", "2015", "--format", format, "-o", path, "--lang", lang)
                #expect(result.status == 1)
                #expect(result.stdout == "")
                #expect(!result.stderr.contains("DecodingError") && !result.stderr.contains("JSON"))
                #expect(result.stderr.contains(
                    lang == "en" ? "run #1 holds a result for unit 510703 that cannot be read back" : "考核运行 #1 中区域 510703 的结果无法读取"))
                #expect(try String(contentsOfFile: path, encoding: .utf8) == "kept\n")
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["summary.html", "summary.json", "summary.text"])
        // Markdown reads the run whole, as before: the same sentence, before anything is written.
        let md = try cli.run("summary", "--year", "2015", "--format", "md", "--lang", "en")
        #expect(md.status == 1 && md.stdout == "")
        #expect(md.stderr.contains("run #1 holds a result for unit 510703 that cannot be read back"))
    }
}
