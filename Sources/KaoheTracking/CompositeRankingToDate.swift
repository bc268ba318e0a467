import Foundation
import KaoheCore

/// A pollutant of a unit short of valid days for the composite ranking of the period to date (D-138).
public struct CompositeToDateShortfall: Sendable, Hashable {
    public var area: Area
    public var pollutant: NationalPollutant
    /// The whole month short of R-24's minimum; nil when the pollutant has no valid day in the period at all.
    public var month: Int?
    public var validDays: Int
    public var required: Int
}

/// The tracking view's ranking by the composite index of the year to date (`kaohe track --rank-by composite`).
///
/// The same rules as the monthly notice's (D-125): given only when every unit to rank has all six pollutants,
/// counted against the calendar as R-24/R-24b count them — each whole month of the period needs 27 valid days of
/// each pollutant (25 in February), and the running month at least one valid day in the period ([default] of
/// this tool, not official: R-24 sets no minimum for a month in progress) — else no ranking and every short unit,
/// pollutant and month is returned (D-138).
public enum CompositeRankingToDate {
    /// 1 January of `through`'s year through `through`.
    public static func period(through: Day) -> ClosedRange<Day> {
        Day(year: through.year, month: 1, day: 1)!...through
    }

    /// The same span a year before; 29 February becomes the 28th.
    public static func previous(through: Day) -> ClosedRange<Day> {
        let year = through.year - 1
        let day = min(through.day, Day.daysIn(month: through.month, year: year))
        return Day(year: year, month: 1, day: 1)!...Day(year: year, month: through.month, day: day)!
    }

    /// Ranks `units` by the composite index of the year to date (lowest first, ties by code), or returns every
    /// shortfall.
    public static func rank(
        units: [Area], days: [(unit: String, day: NationalStationDay)], through: Day
    ) -> (ranked: [CompositeRankedUnit], shortfalls: [CompositeToDateShortfall]) {
        let period = period(through: through), previous = previous(through: through)
        let byUnit = Dictionary(grouping: days, by: \.unit).mapValues { $0.map(\.day) }
        // Whole months of the period: those whose last day is on or before `through`.
        let lastWhole = through.day == Day.daysIn(month: through.month, year: through.year) ? through.month : through.month - 1
        var shortfalls: [CompositeToDateShortfall] = []
        var rows: [(Area, CompositeIndex, CompositeIndex?)] = []
        for area in units.sorted(by: { $0.code < $1.code }) {
            let stationDays = byUnit[area.code] ?? []
            let total = CompositeRanking.validDays(stationDays, period: period)
            var short: [CompositeToDateShortfall] = []
            for p in NationalPollutant.allCases {
                guard (total[p] ?? 0) > 0 else {
                    short.append(CompositeToDateShortfall(area: area, pollutant: p, month: nil, validDays: 0, required: 1))
                    continue
                }
                for m in stride(from: 1, through: lastWhole, by: 1) {
                    let month = Day(year: through.year, month: m, day: 1)!...Day(year: through.year, month: m, day: Day.daysIn(month: m, year: through.year))!
                    let valid = CompositeRanking.validDays(stationDays, period: month)[p] ?? 0
                    let required = CompositeIndex.requiredDays(month)!
                    if valid < required {
                        short.append(CompositeToDateShortfall(area: area, pollutant: p, month: m, validDays: valid, required: required))
                    }
                }
            }
            shortfalls += short
            guard short.isEmpty, let index = CompositeIndex.forUnit(stationDays: stationDays, period: period) else { continue }
            rows.append((area, index, CompositeIndex.forUnit(stationDays: stationDays, period: previous)))
        }
        guard shortfalls.isEmpty else { return ([], shortfalls) }
        let ordered = rows.sorted { ($0.1.index, $0.0.code) < ($1.1.index, $1.0.code) }
        return (ordered.enumerated().map { CompositeRankedUnit(rank: $0.offset + 1, area: $0.element.0, index: $0.element.1, previous: $0.element.2) }, [])
    }
}
