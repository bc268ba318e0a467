@testable import kaohe
import KaoheCore
import Testing

/// The wording of `kaohe trend`'s catalogue (Sources/kaohe/Messages/Commands/TrendText.swift), pinned in both languages
/// (issue 13 item 1): the command tests check what is printed, these the sentences the cases are worded with.
@Suite struct TrendTextTests {
    @Test func unitsWithoutATrendAreNamedWithTheirCodes() {
        let text = TrendText.noTrendUnits([("涪城区", "510703"), ("游仙区", "510704")])
        #expect(text.zh == "无完整月份监测数据、不计算趋势的单位：涪城区（510703）、游仙区（510704）")
        #expect(text.en == "Units with no whole month of monitoring data (no trend): 涪城区 (510703), 游仙区 (510704)")
    }
}
