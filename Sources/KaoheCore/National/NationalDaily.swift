import Foundation

/// Daily values of one station and pollutant from its end-labelled hours, with the validity of R-24/R-24b.
///
/// Exact arithmetic: means are sums divided by counts in `Decimal`, unrounded (rounding happens where a
/// value is shown, GB/T 8170).
public enum NationalDaily {
    /// Hourly values a daily mean needs (R-24 for PM, R-24b for SO2, NO2, CO).
    public static let minimumHours = 20
    /// Hourly values an 8-hour moving mean needs in its window (R-24b).
    public static let minimumHoursPerWindow = 6
    /// Valid 8-hour means, among the 17 windows ending 08:00…24:00, a daily maximum needs (R-24b).
    public static let minimumWindows = 14

    /// The daily mean of the hours present (keys 1…24, end-labelled), or nil with fewer than 20 (R-24, R-24b).
    public static func mean(_ hours: [Int: Decimal]) -> Decimal? {
        let values = (1...24).compactMap { hours[$0] }
        guard values.count >= minimumHours else { return nil }
        return values.reduce(0, +) / Decimal(values.count)
    }

    /// The 8-hour moving mean of the window ending at `end` (8…24): the mean of the hours present among
    /// end−7…end, or nil with fewer than 6 of them (R-24b).
    public static func eightHourMean(_ hours: [Int: Decimal], endingAt end: Int) -> Decimal? {
        let values = ((end - 7)...end).compactMap { hours[$0] }
        guard values.count >= minimumHoursPerWindow else { return nil }
        return values.reduce(0, +) / Decimal(values.count)
    }

    /// The day's maximum 8-hour mean of O3 over the windows ending 08:00…24:00, or nil with fewer than 14
    /// valid windows (R-24b).
    public static func maximumEightHourMean(_ hours: [Int: Decimal]) -> Decimal? {
        let windows = (8...24).compactMap { eightHourMean(hours, endingAt: $0) }
        guard windows.count >= minimumWindows else { return nil }
        return windows.max()
    }
}

/// A station's valid daily values for one day: the means of R-24/R-24b, and for O3 the maximum 8-hour mean.
///
/// A pollutant missing from `means` had too few hours that day (or none); `ozoneMax8h` likewise.
public struct NationalStationDay: Sendable, Hashable {
    public var station: String
    public var day: Day
    public var means: [NationalPollutant: Decimal]
    /// How many hourly values each pollutant had that day, valid or not, so a report can say why a day fails.
    public var hourCounts: [NationalPollutant: Int]
    public var ozoneMax8h: Decimal?

    public init(
        station: String, day: Day, means: [NationalPollutant: Decimal], hourCounts: [NationalPollutant: Int],
        ozoneMax8h: Decimal?
    ) {
        self.station = station
        self.day = day
        self.means = means
        self.hourCounts = hourCounts
        self.ozoneMax8h = ozoneMax8h
    }

    /// Reduces one station-day's end-labelled hours (pollutant → hour 1…24 → value) to its daily values.
    public static func reduce(station: String, day: Day, hours: [NationalPollutant: [Int: Decimal]]) -> Self {
        var means: [NationalPollutant: Decimal] = [:]
        var counts: [NationalPollutant: Int] = [:]
        for (pollutant, values) in hours {
            counts[pollutant] = values.count
            if let mean = NationalDaily.mean(values) { means[pollutant] = mean }
        }
        let ozone = hours[.o3].flatMap(NationalDaily.maximumEightHourMean)
        return Self(station: station, day: day, means: means, hourCounts: counts, ozoneMax8h: ozone)
    }
}
