import Foundation
import Testing

/// `kaohe settings`: document settings with history (issue 20, R-22b).
@Suite struct SettingsCommandTests {
    @Test func setShowHistoryAndReset() throws {
        let cli = try CLIHarness()
        // Only `areas import` creates a database (D-37); settings are read and recorded in an existing one.
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let fresh = try cli.run("settings", "show")
        #expect(fresh.status == 0)
        #expect(fresh.stdout.hasPrefix("城市名称（city）（本工具默认值）：\n    ××市\n发文机关（issuer）（本工具默认值）：\n    ××市环境保护局\n"))
        #expect(fresh.stdout.contains("抄送机关（cc）（本工具默认值）：\n    市委办公室，市人大常委会办公室，市政府办公室，市政协办公室，市委组织部，"))
        let set = try cli.run("settings", "set", "--city", "绵阳市", "--requirements", "第一段。\\n第二段。", "--by", "张三")
        #expect(set == .init(status: 0, stdout: "已记录 2 项公文设置（kaohe settings show 查看）。\n", stderr: ""))
        let shown = try cli.run("settings").stdout
        #expect(shown.hasPrefix("城市名称（city）：\n    绵阳市\n发文机关（issuer）（本工具默认值）：\n    绵阳市环境保护局\n"))
        #expect(shown.hasSuffix("工作要求（requirements）：\n    第一段。\n    第二段。\n"))
        #expect(try cli.run("settings", "set", "--reset", "city", "--by", "李四").status == 0)
        let history = try cli.run("settings", "history").stdout.split(separator: "\n").map { line in
            line.split(separator: " ", omittingEmptySubsequences: true).enumerated().filter { $0.offset != 1 }.map(\.element).joined(separator: " ")
        }
        // id, (time left out), who, field, new value.
        #expect(history.suffix(3) == ["1 张三 城市名称 绵阳市", "2 张三 工作要求 第一段。 / 第二段。", "3 李四 城市名称 （恢复默认值）"])
        #expect(try cli.run("settings", "show").stdout.hasPrefix("城市名称（city）（本工具默认值）：\n    ××市\n"))
    }

    @Test func importRecordsAWholeTOMLFileOrNothing() throws {
        let cli = try CLIHarness()
        // Only `areas import` creates a database (D-37); settings are read and recorded in an existing one.
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let good = cli.workDir.appendingPathComponent("公文设置.toml")
        try "city = \"绵阳市\"\nissuer = \"绵阳市环境保护局\"\nrequirements = \"\"\"\n第一段。\n第二段。\"\"\"\n".write(to: good, atomically: true, encoding: .utf8)
        #expect(try cli.run("settings", "import", good.path) == .init(status: 0, stdout: "已从 \(good.path) 记录 3 项公文设置（kaohe settings show 查看）。\n", stderr: ""))
        let shown = try cli.run("settings", "show").stdout
        #expect(shown.hasPrefix("城市名称（city）：\n    绵阳市\n发文机关（issuer）：\n    绵阳市环境保护局\n"))
        #expect(shown.hasSuffix("工作要求（requirements）：\n    第一段。\n    第二段。\n"))
        // Three problems, each located; nothing of the file is recorded.
        let bad = cli.workDir.appendingPathComponent("bad.toml")
        try "city = \"江油市\"\ntown = \"x\"\ncc = 3\ndoc-pattern = \"绵环发〔{年}〕\"\n".write(to: bad, atomically: true, encoding: .utf8)
        let refused = try cli.run("settings", "import", bad.path)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(bad.path):2:1"))
        #expect(refused.stderr.contains("未知的设置项“town”"))
        #expect(refused.stderr.contains("\(bad.path):3:1") && refused.stderr.contains("cc 不是文本"))
        #expect(refused.stderr.contains("\(bad.path):4:1") && refused.stderr.contains("缺少序号占位符 {号}"))
        #expect(refused.stderr.contains("共 3 处错误，文件被拒绝，未存储任何数据。"))
        #expect(try cli.run("settings", "show").stdout.hasPrefix("城市名称（city）：\n    绵阳市\n"))
    }

    @Test func badInputIsRefusedAndNothingIsRecorded() throws {
        let cli = try CLIHarness()
        // Only `areas import` creates a database (D-37); settings are read and recorded in an existing one.
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let empty = try cli.run("settings", "set", "--city", " ")
        #expect(empty.status != 0)
        #expect(empty.stderr.contains("--city 不能为空 — 如需恢复默认值，请用 --reset city"))
        let pattern = try cli.run("settings", "set", "--doc-pattern", "绵环发〔{年}〕", "--lang", "en")
        #expect(pattern.stderr.contains("--doc-pattern 绵环发〔{年}〕: the number placeholder {号} is missing — e.g. 绵环发〔{年}〕{号}号"))
        let unknown = try cli.run("settings", "set", "--reset", "town")
        #expect(unknown.stderr.contains("--reset town：没有这个设置项 — 可选：city, issuer, doc-pattern, to, cc, printed-by, signature, requirements"))
        #expect(try cli.run("settings", "set").stderr.contains("没有给出要设置的项目"))
        #expect(try cli.run("settings", "history").stdout == "尚未设置任何公文设置，均为本工具默认值。\n")
    }
}
