import Foundation
import KaoheCore
import Testing

/// R-24a hour labels and the daily validity of R-24/R-24b, with expected values worked by hand.
@Suite struct NationalDailyTests {
    let jan1 = Day(year: 2015, month: 1, day: 1)!

    /// Hours 1…24 with value 10·h, leaving out `missing`.
    func ramp(missing: Set<Int> = []) -> [Int: Decimal] {
        var hours: [Int: Decimal] = [:]
        for h in 1...24 where !missing.contains(h) { hours[h] = Decimal(10 * h) }
        return hours
    }

    @Test func hourZeroOfAFileIsHour24OfThePreviousDayAcrossTheYearBoundary() {
        // R-24a: the file of 2015-01-01 labels 00 the hour 23:00–24:00 of 2014-12-31.
        #expect(EndLabelledHour(fileDay: jan1, label: 0) == EndLabelledHour(day: Day(year: 2014, month: 12, day: 31)!, hour: 24))
        #expect(EndLabelledHour(fileDay: jan1, label: 1) == EndLabelledHour(day: jan1, hour: 1))
        #expect(EndLabelledHour(fileDay: jan1, label: 23) == EndLabelledHour(day: jan1, hour: 23))
        #expect(EndLabelledHour(fileDay: Day(year: 2015, month: 3, day: 1)!, label: 0)?.day == Day(year: 2015, month: 2, day: 28))
        #expect(EndLabelledHour(fileDay: jan1, label: 24) == nil)
        #expect(EndLabelledHour(fileDay: jan1, label: -1) == nil)
    }

    @Test func aDailyMeanNeedsTwentyHours() {
        // Hours 1…20 at 10·h: sum 10·(1+…+20) = 10·210 = 2100, over 20 = 105.
        #expect(NationalDaily.mean(ramp(missing: [21, 22, 23, 24])) == 105)
        // 19 hours: not valid (R-24, R-24b).
        #expect(NationalDaily.mean(ramp(missing: [20, 21, 22, 23, 24])) == nil)
        // All 24: 10·300/24 = 125.
        #expect(NationalDaily.mean(ramp()) == 125)
    }

    @Test func anEightHourMeanNeedsSixHoursInItsWindow() {
        // Window ending 08 covers hours 01…08: 10·(1+…+8)/8 = 360/8 = 45.
        #expect(NationalDaily.eightHourMean(ramp(), endingAt: 8) == 45)
        // Without hours 1, 2: hours 3…8, 10·33/6 = 55.
        #expect(NationalDaily.eightHourMean(ramp(missing: [1, 2]), endingAt: 8) == 55)
        // Without hours 1, 2, 3: five hours, not valid.
        #expect(NationalDaily.eightHourMean(ramp(missing: [1, 2, 3]), endingAt: 8) == nil)
    }

    @Test func aDailyMaximumEightHourMeanNeedsFourteenWindows() {
        // All hours: the last window (17…24) is highest, 10·(17+…+24)/8 = 10·164/8 = 205.
        #expect(NationalDaily.maximumEightHourMean(ramp()) == 205)
        // Without 20, 21, 22: windows ending 22, 23, 24 hold 5 hours each → invalid; 17 − 3 = 14 valid.
        // Ending 21: hours 14…19 → 10·99/6 = 165; ending 20: 13…19 → 10·112/7 = 160; so the maximum is 165.
        #expect(NationalDaily.maximumEightHourMean(ramp(missing: [20, 21, 22])) == 165)
        // Also without 1, 2, 3: the window ending 08 has 5 hours → 13 valid windows → no daily maximum.
        #expect(NationalDaily.maximumEightHourMean(ramp(missing: [1, 2, 3, 20, 21, 22])) == nil)
    }

    @Test func aStationDayKeepsOnlyValidValuesAndCountsHours() {
        let day = NationalStationDay.reduce(
            station: "1001A", day: jan1,
            hours: [.pm25: ramp(), .so2: ramp(missing: Set(1...5)), .o3: ramp()])
        #expect(day.means[.pm25] == 125)
        #expect(day.means[.so2] == nil)
        #expect(day.hourCounts[.so2] == 19)
        #expect(day.ozoneMax8h == 205)
    }
}
