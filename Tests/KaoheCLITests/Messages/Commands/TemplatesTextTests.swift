@testable import kaohe
import KaoheCore
import Testing

/// The wording of `kaohe templates`'s catalogue (Sources/kaohe/Messages/Commands/TemplatesText.swift), pinned in both languages
/// (issue 13 item 1): the command tests check what is printed, these the sentences the cases are worded with.
@Suite struct TemplatesTextTests {
    @Test func aYearOutsideTheRuleSetNamesItsYears() {
        let text = TemplatesProblem.yearNotAssessed(year: 2020, first: 2014, last: 2017).wording
        #expect(text.zh == "2020 年不在规则集的考核年度 2014–2017 之内 — 请给出要考核的年度")
        #expect(text.en == "2020 is outside the rule set's assessed years 2014–2017 — give a year that is assessed")
    }
}
