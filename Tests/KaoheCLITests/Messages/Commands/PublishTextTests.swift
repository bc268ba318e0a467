@testable import kaohe
import KaoheCore
import Testing

/// The wording of `kaohe publish`'s catalogue (Sources/kaohe/Messages/Commands/PublishText.swift), pinned in both languages
/// (issue 13 item 1): the command tests check what is printed, these the sentences the cases are worded with.
@Suite struct PublishTextTests {
    @Test func noRunNamesTheAssessCommand() {
        let text = PublishProblem.noRun(year: 2015).wording
        #expect(text.zh == "2015 年尚无考核运行 — 请先运行 kaohe assess --year 2015")
        #expect(text.en == "no run for 2015 — run kaohe assess --year 2015 first")
    }
}
