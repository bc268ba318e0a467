import Dispatch
import Foundation
import KaoheCore

/// Reads a set of national daily files for the stations of a mapping, all or nothing (D-68, D-69).
///
/// Only stations mapped to a unit on some day, and not background stations, are kept; every file is
/// still checked in full. The result gives the reduced station-days (R-24/R-24b), each with the unit its
/// station counts for that day, and PM10/PM2.5 as monitoring parts merged by hour for the existing store
/// (R-24a), so assessment uses them.
public struct NationalImport: Sendable {
    /// One reduced station-day with its unit on that day.
    public var days: [(unit: String, day: NationalStationDay)]
    /// PM10/PM2.5 hours per station-day as the monitoring store keeps them (mask bit h = h:00–(h+1):00).
    public var parts: [MonitoringPart]
    /// Non-background stations of the mapped units' cities that appear in the files but are mapped to no
    /// unit, each named once.
    public var unmapped: [String]
    public var files: Int
    /// SO2, NO2, CO and O3 hours of mapped station-days, located, for the national store (D-73).
    public var otherHours: [NationalStoredHour]

    /// Background stations mapped to a unit that a later list in force marks 对照点 = Y: left out of the days
    /// that list covers, each named once with the list's effective day (for a warning).
    public var backgroundLeftOut: [(station: String, effective: Day)] = []

    /// Reads `files` (name and bytes) with one station list in force on every day; throws `DiagnosticsError`
    /// with every problem of every file.
    public static func read(
        _ files: [(name: String, data: Data)], stations: [NationalStation], mapping: [StationAssignment], mappingFile: String
    ) throws -> NationalImport {
        try read(
            fileCount: files.count, file: { files[$0] },
            book: NationalStationBook(list: stations, listFile: "", mapping: mapping, mappingFile: mappingFile))
    }

    /// Reads `fileCount` files one at a time, each asked of `file(i)` and released once reduced to the hours of
    /// its mapped stations, so a year of 1,500-station files is never held at once (D-123); the list and
    /// mapping in force on each file's day (`book`) decide what is kept (D-121). All or nothing: throws
    /// `DiagnosticsError` with every problem of every file, located.
    ///
    /// With `readAhead` (the default) files are read on a second thread too while the calling thread merges (D-160,
    /// D-180); what is read, kept and reported, and in which order, is the same either way.
    public static func read(
        fileCount: Int, file: @escaping @Sendable (Int) throws -> (name: String, data: Data), book: NationalStationBook,
        readAhead: Bool = true
    ) throws -> NationalImport {
        var merge = NationalHourMerge()
        let scan = try scan(fileCount: fileCount, file: file, book: book, readAhead: readAhead) { merge.add($1) }
        var problems = scan.problems
        problems += merge.problems
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        let unit = { (station: String, day: Day) in book.unit(of: station, on: day) }
        let otherHours = merge.located([.so2, .no2, .co, .o3], unit: unit)
        var days: [(String, NationalStationDay)] = []
        var parts: [MonitoringPart] = []
        for d in merge.stationDays() {
            guard let unit = unit(d.station, d.day) else { continue }
            days.append((unit, d))
            let pm10 = try part(merge.hours(station: d.station, day: d.day, pollutant: .pm10), station: d.station, day: d.day)
            let pm25 = try part(merge.hours(station: d.station, day: d.day, pollutant: .pm25), station: d.station, day: d.day)
            if pm10 != nil || pm25 != nil {
                parts.append(MonitoringPart(station: d.station, areaCode: unit, day: d.day, pm10: pm10, pm25: pm25, dust: nil, line: 0))
            }
        }
        var result = NationalImport(days: days, parts: parts, unmapped: scan.unmapped, files: fileCount, otherHours: otherHours)
        result.backgroundLeftOut = scan.backgroundLeftOut
        return result
    }

    /// What reading every file gave besides the kept hours: the problems of every file (not yet the merge's
    /// conflicts), the unmapped stations and the background stations left out (D-122).
    struct Scan {
        var problems: [Diagnostic]
        var unmapped: [String]
        var backgroundLeftOut: [(station: String, effective: Day)]
    }

    /// Reads `fileCount` files one at a time (D-123), each checked in full and reduced to the hours of its kept
    /// stations, and hands each good file's reading to `add` (with its index) in file order;
    /// shared by the in-memory import and the staged one (D-153), so both read, keep and report alike. A file's
    /// own problems go to `reject` with its index when given (`--keep-going`, D-154), else into `problems`.
    /// `prepare` runs on the thread that read the file, before `add` takes it (the staged import's blocks, D-179).
    /// Throws the mapping's problems at once (nothing is read then).
    ///
    /// With `readAhead` (D-160, D-180) files are read — asked of `file`, decoded, checked and reduced to their kept
    /// hours — by a second thread and, whenever the file it wants next is still being read, by the calling thread
    /// too (`NationalSharedReads`); file i+2 is asked for only once file i is taken. Results are taken in file
    /// order and everything after the read (the list in force, the warnings, `reject`, `add`, an error `file`
    /// threw) happens on the calling thread in that order, so the messages and what is kept are those of reading
    /// one file after another. `file` may be called from the second thread.
    static func scan(
        fileCount: Int, file: @escaping @Sendable (Int) throws -> (name: String, data: Data), book: NationalStationBook,
        readAhead: Bool = true, reject: ((Int, [Diagnostic]) -> Void)? = nil,
        prepare: (@Sendable (inout NationalFileReading, Int) -> Void)? = nil, add: (Int, NationalFileReading) throws -> Void
    ) throws -> Scan {
        var problems = mappingProblems(book)
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        let cities = Set(book.mapping.compactMap { book.anyStation($0.station)?.city })
        var unmapped: Set<String> = []
        var leftOut: [String: Day] = [:]
        // The file's bytes live only inside this read: read, check, reduce, release.
        let readOne: @Sendable (Int) throws -> NationalFileReading = { i in
            let (name, data) = try file(i)
            var reading = try NationalHourlyFile.read(data, file: name, keepOn: { day in
                let list = book.stations(on: day) ?? [:]
                return { code in
                    guard book.unit(of: code, on: day) != nil || book.unit(of: code, on: day.adding(days: -1)) != nil else { return false }
                    return list[code]?.isBackground != true
                }
            })
            prepare?(&reading, i)
            return reading
        }
        let queue = readAhead && fileCount > 1 ? DispatchQueue(label: "kaohe.national.read-ahead") : nil
        let reads = NationalSharedReads(count: fileCount, on: queue, read: readOne)
        // Never return (or throw) while the second thread may still be calling `file`.
        defer { reads.stop() }
        for i in 0..<fileCount {
            let reading: NationalFileReading
            do {
                reading = try reads.take(i)
            } catch let error as DiagnosticsError {
                if let reject { reject(i, error.diagnostics) } else { problems += error.diagnostics }
                continue
            }
            guard let index = book.listIndex(on: reading.fileDay) else {
                let first = book.lists.first.map { "\($0.effective)" } ?? "—"
                let problem = Diagnostic(file: reading.file, problem: NationalIssue.noListInForce(day: reading.fileDay, first: first))
                if let reject { reject(i, [problem]) } else { problems.append(problem) }
                continue
            }
            let list = book.stations(on: reading.fileDay) ?? [:]
            for code in reading.stations {
                guard let s = list[code] else { continue }
                if book.isMapped(code) {
                    let mappedHere = book.unit(of: code, on: reading.fileDay) != nil || book.unit(of: code, on: reading.fileDay.adding(days: -1)) != nil
                    if s.isBackground && mappedHere && leftOut[code] == nil { leftOut[code] = book.lists[index].effective }
                } else if !s.isBackground && cities.contains(s.city) {
                    unmapped.insert(code)
                }
            }
            try add(i, reading)
        }
        return Scan(problems: problems, unmapped: unmapped.sorted(), backgroundLeftOut: leftOut.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    /// The mapping's rows checked against the lists: a station no list names, or one its list marks as a
    /// background station (对照点 = Y) on the row's first day, is refused at the mapping's line.
    public static func mappingProblems(_ book: NationalStationBook) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for a in book.mapping {
            // The list in force on the row's first day, or the first list when the row starts before any.
            let inForce = book.stations(on: a.from) ?? book.lists.first.flatMap { book.stations(on: $0.effective) } ?? [:]
            if inForce[a.station]?.isBackground == true {
                problems.append(
                    Diagnostic(
                        file: book.mappingFile, line: a.line, column: a.column, header: StationFiles.listFields[0].chinese,
                        problem: NationalIssue.backgroundStationMapped(station: a.station)))
            } else if book.anyStation(a.station) == nil {
                problems.append(
                    Diagnostic(
                        file: book.mappingFile, line: a.line, column: a.column, header: StationFiles.listFields[0].chinese,
                        problem: NationalIssue.stationNotInList(station: a.station)))
            }
        }
        return problems
    }

    /// End-labelled hours (1…24) as a monitoring part: hour e is the hour from (e−1):00 to e:00, bit e−1.
    static func part(_ hours: [Int: Decimal], station: String, day: Day) throws -> PollutantPart? {
        guard !hours.isEmpty else { return nil }
        var sum: Int64 = 0
        var mask: UInt32 = 0
        // In hour order, so that an error names the earliest hour that cannot be stored, not one in hash order.
        for (end, value) in hours.sorted(by: { $0.key < $1.key }) {
            // Most values are plain and short: scaled from their digits (D-167); the others as before.
            if let scaled = scaledFast(value) {
                sum += scaled
                mask |= 1 << UInt32(end - 1)
                continue
            }
            var scaled = value * Decimal(PollutantPart.scale)
            var whole = Decimal()
            NSDecimalRound(&whole, &scaled, 0, .plain)
            guard whole == scaled, whole < Decimal(Int64.max / 48) else {
                throw DiagnosticsError([
                    Diagnostic(
                        file: station, problem: NationalIssue.tooManyDecimals(value: value, day: day, hour: end)),
                ])
            }
            sum += NSDecimalNumber(decimal: whole).int64Value
            mask |= 1 << UInt32(end - 1)
        }
        return PollutantPart(sum: sum, mask: mask)
    }

    /// `value × PollutantPart.scale` from the value's exact text when it is non-negative with at most 8 digits before
    /// the point and 9 after (so the product is exact and below the `Int64.max / 48` bound `part` checks); nil
    /// otherwise, for the `Decimal` path, which also words the errors. The same integer as the `Decimal` path
    /// (`NationalPartTests` compares them).
    static func scaledFast(_ value: Decimal) -> Int64? {
        var text = value.exactText
        return text.withUTF8(scaledFast(text:))
    }

    /// The pollutant's hours of a staged block as a monitoring part (D-179): `part` of its decoded hours, each
    /// scaled straight from its exact text (`scaledFast(text:)`) unless one cannot be, which then takes `part`'s
    /// `Decimal` path (and its errors).
    static func part(_ block: NationalDayBlock, _ pollutant: NationalPollutant, station: String, day: Day) throws -> PollutantPart? {
        var sum: Int64 = 0
        var mask: UInt32 = 0
        var plain = true
        block.forEachText(rank: pollutant.rank) { end, text in
            guard plain, let scaled = scaledFast(text: text) else {
                plain = false
                return
            }
            sum += scaled
            mask |= 1 << UInt32(end - 1)
        }
        if plain { return mask == 0 ? nil : PollutantPart(sum: sum, mask: mask) }
        return try part(block.decode(ranks: [pollutant.rank]).hours(pollutant), station: station, day: day)
    }

    /// `scaledFast` of a value given by its exact text.
    static func scaledFast(text bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var whole: Int64 = 0, fraction: Int64 = 0, places = 0, digits = 0, afterPoint = false
        for b in bytes {
            if b == UInt8(ascii: ".") {
                guard !afterPoint else { return nil }
                afterPoint = true
            } else if b &- UInt8(ascii: "0") < 10 {
                if afterPoint {
                    places += 1
                    guard places <= 9 else { return nil }
                    fraction = fraction * 10 + Int64(b &- UInt8(ascii: "0"))
                } else {
                    digits += 1
                    guard digits <= 8 else { return nil }
                    whole = whole * 10 + Int64(b &- UInt8(ascii: "0"))
                }
            } else {
                return nil
            }
        }
        guard digits + places > 0 else { return nil }
        var power: Int64 = 1
        for _ in places..<9 { power *= 10 }
        return whole * PollutantPart.scale + fraction * power
    }
}

/// The composite index ranking of units for a period (R-24c), from reduced station-days.
public enum NationalRanking {
    /// One unit's row: its index for the period and the same period a year before, when there is one.
    public struct Row: Sendable {
        public var unit: String
        public var index: CompositeIndex
        public var previous: CompositeIndex?
        public var changeRate: Decimal? { index.changeRate(from: previous) }
        /// Whether each pollutant has the valid days the period needs (R-24, R-24b); only complete rows are ranked.
        public var isComplete: Bool
    }

    /// Units with an index for `period`: complete ones (R-24, R-24b) lowest (best) first, then incomplete
    /// ones likewise, ties by unit code; units without all six pollutants are returned separately, by code.
    public static func rank(
        _ days: [(unit: String, day: NationalStationDay)], period: ClosedRange<Day>, previous: ClosedRange<Day>
    ) -> (ranked: [Row], withoutIndex: [String]) {
        let byUnit = Dictionary(grouping: days, by: \.unit).mapValues { $0.map(\.day) }
        var rows: [Row] = []
        var without: [String] = []
        for (unit, stationDays) in byUnit {
            guard stationDays.contains(where: { period.contains($0.day) }) else { continue }
            if let index = CompositeIndex.forUnit(stationDays: stationDays, period: period) {
                rows.append(
                    Row(
                        unit: unit, index: index, previous: CompositeIndex.forUnit(stationDays: stationDays, period: previous),
                        isComplete: index.isComplete(for: period)))
            } else {
                without.append(unit)
            }
        }
        rows.sort {
            let a = $0.index.isComplete(for: period), b = $1.index.isComplete(for: period)
            if a != b { return a }
            return ($0.index.index, $0.unit) < ($1.index.index, $1.unit)
        }
        return (rows, without.sorted())
    }
}
