import KaoheCore
import KaoheTracking
import Testing

/// The period to date and the same span a year before (D-138).
@Suite struct CompositeRankingToDateTests {
    @Test func thePeriodRunsFromTheFirstOfJanuaryAndLastYearsSpanEndsOnTheSameDay() {
        let through = Day(year: 2016, month: 2, day: 29)!
        #expect(CompositeRankingToDate.period(through: through) == Day(year: 2016, month: 1, day: 1)!...through)
        // 2015 has no 29 February: the span ends on the 28th.
        #expect(CompositeRankingToDate.previous(through: through) == Day(year: 2015, month: 1, day: 1)!...Day(year: 2015, month: 2, day: 28)!)
        let october = Day(year: 2015, month: 10, day: 15)!
        #expect(CompositeRankingToDate.previous(through: october) == Day(year: 2014, month: 1, day: 1)!...Day(year: 2014, month: 10, day: 15)!)
    }

    @Test func aUnitWithoutStationDaysIsShortOfEveryPollutantAndNothingIsRanked() {
        let area = Area(code: "510703", name: "涪城区", type: .county)
        let (ranked, short) = CompositeRankingToDate.rank(units: [area], days: [], through: Day(year: 2015, month: 2, day: 10)!)
        #expect(ranked.isEmpty)
        #expect(short.map(\.pollutant) == NationalPollutant.allCases)
        #expect(short.allSatisfy { $0.month == nil && $0.validDays == 0 && $0.required == 1 })
    }
}
