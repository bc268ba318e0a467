@testable import kaohe
import KaoheCore
import Testing

/// The wording of `kaohe stations`'s catalogue (Sources/kaohe/Messages/Commands/StationsText.swift), pinned in both languages
/// (issue 13 item 1): the command tests check what is printed, these the sentences the cases are worded with.
@Suite struct StationsTextTests {
    @Test func noListInForceNamesTheFirstDayWhenThereIsOne() {
        let text = StationsProblem.noListInForce(day: "2014-06-01", firstEffective: "2015-01-01").wording
        #expect(text.zh == "2014-06-01 没有生效的监测点列表（最早的列表自 2015-01-01 起生效） — 请用 kaohe stations import 列表 --effective 日期 导入")
        #expect(text.en == "no station list is in force on 2014-06-01 (the first takes effect on 2015-01-01) — import one with kaohe stations import LIST --effective DATE")
    }

    @Test func noListInForceWithoutAnyList() {
        let text = StationsProblem.noListInForce(day: "2014-06-01", firstEffective: nil).wording
        #expect(text.zh == "2014-06-01 没有生效的监测点列表 — 请用 kaohe stations import 列表 --effective 日期 导入")
        #expect(text.en == "no station list is in force on 2014-06-01 — import one with kaohe stations import LIST --effective DATE")
    }
}
