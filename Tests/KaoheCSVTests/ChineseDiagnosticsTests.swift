import Foundation
import KaoheCSV
import KaoheCore
import Testing

/// Diagnostics in Chinese, the default for people (D-8): one whole-message assertion per representative problem.
@Suite struct ChineseDiagnosticsTests {
    /// Every diagnostic of the rejection thrown by `body`, rendered in Chinese; empty when it does not throw.
    func chinese(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.map { $0.rendered(chinese: true) }
        } catch {
            return ["unexpected error: \(error)"]
        }
    }

    func data(_ text: String) -> Data { Data(text.utf8) }

    @Test func unknownUnitMissingColumnAndBadNumberOfATargetsFile() {
        let text = "区域代码,考核年度,基准年,基准浓度,目标值\n510703,2017,2013,102,10\n510799,2017,2013,9５x,8\n"
        #expect(
            chinese { _ = try TargetsFile.parse(data(text), file: "t.csv", knownAreas: ["510703"]) } == [
                "t.csv:1 (目标类型 / target_kind): 缺少必填列 — 请添加列名为“目标类型”或“target_kind”的列",
                "t.csv:3:1 (区域代码): 区域代码 510799 不存在 — 请先导入列有该区域的区域文件，或更正代码",
                "t.csv:3:4 (基准浓度): “9５x”不是数字 — 请填写数字，可带正负号和小数点，如 12.5 或 1,234.5",
            ])
    }

    @Test func duplicateUnitInAnAreasFile() {
        let text = "区域代码,区域名称,区域类型\n510703,涪城区,区\n510703,涪城区,区\n"
        #expect(
            chinese { _ = try AreasFile.parse(data(text), file: "a.csv") } == [
                "a.csv:3:1 (区域代码): 区域 510703 重复列出（首次在第 2 行） — 每个区域只保留一行"
            ])
    }

    @Test func unknownColumnWarningIsMarkedInChinese() throws {
        let parsed = try AreasFile.parse(data("区域代码,区域名称,区域类型,备注\n510703,涪城区,区,无\n"), file: "a.csv")
        #expect(
            parsed.warnings.map { $0.rendered(chinese: true) } == [
                "a.csv:1:4 (备注): 警告：无法识别的列，已忽略 — 请删除该列，或改为以下列名之一：区域代码 / area_code、区域名称 / area_name、区域类型 / area_type、上级区域代码 / parent_code"
            ])
        #expect(parsed.warnings.first?.description.hasPrefix("a.csv:1:4 (备注): warning: unknown column is ignored — ") == true)
    }

    @Test func unclosedQuoteIsReportedWhereItsFieldOpens() {
        #expect(
            chinese { _ = try parse("a,b\n1,\"2\n3,4\n") } == [
                "f.csv:2:2: 引号未闭合（该字段从此处开始） — 请补上引号 \" 或删除该引号"
            ])
    }

    @Test func dateNotInTheCalendar() {
        let problem = problemZh(try parseDay("2015-02-30"))
        #expect(
            problem?.diagnostic(file: "r.csv", line: 2, column: 3, header: "报送日期").rendered(chinese: true)
                == "r.csv:2:3 (报送日期): 日历上没有 2015-02-30 这一天 — 请按 YYYY-MM-DD 格式填写真实存在的日期")
    }

    @Test func scoreOutOfRangeForASubIndicator() {
        let context = ReportContext(
            areas: ["510703": .pm10], years: 2014...2017,
            subIndicators: ["5.1": KeyTaskSpec(name: "工业烟粉尘治理", points: 8)], indicators: ["5": "工业大气污染治理"])
        let file = NamedData(name: "k.csv", data: data("区域代码,考核年度,指标代码,自评得分\n510703,2015,5.1,8.5\n"))
        #expect(
            chinese { _ = try ReportFiles.parse([file], context: context) } == [
                "k.csv:2:4 (自评得分): 得分 8.5 超出子指标 5.1 的分值范围 0–8 — 请填写 0 至 8 之间的得分"
            ])
    }

    @Test func bytesThatAreNotUTF8InAUTF8File() {
        // More than the 4 KiB detection window of UTF-8 first, so the file is taken as UTF-8.
        var bytes = Array("名称,值\n".utf8) + Array(String(repeating: "甲,1\n", count: 2000).utf8)
        bytes += Array("乙,".utf8) + encoded("丙", as: "GB18030") + Array("\n".utf8)
        #expect(
            chinese { _ = try parse(bytes, chunks: [1000]) } == [
                "f.csv:2002: 字节 B1 不是有效的 UTF-8，而文件开头是 UTF-8（编码混用） — 请将文件另存为 UTF-8 或 GB18030"
            ])
        #expect(
            chinese { _ = try parse([0x61, 0x0A, 0xD6, 0xD0, 0x0A, 0x80, 0x41, 0x0A]) } == [
                "f.csv:3: 字节 80 41 不是有效的 GB18030（文件也不是 UTF-8） — 请将文件另存为 UTF-8 或 GB18030"
            ])
    }

    @Test func monitoringFileErrorRendersInChinese() {
        do {
            _ = try MonitoringFile.parse(data("站点编码,区域代码,日期,PM10\n2601A,510703,2015-01-01,10001\n"), file: "m.csv", knownAreas: ["510703"])
            Issue.record("the file should be rejected")
        } catch {
            #expect(error.rendered(chinese: true) == "m.csv:2:4 (PM10): 浓度 10001 超出范围 — 请填写 0 至 10000 之间的浓度（μg/m³）")
        }
    }

    @Test func englishIsUsedWhenNoChineseIsGiven() {
        let d = Diagnostic(.warning, file: "x.csv", line: 1, reason: "only English", fix: "still English")
        #expect(d.rendered(chinese: true) == "x.csv:1: warning: only English — still English")
        #expect(d.rendered(chinese: true) == d.description)
    }

    /// The problem thrown by a cell parser with its Chinese forms (the `problem` helper keeps English only).
    func problemZh<T>(_ body: @autoclosure () throws(FieldProblem) -> T) -> FieldProblem? {
        do {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }
}
