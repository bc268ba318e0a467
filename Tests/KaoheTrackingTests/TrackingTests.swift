import Foundation
import KaoheCore
import Testing

@testable import KaoheTracking

/// through `Tracking.track`: station means, same period last year, T from the engine, V, status.
struct TrackingTests {
    static let fucheng = Area(code: "510703", name: "涪城区", type: .district)
    static let rules = RuleSet.builtInDefault

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    /// Station-days with a daily value (hours nil) from `from` through `to`, all `value`.
    static func days(_ station: String, _ from: Day, _ to: Day, _ value: Decimal, hours: Int? = nil, area: String = "510703") -> [StationDay] {
        (from.ordinal...to.ordinal).map {
            StationDay(station: station, areaCode: area, day: Day(ordinal: $0), pm10: DayMeasure(mean: value, hours: hours), pm25: nil, dust: false)
        }
    }

    static func explicit(_ year: Int, base: Decimal, percent: Decimal) -> Target {
        Target(areaCode: "510703", year: year, baseYear: 2013, baseConcentration: base, kind: .percentDecline, value: percent)
    }

    static func track(_ days: [StationDay], targets: [Target], asOf: Day, rules: RuleSet = rules) -> UnitTrack {
        Tracking.track(area: fucheng, stations: StationSeries.from(days, pollutant: .pm10), targets: targets, asOf: asOf, rules: rules)
    }

    @Test func ytdIsTheMeanOfStationMeansAndAnInvalidDayIsLeftOut() {
        // Station A: 2015-01-01…10 at 100. Station B: 2015-01-01…10 at 80, except 01-05 from 19 hours only
        // (invalid, R-24), recorded as 10 — if it were counted B would be (8·80+10+80)/10 = 73.
        // A = 100, B = 80 (9 valid days), YTD = (100 + 80) / 2 = 90.
        // Last year: A 2014-01-01…10 at 125 → 同期 = 125; change (90 − 125) / 125 = −0.28.
        // T: explicit 2015 target 4 % of base 102 → T = 102 × 0.96 = 97.92 (R-8, R-11, exact).
        // N 365, n 10: V = (365·97.92 − 10·90) / 355 = (35740.8 − 900) / 355 = 34840.8 / 355 = 98.14… → 98.
        // 90 ≤ 97.92 → 进度正常.
        var days = Self.days("A", Self.day(2015, 1, 1), Self.day(2015, 1, 10), 100)
        days += Self.days("B", Self.day(2015, 1, 1), Self.day(2015, 1, 4), 80)
        days += Self.days("B", Self.day(2015, 1, 5), Self.day(2015, 1, 5), 10, hours: 19)
        days += Self.days("B", Self.day(2015, 1, 6), Self.day(2015, 1, 10), 80)
        days += Self.days("A", Self.day(2014, 1, 1), Self.day(2014, 1, 10), 125)
        let t = Self.track(days, targets: [Self.explicit(2015, base: 102, percent: 4)], asOf: Self.day(2015, 1, 10))
        #expect(t.coverage == .tracked)
        #expect(t.ytd.mean == 90)
        #expect(t.ytd.stations.map(\.validDays) == [10, 9])
        #expect(t.ytdLastYear.mean == 125)
        #expect(t.ytdChange == Decimal(string: "-0.28")!)
        #expect(t.requirement?.concentration == Decimal(string: "97.92")!)
        #expect(t.daysElapsed == 10 && t.daysInYear == 365 && t.daysRemaining == 355)
        #expect(t.control == Decimal(string: "34840.8")! / 355)
        #expect(t.controlRounded == 98)
        #expect(t.status == .onTrack)
        // The month is January, so the month mean equals the YTD mean here.
        #expect(t.month.mean == 90)
    }

    @Test func aMonthWithAnInvalidStationLeavesItOut() {
        // February 2015: station A valid at 60 every day; station C has only 15-hour days (all invalid) at 200.
        // Month mean = A alone = 60; C is listed with 0 valid days and no mean.
        var days = Self.days("A", Self.day(2015, 2, 1), Self.day(2015, 2, 28), 60)
        days += Self.days("C", Self.day(2015, 2, 1), Self.day(2015, 2, 28), 200, hours: 15)
        let t = Self.track(days, targets: [Self.explicit(2015, base: 102, percent: 4)], asOf: Self.day(2015, 2, 28))
        #expect(t.month.mean == 60)
        #expect(t.month.stations.map(\.station) == ["A", "C"])
        #expect(t.month.stations[1].validDays == 0 && t.month.stations[1].mean == nil)
        #expect(t.month.meanStations == 1)
        // In the notice, C is incomplete for February (0 < 25) and A is not (28 ≥ 25).
        let notice = MonthlyNotice.build(
            year: 2015, month: 2, areas: [Self.fucheng], series: ["510703": StationSeries.from(days, pollutant: .pm10)],
            targets: [:], rules: Self.rules)
        #expect(notice.incomplete.map(\.station) == ["C"])
        #expect(notice.incomplete.first?.required == 25)
    }

    @Test func stationsThatChangeDuringTheYearAreEachAveragedOverTheirOwnDays() {
        // Station A runs 2015-01-01…06-30 (181 days) at 100, station B 07-01…12-31 (184 days) at 40.
        // YTD = mean of station means = (100 + 40) / 2 = 70 exactly; a day-weighted mean would be
        // (181·100 + 184·40) / 365 = 25460 / 365 = 69.75…, which R-27 does not use.
        // December's mean is B's alone: 40.
        // T: final 2017 target 10 % of base 100, 2015 share 35 % → required decline 3.5 % → T = 96.5.
        // Through 12-31 no day remains: V is not defined and 70 ≤ 96.5 decides 进度正常.
        var days = Self.days("A", Self.day(2015, 1, 1), Self.day(2015, 6, 30), 100)
        days += Self.days("B", Self.day(2015, 7, 1), Self.day(2015, 12, 31), 40)
        let final = Target(areaCode: "510703", year: 2017, baseYear: 2013, baseConcentration: 100, kind: .percentDecline, value: 10, isFinal: true)
        let t = Self.track(days, targets: [final], asOf: Self.day(2015, 12, 31))
        #expect(t.ytd.mean == 70)
        #expect(t.ytd.stations.map(\.validDays) == [181, 184])
        #expect(t.month.mean == 40)
        #expect(t.month.stations.map(\.station) == ["B"])
        #expect(t.requirement?.concentration == Decimal(string: "96.5")!)
        #expect(t.daysRemaining == 0 && t.control == nil)
        #expect(t.status == .onTrack)
    }

    @Test func leapYearCountsTheTwentyNinthAndComparesWithTheTwentyEighth() {
        // As of 2016-02-29: n = 31 + 29 = 60, N = 366. 同期 ends 2015-02-28 (no 02-29 in 2015).
        // A: 2016-01-01…02-29 at 70; 2015-01-01…02-28 at 80, plus a stray 2015-03-01 at 500 that must not count.
        // T: explicit 2016 target 7 % of base 98 → T = 98 × 0.93 = 91.14.
        // V = (366·91.14 − 60·70) / 306 = (33357.24 − 4200) / 306 = 29157.24 / 306 = 95.28… → 95.
        var days = Self.days("A", Self.day(2016, 1, 1), Self.day(2016, 2, 29), 70)
        days += Self.days("A", Self.day(2015, 1, 1), Self.day(2015, 2, 28), 80)
        days += Self.days("A", Self.day(2015, 3, 1), Self.day(2015, 3, 1), 500)
        let t = Self.track(days, targets: [Self.explicit(2016, base: 98, percent: 7)], asOf: Self.day(2016, 2, 29))
        #expect(t.daysElapsed == 60 && t.daysInYear == 366)
        #expect(t.ytdLastYear.through == Self.day(2015, 2, 28))
        #expect(t.ytdLastYear.mean == 80)
        #expect(t.monthLastYear.mean == 80)
        #expect(t.requirement?.concentration == Decimal(string: "91.14")!)
        #expect(t.controlRounded == 95)
        #expect(t.status == .onTrack)
    }

    @Test func aUnitFarAboveItsRequirementCannotMeetIt() {
        // 2015-01-01…10-31 (304 days) at 150; T = 97.92 (4 % of 102).
        // V = (365·97.92 − 304·150) / 61 = (35740.8 − 45600) / 61 = −9859.2 / 61 = −161.6… → −162 → 已无法完成.
        let days = Self.days("A", Self.day(2015, 1, 1), Self.day(2015, 10, 31), 150)
        let t = Self.track(days, targets: [Self.explicit(2015, base: 102, percent: 4)], asOf: Self.day(2015, 10, 31))
        #expect(t.controlRounded == -162)
        #expect(t.status == .cannotMeet)
    }

    @Test func noMonitoringDataAndNoTargetAreSaidNotGuessed() {
        let none = Self.track([], targets: [Self.explicit(2015, base: 102, percent: 4)], asOf: Self.day(2015, 5, 31))
        #expect(none.coverage == .noMonitoringData)
        #expect(none.ytdRounded == nil && none.control == nil && none.status == nil)
        let days = Self.days("A", Self.day(2015, 1, 1), Self.day(2015, 5, 31), 60)
        let noTarget = Self.track(days, targets: [], asOf: Self.day(2015, 5, 31))
        #expect(noTarget.coverage == .noTarget)
        #expect(noTarget.ytdRounded == 60 && noTarget.requirement == nil && noTarget.status == nil)
    }

    @Test func requirementComesFromTheEngineAndStaysExact() {
        // 消减值 8 on base 96, 2015 share 35 % → reduction 2.8, decline 2.8 / 96 = 0.029166… (does not
        // terminate) → T = 96 − 2.8 = 93.2 exactly, not 93.19999….
        let target = Target(areaCode: "510703", year: 2017, baseYear: 2013, baseConcentration: 96, kind: .absoluteReduction, value: 8, isFinal: true)
        let r = YearRequirement.of(area: Self.fucheng, targets: [target], year: 2015, rules: Self.rules)
        #expect(r?.concentration == Decimal(string: "93.2")!)
        #expect(YearRequirement.of(area: Self.fucheng, targets: [], year: 2015, rules: Self.rules) == nil)
    }
}

/// The integer fast path of period sums gives the same exact means as Decimal addition.
struct PeriodSumTests {
    @Test func microIsExactOrAbsent() {
        #expect(TrackedDay.micro(Decimal(string: "87.3")!) == 87_300_000)
        #expect(TrackedDay.micro(Decimal(string: "-0.000001")!) == -1)
        #expect(TrackedDay.micro(Decimal(string: "0.0000001")!) == nil)  // seven decimals
        #expect(TrackedDay.micro(Decimal(100) / Decimal(3)) == nil)  // a mean of hours that does not terminate
    }

    @Test func mixedSeriesFallsBackToDecimalAndAgrees() {
        // Days 1–3 at 10.5, 20.25, 100/3 (no micro): total 30.75 + 33.333… = 64.0833…, mean ÷ 3.
        // Days 1–2 alone take the integer path: (10.5 + 20.25) / 2 = 15.375 exactly.
        let d = (1...3).map { Day(year: 2015, month: 1, day: $0)!.ordinal }
        let third = Decimal(100) / Decimal(3)
        let s = StationSeries(station: "S", days: [
            TrackedDay(ordinal: d[0], value: Decimal(string: "10.5")!, dust: false),
            TrackedDay(ordinal: d[1], value: Decimal(string: "20.25")!, dust: false),
            TrackedDay(ordinal: d[2], value: third, dust: false),
        ])
        let two = PeriodMeans.mean([s], from: Day(ordinal: d[0]), through: Day(ordinal: d[1]), excludeDust: false)
        #expect(two.mean == Decimal(string: "15.375")!)
        let three = PeriodMeans.mean([s], from: Day(ordinal: d[0]), through: Day(ordinal: d[2]), excludeDust: false)
        #expect(three.mean == (Decimal(string: "30.75")! + third) / 3)
    }
}
