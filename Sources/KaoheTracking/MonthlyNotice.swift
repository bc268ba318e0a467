import Foundation
import KaoheCore

/// A ranked unit: its rank (ties share the better rank) and the value it was ranked on.
public struct RankedUnit: Sendable, Hashable {
    public var rank: Int
    public var area: Area
    /// μg/m³ (rounded as published) for a concentration ranking, a fraction for a change ranking.
    public var value: Decimal
}

/// A month's monthly means of one unit, for the chart of the notice; μg/m³ rounded as published.
public struct MonthlyPoint: Sendable, Hashable {
    public var month: Int
    public var mean: Decimal?
}

/// A station whose valid days in the notice's month fall short of R-24's monthly minimum.
public struct IncompleteStation: Sendable, Hashable {
    public var area: Area
    public var station: String
    public var validDays: Int
    /// 27, or 25 in February, counted against the calendar.
    public var required: Int
}

/// The four rankings of R-30 among the units assessed on one pollutant (R-5 revised): a PM10 concentration
/// and a PM2.5 concentration are not comparable, so units of different pollutants never share a list.
public struct PollutantRankings: Sendable, Hashable {
    public var pollutant: Pollutant
    /// Lower concentration is better; change ascending, so the most improved comes first.
    public var monthByConcentration: [RankedUnit]
    public var monthByChange: [RankedUnit]
    public var ytdByConcentration: [RankedUnit]
    public var ytdByChange: [RankedUnit]
}

/// The monthly notice (月度通报) of one month: rankings, names and warnings, built from the units'
/// positions through the month's last day.
public struct MonthlyNotice: Sendable, Hashable {
    public var year: Int
    public var month: Int
    /// The pollutants the units are assessed on (R-5 revised), the rule set's first; never empty.
    public var pollutants: [Pollutant]
    /// The rule set's R-29 threshold, a fraction, and whether it is a default of this tool.
    public var severeLag: Decimal
    public var severeLagIsDefault: Bool
    /// Every unit, in the areas' order.
    public var units: [UnitTrack]
    /// One set of rankings per pollutant of `pollutants`, in that order.
    public var rankings: [PollutantRankings]
    /// Every unit in 预警 or worse, worst status first, then by code.
    public var warnings: [UnitTrack]
    /// Stations short of R-24's monthly minimum in the month, and units with no data in it.
    public var incomplete: [IncompleteStation]
    public var noData: [Area]
    /// Each unit's monthly means January … the notice's month, by unit code.
    public var monthly: [String: [MonthlyPoint]]
    /// The ranking by the composite index for the month (`track notice --rank-by composite`, D-125); nil
    /// when not asked for.
    public var composite: [CompositeRankedUnit]? = nil

    /// Builds the notice for `month` of `year` from every unit's station series (this year and last).
    public static func build(
        year: Int, month: Int, areas: [Area], series: [String: [StationSeries]], targets: [String: [Target]], rules: RuleSet
    ) -> MonthlyNotice {
        let end = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
        let units = Tracking.track(areas: areas, series: series, targets: targets, asOf: end, rules: rules)
        let places = rules.rounding.concentration
        var monthly: [String: [MonthlyPoint]] = [:]
        var incomplete: [IncompleteStation] = []
        let required = MonitoringValidity.minimumDays(inMonth: month)
        for area in areas {
            let stations = series[area.code] ?? []
            monthly[area.code] = (1...month).map { m in
                let from = Day(year: year, month: m, day: 1)!
                let to = Day(year: year, month: m, day: Day.daysIn(month: m, year: year))!
                return MonthlyPoint(
                    month: m, mean: PeriodMeans.mean(stations, from: from, through: to, excludeDust: rules.excludeDustDays).mean?.roundedGB(places))
            }
        }
        for u in units {
            for s in u.month.stations where s.validDays < required {
                incomplete.append(IncompleteStation(area: u.area, station: s.station, validDays: s.validDays, required: required))
            }
        }
        let severity: [TrackingStatus: Int] = [.cannotMeet: 0, .seriouslyBehind: 1, .warning: 2, .onTrack: 3]
        let warnings = units.filter { $0.status?.isWarningOrWorse == true }
            .sorted { (severity[$0.status!]!, $0.area.code) < (severity[$1.status!]!, $1.area.code) }
        let present = Set(units.map(\.pollutant))
        let ordered = [rules.pollutant] + Pollutant.allCases.filter { $0 != rules.pollutant }
        let pollutants = present.isEmpty ? [rules.pollutant] : ordered.filter(present.contains)
        let rankings = pollutants.map { p in
            let group = units.filter { $0.pollutant == p }
            return PollutantRankings(
                pollutant: p, monthByConcentration: rank(group, \.monthRounded), monthByChange: rank(group, \.monthChange),
                ytdByConcentration: rank(group, \.ytdRounded), ytdByChange: rank(group, \.ytdChange))
        }
        return MonthlyNotice(
            year: year, month: month, pollutants: pollutants, severeLag: rules.severeLagFraction,
            severeLagIsDefault: rules.isDefault(.severeLag), units: units, rankings: rankings,
            warnings: warnings, incomplete: incomplete, noData: units.filter { $0.month.mean == nil }.map(\.area), monthly: monthly)
    }

    /// Units with a value, ascending; equal values share the better rank (1, 1, 3) and are ordered by code.
    public static func rank(_ units: [UnitTrack], _ value: KeyPath<UnitTrack, Decimal?>) -> [RankedUnit] {
        let sorted = units.compactMap { u in u[keyPath: value].map { (u.area, $0) } }
            .sorted { ($0.1, $0.0.code) < ($1.1, $1.0.code) }
        var out: [RankedUnit] = []
        for (i, (area, v)) in sorted.enumerated() {
            let rank = (i > 0 && sorted[i - 1].1 == v) ? out[i - 1].rank : i + 1
            out.append(RankedUnit(rank: rank, area: area, value: v))
        }
        return out
    }
}
