@testable import kaohe
import KaoheCore
import Testing

/// The wording of `kaohe rules`'s catalogue (Sources/kaohe/Messages/Commands/RulesText.swift), pinned in both languages
/// (issue 13 item 1): the command tests check what is printed, these the sentences the cases are worded with.
@Suite struct RulesTextTests {
    @Test func aPassingCheckNamesTheRuleSetAndItsHash() {
        let text = RulesText.passed(file: "r.toml", name: "绵阳", sha256: "ab12")
        #expect(text.zh == "r.toml: 通过 — 规则集“绵阳”，sha256:ab12")
        #expect(text.en == "r.toml: ok — rule set \"绵阳\", sha256:ab12")
    }
}
