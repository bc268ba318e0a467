import Foundation
import KaoheCore

/// Where the staged national import puts each file's kept hours as the file is read (D-153): the open write
/// transaction, so a year of every station's hours is never held in memory.
///
/// The store implements it; the reader only stages and asks back, so the day reduction (R-24/R-24a) and the
/// conflicts are decided here exactly as the in-memory `NationalHourMerge` decides them.
public protocol NationalHourStaging {
    /// Stages one station-day's block of one file (`file`: its index, which the block's hours carry, and its
    /// name), merged by hour with what is staged for that station and day (R-24a): an hour staged already is not
    /// staged again, and is returned, with the earlier value and where it was read, when its value differs
    /// (compared as decimals). One block per station-day (D-164, D-179).
    func stage(station: String, day: Day, block: NationalDayBlock, file: (index: Int, name: String)) throws
        -> [(slot: Int, earlier: (value: Decimal, file: String, line: Int, column: Int))]

    /// Calls `body` with every staged station-day's block, ordered by station and day.
    func forEachStationDay(_ body: (String, Day, NationalDayBlock) throws -> Void) throws

    /// Stages one file's hours inside `body`, undoing them when `body` returns false (a file rejected with
    /// `--keep-going`, D-154). Before the file, the station-days of days before `settlingBefore` — days no file
    /// still to come can touch — may be settled: handed to `settle` as `forEachStationDay` would hand them, their
    /// other hours stored, and then never handed again (D-176).
    func stagingFile(settlingBefore: Day?, settle: (String, Day, NationalDayBlock) throws -> Void, _ body: () throws -> Bool) throws
}

/// A set of national files read into a `NationalHourStaging`: what the in-memory `NationalImport` gives, without
/// the hours (staged, or stored as their days were settled, D-176) and with the station-days counted instead of
/// listed (D-153).
public struct NationalStagedImport: Sendable {
    /// PM10/PM2.5 hours per station-day as the monitoring store keeps them (mask bit h = h:00–(h+1):00).
    public var parts: [MonitoringPart]
    /// Station-days counted for a unit, and those with at least one valid SO2/NO2/CO/O3/PM value.
    public var stationDays: Int
    public var withValue: Int
    public var unmapped: [String]
    public var backgroundLeftOut: [(station: String, effective: Day)]
    /// The indexes of the files kept, in order: every file unless files were rejected one by one (D-154).
    public var keptFiles: [Int]
    /// How many files were kept.
    public var files: Int { keptFiles.count }

    /// Reads `fileCount` files one at a time as `NationalImport.read` does (the same checks, the same kept
    /// stations, the same messages, D-123), staging each good file's kept hours into `staging` in file order.
    /// All or nothing: throws `DiagnosticsError` with every problem of every file and every conflict between them, in `NationalImport.read`'s order; the caller's transaction then stores nothing.
    ///
    /// A station-day is reduced only once no file still to come can touch it (settled, see `fileDays`) or every
    /// file is read, so hour 0 of a file completes the day before (R-24a) whatever the files' order, across a
    /// year too.
    ///
    /// With `reject` (`--keep-going`, D-154) a file is rejected alone instead: its own problems — what reading
    /// it found, or its conflicts with a file read before it — go to `reject` with its index as soon as it is
    /// read, its staged hours are undone, and the other files go on; what the kept files give is returned.
    ///
    /// With `readAhead` (the default, D-160, D-180) files are read on a second thread too while the calling thread
    /// (the only one that touches `staging`) stages them; `file` may be called from that second thread.
    ///
    /// `fileDays` are the days the files' names state (`NationalHourlyFile.day(inFileName:)`, nil for a name that
    /// states none), in file order. A file is read only when its first row's date is its name's day, so before
    /// file i no file still to come can touch a day before the earliest of `fileDays[i...]` less one (its hour 0
    /// falls on the day before, R-24a): those days are settled as the files are read (D-176). Without
    /// `fileDays`, or once a name states no day, every station-day waits for the last file.
    public static func read(
        fileCount: Int, file: @escaping @Sendable (Int) throws -> (name: String, data: Data), book: NationalStationBook,
        staging: some NationalHourStaging, fileDays: [Day?]? = nil, readAhead: Bool = true, reject: ((Int, [Diagnostic]) -> Void)? = nil
    ) throws -> NationalStagedImport {
        var conflicts: [Diagnostic] = []
        var kept: [Int] = []
        var result = NationalStagedImport(parts: [], stationDays: 0, withValue: 0, unmapped: [], backgroundLeftOut: [], keptFiles: [])
        // A PM value that cannot be stored exactly, kept rather than thrown while the files are read (a day can be
        // settled before the last file, D-176): thrown after every file's problems, and the first by station and day,
        // as when every station-day was reduced at the end.
        var partError: (station: String, day: Day, error: any Error)?
        func settle(_ station: String, _ day: Day, _ block: NationalDayBlock) {
            guard let unit = book.unit(of: station, on: day) else { return }
            result.stationDays += 1
            // Validity from the hours present (R-24, R-24b), without reducing the day (D-164).
            if block.hasValidValue { result.withValue += 1 }
            do {
                let pm10 = try NationalImport.part(block, .pm10, station: station, day: day)
                let pm25 = try NationalImport.part(block, .pm25, station: station, day: day)
                if pm10 != nil || pm25 != nil {
                    result.parts.append(MonitoringPart(station: station, areaCode: unit, day: day, pm10: pm10, pm25: pm25, dust: nil, line: 0))
                }
            } catch {
                if partError.map({ (station, day) < ($0.station, $0.day) }) ?? true { partError = (station, day, error) }
            }
        }
        let boundaries = settlingBoundaries(fileDays, count: fileCount)
        let scan = try NationalImport.scan(fileCount: fileCount, file: file, book: book, readAhead: readAhead, reject: reject, prepare: { reading, i in
            // Built on the thread that read the file (D-179), so the calling thread only merges and settles.
            reading.blocks = NationalFileBlocks(reading, file: i)
        }) { i, reading in
            // The reader refuses a file whose first row's date is not its name's day, so a kept file's day is its
            // name's: what the boundaries were worked out from.
            precondition(fileDays?[i].map { $0 == reading.fileDay } ?? true, "a file's day differs from the day its name states")
            var own: [Diagnostic] = []
            try staging.stagingFile(settlingBefore: boundaries[i], settle: settle) {
                own = try stage(reading, file: i, into: staging)
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
        result.unmapped = scan.unmapped
        result.backgroundLeftOut = scan.backgroundLeftOut
        result.keptFiles = kept
        try staging.forEachStationDay(settle)
        if let partError { throw partError.error }
        // Settled days came day by day; the store takes the parts by station and day, as the staging hands them.
        result.parts.sort { ($0.station, $0.day) < ($1.station, $1.day) }
        return result
    }

    /// For each file, the day before which no file from it on can touch a day (D-176): the earliest of the days
    /// its name and the later files' names state, less one; nil when one of them states none.
    static func settlingBoundaries(_ fileDays: [Day?]?, count: Int) -> [Day?] {
        guard let fileDays else { return Array(repeating: nil, count: count) }
        var boundaries = [Day?](repeating: nil, count: count)
        var earliest: Day?
        var known = true
        for i in stride(from: count - 1, through: 0, by: -1) {
            if known, let day = fileDays[i] {
                earliest = min(earliest ?? day, day)
            } else {
                known = false
            }
            boundaries[i] = known ? earliest?.adding(days: -1) : nil
        }
        return boundaries
    }

    /// Stages one file's kept hours as one block per station-day (D-164) — a file holds hours 1…23 of its own
    /// day and hour 24 of the day before (R-24a) — and returns its conflicts with hours staged before, in the
    /// order of the file's values (its rows, then its columns), as staging hour by hour gave them. The blocks are
    /// those the reading thread built (`read`'s `prepare`, D-179).
    static func stage(_ reading: NationalFileReading, file: Int, into staging: some NationalHourStaging) throws -> [Diagnostic] {
        guard let blocks = reading.blocks else { preconditionFailure("a national file staged without its blocks") }
        var conflicts: [(index: Int, diagnostic: Diagnostic)] = []
        for (g, group) in blocks.groups.enumerated() {
            for clash in try staging.stage(station: group.station, day: group.day, block: group.block, file: (file, reading.file)) {
                let k = blocks.cell(group: g, slot: clash.slot)
                conflicts.append((k, NationalHourMerge.conflict(reading.value(at: k), file: reading.file, earlier: clash.earlier)))
            }
        }
        return conflicts.sorted { $0.index < $1.index }.map(\.diagnostic)
    }
}
