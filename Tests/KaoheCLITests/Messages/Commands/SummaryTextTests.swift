@testable import kaohe
import KaoheCore
import Testing

/// The wording of `kaohe summary`'s catalogue (Sources/kaohe/Messages/Commands/SummaryText.swift), pinned in both languages
/// (issue 13 item 1): the command tests check what is printed, these the sentences the cases are worded with.
@Suite struct SummaryTextTests {
    @Test func noRunNamesTheKindAndTheAssessCommand() {
        let text = SummaryProblem.noRun(year: 2015, kind: Bilingual("年度考核", "annual")).wording
        #expect(text.zh == "2015 年尚无年度考核运行 — 先运行 kaohe assess --year 2015")
        #expect(text.en == "no annual assessment run for 2015 — run kaohe assess --year 2015 first")
    }
}
