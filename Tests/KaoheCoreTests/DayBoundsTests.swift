import Foundation
import KaoheCore
import Testing

/// Issue 12 item 12: the calendar's last year and the edges of `Day` never trap.
@Suite struct DayBoundsTests {
    @Test func item12_daysOfYear9999AndDurationsPastTheCalendar() {
        // Day(ordinal:) used to look one year ahead, 10000, and trap for every day of 9999.
        #expect(Day(ordinal: Day.last.ordinal) == Day.last)
        #expect(Day(year: 9999, month: 6, day: 1)!.adding(days: 1) == Day(year: 9999, month: 6, day: 2)!)
        #expect(Day.last.adding(checkedDays: 1) == nil)
        #expect(Day.first.adding(checkedDays: -1) == nil)
        #expect(Day.first.adding(checkedDays: Int.max) == nil)
        #expect(Day(year: 2015, month: 12, day: 31)!.adding(checkedDays: 1) == Day(year: 2016, month: 1, day: 1)!)
        // A stored freeze whose minimum duration runs past the calendar ends at 9999-12-31, without a trap.
        let area = Area(code: "510703", name: "涪城区", type: .district)
        let terms = FreezeSettings(minimumDays: 3_000_000)
        let freeze = Freeze(
            id: 1, area: area, runID: 1, year: 2015, kind: .annual, document: "X", startedOn: Day(year: 2016, month: 3, day: 15)!, terms: terms)
        #expect(freeze.earliestLift == Day.last)
    }
}
