import Foundation

/// Percentiles by the interpolation of HJ 663-2013 (R-24c).
public enum HJ663 {
    /// The p-th percentile of `values`: sort ascending X₁…Xₙ; k = 1 + (n − 1)·p/100; s = ⌊k⌋;
    /// X_s + (X_{s+1} − X_s)·(k − s), or X_s when s = n. Nil for no values. Exact in `Decimal`.
    public static func percentile(_ values: [Decimal], p: Int) -> Decimal? {
        guard !values.isEmpty, (0...100).contains(p) else { return nil }
        let x = values.sorted()
        let n = x.count
        // k − 1 = (n − 1)·p/100, split into its whole part and fraction without leaving integers.
        let scaled = (n - 1) * p
        let s = scaled / 100 + 1
        let fraction = Decimal(scaled % 100) / 100
        if s >= n { return x[n - 1] }
        return x[s - 1] + (x[s] - x[s - 1]) * fraction
    }
}

/// The composite index (环境空气质量综合指数) of a unit for a period, with each pollutant's part (R-24c).
public struct CompositeIndex: Sendable, Hashable {
    /// The grade II limits Sᵢ: annual SO2 60, NO2 40, PM10 70, PM2.5 35 μg/m³; CO 4 mg/m³ (24-hour);
    /// O3 160 μg/m³ (8-hour).
    public static let limits: [NationalPollutant: Decimal] = [.so2: 60, .no2: 40, .pm10: 70, .pm25: 35, .co: 4, .o3: 160]

    /// Cᵢ: the period mean for SO2, NO2, PM10, PM2.5; the 95th percentile of daily means for CO; the 90th
    /// percentile of daily maximum 8-hour means for O3.
    public var concentrations: [NationalPollutant: Decimal]
    /// Valid days each Cᵢ was taken over.
    public var days: [NationalPollutant: Int]
    /// Σ Cᵢ/Sᵢ, unrounded.
    public var index: Decimal

    /// Cᵢ/Sᵢ of one pollutant.
    public func part(_ pollutant: NationalPollutant) -> Decimal {
        concentrations[pollutant]! / Self.limits[pollutant]!
    }

    /// The index from a unit's daily values over a period; nil unless all six pollutants have a valid day.
    ///
    /// `daily[p]` are the unit's valid daily means of p (for O3 unused); `ozoneMax8h` its valid daily maximum
    /// 8-hour means of O3.
    public static func compute(daily: [NationalPollutant: [Decimal]], ozoneMax8h: [Decimal]) -> CompositeIndex? {
        var c: [NationalPollutant: Decimal] = [:]
        var days: [NationalPollutant: Int] = [:]
        for p in [NationalPollutant.so2, .no2, .pm10, .pm25] {
            guard let values = daily[p], !values.isEmpty else { return nil }
            c[p] = values.reduce(0, +) / Decimal(values.count)
            days[p] = values.count
        }
        guard let co = daily[.co], let co95 = HJ663.percentile(co, p: 95) else { return nil }
        guard let o390 = HJ663.percentile(ozoneMax8h, p: 90) else { return nil }
        c[.co] = co95
        days[.co] = co.count
        c[.o3] = o390
        days[.o3] = ozoneMax8h.count
        let index = NationalPollutant.allCases.reduce(Decimal(0)) { $0 + c[$1]! / limits[$1]! }
        return CompositeIndex(concentrations: c, days: days, index: index)
    }

    /// The unit's composite index from its stations' days within `period`: each day's unit value is the mean
    /// of its stations' valid values that day (D-70), then `compute`.
    public static func forUnit(stationDays: [NationalStationDay], period: ClosedRange<Day>) -> CompositeIndex? {
        var byDay: [Day: [NationalStationDay]] = [:]
        for d in stationDays where period.contains(d.day) { byDay[d.day, default: []].append(d) }
        var daily: [NationalPollutant: [Decimal]] = [:]
        var ozone: [Decimal] = []
        for day in byDay.keys.sorted() {
            let stations = byDay[day]!
            for p in NationalPollutant.allCases where p != .o3 {
                let values = stations.compactMap { $0.means[p] }
                if !values.isEmpty { daily[p, default: []].append(values.reduce(0, +) / Decimal(values.count)) }
            }
            let max8h = stations.compactMap(\.ozoneMax8h)
            if !max8h.isEmpty { ozone.append(max8h.reduce(0, +) / Decimal(max8h.count)) }
        }
        return compute(daily: daily, ozoneMax8h: ozone)
    }

    /// Valid days each pollutant needs for a complete period (R-24, R-24b): a calendar year 324, a calendar
    /// month 27 (25 in February); nil for any other period, which has no completeness rule.
    public static func requiredDays(_ period: ClosedRange<Day>) -> Int? {
        let a = period.lowerBound, b = period.upperBound
        if a.month == 1, a.day == 1, b.year == a.year, b.month == 12, b.day == 31 { return 324 }
        if a.day == 1, b.year == a.year, b.month == a.month, b.day == Day.daysIn(month: a.month, year: a.year) {
            return a.month == 2 ? 25 : 27
        }
        return nil
    }

    /// Whether every pollutant has the valid days `requiredDays` asks for the period (true when it asks none).
    public func isComplete(for period: ClosedRange<Day>) -> Bool {
        guard let required = Self.requiredDays(period) else { return true }
        return NationalPollutant.allCases.allSatisfy { (days[$0] ?? 0) >= required }
    }

    /// The change rate (I − I_prev)/I_prev against the same period before (R-24c); above 0 is worse.
    /// Nil when there is no earlier index or it is 0.
    public func changeRate(from previous: CompositeIndex?) -> Decimal? {
        guard let previous, previous.index != 0 else { return nil }
        return (index - previous.index) / previous.index
    }
}
