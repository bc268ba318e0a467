import Foundation
import KaoheCore

/// One month's mean of a unit (R-27 month mean), μg/m³ exact.
public struct MonthMean: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var mean: Decimal

    public init(year: Int, month: Int, mean: Decimal) {
        self.year = year
        self.month = month
        self.mean = mean
    }

    /// The middle of the month in years (2015.0417 for January 2015): the time axis of the trend.
    public var time: Double { Double(year) + (Double(month) - 0.5) / 12 }
}

/// A unit's trend over the plan period from its monthly means.
public struct UnitTrend: Sendable, Hashable {
    public var area: Area
    public var months: [MonthMean]
    /// Nil when there are fewer than `Trends.minimumMonths` monthly means: no trend is computed.
    public var result: Result?

    public struct Result: Sendable, Hashable {
        /// Theil-Sen slope of the deseasonalised monthly means, μg/m³ per year.
        public var slope: Double
        /// The line's value at t = 0, μg/m³: the median of yᵢ − slope·tᵢ over the deseasonalised means, so the
        /// line slope·t + intercept can be drawn over the monthly means.
        public var intercept: Double
        /// 95 % interval of the slope from the seeded block bootstrap.
        public var lower: Double
        public var upper: Double
        public var mannKendall: TheilSen.MannKendall
        /// Bootstrap settings used, so the interval can be reproduced.
        public var blockLength: Int
        public var resamples: Int
        public var seed: UInt64
    }
}

/// Trends of monthly means (deseasonalised), per unit; pure.
public enum Trends {
    /// Fewer monthly means than this: no trend (two full seasonal cycles are needed to tell trend from season).
    public static let minimumMonths = 24
    public static let resamples = 599

    /// Each calendar month of `from`…`through` (whole months only) with its unit mean, where there is one.
    public static func monthlyMeans(_ stations: [StationSeries], from: Int, through: Day, excludeDust: Bool) -> [MonthMean] {
        var out: [MonthMean] = []
        guard from <= through.year else { return out }
        for year in from...through.year {
            for month in 1...12 {
                let end = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
                guard end <= through else { return out }
                if let m = PeriodMeans.mean(stations, from: Day(year: year, month: month, day: 1)!, through: end, excludeDust: excludeDust).mean {
                    out.append(MonthMean(year: year, month: month, mean: m))
                }
            }
        }
        return out
    }

    /// Removes the seasonal cycle by residual climatology about a preliminary trend.
    ///
    /// A plain month-of-year mean would also absorb the part of the trend that lies within each year (a
    /// January is always earlier than its December), flattening the slope. So the climatology is taken of
    /// the values less a preliminary seasonal Sen slope b₀ (median of slopes between equal calendar months of
    /// different years, which the season cannot bias): cₘ = mean over years of (v − b₀·t) for month m. Each
    /// value minus (cₘ − c̄), with c̄ the mean of the cₘ over the series, keeps the level in μg/m³.
    public static func deseasonalise(_ months: [MonthMean]) -> [Double] {
        deseasonalise(months, months.map { NSDecimalNumber(decimal: $0.mean).doubleValue }).values
    }

    /// `deseasonalise` of `values` (one per month of `months`), with the seasonal offsets cₘ − c̄ it removed.
    static func deseasonalise(_ months: [MonthMean], _ values: [Double]) -> (values: [Double], seasonal: [Double]) {
        let b0 = seasonalSlope(months, values) ?? 0
        var sums = [Double](repeating: 0, count: 13), counts = [Int](repeating: 0, count: 13)
        for (m, v) in zip(months, values) {
            sums[m.month] += v - b0 * m.time
            counts[m.month] += 1
        }
        let climatology = months.map { sums[$0.month] / Double(counts[$0.month]) }
        let mean = climatology.reduce(0, +) / Double(max(climatology.count, 1))
        let seasonal = climatology.map { $0 - mean }
        return (zip(values, seasonal).map { $0 - $1 }, seasonal)
    }

    /// The seasonal Sen slope: the median of (vⱼ − vᵢ)/(tⱼ − tᵢ) over pairs of the same calendar month.
    public static func seasonalSlope(_ months: [MonthMean], _ values: [Double]) -> Double? {
        var slopes: [Double] = []
        for i in months.indices {
            for j in months.indices where j > i && months[j].month == months[i].month {
                slopes.append((values[j] - values[i]) / (months[j].time - months[i].time))
            }
        }
        return TheilSen.median(&slopes)
    }

    /// The trend of one unit; the seed is fixed per unit code so the interval is the same on every run.
    public static func trend(area: Area, months: [MonthMean]) -> UnitTrend {
        guard months.count >= minimumMonths else { return UnitTrend(area: area, months: months, result: nil) }
        let x = months.map(\.time)
        let raw = months.map { NSDecimalNumber(decimal: $0.mean).doubleValue }
        let (y, seasonal) = deseasonalise(months, raw)
        let slope = TheilSen.slope(x: x, y: y) ?? 0
        let block = blockLength(months.count)
        let seed = seed(for: area.code)
        let interval = interval(months: months, raw: raw, deseasonalised: y, seasonal: seasonal, slope: slope, blockLength: block, seed: seed)
        return UnitTrend(
            area: area, months: months,
            result: .init(
                slope: slope, intercept: intercept(x: x, y: y, slope: slope), lower: interval?.lower ?? slope, upper: interval?.upper ?? slope, mannKendall: TheilSen.mannKendall(y),
                blockLength: block, resamples: resamples, seed: seed))
    }

    /// The bootstrap interval of the slope: residuals about trend plus season, resampled by the
    /// post-blackened block bootstrap, and the whole estimate (deseasonalise, then Theil-Sen, then the
    /// slope's standard error) run again on each resample for a studentised interval (`TheilSen.bootstrapInterval`, D-89).
    ///
    /// Residuals are scaled by √(n / (n − k)), k = one level per calendar month plus the slope, because the
    /// fit has used up k degrees of freedom and left them smaller than the noise they stand for.
    static func interval(
        months: [MonthMean], raw: [Double], deseasonalised y: [Double], seasonal: [Double], slope: Double, blockLength: Int, seed: UInt64
    ) -> (lower: Double, upper: Double)? {
        let x = months.map(\.time)
        let k = Set(months.map(\.month)).count + 1
        let a = intercept(x: x, y: y, slope: slope)
        let fitted = x.indices.map { a + slope * x[$0] + seasonal[$0] }
        let scale = months.count > k ? (Double(months.count) / Double(months.count - k)).squareRoot() : 1
        let residuals = raw.indices.map { (raw[$0] - fitted[$0]) * scale }
        let observed = (value: slope, standardError: standardError(x: x, y: y, slope: slope, intercept: a, parameters: k))
        var buffer: [Double] = []
        return TheilSen.bootstrapInterval(
            observed: observed, fitted: fitted, residuals: residuals, resamples: resamples, blockLength: blockLength, seed: seed
        ) { series in
            let ys = deseasonalise(months, series).values
            TheilSen.slope(x: x, y: ys, into: &buffer)
            guard let s = TheilSen.median(&buffer) else { return nil }
            return (s, standardError(x: x, y: ys, slope: s, intercept: intercept(x: x, y: ys, slope: s), parameters: k))
        }
    }

    /// The intercept of a Theil-Sen line: the median of yᵢ − slope·xᵢ.
    static func intercept(x: [Double], y: [Double], slope: Double) -> Double {
        var offsets = zip(x, y).map { $1 - slope * $0 }
        return TheilSen.median(&offsets) ?? 0
    }

    /// The slope's standard error from the deseasonalised values' residuals about the line (`TheilSen.slopeStandardError`).
    static func standardError(x: [Double], y: [Double], slope: Double, intercept: Double, parameters k: Int) -> Double {
        TheilSen.slopeStandardError(x: x, residuals: x.indices.map { y[$0] - intercept - slope * x[$0] }, parameters: k)
    }

    /// Block length about n^(1/3), at least 1 (n = 24 → 3, n = 60 → 4).
    public static func blockLength(_ n: Int) -> Int { max(1, Int(pow(Double(n), 1.0 / 3.0).rounded())) }

    /// FNV-1a of the unit code: a seed that depends on nothing but the code.
    public static func seed(for code: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in code.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }
}
