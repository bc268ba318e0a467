import Foundation
import KaoheCore

/// A unit ranked by its composite index for a period, with the same period a year before (R-24c, R-30).
public struct CompositeRankedUnit: Sendable, Hashable {
    /// 1 for the lowest (best) index; ties share no rank, they are ordered by unit code.
    public var rank: Int
    public var area: Area
    public var index: CompositeIndex
    public var previous: CompositeIndex?
    /// (I − I_prev)/I_prev; nil without an index a year before. Above 0 is worse.
    public var changeRate: Decimal? { index.changeRate(from: previous) }
}

/// A pollutant of a unit with fewer valid days in the period than a ranking by the composite index needs.
public struct CompositeShortfall: Sendable, Hashable {
    public var area: Area
    public var pollutant: NationalPollutant
    public var validDays: Int
    public var required: Int
}

/// The ranking of the monthly notice by the composite index instead of one pollutant's concentration (D-125).
///
/// Offered only when every unit to rank has all six pollutants with the valid days of R-24/R-24b (27 in a
/// month, 25 in February): otherwise no ranking is made and every short unit and pollutant is returned, so
/// the caller says which — never a ranking of some units or a silent return to the concentration ranking.
public enum CompositeRanking {
    /// Ranks `units` by the composite index of `period` (lowest first), or returns every shortfall.
    public static func rank(
        units: [Area], days: [(unit: String, day: NationalStationDay)], period: ClosedRange<Day>, previous: ClosedRange<Day>
    ) -> (ranked: [CompositeRankedUnit], shortfalls: [CompositeShortfall]) {
        let byUnit = Dictionary(grouping: days, by: \.unit).mapValues { $0.map(\.day) }
        let required = CompositeIndex.requiredDays(period) ?? 1
        var shortfalls: [CompositeShortfall] = []
        var rows: [(Area, CompositeIndex, CompositeIndex?)] = []
        for area in units.sorted(by: { $0.code < $1.code }) {
            let stationDays = byUnit[area.code] ?? []
            let valid = validDays(stationDays, period: period)
            let short = NationalPollutant.allCases.filter { (valid[$0] ?? 0) < required }
            shortfalls += short.map { CompositeShortfall(area: area, pollutant: $0, validDays: valid[$0] ?? 0, required: required) }
            guard short.isEmpty, let index = CompositeIndex.forUnit(stationDays: stationDays, period: period) else { continue }
            rows.append((area, index, CompositeIndex.forUnit(stationDays: stationDays, period: previous)))
        }
        guard shortfalls.isEmpty else { return ([], shortfalls) }
        let ordered = rows.sorted { ($0.1.index, $0.0.code) < ($1.1.index, $1.0.code) }
        return (ordered.enumerated().map { CompositeRankedUnit(rank: $0.offset + 1, area: $0.element.0, index: $0.element.1, previous: $0.element.2) }, [])
    }

    /// The unit's valid days of each pollutant in `period`: days on which at least one station has a valid
    /// daily mean (for O3, a valid daily maximum 8-hour mean), as `CompositeIndex.forUnit` counts them (D-70).
    public static func validDays(_ stationDays: [NationalStationDay], period: ClosedRange<Day>) -> [NationalPollutant: Int] {
        var days: [NationalPollutant: Set<Day>] = [:]
        for d in stationDays where period.contains(d.day) {
            for p in d.means.keys where p != .o3 { days[p, default: []].insert(d.day) }
            if d.ozoneMax8h != nil { days[.o3, default: []].insert(d.day) }
        }
        return days.mapValues(\.count)
    }
}
