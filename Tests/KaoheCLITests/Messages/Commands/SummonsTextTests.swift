@testable import kaohe
import KaoheCore
import Testing

/// The wording of `kaohe summons`'s catalogue (Sources/kaohe/Messages/Commands/SummonsText.swift), pinned in both languages
/// (issue 13 item 1): the command tests check what is printed, these the sentences the cases are worded with.
@Suite struct SummonsTextTests {
    @Test func anUnknownSummonsNamesTheListCommand() {
        let text = SummonsProblem.noSuchSummons(id: 7).wording
        #expect(text.zh == "没有约谈 7 — 用 kaohe summons list 查看")
        #expect(text.en == "there is no summons 7 — see kaohe summons list")
    }
}
