import Foundation
import KaoheCore
import KaoheTracking
import Testing

/// A successor's trend over several years takes its predecessor's months before its first year (issue 21, D-146).
@Suite struct SuccessorTrendTests {
    /// One station at `value` every day of `months` (year, month) of `year`.
    func series(_ station: String, _ value: Decimal, years: ClosedRange<Int>) -> StationSeries {
        var days: [TrackedDay] = []
        for y in years {
            for m in 1...12 {
                for d in 1...Day.daysIn(month: m, year: y) { days.append(TrackedDay(ordinal: Day(year: y, month: m, day: d)!.ordinal, value: value, dust: false)) }
            }
        }
        return StationSeries(presorted: station, days: days)
    }

    @Test func theSuccessorsMonthsBeforeItsFirstYearAreThePredecessors() {
        let recode = Succession(predecessor: "510724", successor: "510705", effective: Day(year: 2016, month: 1, day: 1)!, document: "D", kind: .recode)
        // 安县 at 90 in 2013–2017 (its station kept reporting under the old code), 安州区 at 80 in 2016–2017.
        let all: [String: [StationSeries]] = ["510724": [series("S1", 90, years: 2013...2017)], "510705": [series("S2", 80, years: 2016...2017)]]
        let (months, spans) = SuccessorTrend.monthlyMeans(
            of: "510705", series: all, successions: [recode], from: 2013, through: Day(year: 2017, month: 12, day: 31)!, excludeDust: false)
        // 2013–2015 are 安县's 36 months at 90; 2016–2017 安州区's own 24 at 80 (not 安县's later months).
        #expect(months.count == 60)
        #expect(months.filter { $0.year < 2016 }.allSatisfy { $0.mean == 90 } && months.filter { $0.year >= 2016 }.allSatisfy { $0.mean == 80 })
        #expect(spans == [SuccessorTrend.Span(code: "510724", years: 2013...2015)])
        #expect(SuccessorTrend.label("安州区", predecessors: spans, names: ["510724": "安县"], english: false) == "安州区（2013—2015年为安县）")
        #expect(SuccessorTrend.label("安州区", predecessors: spans, names: ["510724": "安县"], english: true) == "安州区 (安县 in 2013–2015)")
        // The predecessor's own trend is its own months only.
        let own = SuccessorTrend.monthlyMeans(of: "510724", series: all, successions: [recode], from: 2013, through: Day(year: 2017, month: 12, day: 31)!, excludeDust: false)
        #expect(own.months.count == 60 && own.predecessors.isEmpty)
    }
}
