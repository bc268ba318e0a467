import Foundation
import Testing

@Suite struct AreasAndTargetsCommandTests {
    @Test func sampleAreasAndTargetsImportAndReimportReportsChanges() throws {
        let cli = try CLIHarness()
        let areas = try cli.run("areas", "import", "sample-data/areas.csv")
        #expect(areas == .init(status: 0, stdout: "sample-data/areas.csv: 已导入 13 行；新增 13，修改 0，未变 0（导入编号 1）\n", stderr: ""))
        let targets = try cli.run("targets", "import", "sample-data/targets.csv", "--lang", "en")
        #expect(targets == .init(status: 0, stdout: "sample-data/targets.csv: imported 19 row(s); 19 added, 0 changed, 0 unchanged (import 2)\n", stderr: ""))
        let again = try cli.run("targets", "import", "sample-data/targets.csv", "--lang", "en")
        #expect(again.stdout == "sample-data/targets.csv: imported 19 row(s); 0 added, 0 changed, 19 unchanged (import 3)\n")
    }

    @Test func targetsFileWithThreeErrorsReportsEachLocatedAndStoresNothing() throws {
        let cli = try CLIHarness()
        try cli.run("areas", "import", "sample-data/areas.csv")
        let before = try cli.dumpTables()
        let file = "Tests/KaoheCLITests/Fixtures/targets-three-errors.csv"
        let result = try cli.run("targets", "import", file, "--lang", "en")
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(
            result.stderr == """
                \(file):1 (目标类型 / target_kind): required column is missing — add a column headed 目标类型 or target_kind
                \(file):4:1 (区域代码): unknown unit 510799 — import the areas file that lists 510799 first, or correct the code
                \(file):5:4 (基准浓度): “9５x” is not a number — write digits with an optional sign and decimal point, e.g. 12.5 or 1,234.5
                \(file): 3 error(s); the file was rejected and nothing from it was stored.

                """)
        #expect(try cli.dumpTables() == before)
    }

    @Test func targetsFileWithThreeErrorsIsReportedInChineseByDefault() throws {
        let cli = try CLIHarness()
        try cli.run("areas", "import", "sample-data/areas.csv")
        let file = "Tests/KaoheCLITests/Fixtures/targets-three-errors.csv"
        let result = try cli.run("targets", "import", file)
        #expect(
            result == .init(
                status: 1, stdout: "",
                stderr: """
                    \(file):1 (目标类型 / target_kind): 缺少必填列 — 请添加列名为“目标类型”或“target_kind”的列
                    \(file):4:1 (区域代码): 区域代码 510799 不存在 — 请先导入列有该区域的区域文件，或更正代码
                    \(file):5:4 (基准浓度): “9５x”不是数字 — 请填写数字，可带正负号和小数点，如 12.5 或 1,234.5
                    \(file): 共 3 处错误，文件被拒绝，未存储任何数据。

                    """))
    }

    @Test func gb18030AreasFileWithCRLFImportsTheSameRowsAsItsUTF8Twin() throws {
        let utf8 = try CLIHarness()
        let gb = try CLIHarness()
        #expect(try utf8.run("areas", "import", "Tests/KaoheCLITests/Fixtures/areas-small.csv").status == 0)
        #expect(try gb.run("areas", "import", "Tests/KaoheCLITests/Fixtures/areas-small-gb18030-crlf.csv").status == 0)
        let listed = try utf8.run("areas", "list")
        #expect(try gb.run("areas", "list") == listed)
        #expect(
            listed.stdout == """
                区域代码  区域名称                         区域类型  上级区域代码
                --------  -------------------------------  --------  ------------
                510703    涪城区                           区        510700
                510724    安县                             县        510700
                MY-GXQ    高新区 (绵阳高新技术产业开发区)  园区      510700
                共 3 个单位

                """)
    }

    @Test func targetsListForOneYearShowsRequiredColumnsInEnglish() throws {
        let cli = try CLIHarness()
        try cli.run("areas", "import", "sample-data/areas.csv")
        try cli.run("targets", "import", "sample-data/targets.csv")
        let result = try cli.run("targets", "list", "--year", "2015", "--lang", "en")
        #expect(
            result.stdout == """
                code    name    year  pollutant  base year  base μg/m³  kind                value  final  state
                ------  ------  ----  ---------  ---------  ----------  ------------------  -----  -----  --------
                510703  涪城区  2015  PM10            2013         102  percent decline        4%         in force
                510725  梓潼县  2015  PM10            2013          80  ceiling                78         in force
                510781  江油市  2015  PM10            2013          98  percent decline        4%         in force
                MY-JKQ  经开区  2015  PM10            2013         110  absolute reduction      5         in force
                4 target(s) (4 in force, 0 withdrawn; withdrawn targets do not count)

                """)
    }

    @Test func missingFileIsAClearErrorWithNonZeroExit() throws {
        let cli = try CLIHarness()
        let result = try cli.run("areas", "import", "no-such.csv", "--lang", "en")
        #expect(result.status != 0)
        #expect(result.stderr == "Error: no-such.csv: no such file — check the path\n")
        let chinese = try cli.run("areas", "import", "no-such.csv")
        #expect(chinese == .init(status: 1, stdout: "", stderr: "Error: no-such.csv：文件不存在 — 请检查路径\n"))
    }
}
