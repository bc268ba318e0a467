@testable import kaohe
import KaoheCore
import Testing

/// The wording of `kaohe national`'s catalogue (Sources/kaohe/Messages/Commands/NationalText.swift), pinned in both languages
/// (issue 13 item 1): the command tests check what is printed, these the sentences the cases are worded with.
@Suite struct NationalTextTests {
    @Test func unknownUnitsAreListedWithTheirFile() {
        let text = NationalProblem.unknownUnits(file: "map.csv", units: ["510703", "510704"]).wording
        #expect(text.zh == "map.csv：区域 510703、510704 未导入 — 请先用 kaohe areas import 导入区域，或更正区域代码")
        #expect(text.en == "map.csv: unit(s) 510703, 510704 are not stored — import them with kaohe areas import first, or correct the codes")
    }

    @Test func aMonthIsWrittenWithTwoDigitsInEnglish() {
        let text = NationalText.rankingTitle(NationalText.period(year: 2015, month: 3))
        #expect(text.zh == "2015 年 3 月 环境空气质量综合指数排名（R-24c，越小越好）")
        #expect(text.en == "2015-03 composite index ranking (R-24c, lower is better)")
    }
}
