import Foundation
import KaoheCore

/// Where the staged national import puts each file's kept hours as the file is read (D-153): the open write
/// transaction, so a year of every station's hours is never held in memory.
///
/// The store implements it; the reader only stages and asks back, so the day reduction (R-24/R-24a) and the
/// conflicts are decided here exactly as the in-memory `NationalHourMerge` decides them.
public protocol NationalHourStaging {
    /// Stages one kept hour (`hour` end-labelled, 1…24, on `day`); when the same station, day, pollutant and hour
    /// is staged already, stages nothing and returns the earlier one with where it was read.
    func stage(
        station: String, day: Day, pollutant: NationalPollutant, hour: Int, value: Decimal, file: String, line: Int, column: Int
    ) throws -> (value: Decimal, file: String, line: Int, column: Int)?

    /// Calls `body` with every staged station-day and its hours (pollutant → end hour → value), ordered by
    /// station and day.
    func forEachStationDay(_ body: (String, Day, [NationalPollutant: [Int: Decimal]]) throws -> Void) throws

    /// Stages one file's hours inside `body`, undoing them when `body` returns false (a file rejected with
    /// `--keep-going`, D-154).
    func stagingFile(_ body: () throws -> Bool) throws
}

/// A set of national files read into a `NationalHourStaging`: what the in-memory `NationalImport` gives, without
/// the hours (they stay staged) and with the station-days counted instead of listed (D-153).
public struct NationalStagedImport: Sendable {
    /// PM10/PM2.5 hours per station-day as the monitoring store keeps them (mask bit h = h:00–(h+1):00).
    public var parts: [MonitoringPart]
    /// Station-days counted for a unit, and those with at least one valid SO2/NO2/CO/O3/PM value.
    public var stationDays: Int
    public var withValue: Int
    public var unmapped: [String]
    public var backgroundLeftOut: [(station: String, effective: Day)]
    public var files: Int
    /// The indexes of the files kept, in order: every file unless files were rejected one by one (D-154).
    public var keptFiles: [Int]

    /// Reads `fileCount` files one at a time as `NationalImport.read` does (the same checks, the same kept
    /// stations, the same messages, D-123), staging each good file's kept hours into `staging` before the next
    /// file is asked for. All or nothing: throws `DiagnosticsError` with every problem of every file and every
    /// conflict between them, in `NationalImport.read`'s order; the caller's transaction then stores nothing.
    ///
    /// A station-day is reduced only once every file is read, so hour 0 of a file completes the day before
    /// (R-24a) whatever the files' order, across a year too.
    ///
    /// With `reject` (`--keep-going`, D-154) a file is rejected alone instead: its own problems — what reading
    /// it found, or its conflicts with a file read before it — go to `reject` with its index as soon as it is
    /// read, its staged hours are undone, and the other files go on; what the kept files give is returned.
    ///
    /// With `readAhead` (the default, D-160) file N+1 is read on a second thread while file N is read and staged on the
    /// calling thread (the only one that touches `staging`); `file` may be called from that second thread.
    public static func read(
        fileCount: Int, file: @escaping @Sendable (Int) throws -> (name: String, data: Data), book: NationalStationBook,
        staging: some NationalHourStaging, readAhead: Bool = true, reject: ((Int, [Diagnostic]) -> Void)? = nil
    ) throws -> NationalStagedImport {
        var conflicts: [Diagnostic] = []
        var kept: [Int] = []
        let scan = try NationalImport.scan(fileCount: fileCount, file: file, book: book, readAhead: readAhead, reject: reject) { i, reading in
            var own: [Diagnostic] = []
            try staging.stagingFile {
                for v in reading.values {
                    if let earlier = try staging.stage(
                        station: v.station, day: v.hour.day, pollutant: v.pollutant, hour: v.hour.hour, value: v.value, file: reading.file,
                        line: v.line, column: v.column), earlier.value != v.value
                    {
                        own.append(NationalHourMerge.conflict(v, file: reading.file, earlier: earlier))
                    }
                }
                return reject == nil || own.isEmpty
            }
            if let reject, !own.isEmpty {
                reject(i, own)
            } else {
                conflicts += own
                kept.append(i)
            }
        }
        let problems = scan.problems + conflicts
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        var result = NationalStagedImport(
            parts: [], stationDays: 0, withValue: 0, unmapped: scan.unmapped, backgroundLeftOut: scan.backgroundLeftOut, files: kept.count,
            keptFiles: kept)
        try staging.forEachStationDay { station, day, hours in
            guard let unit = book.unit(of: station, on: day) else { return }
            let d = NationalStationDay.reduce(station: station, day: day, hours: hours)
            result.stationDays += 1
            if !d.means.isEmpty || d.ozoneMax8h != nil { result.withValue += 1 }
            let pm10 = try NationalImport.part(hours[.pm10] ?? [:], station: station, day: day)
            let pm25 = try NationalImport.part(hours[.pm25] ?? [:], station: station, day: day)
            if pm10 != nil || pm25 != nil {
                result.parts.append(MonitoringPart(station: station, areaCode: unit, day: day, pm10: pm10, pm25: pm25, dust: nil, line: 0))
            }
        }
        return result
    }
}
