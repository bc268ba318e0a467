import Foundation
import Testing

@testable import KaoheCore

/// A station-day's hours as one block (D-164): slots and masks, and the validity the staged import counts from
/// the hours present alone, which must be the answer of reducing the day (R-24, R-24b).
@Suite struct NationalDayHoursTests {
    /// A block with `hours` of each pollutant present (value 1 each).
    func block(_ hours: [NationalPollutant: [Int]]) -> NationalDayHours {
        var b = NationalDayHours()
        for (p, list) in hours {
            for h in list { b.set(slot: NationalDayHours.slot(p, hour: h), .init(value: 1, file: 0, line: h, column: 4)) }
        }
        return b
    }

    func reducedHasValue(_ b: NationalDayHours) -> Bool {
        var hours: [NationalPollutant: [Int: Decimal]] = [:]
        for p in NationalPollutant.allCases {
            let h = b.hours(p)
            if !h.isEmpty { hours[p] = h }
        }
        let d = NationalStationDay.reduce(station: "S", day: Day(year: 2015, month: 1, day: 1)!, hours: hours)
        return !d.means.isEmpty || d.ozoneMax8h != nil
    }

    @Test func slotsAndMasksFollowThePollutantsOrderAndTheEndHour() {
        #expect(NationalPollutant.allCases.map(\.rank) == [0, 1, 2, 3, 4, 5])
        #expect(NationalDayHours.slot(.so2, hour: 1) == 0 && NationalDayHours.slot(.o3, hour: 24) == 143)
        let b = block([.co: [1, 24]])
        // CO is rank 4: bits 0 and 23 of its mask.
        #expect(b.masks == [0, 0, 0, 0, 1 | 1 << 23, 0])
        #expect(b.has(slot: 4 * 24) && b.has(slot: 4 * 24 + 23) && !b.has(slot: 4 * 24 + 1))
        #expect(b.hours(.co) == [1: 1, 24: 1] && b.hours(.so2).isEmpty)
    }

    /// Worked by hand (R-24: 20 hours for a mean; R-24b: an 8-hour window needs 6 hours, the O3 maximum 14 of
    /// the 17 windows ending 8…24, window e covering hours e−7…e).
    @Test func handWorkedDays() {
        // 19 hours of SO2: no mean; 20: a mean.
        #expect(!block([.so2: Array(1...19)]).hasValidValue)
        #expect(block([.so2: Array(1...20)]).hasValidValue)
        // O3 hours 5…21 (17 hours, no mean): windows ending 10…23 hold 6 or more (e=10: 5…10; e=23: 16…21 = 6;
        // e=24: 17…21 = 5; e=9: 5…9 = 5): 14 windows, a maximum 8-hour mean.
        #expect(block([.o3: Array(5...21)]).hasValidValue)
        // O3 hours 5…20: windows ending 10…22 only (e=23: 16…20 = 5): 13, none.
        #expect(!block([.o3: Array(5...20)]).hasValidValue)
        // 19 hours of every pollutant but O3 (whose 17 hours above are not enough windows): nothing valid.
        #expect(!block([.so2: Array(1...19), .no2: Array(6...24), .pm10: Array(1...19), .o3: Array(5...20)]).hasValidValue)
        #expect(!NationalDayHours().hasValidValue)
    }

    /// A 64-bit LCG, so every run draws the same days.
    struct Seeded {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    @Test func validityFromTheHoursPresentIsTheReducedDays() {
        var g = Seeded(state: 162)
        var valid = 0
        for _ in 0..<3_000 {
            var hours: [NationalPollutant: [Int]] = [:]
            for p in NationalPollutant.allCases where g.next(3) == 0 {
                // Mostly near the thresholds: keep each hour with a probability of 70–100 %.
                let keep = 7 + g.next(4)
                hours[p] = (1...24).filter { _ in g.next(10) < keep }
            }
            let b = block(hours)
            #expect(b.hasValidValue == reducedHasValue(b), "\(hours)")
            if b.hasValidValue { valid += 1 }
        }
        // Both answers occur often enough to matter.
        #expect(valid > 300 && valid < 2_700)
    }
}
