@testable import kaohe
import KaoheCore
import Testing

/// The wording of `kaohe settings`'s catalogue (Sources/kaohe/Messages/Commands/SettingsText.swift), pinned in both languages
/// (issue 13 item 1): the command tests check what is printed, these the sentences the cases are worded with.
@Suite struct SettingsTextTests {
    @Test func anEmptyValueNamesTheResetOption() {
        let text = SettingsProblem.emptyValue(field: "city").wording
        #expect(text.zh == "--city 不能为空 — 如需恢复默认值，请用 --reset city")
        #expect(text.en == "--city cannot be empty — to return to the default, use --reset city")
    }

    @Test func aRecordedChangeNamesTheShowCommand() {
        let text = SettingsText.recorded(count: 2)
        #expect(text.zh == "已记录 2 项公文设置（kaohe settings show 查看）。")
        #expect(text.en == "Recorded 2 document setting(s) (see kaohe settings show).")
    }
}
