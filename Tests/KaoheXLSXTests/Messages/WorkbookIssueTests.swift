import KaoheCore
import Testing

@testable import KaoheXLSX

/// The KaoheXLSX catalogue (issue 13 item 1): choosing a sheet is an action the CLI names (`--sheet`); the library
/// words the problem without it, in both languages.
@Suite struct WorkbookIssueTests {
    @Test func aMissingOrHiddenSheetAsksToChooseOneWithoutNamingTheFlag() {
        let named = WorkbookIssue.noSheetNamed(named: "区域", sheets: ["封面", "目标"])
        #expect(named.action == .chooseSheet)
        #expect(named.reason == Bilingual("工作簿中没有名为“区域”的工作表", "the workbook has no sheet named 区域"))
        #expect(named.fix == Bilingual("请指定以下工作表之一：封面、目标", "name one of its sheets: 封面, 目标"))
        #expect(WorkbookIssue.noVisibleSheet.action == .chooseSheet)
        #expect(WorkbookIssue.noVisibleSheet.fix == Bilingual("请取消隐藏要导入的工作表，或指定要导入的工作表", "unhide the sheet to import, or name it"))
        #expect(WorkbookIssue.notZIP.action == nil)
    }

    @Test func aCellIssueIsWordedInBothLanguages() {
        let issue = SheetCellIssue.dateOutsideCalendar(raw: "3000000")
        #expect(issue.reason == Bilingual("单元格格式为日期，但 3000000 不是有效日期", "the cell is formatted as a date but 3000000 is no day of the calendar"))
        #expect(issue.fix == Bilingual("请按 2015-01-01 的格式填写日期", "type the date as 2015-01-01"))
    }
}
