import Foundation
import KaoheCore
import Testing

/// Daily rows for one station: `perMonth[m - 1]` valid days in month m (the first days of the month).
private func station(_ code: String = "S1", area: String = "510703", year: Int, perMonth: [Int], value: Decimal = 90) -> [StationDay] {
    (1...12).flatMap { month in
        (1...perMonth[month - 1]).compactMap { day in
            Day(year: year, month: month, day: day).map {
                StationDay(station: code, areaCode: area, day: $0, pm10: DayMeasure(mean: value, hours: nil), pm25: nil, dust: false)
            }
        }
    }
}

/// 27 days in every month (25 in February) plus `extra` days spread over the 31-day months.
private func minimalMonths(extra: Int) -> [Int] {
    var months = (1...12).map { MonitoringValidity.minimumDays(inMonth: $0) }
    var left = extra
    for m in [1, 3, 5, 7, 8, 10, 12] where left > 0 {
        let add = min(4, left)
        months[m - 1] += add
        left -= add
    }
    return months
}

private func year(_ days: [StationDay], _ y: Int, excludeDust: Bool = false) -> StationYear {
    MonitoringAssessment.stationYear(days, station: "S1", year: y, pollutant: .pm10, excludeDust: excludeDust)
}

@Suite struct MonitoringValidityTests {
    @Test func dailyMeanFromNineteenHoursIsInvalidAndFromTwentyValid() {
        let nineteen = DayMeasure.fromHours(Array(repeating: 80, count: 18) + [99])!
        let twenty = DayMeasure.fromHours(Array(repeating: 80, count: 19) + [100])!
        #expect(nineteen == DayMeasure(mean: Decimal(1539) / 19, hours: 19))
        #expect(!nineteen.isValid)
        #expect(twenty == DayMeasure(mean: 81, hours: 20))
        #expect(twenty.isValid)
    }

    @Test func dailyRowIsValidWithoutHours() {
        #expect(DayMeasure(mean: 50, hours: nil).isValid)
    }

    @Test func annualMeanNeeds324ValidDaysCountedAgainstTheCalendar() {
        let short = year(station(year: 2015, perMonth: minimalMonths(extra: 1)), 2015)
        #expect(short.validDays == 323)
        #expect(short.shortfalls == [.tooFewDays(valid: 323, required: 324)])
        #expect(short.annualMean == nil)
        let enough = year(station(year: 2015, perMonth: minimalMonths(extra: 2)), 2015)
        #expect(enough.validDays == 324)
        #expect(enough.shortfalls == [])
        #expect(enough.annualMean == 90)
    }

    @Test func monthWith26ValidDaysFailsAndWith27Passes() {
        var months = (1...12).map { Day.daysIn(month: $0, year: 2015) }
        months[2] = 26
        let failing = year(station(year: 2015, perMonth: months), 2015)
        #expect(failing.shortfalls == [.tooFewDaysInMonth(month: 3, valid: 26, required: 27)])
        #expect(failing.failingMonths == [3])
        months[2] = 27
        #expect(year(station(year: 2015, perMonth: months), 2015).shortfalls == [])
    }

    @Test func februaryOfLeapYearNeeds25ValidDays() {
        var months = (1...12).map { Day.daysIn(month: $0, year: 2016) }
        months[1] = 24
        let failing = year(station(year: 2016, perMonth: months), 2016)
        #expect(failing.validDays == 361)
        #expect(failing.shortfalls == [.tooFewDaysInMonth(month: 2, valid: 24, required: 25)])
        months[1] = 25
        #expect(year(station(year: 2016, perMonth: months), 2016).shortfalls == [])
    }

    @Test func dayFromNineteenHoursDoesNotCountTowardCompleteness() {
        var days = station(year: 2015, perMonth: minimalMonths(extra: 2))
        days[0].pm10 = DayMeasure(mean: 500, hours: 19)
        let y = year(days, 2015)
        #expect(y.validDays == 323)
        #expect(y.annualMean == nil)
    }

    @Test func annualMeanIsTheExactMeanOfValidDailyMeans() {
        var days = station(year: 2015, perMonth: (1...12).map { Day.daysIn(month: $0, year: 2015) })
        days[0].pm10 = DayMeasure(mean: 455, hours: 24)
        days[1].pm10 = DayMeasure(mean: 1000, hours: 3)
        #expect(year(days, 2015).annualMean == (Decimal(90 * 363) + 455) / 364)
    }

    @Test func excludedDustDaysCountAsValidButLeaveTheMean() {
        var days = station(year: 2015, perMonth: minimalMonths(extra: 2))
        days[0].dust = true
        days[0].pm10 = DayMeasure(mean: 900, hours: nil)
        let excluded = year(days, 2015, excludeDust: true)
        #expect(excluded.validDays == 324)
        #expect(excluded.excludedDustDays == 1)
        #expect(excluded.annualMean == 90)
        #expect(year(days, 2015).annualMean == (Decimal(90 * 323) + 900) / 324)
    }

    @Test func unitMeanAveragesOnlyStationsWithValidAnnualMeans() {
        let full = (1...12).map { Day.daysIn(month: $0, year: 2015) }
        var thin = full
        thin[5] = 20
        let days = station("A", year: 2015, perMonth: full, value: 90) + station("B", year: 2015, perMonth: full, value: 95)
            + station("C", year: 2015, perMonth: thin, value: 300) + station("D", area: "510704", year: 2015, perMonth: thin)
        let units = MonitoringAssessment.units(MonitoringAssessment.stationYears(days, year: 2015, pollutant: .pm10, excludeDust: false))
        #expect(units.map(\.areaCode) == ["510703", "510704"])
        #expect(units[0].mean == Decimal(185) / 2)
        #expect(units[0].validStations == 2)
        #expect(units[0].stations.map(\.station) == ["A", "B", "C"])
        #expect(units[1].mean == nil)
        #expect(units[1].stations[0].failingMonths == [6])
    }
}

@Suite struct DiscrepancyTests {
    @Test func differenceAboveToleranceAfterRoundingIsADiscrepancy() {
        let d = Discrepancy(reported: 94, monitored: Decimal(string: "97.153")!, tolerance: 1)
        #expect((d.reported, d.monitored, d.difference, d.isDiscrepancy) == (94, 97, -3, true))
    }

    @Test func differenceEqualToToleranceIsNotADiscrepancy() {
        #expect(!Discrepancy(reported: 95, monitored: Decimal(string: "96.4")!, tolerance: 1).isDiscrepancy)
    }

    @Test func valuesAreRoundedHalfToEvenBeforeComparing() {
        // 96.5 rounds to 96 and 94.5 to 94: a raw difference of 2 becomes 2 after rounding, flagged;
        // 95.5 rounds to 96: against 97 the rounded difference is 1, not flagged.
        #expect(Discrepancy(reported: Decimal(string: "94.5")!, monitored: Decimal(string: "96.5")!, tolerance: 1).difference == -2)
        #expect(!Discrepancy(reported: Decimal(string: "95.5")!, monitored: 97, tolerance: 1).isDiscrepancy)
    }
}
