import Foundation
import KaoheCore
import KaoheXLSX
import Testing

/// `kaohe areas succeed --file F` (issue 21 item 3): CSV and .xlsx, all or nothing, located errors.
@Suite struct SuccessionFileCommandTests {
    func harness() throws -> CLIHarness {
        var cli = try CLIHarness()
        cli.environment["KAOHE_TODAY"] = "2016-06-01"
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("areas", "import", "Tests/KaoheCLITests/Fixtures/areas-anzhou.csv").status == 0)
        #expect(try cli.run("areas", "import", "Tests/KaoheCLITests/Fixtures/areas-merge-split.csv").status == 0)
        return cli
    }

    static let header = "原单位代码,承继单位代码,生效日期,文号,变更类型,权重,承继单位考核基数,承继单位上年浓度\n"

    @Test func aMergeFileWithWeightsIsRecordedWhole() throws {
        let cli = try harness()
        let file = try cli.write("merge.csv", Self.header + """
            510724,510799,2016-01-01,绵府发〔2016〕3号,合并,30.5,,
            510723,510799,2016-01-01,绵府发〔2016〕3号,merge,10,,

            """)
        let r = try cli.run("areas", "succeed", "--file", file, "--lang", "en")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Recorded succession #1: 安县（510724） → 安盐区（510799） (merge), in effect from 2016-01-01, by 绵府发〔2016〕3号."))
        #expect(r.stdout.hasSuffix("merge.csv: 2 succession(s) recorded.\n"))
        let list = try cli.run("areas", "successions", "--lang", "en").stdout
        #expect(list.contains("2   盐亭县（510723）  安盐区（510799）  merge  2016-01-01  绵府发〔2016〕3号"), "\(list)")
    }

    @Test func aWorkbookSheetIsReadLikeItsCSVTwin() throws {
        let cli = try harness()
        let data = try XLSXWriter.data([
            WorkbookSheet(name: "说明", header: ["x"]),
            WorkbookSheet(
                name: "单位承继", header: ["原单位代码", "承继单位代码", "生效日期", "文号", "变更类型"],
                rows: [[.number(510724), .number(510705), .date(Day(year: 2016, month: 1, day: 1)!), .text("绵府发〔2016〕1号"), .text("更改代码")]]),
        ])
        let path = cli.workDir.appendingPathComponent("successions.xlsx").path
        try data.write(to: URL(fileURLWithPath: path))
        let r = try cli.run("areas", "succeed", "--file", path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("已记录承继 #1：安县（510724） → 安州区（510705）（更改代码），2016-01-01 起生效，依据 绵府发〔2016〕1号。"), "\(r.stdout)")
    }

    @Test func everyBadCellIsLocatedAndNothingIsRecorded() throws {
        let cli = try harness()
        let before = try cli.dumpTables()
        let file = try cli.write("bad.csv", Self.header + """
            510724,510799,2016-01-01,D,合并,-1,,
            510723,510888,2016-13-01,D,swap,,,
            510703,510791,2016-01-01,D,更改代码,,100,

            """)
        let r = try cli.run("areas", "succeed", "--file", file, "--lang", "en")
        #expect(r.status == 1)
        #expect(r.stdout == "")
        #expect(r.stderr.contains("bad.csv:2:6 (权重): weight -1 is not above 0"), "\(r.stderr)")
        #expect(r.stderr.contains("bad.csv:3:2 (承继单位代码): unknown unit 510888"), "\(r.stderr)")
        #expect(r.stderr.contains("bad.csv:3:3 (生效日期)"), "\(r.stderr)")
        #expect(r.stderr.contains("bad.csv:3:5 (变更类型): kind swap is not known"), "\(r.stderr)")
        #expect(r.stderr.contains("bad.csv:4:7 (承继单位考核基数): an own figure of the successor is given for a recode"), "\(r.stderr)")
        #expect(r.stderr.contains("the file was rejected and nothing from it was stored"))
        #expect(try cli.dumpTables() == before)
    }

    @Test func aRowTheSuccessionRulesRefuseIsLocatedAndTheRowsBeforeItAreNotKept() throws {
        let cli = try harness()
        let before = try cli.dumpTables()
        // Row 3 succeeds 安县 a second time (row 2 already did), and row 4 is in the future.
        let file = try cli.write("twice.csv", Self.header + """
            510724,510705,2016-01-01,D1,,,,
            510724,510799,2016-01-01,D2,更改代码,,,

            """)
        let r = try cli.run("areas", "succeed", "--file", file, "--lang", "en")
        #expect(r.status == 1)
        #expect(r.stderr.contains("twice.csv:3: 510724 was already succeeded by 510705 on 2016-01-01 (D1) — a unit is succeeded once"), "\(r.stderr)")
        #expect(r.stderr.contains("correct or remove this row; nothing from the file was recorded"))
        #expect(try cli.dumpTables() == before)
        let future = try cli.write("future.csv", Self.header + "510724,510705,2016-06-02,D1,,,,\n")
        let f = try cli.run("areas", "succeed", "--file", future, "--lang", "en")
        #expect(f.status == 1 && f.stderr.contains("future.csv:2: the effective day 2016-06-02 is after today (2016-06-01)"), "\(f.stderr)")
        #expect(try cli.dumpTables() == before)
    }

    @Test func fileAndUnitsTogetherAreAUsageError() throws {
        let cli = try harness()
        let r = try cli.run("areas", "succeed", "510724", "510705", "--file", "x.csv", "--lang", "en")
        #expect(r.status != 0)
        #expect(r.stderr.contains("--file cannot be combined with units"), "\(r.stderr)")
    }
}
