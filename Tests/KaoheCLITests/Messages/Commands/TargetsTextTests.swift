@testable import kaohe
import KaoheCore
import Testing

/// The wording of `kaohe targets`'s catalogue (Sources/kaohe/Messages/Commands/TargetsText.swift), pinned in both languages
/// (issue 13 item 1): the command tests check what is printed, these the sentences the cases are worded with.
@Suite struct TargetsTextTests {
    @Test func aWithdrawalNeedsAReason() {
        let text = TargetsProblem.noReason.wording
        #expect(text.zh == "请用 --reason 给出撤回的理由")
        #expect(text.en == "give the reason for the withdrawal with --reason")
    }
}
