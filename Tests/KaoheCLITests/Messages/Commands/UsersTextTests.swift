@testable import kaohe
import KaoheCore
import Testing

/// The wording of `kaohe users`'s catalogue (Sources/kaohe/Messages/Commands/UsersText.swift), pinned in both languages
/// (issue 13 item 1): the command tests check what is printed, these the sentences the cases are worded with.
@Suite struct UsersTextTests {
    @Test func anAddedAccountNamesItsRoleAndBinding() {
        let text = UsersText.added(name: "clerk1", role: Bilingual("单位填报员", "clerk"), binding: UsersText.binding("510703"))
        #expect(text.zh == "已新建账号 clerk1（单位填报员，510703）。")
        #expect(text.en == "Account clerk1 added (clerk, 510703).")
    }
}
