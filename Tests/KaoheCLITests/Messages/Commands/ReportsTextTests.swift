@testable import kaohe
import KaoheCore
import Testing

/// The wording of `kaohe reports`'s catalogue (Sources/kaohe/Messages/Commands/ReportsText.swift), pinned in both languages
/// (issue 13 item 1): the command tests check what is printed, these the sentences the cases are worded with.
@Suite struct ReportsTextTests {
    @Test func aMissingReportNamesTheImport() {
        let text = ReportsProblem.noReport(area: "510703", year: 2015).wording
        #expect(text.zh == "510703 没有 2015 年的报告 — 先用 kaohe reports import 导入")
        #expect(text.en == "510703 has no report for 2015 — import one with kaohe reports import")
    }

    @Test func theStoredLineCountsPartsUnitsAndReplacements() {
        let text = ReportsText.stored(parts: 8, units: 2, replaced: 1, unchanged: 3)
        #expect(text.zh == "已存储 2 个单位的 8 个报告部分（其中替换旧版本 1 个）；3 个部分未变。")
        #expect(text.en == "Stored 8 report part(s) of 2 unit(s) (1 replacing an earlier version); 3 part(s) unchanged.")
    }
}
