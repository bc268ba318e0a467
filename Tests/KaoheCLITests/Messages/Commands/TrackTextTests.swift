@testable import kaohe
import KaoheCore
import Testing

/// The wording of `kaohe track`'s catalogue (Sources/kaohe/Messages/Commands/TrackText.swift), pinned in both languages
/// (issue 13 item 1): the command tests check what is printed, these the sentences the cases are worded with.
@Suite struct TrackTextTests {
    @Test func anInvalidMonthSaysHowToWriteIt() {
        let text = TrackProblem.invalidMonth(given: "2015-1").wording
        #expect(text.zh == "--month 2015-1：不是有效月份 — 请写成 YYYY-MM（1900 年及以后），如 2015-10")
        #expect(text.en == "--month 2015-1: not a valid month — write it as YYYY-MM (1900 or later), e.g. 2015-10")
    }

    @Test func noDataForAMonthNamesThePollutants() {
        let text = TrackProblem.noMonitoringDataForMonth(pollutants: TrackText.pollutants(["PM10", "PM2.5"]), year: 2015, month: 3, given: "2015-03").wording
        #expect(text.zh == "2015年1—3月没有 PM10、PM2.5 监测数据 — 请先导入（kaohe monitoring import）")
        #expect(text.en == "no PM10 or PM2.5 monitoring data for January–2015-03 — import it first (kaohe monitoring import)")
    }
}
