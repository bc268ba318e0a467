import Foundation

/// One pollutant's value for one station and day: a daily mean, from a daily row or reduced from hours.
///
/// Concentrations are μg/m³. `hours` is how many hourly values the mean was taken over, nil when the file
/// gave the daily mean itself; a day from hours is valid only with at least 20 of them.
public struct DayMeasure: Sendable, Hashable {
    /// The daily mean, μg/m³, exact decimal (a quotient that does not terminate keeps 38 significant digits).
    public var mean: Decimal
    /// Hourly values behind the mean (1...24), or nil for a daily row.
    public var hours: Int?

    public init(mean: Decimal, hours: Int?) {
        self.mean = mean
        self.hours = hours
    }

    /// Whether the day counts toward an annual mean: a daily row always, hours only when 20 or more.
    public var isValid: Bool { hours.map { $0 >= MonitoringValidity.minimumHours } ?? true }

    /// The mean of hourly values, exact: their sum divided by their count.
    public static func fromHours(_ values: [Decimal]) -> DayMeasure? {
        guard !values.isEmpty else { return nil }
        return DayMeasure(mean: values.reduce(0, +) / Decimal(values.count), hours: values.count)
    }
}

/// What one station recorded on one day, as stored after an import.
public struct StationDay: Sendable, Hashable {
    public var station: String
    /// The unit (区域代码) the station is assessed for.
    public var areaCode: String
    public var day: Day
    public var pm10: DayMeasure?
    public var pm25: DayMeasure?
    /// Whether the day was marked as affected by sand and dust.
    public var dust: Bool

    public init(station: String, areaCode: String, day: Day, pm10: DayMeasure?, pm25: DayMeasure?, dust: Bool) {
        self.station = station
        self.areaCode = areaCode
        self.day = day
        self.pm10 = pm10
        self.pm25 = pm25
        self.dust = dust
    }

    /// The measure of `pollutant`, nil when the day has none.
    public func measure(_ pollutant: Pollutant) -> DayMeasure? { pollutant == .pm10 ? pm10 : pm25 }
}

/// The completeness thresholds of GB 3095-2012 for PM10 and PM2.5.
public enum MonitoringValidity {
    /// Hourly values a daily mean needs.
    public static let minimumHours = 20
    /// Valid daily means an annual mean needs in the year.
    public static let minimumDaysInYear = 324

    /// Valid daily means an annual mean needs in `month` (1...12): 25 in February, 27 otherwise.
    public static func minimumDays(inMonth month: Int) -> Int { month == 2 ? 25 : 27 }
}

/// Why a station has no valid annual mean for a year.
public enum AnnualMeanShortfall: Sendable, Hashable {
    /// Fewer than 324 valid days in the year.
    case tooFewDays(valid: Int, required: Int)
    /// A month with fewer valid days than it needs (27, or 25 in February).
    case tooFewDaysInMonth(month: Int, valid: Int, required: Int)
    /// Every valid day was a sand-dust day and dust days are excluded, so no day is left to average.
    case onlyDustDays
}

/// One station's completeness and annual mean for one year and pollutant.
public struct StationYear: Sendable, Hashable {
    public var station: String
    public var areaCode: String
    public var year: Int
    /// Valid daily means in the year, dust days included (they were measured; see `excludedDustDays`).
    public var validDays: Int
    /// Valid daily means per month; index 0 is January.
    public var validDaysByMonth: [Int]
    /// Valid days left out of the mean because they were sand-dust days and the rule set excludes them.
    public var excludedDustDays: Int
    /// The mean of the valid daily means, μg/m³, exact; nil when `shortfalls` says why not.
    public var annualMean: Decimal?
    /// Why there is no annual mean; empty exactly when `annualMean` is given.
    public var shortfalls: [AnnualMeanShortfall]

    /// Months (1...12) with fewer valid days than they need.
    public var failingMonths: [Int] {
        shortfalls.compactMap { if case .tooFewDaysInMonth(let m, _, _) = $0 { m } else { nil } }
    }
}

/// A unit's monitored annual mean: the mean of its stations' valid annual means.
public struct UnitMonitoring: Sendable, Hashable {
    public var areaCode: String
    /// Every station of the unit that has data in the year, ordered by station code.
    public var stations: [StationYear]
    /// μg/m³, exact; nil when no station has a valid annual mean.
    public var mean: Decimal?
    /// How many stations' annual means the unit mean averages.
    public var validStations: Int { stations.filter { $0.annualMean != nil }.count }
}

/// Completeness and annual means computed from daily station values; pure.
public enum MonitoringAssessment {
    /// Each station's year for one pollutant, counted against the calendar of `year`.
    ///
    /// Days outside `year` are ignored. With `excludeDust` sand-dust days still count toward completeness
    /// (they were measured) but are left out of the mean [default, see docs/decisions.md D-18].
    public static func stationYears(_ days: [StationDay], year: Int, pollutant: Pollutant, excludeDust: Bool) -> [StationYear] {
        var byStation: [String: [StationDay]] = [:]
        for d in days where d.day.year == year { byStation[d.station, default: []].append(d) }
        return byStation.keys.sorted().map { station in
            stationYear(byStation[station]!, station: station, year: year, pollutant: pollutant, excludeDust: excludeDust)
        }
    }

    /// One station's year; `days` are that station's days of `year`.
    public static func stationYear(
        _ days: [StationDay], station: String, year: Int, pollutant: Pollutant, excludeDust: Bool
    ) -> StationYear {
        var byMonth = [Int](repeating: 0, count: 12)
        var sum: Decimal = 0
        var averaged = 0
        var excluded = 0
        for d in days {
            guard let m = d.measure(pollutant), m.isValid else { continue }
            byMonth[d.day.month - 1] += 1
            if excludeDust && d.dust {
                excluded += 1
            } else {
                sum += m.mean
                averaged += 1
            }
        }
        let valid = byMonth.reduce(0, +)
        var shortfalls: [AnnualMeanShortfall] = []
        if valid < MonitoringValidity.minimumDaysInYear {
            shortfalls.append(.tooFewDays(valid: valid, required: MonitoringValidity.minimumDaysInYear))
        }
        for month in 1...12 where byMonth[month - 1] < MonitoringValidity.minimumDays(inMonth: month) {
            shortfalls.append(
                .tooFewDaysInMonth(month: month, valid: byMonth[month - 1], required: MonitoringValidity.minimumDays(inMonth: month)))
        }
        if shortfalls.isEmpty && averaged == 0 { shortfalls.append(.onlyDustDays) }
        return StationYear(
            station: station, areaCode: days.first?.areaCode ?? "", year: year, validDays: valid, validDaysByMonth: byMonth,
            excludedDustDays: excluded, annualMean: shortfalls.isEmpty ? sum / Decimal(averaged) : nil, shortfalls: shortfalls)
    }

    /// Groups station years by unit and averages the valid annual means; ordered by unit code.
    ///
    /// Stations without a valid annual mean are listed but left out of the unit mean [default]; a unit none
    /// of whose stations is valid has no monitored mean.
    public static func units(_ stations: [StationYear]) -> [UnitMonitoring] {
        Dictionary(grouping: stations, by: \.areaCode).sorted { $0.key < $1.key }.map { code, list in
            let means = list.compactMap(\.annualMean)
            return UnitMonitoring(
                areaCode: code, stations: list.sorted { $0.station < $1.station },
                mean: means.isEmpty ? nil : means.reduce(0, +) / Decimal(means.count))
        }
    }
}

/// Whether a self-reported concentration disagrees with the monitored one.
public struct Discrepancy: Sendable, Hashable {
    /// The self-reported value rounded to `places` (GB/T 8170), μg/m³.
    public var reported: Decimal
    /// The monitored value rounded the same way, μg/m³.
    public var monitored: Decimal
    /// `reported − monitored` after rounding; positive when the unit reported more than was measured.
    public var difference: Decimal
    /// Whether |difference| exceeds the tolerance: a discrepancy (自报数据与监测数据不一致).
    public var isDiscrepancy: Bool

    /// Compares the two values after rounding both to `places` decimals (whole μg/m³ by default).
    ///
    /// A difference equal to the tolerance is not a discrepancy: the rule flags "more than" the tolerance.
    public init(reported: Decimal, monitored: Decimal, tolerance: Decimal, places: Int = 0) {
        self.reported = GBRounding.round(reported, places: places)
        self.monitored = GBRounding.round(monitored, places: places)
        difference = self.reported - self.monitored
        isDiscrepancy = abs(difference) > tolerance
    }
}

/// One pollutant's values for one station-day as one file gave them, with what a later merge needs (R-24a).
///
/// `sum` is the exact sum in 10⁻⁹ μg/m³ and `mask` the hours it covers: bit h is the hour from h:00 to
/// (h+1):00 of the day (0…23, whatever the file's labels), bit 24 a daily row. Both are nil when unknown
/// (days stored before hours were kept); such a value merges with nothing and is only replaced explicitly.
public struct PollutantPart: Sendable, Hashable {
    public var measure: DayMeasure
    public var sum: Int64?
    public var mask: UInt32?

    public init(measure: DayMeasure, sum: Int64?, mask: UInt32?) {
        self.measure = measure
        self.sum = mask == nil ? nil : sum
        self.mask = sum == nil ? nil : mask
    }

    /// Bit of a daily row in `mask`.
    public static let dailyBit: UInt32 = 1 << 24
    /// Units per μg/m³ in `sum`.
    public static let scale: Int64 = 1_000_000_000

    /// The part for an exact sum over the hours of `mask` (or a daily row when `mask` is `dailyBit`); nil for
    /// an empty mask.
    public init?(sum: Int64, mask: UInt32) {
        guard mask != 0 else { return nil }
        if mask & Self.dailyBit != 0 {
            self.init(measure: DayMeasure(mean: Self.decimal(sum), hours: nil), sum: sum, mask: mask)
        } else {
            let count = mask.nonzeroBitCount
            let mean = sum % Int64(count) == 0 ? Self.decimal(sum / Int64(count)) : Self.decimal(sum) / Decimal(count)
            self.init(measure: DayMeasure(mean: mean, hours: count), sum: sum, mask: mask)
        }
    }

    /// `units` 10⁻⁹ μg/m³ as an exact decimal with trailing zeros dropped.
    public static func decimal(_ units: Int64) -> Decimal {
        var s = units
        var e = -9
        while s != 0, s % 10 == 0, e < 0 {
            s /= 10
            e += 1
        }
        return Decimal(sign: s < 0 ? .minus : .plus, exponent: e, significand: Decimal(s.magnitude))
    }

    /// Whether two parts claim the same hour (a daily row claims every hour); unknown hours claim all.
    public func overlaps(_ other: PollutantPart) -> Bool {
        guard let a = mask, let b = other.mask else { return true }
        return a & b != 0 || (a & Self.dailyBit != 0) || (b & Self.dailyBit != 0)
    }

    /// Whether the two give the same values: the same hours and sum, or (hours unknown) the same mean.
    public func sameValues(as other: PollutantPart) -> Bool {
        if let a = mask, let b = other.mask { return a == b && sum == other.sum }
        return measure == other.measure
    }
}

/// What one file gives for one station-day (R-24a): only the pollutants it carries values for, and the dust
/// flag only when it has a dust cell; the first line of the file the day comes from, for messages.
public struct MonitoringPart: Sendable, Hashable {
    public var station: String
    public var areaCode: String
    public var day: Day
    public var pm10: PollutantPart?
    public var pm25: PollutantPart?
    /// nil when the file says nothing about dust for the day (no column, or every cell empty).
    public var dust: Bool?
    public var line: Int

    public init(station: String, areaCode: String, day: Day, pm10: PollutantPart?, pm25: PollutantPart?, dust: Bool?, line: Int) {
        self.station = station
        self.areaCode = areaCode
        self.day = day
        self.pm10 = pm10
        self.pm25 = pm25
        self.dust = dust
        self.line = line
    }

    /// A part from a stored-style station-day whose hours are unknown (tests, older callers).
    public init(_ d: StationDay, line: Int = 0) {
        self.init(
            station: d.station, areaCode: d.areaCode, day: d.day,
            pm10: d.pm10.map { PollutantPart(measure: $0, sum: nil, mask: nil) },
            pm25: d.pm25.map { PollutantPart(measure: $0, sum: nil, mask: nil) }, dust: d.dust, line: line)
    }

    /// The station-day this part alone would make.
    public var stationDay: StationDay {
        StationDay(station: station, areaCode: areaCode, day: day, pm10: pm10?.measure, pm25: pm25?.measure, dust: dust ?? false)
    }
}

/// How a station-day already stored and a file's part of it combine (R-24a); pure.
public enum MonitoringMerge {
    /// The result for one pollutant.
    public enum Result: Sendable, Hashable {
        /// Nothing changes.
        case keep
        /// Store this value.
        case store(PollutantPart)
        /// The file gives other values for hours already stored, and no replacement was asked for.
        case conflict
    }

    /// Merges by hour: disjoint hours are added together; the same values again change nothing; other values
    /// for stored hours are a conflict, or with `replace` the file's value replaces the stored one.
    public static func merge(stored: PollutantPart?, incoming: PollutantPart?, replace: Bool) -> Result {
        guard let incoming else { return .keep }
        guard let stored else { return .store(incoming) }
        if incoming.sameValues(as: stored) { return .keep }
        if !stored.overlaps(incoming), let a = stored.sum, let b = incoming.sum, let m = stored.mask, let n = incoming.mask,
            let merged = PollutantPart(sum: a + b, mask: m | n)
        {
            return .store(merged)
        }
        return replace ? .store(incoming) : .conflict
    }
}
