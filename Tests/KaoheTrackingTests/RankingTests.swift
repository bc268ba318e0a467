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
        #expect(notice.monthByConcentration.map(\.area.code) == ["U2", "U1", "U3"])
        #expect(notice.monthByConcentration.map(\.rank) == [1, 2, 2])
        #expect(notice.noData.map(\.code) == ["U4"])
        // No data last year: no change, so no change ranking.
        #expect(notice.monthByChange.isEmpty)
        // March alone had data, so the YTD ranking is the same as the month's.
        #expect(notice.ytdByConcentration.map(\.value) == [60, 70, 70])
        #expect(notice.monthly["U2"]?.map(\.mean) == [nil, nil, 60])
    }
}
