import Foundation
import KaoheCore

/// The monitoring template (监测数据): station values, one row per station and day or per station and hour.
public enum MonitoringFile {
    public static let schema = Schema(kind: .monitoring, columns: [station, area, date, time, pm10, pm25, dust])

    /// Highest concentration accepted, μg/m³; hourly PM10 in a sandstorm runs into the thousands.
    public static let maximumConcentration = 10_000
    /// Decimal places kept exactly; hourly sums are exact integers in units of 10⁻⁹ μg/m³.
    public static let maximumDecimalPlaces = 9

    /// Reads a whole monitoring file held in memory; for tests and small files.
    public static func parse(
        _ data: Data, file: String, knownAreas: Set<String>, hourLabel: HourLabel = .end, years: ClosedRange<Int>? = nil,
        today: Day? = nil
    ) throws(DiagnosticsError) -> MonitoringData {
        let importer = MonitoringImporter(fileName: file, knownAreas: knownAreas, hourLabel: hourLabel, years: years, today: today)
        try importer.feed(data)
        return try importer.finish()
    }
}

/// How an hourly file labels its hours (R-24a).
public enum HourLabel: String, Sendable, CaseIterable {
    /// The national network's convention and the default: "13:00" is the hour 12:00–13:00, so a day D is
    /// 01:00 … 23:00 of D and 00:00 of D+1 (also written 24:00 of D).
    case end
    /// "13:00" is the hour 13:00–14:00, so a day D is 00:00 … 23:00 of D.
    case start
}

/// Daily station values read from one monitoring file, ordered by station and day; iterated as station-days,
/// or as `parts` (with the hours behind each value and the line each day starts at) for the store.
///
/// Held compactly (one 40-byte record per station and day, D-162) and turned into `StationDay` values as they are
/// iterated, so a province's year does not sit in memory as millions of objects.
public struct MonitoringData: Sendable, Sequence {
    /// Data rows read (the header not counted).
    public var rows: Int
    /// Whether the rows were hourly values (时间) rather than daily means (日期).
    public var isHourly: Bool
    /// Non-blocking problems such as ignored unknown columns.
    public var warnings: [Diagnostic]
    var stations: [String]
    var areas: [String]
    /// The day slots in station and day order, held once (D-162).
    let table: DaySlotTable

    /// Station-days held.
    public var dayCount: Int { table.order.count }

    public func makeIterator() -> AnyIterator<StationDay> {
        let parts = self.parts.makeIterator()
        return AnyIterator { parts.next()?.stationDay }
    }

    /// What the file gives for each station-day, in the same order (R-24a).
    public var parts: MonitoringParts { MonitoringParts(stations: stations, areas: areas, table: table) }
}

/// The parts of a monitoring file, one per station-day, as the store merges them (R-24a).
public struct MonitoringParts: Sendable, Sequence {
    var stations: [String]
    var areas: [String]
    let table: DaySlotTable

    public func makeIterator() -> AnyIterator<MonitoringPart> {
        var index = 0
        return AnyIterator { [stations, areas, table] in
            guard index < table.order.count else { return nil }
            defer { index += 1 }
            let s = table[index]
            return MonitoringPart(
                station: stations[Int(s.station)], areaCode: areas[Int(s.station)],
                day: Day(year: Int(s.year), month: Int(s.month), day: Int(s.day))!,
                pm10: PollutantPart(sum: s.pm10Sum, mask: s.pm10Mask), pm25: PollutantPart(sum: s.pm25Sum, mask: s.pm25Mask),
                dust: s.dustGiven ? s.dust : nil, line: Int(s.line))
        }
    }
}
