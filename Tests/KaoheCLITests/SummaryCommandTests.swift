import Foundation
import Testing

@Suite struct SummaryCommandTests {
    /// A harness with the sample data imported and 2015 assessed (a draft run).
    func assessedHarness() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("targets", "import", "sample-data/targets.csv").status == 0)
        #expect(try cli.run("reports", "import", "sample-data/reports/2014", "sample-data/reports/2015").status == 0)
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        return cli
    }

    @Test func draftSummaryIsWatermarkedAndThePublishedOneNamesItsDocument() throws {
        let cli = try assessedHarness()
        let draft = try cli.run("summary", "--year", "2015")
        #expect(draft.status == 0 && draft.stderr == "")
        // A draft: no document number yet (the default pattern with ×), the tool's default city.
        #expect(draft.stdout.hasPrefix("【草稿 / DRAFT】\n\n环发〔2016〕×号\n\n××市关于2015年度大气污染防治行动计划实施情况考核结果的通报\n"))
        #expect(draft.stdout.contains("\n  11  510724    安县              95    94    93       3.5      3.7%      2.1%  否            57.1     94.0*      57.1  不合格\n"))
        #expect(draft.stdout.contains("\n  11  安县                                 93        2.1%      57.1  不合格\n"))
        #expect(try cli.run("publish", "--year", "2015", "--date", "2016-03-15", "--doc", "绵府办函〔2016〕12号").status == 0)
        let published = try cli.run("summary", "--year", "2015", "--lang", "en")
        #expect(published.stdout.hasPrefix("绵府办函〔2016〕12号\n\n××市: notice of the results of the 2015 annual assessment"))
        #expect(published.stdout.contains("\nStatus: published as 绵府办函〔2016〕12号 on 2016-03-15\n"))
        #expect(!published.stdout.contains("DRAFT"))
    }

    @Test func outputOptionWritesTheHTMLFile() throws {
        let cli = try assessedHarness()
        let path = cli.workDir.appendingPathComponent("summary-2015.html").path
        let result = try cli.run("summary", "--year", "2015", "--format", "html", "-o", path, "--lang", "en")
        #expect(result == .init(status: 0, stdout: "wrote \(path)\n", stderr: ""))
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<td><span class=\"nb\">北川羌族自治县</span></td>"))
    }

    @Test func aYearWithoutARunSaysWhatToRunFirst() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let result = try cli.run("summary", "--year", "2016", "--lang", "en")
        #expect(result.status != 0)
        #expect(result.stderr == "Error: no annual assessment run for 2016 — run kaohe assess --year 2016 first\n")
    }
}
