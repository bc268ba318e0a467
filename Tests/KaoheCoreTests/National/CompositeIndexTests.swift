import Foundation
import KaoheCore
import Testing

/// HJ 663 percentiles and the composite index of R-24c, worked by hand.
@Suite struct CompositeIndexTests {
    @Test func percentilesInterpolateAsHJ663Says() {
        let oneToTen = (1...10).map { Decimal($0) }.reversed().map { $0 }
        // n = 10, p = 95: k = 1 + 9·0.95 = 9.55, s = 9; X9 + (X10 − X9)·0.55 = 9 + 0.55 = 9.55.
        #expect(HJ663.percentile(oneToTen, p: 95) == Decimal(string: "9.55"))
        // p = 90: k = 1 + 9·0.9 = 9.1 → 9 + 0.1 = 9.1.
        #expect(HJ663.percentile(oneToTen, p: 90) == Decimal(string: "9.1"))
        // p = 100: k = 10 = n → X10 = 10.
        #expect(HJ663.percentile(oneToTen, p: 100) == 10)
        // CO-like values: sorted 0.5, 0.8, 1.2, 1.5, 2.0; p = 95: k = 1 + 4·0.95 = 4.8, s = 4;
        // 1.5 + (2.0 − 1.5)·0.8 = 1.9.
        let co = ["0.8", "1.2", "0.5", "2.0", "1.5"].map { Decimal(string: $0)! }
        #expect(HJ663.percentile(co, p: 95) == Decimal(string: "1.9"))
        #expect(HJ663.percentile([7], p: 95) == 7)
        #expect(HJ663.percentile([], p: 95) == nil)
    }

    static func d(_ s: String) -> Decimal { Decimal(string: s)! }

    static let daily: [NationalPollutant: [Decimal]] = [
        .so2: [12, 18], .no2: [30, 50], .pm10: [70, 84], .pm25: [35, 49], .co: [d("1.0"), d("2.0")],
    ]

    @Test func theIndexOfAHandWorkedExample() throws {
        // SO2 mean 15 / 60 = 0.25; NO2 40 / 40 = 1; PM10 77 / 70 = 1.1; PM2.5 42 / 35 = 1.2;
        // CO P95 of [1.0, 2.0]: k = 1 + 1·0.95 = 1.95, s = 1 → 1.0 + 1.0·0.95 = 1.95; 1.95 / 4 = 0.4875;
        // O3 P90 of [100, 200]: k = 1.9 → 100 + 100·0.9 = 190; 190 / 160 = 1.1875.
        // Σ = 0.25 + 1 + 1.1 + 1.2 + 0.4875 + 1.1875 = 5.225.
        let index = try #require(CompositeIndex.compute(daily: Self.daily, ozoneMax8h: [200, 100]))
        #expect(index.concentrations[.co] == Self.d("1.95"))
        #expect(index.concentrations[.o3] == 190)
        #expect(index.part(.pm10) == Self.d("1.1"))
        #expect(index.index == Self.d("5.225"))
        #expect(index.days[.so2] == 2)
        // Change against 5.5: (5.225 − 5.5)/5.5 = −0.275/5.5 = −0.05 (improved).
        let previous = try #require(CompositeIndex.compute(daily: Self.daily, ozoneMax8h: [200, 100]))
        var earlier = previous
        earlier.index = Self.d("5.5")
        #expect(index.changeRate(from: earlier) == Self.d("-0.05"))
        #expect(index.changeRate(from: nil) == nil)
    }

    @Test func noIndexWithoutAllSixPollutants() {
        var daily = Self.daily
        daily[.no2] = []
        #expect(CompositeIndex.compute(daily: daily, ozoneMax8h: [100]) == nil)
        #expect(CompositeIndex.compute(daily: Self.daily, ozoneMax8h: []) == nil)
    }

    @Test func aUnitsDayIsTheMeanOfItsStationsValidValues() throws {
        let day1 = Day(year: 2015, month: 1, day: 1)!
        let day2 = Day(year: 2015, month: 1, day: 2)!
        func station(_ code: String, _ day: Day, so2: Decimal?, o3: Decimal?) -> NationalStationDay {
            var means: [NationalPollutant: Decimal] = [.no2: 40, .pm10: 70, .pm25: 35, .co: 2]
            means[.so2] = so2
            return NationalStationDay(station: code, day: day, means: means, hourCounts: [:], ozoneMax8h: o3)
        }
        // Day 1: SO2 (10 + 20)/2 = 15, O3 (150 + 170)/2 = 160; day 2: SO2 only A = 45, O3 only B = 160.
        // SO2 period mean (15 + 45)/2 = 30 → 0.5; NO2 1, PM10 1, PM2.5 1, CO P95 of [2, 2] = 2 → 0.5;
        // O3 P90 of [160, 160] = 160 → 1. Σ = 0.5 + 1 + 1 + 1 + 0.5 + 1 = 5. A day-3 value outside the period
        // is left out.
        let days = [
            station("A", day1, so2: 10, o3: 150), station("B", day1, so2: 20, o3: 170),
            station("A", day2, so2: 45, o3: nil), station("B", day2, so2: nil, o3: 160),
            station("A", Day(year: 2015, month: 1, day: 3)!, so2: 600, o3: 600),
        ]
        let index = try #require(CompositeIndex.forUnit(stationDays: days, period: day1...day2))
        #expect(index.concentrations[.so2] == 30)
        #expect(index.index == 5)
    }
}

/// The completeness a period needs before its index is ranked (R-24, R-24b).
@Suite struct CompositeIndexCompletenessTests {
    @Test func aYearNeeds324DaysAMonth27AndFebruary25() throws {
        let year = Day(year: 2016, month: 1, day: 1)!...Day(year: 2016, month: 12, day: 31)!
        let february = Day(year: 2016, month: 2, day: 1)!...Day(year: 2016, month: 2, day: 29)!
        let march = Day(year: 2016, month: 3, day: 1)!...Day(year: 2016, month: 3, day: 31)!
        #expect(CompositeIndex.requiredDays(year) == 324)
        #expect(CompositeIndex.requiredDays(february) == 25)
        #expect(CompositeIndex.requiredDays(march) == 27)
        #expect(CompositeIndex.requiredDays(Day(year: 2016, month: 3, day: 1)!...Day(year: 2016, month: 3, day: 30)!) == nil)
        // 25 valid days of every pollutant: complete for February, not for March.
        let values = [Decimal](repeating: 10, count: 25)
        let daily: [NationalPollutant: [Decimal]] = [.so2: values, .no2: values, .pm10: values, .pm25: values, .co: values]
        let index = try #require(CompositeIndex.compute(daily: daily, ozoneMax8h: values))
        #expect(index.isComplete(for: february))
        #expect(!index.isComplete(for: march))
        var shortOzone = index
        shortOzone.days[.o3] = 24
        #expect(!shortOzone.isComplete(for: february))
    }
}
