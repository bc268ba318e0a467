import Foundation
import KaoheCore

/// One station's valid days and mean over a period of days.
public struct StationPeriod: Sendable, Hashable {
    public var station: String
    /// Valid daily values in the period (R-24: a day from hours needs 20 of them), dust days included.
    public var validDays: Int
    /// Mean of the valid daily values, μg/m³, exact; sand-dust days left out when the rule set says so.
    /// Nil when the station has no valid day to average: it is then left out of the unit mean.
    public var mean: Decimal?
}

/// A unit's mean over a period: the mean of its stations' period means.
public struct PeriodMean: Sendable, Hashable {
    public var from: Day
    public var through: Day
    /// Every station with a stored day in the period, valid or not, ordered by station code.
    public var stations: [StationPeriod]
    /// μg/m³, exact; nil when no station has a valid day in the period.
    public var mean: Decimal?

    /// Stations whose mean enters the unit mean.
    public var meanStations: Int { stations.filter { $0.mean != nil }.count }
}

/// One stored station-day reduced to what the in-year view needs: a day number and a valid value or none.
public struct TrackedDay: Sendable, Hashable {
    /// `Day.ordinal` of the day.
    public var ordinal: Int
    /// The daily mean, μg/m³; nil when the day has no value of the pollutant or is not valid.
    public var value: Decimal?
    public var dust: Bool
    /// `value` × 10⁶ when that is a whole number within ±9·10¹⁵ (every value with at most six decimals),
    /// so period sums can be exact integer sums; nil otherwise (a mean of hours that does not terminate).
    public var micro: Int64?

    public init(ordinal: Int, value: Decimal?, dust: Bool) {
        self.init(ordinal: ordinal, value: value, micro: value.flatMap(TrackedDay.micro), dust: dust)
    }

    /// For a reader that already knows `micro` (it must equal `value` × 10⁶, or be nil).
    public init(ordinal: Int, value: Decimal?, micro: Int64?, dust: Bool) {
        self.ordinal = ordinal
        self.value = value
        self.micro = micro
        self.dust = dust
    }

    static let million = Decimal(1_000_000)

    /// `value` × 10⁶ as an integer when exact and small enough, else nil.
    static func micro(_ value: Decimal) -> Int64? {
        var scaled = value * million
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        guard rounded == scaled, abs(scaled) < Decimal(9_000_000_000_000_000) else { return nil }
        return Int64(exactly: NSDecimalNumber(decimal: scaled).int64Value).flatMap { Decimal($0) == scaled ? $0 : nil }
    }
}

/// One station's stored days in ascending order, for one pollutant.
public struct StationSeries: Sendable, Hashable {
    public var station: String
    public var days: [TrackedDay]

    public init(station: String, days: [TrackedDay]) {
        self.station = station
        self.days = days.sorted { $0.ordinal < $1.ordinal }
    }

    /// A series whose days are already in ascending order (as the store reads them).
    public init(presorted station: String, days: [TrackedDay]) {
        self.station = station
        self.days = days
    }

    /// Builds a station's series from stored station-days of one unit (any order); invalid days keep no value.
    public static func from(_ days: [StationDay], pollutant: Pollutant) -> [StationSeries] {
        Dictionary(grouping: days, by: \.station).map { station, list in
            StationSeries(
                station: station,
                days: list.map { d in
                    let m = d.measure(pollutant)
                    return TrackedDay(ordinal: d.day.ordinal, value: (m?.isValid ?? false) ? m!.mean : nil, dust: d.dust)
                })
        }.sorted { $0.station < $1.station }
    }

    /// The index of the first day on or after `ordinal` (binary search).
    func firstIndex(atOrAfter ordinal: Int) -> Int {
        var lo = 0, hi = days.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if days[mid].ordinal < ordinal { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

/// Period means over stored daily values; pure.
public enum PeriodMeans {
    /// The unit mean from `from` through `through` (both included): per station the mean of its valid days,
    /// then the mean of those station means; a station without a valid day is listed and left out.
    ///
    /// With `excludeDust` sand-dust days count as valid days but are left out of the means, as for the
    /// annual mean (R-26, D-18).
    public static func mean(_ stations: [StationSeries], from: Day, through: Day, excludeDust: Bool) -> PeriodMean {
        let lo = from.ordinal, hi = through.ordinal
        var result: [StationPeriod] = []
        var sum: Decimal = 0
        var count = 0
        for s in stations {
            var i = s.firstIndex(atOrAfter: lo)
            guard i < s.days.count, s.days[i].ordinal <= hi else { continue }
            let first = i
            var valid = 0, averaged = 0
            // Exact integer sum of the values × 10⁶ while every value has one (Decimal addition allocates,
            // and a province's year is millions of additions); the same sum in Decimal otherwise.
            var micro: Int64 = 0
            var exactInInteger = true
            while i < s.days.count, s.days[i].ordinal <= hi {
                let d = s.days[i]
                if d.value != nil {
                    valid += 1
                    if !(excludeDust && d.dust) {
                        averaged += 1
                        if exactInInteger, let m = d.micro {
                            let (sum, overflow) = micro.addingReportingOverflow(m)
                            if overflow { exactInInteger = false } else { micro = sum }
                        } else {
                            exactInInteger = false
                        }
                    }
                }
                i += 1
            }
            var total: Decimal
            if exactInInteger {
                total = Decimal(sign: micro < 0 ? .minus : .plus, exponent: -6, significand: Decimal(micro.magnitude))
            } else {
                total = 0
                for d in s.days[first..<i] where d.value != nil && !(excludeDust && d.dust) { total += d.value! }
            }
            let mean = averaged > 0 ? total / Decimal(averaged) : nil
            if let mean {
                sum += mean
                count += 1
            }
            result.append(StationPeriod(station: s.station, validDays: valid, mean: mean))
        }
        return PeriodMean(from: from, through: through, stations: result, mean: count > 0 ? sum / Decimal(count) : nil)
    }

    /// The same calendar days one year earlier (同期, R-27): 02-29 becomes 02-28 in a year without it.
    public static func sameDayLastYear(_ d: Day) -> Day {
        Day(year: d.year - 1, month: d.month, day: min(d.day, Day.daysIn(month: d.month, year: d.year - 1)))!
    }
}
