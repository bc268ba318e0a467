import Foundation
import KaoheCore
import Testing

@testable import KaoheTracking

/// rankings and the names a monthly notice must carry.
struct RankingTests {
    static func area(_ code: String) -> Area { Area(code: code, name: "单位\(code)", type: .county) }

    @Test func ranksAscendingWithSharedRanksForTies() {
        // Monthly means (whole μg/m³, one station each, March 2015): U1 70, U2 60, U3 70, U4 none.
        // Ascending: U2 60 → 1; U1 70, U3 70 → both 2; U4 has no data and is not ranked.
        let values: [String: Decimal] = ["U1": 70, "U2": 60, "U3": 70]
        var series: [String: [StationSeries]] = [:]
        for (code, v) in values {
            let days = (Day(year: 2015, month: 3, day: 1)!.ordinal...Day(year: 2015, month: 3, day: 31)!.ordinal).map {
                TrackedDay(ordinal: $0, value: v, dust: false)
            }
            series[code] = [StationSeries(station: code + "-S", days: days)]
        }
        let areas = ["U1", "U2", "U3", "U4"].map(Self.area)
        let notice = MonthlyNotice.build(year: 2015, month: 3, areas: areas, series: series, targets: [:], rules: .builtInDefault)
        #expect(notice.rankings[0].monthByConcentration.map(\.area.code) == ["U2", "U1", "U3"])
        #expect(notice.rankings[0].monthByConcentration.map(\.rank) == [1, 2, 2])
        #expect(notice.noData.map(\.code) == ["U4"])
        // No data last year: no change, so no change ranking.
        #expect(notice.rankings[0].monthByChange.isEmpty)
        // March alone had data, so the YTD ranking is the same as the month's.
        #expect(notice.rankings[0].ytdByConcentration.map(\.value) == [60, 70, 70])
        #expect(notice.monthly["U2"]?.map(\.mean) == [nil, nil, 60])
    }

    /// Four units in March 2015, one station each with every day of March at one value (so YTD = month):
    /// A 80 and C 70 are PM10 units (A by its target, C without targets by the rule set's default); B 40 and
    /// D 60 are PM2.5 units by their targets (R-5 revised).
    static func mixedNotice() -> MonthlyNotice {
        let values: [String: Decimal] = ["A": 80, "B": 40, "C": 70, "D": 60]
        var series: [String: [StationSeries]] = [:]
        for (code, v) in values {
            let days = (Day(year: 2015, month: 3, day: 1)!.ordinal...Day(year: 2015, month: 3, day: 31)!.ordinal).map {
                TrackedDay(ordinal: $0, value: v, dust: false)
            }
            series[code] = [StationSeries(station: code + "-S", days: days)]
        }
        func target(_ code: String, _ p: Pollutant, base: Decimal) -> Target {
            Target(areaCode: code, year: 2015, pollutant: p, baseYear: 2013, baseConcentration: base, kind: .percentDecline, value: 10)
        }
        let targets = ["A": [target("A", .pm10, base: 100)], "B": [target("B", .pm25, base: 50)], "D": [target("D", .pm25, base: 60)]]
        return MonthlyNotice.build(
            year: 2015, month: 3, areas: ["A", "B", "C", "D"].map(Self.area), series: series, targets: targets, rules: .builtInDefault)
    }

    /// R-5 (revised): each unit is tracked on its own pollutant and ranked only among units of that pollutant.
    @Test func unitsOfDifferentPollutantsAreRankedInSeparateLists() {
        let n = Self.mixedNotice()
        #expect(n.pollutants == [.pm10, .pm25])
        #expect(n.units.map(\.pollutant) == [.pm10, .pm25, .pm10, .pm25])
        // Worked by hand. PM10: C 70 → 1, A 80 → 2. PM2.5: B 40 → 1, D 60 → 2. One list of all four would
        // have put B and D (PM2.5 figures, lower by nature) ahead of both PM10 units.
        #expect(n.rankings.map(\.pollutant) == [.pm10, .pm25])
        #expect(n.rankings[0].monthByConcentration.map(\.area.code) == ["C", "A"])
        #expect(n.rankings[0].monthByConcentration.map(\.rank) == [1, 2])
        #expect(n.rankings[0].ytdByConcentration.map(\.value) == [70, 80])
        #expect(n.rankings[1].monthByConcentration.map(\.area.code) == ["B", "D"])
        #expect(n.rankings[1].ytdByConcentration.map(\.value) == [40, 60])
        #expect(n.rankings[1].ytdByConcentration.map(\.rank) == [1, 2])
        // T = base × (1 − 10 %): A 90, B 45, D 54; C has no target (R-8a): no T, whatever the others share.
        // N 365, n 31 + 28 + 31 = 90, N − n 275:
        //   A: V = (365·90 − 90·80)/275 = (32850 − 7200)/275 = 93.27… → 93; 80 ≤ 90 → 进度正常.
        //   B: V = (365·45 − 90·40)/275 = (16425 − 3600)/275 = 46.63… → 47; 40 ≤ 45 → 进度正常.
        //   D: V = (365·54 − 90·60)/275 = (19710 − 5400)/275 = 52.03… → 52; 60 > 54 → 预警 (52 is not
        //      more than 15 % below 60, i.e. not below 51).
        #expect(n.units.map(\.requirement?.concentration) == [90, 45, nil, 54])
        #expect(n.units.map(\.controlRounded) == [93, 47, nil, 52])
        #expect(n.units.map(\.status) == [.onTrack, .onTrack, nil, .warning])
        #expect(n.warnings.map(\.area.code) == ["D"])
    }

    /// With every unit on one pollutant there is one set of rankings, of that pollutant, even when it is not
    /// the rule set's (PM2.5 units under the PM10 default).
    @Test func aSinglePollutantGivesOneSetOfRankings() {
        let onlyPM25 = MonthlyNotice.build(
            year: 2015, month: 3, areas: [Self.area("B"), Self.area("D")], series: [:], targets: [
                "B": [Target(areaCode: "B", year: 2015, pollutant: .pm25, baseYear: 2013, baseConcentration: 50, kind: .percentDecline, value: 10)],
                "D": [Target(areaCode: "D", year: 2015, pollutant: .pm25, baseYear: 2013, baseConcentration: 60, kind: .percentDecline, value: 10)],
            ], rules: .builtInDefault)
        #expect(onlyPM25.pollutants == [.pm25])
        #expect(onlyPM25.rankings.map(\.pollutant) == [.pm25])
    }
}
