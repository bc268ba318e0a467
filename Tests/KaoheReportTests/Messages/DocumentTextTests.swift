import KaoheCore
@testable import KaoheReport
import Testing

/// The catalogue's shared document words (issue 13 item 1): the numbering of headings and of the attachment
/// list moved into Messages with the words, so it is pinned here in both languages; the golden files pin the
/// rest of every document.
@Suite struct DocumentTextTests {
    @Test func headingsAreNumberedInChineseNumeralsAndInDigitsInEnglish() {
        // GB/T 9704: first level "三、", second level "（二）"; English "3." and "(2)".
        #expect(DocumentText.heading(3, Bilingual("存在问题", "Problems found")) == Bilingual("三、存在问题", "3. Problems found"))
        #expect(DocumentText.subheading(2, Bilingual("自查报告报送", "Self-inspection reports")) == Bilingual("（二）自查报告报送", "(2) Self-inspection reports"))
        #expect(DocumentText.heading(10, Bilingual("十", "ten")).zh == "十、十")
    }

    @Test func theAttachmentListStartsWithItsLabelAndIndentsTheRestUnderTheFirstTitle() {
        #expect(NoticeText.attachmentLine(1, "计算说明") == Bilingual("附件：1. 计算说明", "Attachments: 1. 计算说明"))
        // Three ideographic spaces stand under "附件：" in Chinese; thirteen spaces under "Attachments: " in English.
        #expect(NoticeText.attachmentLine(2, "T") == Bilingual("\u{3000}\u{3000}\u{3000}2. T", String(repeating: " ", count: 13) + "2. T"))
    }

    @Test func languagePicksTheFormOfACataloguedTextAndOfAList() {
        #expect(Language.zh.pick(DocumentText.total) == "合计")
        #expect(Language.en.pick(DocumentText.total) == "Total")
        #expect(Language.en.pick([DocumentText.yesNo(true), DocumentText.yesNo(false)]) == ["yes", "no"])
        #expect(Language.zh.pick([DocumentText.yesNo(true), DocumentText.yesNo(false)]) == ["是", "否"])
    }

    @Test(arguments: [
        AppendixText.rankingHeaders, AppendixText.failingHeaders, AppendixText.submissionHeaders, NoticeText.resultHeaders,
        SpreadsheetText.rankingHeaders, ListText.resultHeaders, ListText.summonsHeaders, TrackingText.noticeHeaders, PlanPeriodText.tableHeaders,
        ConsequenceTableText.eiaLogHeaders, DepartmentsText.summaryHeaders,
    ])
    func everyColumnHeaderHasBothLanguages(_ headers: [Bilingual]) {
        #expect(!headers.isEmpty)
        #expect(headers.allSatisfy { !$0.zh.isEmpty && !$0.en.isEmpty })
    }
}
