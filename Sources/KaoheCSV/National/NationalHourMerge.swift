import Foundation
import KaoheCore

/// Gathers the kept hours of many national files into station-days, merged by hour (R-24a, D-71).
///
/// The same hour of a station and pollutant given twice with the same value changes nothing; with another
/// value it is a located conflict, reported at the later cell with the earlier named. Days are formed from
/// end-labelled hours, so hour 0 of a file completes the previous day, even across a year boundary.
public struct NationalHourMerge {
    struct Key: Hashable {
        var station: String
        var day: Day
    }

    private var hours: [Key: [NationalPollutant: [Int: (value: Decimal, file: String, line: Int, column: Int)]]] = [:]
    public private(set) var problems: [Diagnostic] = []
    /// Every station code seen in any header, for reporting unmapped stations once.
    public private(set) var stationsSeen: Set<String> = []

    public init() {}

    /// Adds one file's reading.
    public mutating func add(_ reading: NationalFileReading) {
        stationsSeen.formUnion(reading.stations)
        for v in reading.values {
            let key = Key(station: v.station, day: v.hour.day)
            if let earlier = hours[key]?[v.pollutant]?[v.hour.hour] {
                if earlier.value != v.value {
                    problems.append(Self.conflict(v, file: reading.file, earlier: earlier))
                }
                continue
            }
            hours[key, default: [:]][v.pollutant, default: [:]][v.hour.hour] = (v.value, reading.file, v.line, v.column)
        }
    }

    /// The located conflict of `v` (read in `file`) with the same hour read earlier with another value (R-24a, D-71).
    static func conflict(_ v: NationalHourValue, file: String, earlier: (value: Decimal, file: String, line: Int, column: Int)) -> Diagnostic {
        Diagnostic(
            file: file, line: v.line, column: v.column, header: v.station,
            problem: NationalIssue.conflictingValue(
                pollutant: v.pollutant.rawValue, station: v.station, hour: v.hour.hour, day: v.hour.day, value: v.value,
                earlier: "\(earlier.file):\(earlier.line):\(earlier.column)", earlierValue: earlier.value))
    }

    /// The station-days reduced per R-24/R-24b, ordered by station and day.
    public func stationDays() -> [NationalStationDay] {
        hours.keys.sorted { ($0.station, $0.day) < ($1.station, $1.day) }.map { key in
            let values = hours[key]!.mapValues { $0.mapValues(\.value) }
            return NationalStationDay.reduce(station: key.station, day: key.day, hours: values)
        }
    }

    /// Every kept hour of `pollutants` with the file, line and column it was read from, ordered by station,
    /// day, pollutant and hour; `unit` says which unit a station counts for on a day (nil: none, left out).
    public func located(_ pollutants: Set<NationalPollutant>, unit: (String, Day) -> String?) -> [NationalStoredHour] {
        var out: [NationalStoredHour] = []
        for key in hours.keys.sorted(by: { ($0.station, $0.day) < ($1.station, $1.day) }) {
            guard let code = unit(key.station, key.day) else { continue }
            for (pollutant, byHour) in hours[key]!.sorted(by: { $0.key < $1.key }) where pollutants.contains(pollutant) {
                for (hour, v) in byHour.sorted(by: { $0.key < $1.key }) {
                    out.append(
                        NationalStoredHour(
                            station: key.station, areaCode: code, pollutant: pollutant, hour: EndLabelledHour(day: key.day, hour: hour),
                            value: v.value, file: v.file, line: v.line, column: v.column))
                }
            }
        }
        return out
    }

    /// The raw end-labelled hours of one station-day and pollutant (for storage and tests).
    public func hours(station: String, day: Day, pollutant: NationalPollutant) -> [Int: Decimal] {
        hours[Key(station: station, day: day)]?[pollutant]?.mapValues(\.value) ?? [:]
    }
}
