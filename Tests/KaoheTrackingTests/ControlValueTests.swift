import Foundation
import KaoheCore
import Testing

@testable import KaoheTracking

/// the remaining-days control value and the status, with the published cases.
struct ControlValueTests {
    static func v(_ n: Int, _ elapsed: Int, _ c: Decimal, _ t: Decimal) -> Decimal? {
        ControlValue.exact(daysInYear: n, elapsed: elapsed, ytdMean: c, required: t)?.roundedGB(0)
    }

    @Test func zhengzhou2015IsPublished132() {
        // 郑州 2015: N 365, T 157, Jan–Oct n 304, C̄ 162.
        // V = (365·157 − 304·162) / (365 − 304) = (57305 − 49248) / 61 = 8057 / 61 = 132.08… → 132.
        #expect(ControlValue.dayOfYear(Day(year: 2015, month: 10, day: 31)!) == 304)
        #expect(Self.v(365, 304, 162, 157) == 132)
        #expect(ControlValue.exact(daysInYear: 365, elapsed: 304, ytdMean: 162, required: 157) == Decimal(8057) / Decimal(61))
        // Status: C̄ 162 > T 157; 162 × 0.85 = 137.7 and V 132 < 137.7 → 严重滞后.
        #expect(ControlValue.status(ytdMean: 162, required: 157, control: 132, severeLag: Decimal(string: "0.15")!) == .seriouslyBehind)
    }

    @Test func county2020LeapYearIsPublished56() {
        // The 2020 county: N 366 (leap year), T 57, through 07-27: n = 31+29+31+30+31+30+27 = 209, C̄ 58.
        // V = (366·57 − 209·58) / (366 − 209) = (20862 − 12122) / 157 = 8740 / 157 = 55.67… → 56.
        let d = Day(year: 2020, month: 7, day: 27)!
        #expect(ControlValue.dayOfYear(d) == 209)
        #expect(Day.daysIn(year: 2020) == 366)
        #expect(Self.v(366, 209, 58, 57) == 56)
        // Status: C̄ 58 > T 57 → at least 预警; 58 × 0.85 = 49.3 and V 56 ≥ 49.3 → 预警, not 严重滞后.
        #expect(ControlValue.status(ytdMean: 58, required: 57, control: 56, severeLag: Decimal(string: "0.15")!) == .warning)
    }

    @Test func controlValueAtOrBelowZeroCannotBeMet() {
        // N 365, T 50, n 300, C̄ 62: (18250 − 18600) / 65 = −350 / 65 = −5.38… → −5 → 已无法完成.
        #expect(Self.v(365, 300, 62, 50) == -5)
        #expect(ControlValue.status(ytdMean: 62, required: 50, control: -5, severeLag: Decimal(string: "0.15")!) == .cannotMeet)
        // Exactly 0: T 60, n 300, C̄ 73: 365·60 = 21900 = 300·73 → V = 0 → 已无法完成 (V ≤ 0).
        #expect(Self.v(365, 300, 73, 60) == 0)
        #expect(ControlValue.status(ytdMean: 73, required: 60, control: 0, severeLag: Decimal(string: "0.15")!) == .cannotMeet)
    }

    @Test func controlValueRoundsHalfToEven() {
        // N 365, n 363, T 61, C̄ 60: (22265 − 21780) / 2 = 485 / 2 = 242.5 → 242 (GB/T 8170, 5 after an even digit).
        #expect(Self.v(365, 363, 60, 61) == 242)
        // T 63: (22995 − 21780) / 2 = 1215 / 2 = 607.5 → 608 (5 after an odd digit).
        #expect(Self.v(365, 363, 60, 63) == 608)
    }

    @Test func statusThresholdIsStrictAndFollowsTheRuleSet() {
        let fifteen = Decimal(string: "0.15")!
        // C̄ 100 > T 90; 100 × 0.85 = 85: V 85 is exactly 15 % below, not more → 预警; V 84 → 严重滞后.
        #expect(ControlValue.status(ytdMean: 100, required: 90, control: 85, severeLag: fifteen) == .warning)
        #expect(ControlValue.status(ytdMean: 100, required: 90, control: 84, severeLag: fifteen) == .seriouslyBehind)
        // A city threshold of 20 %: 100 × 0.8 = 80, so V 84 is only 预警.
        #expect(ControlValue.status(ytdMean: 100, required: 90, control: 84, severeLag: Decimal(string: "0.2")!) == .warning)
        // C̄ equal to T is 进度正常 (≤).
        #expect(ControlValue.status(ytdMean: 90, required: 90, control: 90, severeLag: fifteen) == .onTrack)
        // T kept exact: C̄ 98 against T 97.92 is above it, although T would round to 98.
        #expect(ControlValue.status(ytdMean: 98, required: Decimal(string: "97.92")!, control: 97, severeLag: fifteen) == .warning)
    }

    @Test func noDayLeftDecidesTheYear() {
        // n = N: V has no meaning (division by 0): C̄ ≤ T → 进度正常, else 已无法完成.
        #expect(ControlValue.exact(daysInYear: 365, elapsed: 365, ytdMean: 80, required: 90) == nil)
        #expect(ControlValue.status(ytdMean: 80, required: 90, control: nil, severeLag: Decimal(string: "0.15")!) == .onTrack)
        #expect(ControlValue.status(ytdMean: 91, required: 90, control: nil, severeLag: Decimal(string: "0.15")!) == .cannotMeet)
    }
}
