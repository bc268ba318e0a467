import Foundation
import KaoheCore
import Testing

@testable import KaoheRules

/// Issue 12 item 12: rule-set durations and years are bounded where they are read.
@Suite struct RuleSetDateBoundsTests {
    @Test func item12_minimumDaysBeyondTheCalendarIsALocatedError() {
        let text = RuleSetLoaderTests.edited("minimum_days = 0", "minimum_days = 3000000")
        let line = RuleSetLoaderTests.line(of: "minimum_days = 3000000", in: text)
        #expect(RuleSetLoaderTests.errors(text) == [
            "city-rules.toml:\(line):1: minimum_days = 3000000 is more than 36525 days (100 years) — give a minimum duration in days, at most 36525"
        ])
    }

    @Test func item12_periodYearsOutsideTheRangeAndAPeriodWithoutAnAssessedYearAreLocatedErrors() {
        let far = RuleSetLoaderTests.edited("final_year = 2017", "final_year = 99999")
        #expect(RuleSetLoaderTests.errors(far).contains { $0.contains("final_year = 99999 is outside 1900–2100") })
        // base_year = first_year = final_year used to trap building the range base_year + 1 … final_year.
        let empty = RuleSetLoaderTests.edited(
            "first_year = 2013", "first_year = 2017", in: RuleSetLoaderTests.edited("base_year = 2013", "base_year = 2017"))
        #expect(RuleSetLoaderTests.errors(empty).contains { $0.contains("with final_year after base_year") })
    }
}
