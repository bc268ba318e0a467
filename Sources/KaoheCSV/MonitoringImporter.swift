import Foundation
import KaoheCore

/// Streams a monitoring file: feed it chunks of raw bytes, then `finish()` for the daily station values.
///
/// Hourly rows are reduced to daily sums as they arrive, so memory grows with stations × days, never with
/// rows. Every problem is collected with its location (the first `errorLimit` errors are kept, the rest
/// counted); `finish()` throws when there was any error, so a file with an error yields nothing to store.
/// Not thread-safe; one per file.
public final class MonitoringImporter {
    public let fileName: String
    /// Errors kept for the report; further errors are only counted.
    public let errorLimit: Int
    /// Data rows read so far, for progress display.
    public var rowsRead: Int { hot.pointee.rows }

    // Internal rather than private only for the piece-reader extension (MonitoringPieces.swift) and the cell
    // readers (MonitoringCells.swift); nothing outside the importer's files touches them.
    let parser: CSVStreamParser
    let knownAreas: Set<String>
    let years: ClosedRange<Int>?
    let today: Day?
    var header: HeaderMap?
    /// Kept apart from `header` and free of references, so reading it per row costs no retain or release.
    var layout: Layout?
    var headerSeen = false
    var diagnostics: [Diagnostic] = []
    var errorCount = 0
    var fatal = false

    private var stationIDs: [String: Int32] = [:]
    /// Each station's code upper-cased → as first written, to refuse a second spelling.
    private var stationKeys: [String: String] = [:]
    var stations: [String] = []
    var areas: [String] = []
    private var areaBytes: [[UInt8]] = []
    /// Which slot holds each station-day; needed only while reading (D-162).
    var slotIndex = DaySlotIndex()
    /// The day slots, in the order they were met; memory grows with stations × days, never with rows.
    var slotStore = DaySlotStore()
    /// The per-row state, behind a pointer: see `RowState`.
    let hot = UnsafeMutablePointer<RowState>.allocate(capacity: 1)

    /// Where the template's columns sit in this file, and whether rows are hourly.
    struct Layout {
        var station: Int
        var area: Int
        var time: Int
        var hourly: Bool
        var pm10: Int?
        var pm25: Int?
        var dust: Int?
        var width: Int
        var headerLine: Int
    }

    /// Creates an importer; `knownAreas` are the unit codes a station may be assessed for, `hourLabel` how
    /// an hourly file labels its hours (R-24a), `years` the years a day may be in (the rule set's; nil: any),
    /// `today` the day of the import, given by the caller: later days cannot have been measured.
    public convenience init(
        fileName: String, knownAreas: Set<String>, hourLabel: HourLabel = .end, years: ClosedRange<Int>? = nil, today: Day? = nil,
        errorLimit: Int = 100
    ) {
        self.init(fileName: fileName, knownAreas: knownAreas, hourLabel: hourLabel, years: years, today: today, errorLimit: errorLimit, utf8Only: false)
    }

    /// Creates an importer; `utf8Only` is for the first piece-reader of the parallel path (D-101): text without a
    /// BOM is read as UTF-8 without sniffing, and the input is known to hold no quote, so lines are records.
    init(
        fileName: String, knownAreas: Set<String>, hourLabel: HourLabel, years: ClosedRange<Int>?, today: Day?, errorLimit: Int,
        utf8Only: Bool
    ) {
        self.fileName = fileName
        self.years = years
        self.today = today
        self.knownAreas = knownAreas
        self.errorLimit = errorLimit
        parser = CSVStreamParser(fileName: fileName, utf8Only: utf8Only, unquoted: utf8Only)
        var state = RowState()
        state.hourEnding = hourLabel == .end
        hot.initialize(to: state)
    }

    /// Creates a piece-reader for the parallel path with `first`'s settings; it reads rows once it has taken
    /// `first`'s header (`adoptHeader`), with its own stations and day slots, UTF-8 only (D-101).
    init(continuing first: MonitoringImporter) {
        fileName = first.fileName
        years = first.years
        today = first.today
        knownAreas = first.knownAreas
        errorLimit = first.errorLimit
        parser = CSVStreamParser(fileName: first.fileName, utf8Only: true, unquoted: true)
        var state = RowState()
        state.hourEnding = first.hot.pointee.hourEnding
        hot.initialize(to: state)
    }

    deinit {
        hot.pointee.lastStation.free()
        hot.pointee.lastArea.free()
        hot.deinitialize(count: 1)
        hot.deallocate()
    }

    /// Feeds the next chunk of the file's bytes.
    ///
    /// Throws only when the CSV itself breaks (an unclosed quote, undecodable bytes), with every error
    /// collected so far; row problems are collected and thrown by `finish()`.
    public func feed(_ chunk: Data) throws(DiagnosticsError) {
        do {
            let hot = hot
            try parser.feedRaw(chunk) { if !hot.pointee.fastRow($0) { row($0) } }
        } catch {
            throw failure(error)
        }
    }

    /// Ends the file; returns its daily station values, or throws every collected problem. Call it once: the
    /// day slots are handed over to the result.
    public func finish() throws(DiagnosticsError) -> MonitoringData {
        do {
            let hot = hot
            try parser.finishRaw { if !hot.pointee.fastRow($0) { row($0) } }
        } catch {
            throw failure(error)
        }
        if !headerSeen {
            record(emptyFile(fileName, expecting: .monitoring))
        } else if rowsRead == 0, errorCount == 0 {
            record(headerOnly(fileName, line: layout?.headerLine ?? 1))
        }
        guard errorCount == 0 else { throw DiagnosticsError(diagnostics: diagnostics, errorCount: errorCount) }
        slotIndex = DaySlotIndex()  // needed only while reading; freed before the slots are ordered
        hot.pointee.lastSlot = nil
        // The slots stay where they are; only their addresses are ordered (D-162). One reader holds each station-day
        // in one slot, so there is nothing to join and the table is always made.
        let table = DaySlotTable(taking: [slotStore], stations: stations)!
        return MonitoringData(
            rows: rowsRead, isHourly: layout?.hourly ?? false, warnings: diagnostics, stations: stations, areas: areas,
            table: table)
    }

    func failure(_ error: any Error) -> DiagnosticsError {
        if !fatal, let e = error as? DiagnosticsError {
            fatal = true
            for d in e.diagnostics { record(d) }
        }
        return DiagnosticsError(diagnostics: diagnostics, errorCount: errorCount)
    }

    /// Keeps a diagnostic, naming the file and the column's header as written when a row left them out.
    private func record(_ found: Diagnostic) {
        var d = found
        if d.file.isEmpty {
            d.file = fileName
            if let column = d.column, let header, column <= header.written.count { d.header = header.written[column - 1] }
        }
        if d.severity == .error {
            errorCount += 1
            if errorCount > errorLimit { return }
        }
        diagnostics.append(d)
    }

    // MARK: - Rows

    func row(_ r: CSVRawRecord) {
        guard headerSeen else { return readHeader(r.record) }
        hot.pointee.rows += 1
        guard let layout else { return }
        var problems = RowProblems(record: r)
        defer {
            if !problems.found.isEmpty { for d in problems.found.sorted(by: { ($0.column ?? 0) < ($1.column ?? 0) }) { record(d) } }
        }
        if r.count > layout.width { problems.checkWidth(layout.width) }

        let stationBytes = trimmed(r, layout.station)
        let areaBytes = trimmed(r, layout.area)
        if stationBytes.isEmpty { problems.add(layout.station, MonitoringIssue.requiredEmpty(column: MonitoringFile.station.chinese)) }
        if areaBytes.isEmpty { problems.add(layout.area, MonitoringIssue.requiredEmpty(column: MonitoringFile.area.chinese)) }
        var when = layout.hourly ? hour(r, layout.time, &problems) : day(r, layout.time, &problems)
        if let w = when, let years, !years.contains(w.year) {
            // A day outside the rule set's years is a typo (2105 for 2015), never data to keep (issue 12 item 16).
            problems.add(layout.time, MonitoringIssue.outsideRuleSetYears(day: Day(year: w.year, month: w.month, day: w.day)!, years: years))
            when = nil
        }
        if let w = when, let today, let d = Day(year: w.year, month: w.month, day: w.day), d > today {
            problems.add(layout.time, MonitoringIssue.measuredInTheFuture(day: d, today: today))
            when = nil
        }
        let pm10 = layout.pm10.flatMap { concentration(r, $0, &problems) }
        let pm25 = layout.pm25.flatMap { concentration(r, $0, &problems) }
        let dust = layout.dust.flatMap { yesNo(r, $0, &problems) }
        guard !stationBytes.isEmpty, !areaBytes.isEmpty, let station = stationID(stationBytes, areaBytes, r, layout, &problems),
            let when, problems.found.isEmpty
        else { return }
        add(station: station, when: when, pm10: pm10, pm25: pm25, dust: dust, r, layout, &problems)
    }

    private func readHeader(_ header: CSVRecord) {
        headerSeen = true
        var found: [Diagnostic] = []
        let map = HeaderMap.match(header, schema: MonitoringFile.schema, file: fileName, into: &found)
        let date = map.index[MonitoringFile.date], time = map.index[MonitoringFile.time]
        let both = "\(MonitoringFile.date.bothNames) or \(MonitoringFile.time.bothNames)"
        if date != nil, let time {
            found.append(
                Diagnostic(
                    file: fileName, line: map.line, column: time + 1, header: map.written[time],
                    problem: MonitoringIssue.dateAndTimeColumns(date: MonitoringFile.date.chinese, time: MonitoringFile.time.chinese)))
        } else if date == nil, time == nil {
            found.append(
                Diagnostic(
                    file: fileName, line: map.line, header: both, problem: MonitoringIssue.noDateOrTimeColumn))
        }
        if map.index[MonitoringFile.pm10] == nil, map.index[MonitoringFile.pm25] == nil {
            found.append(
                Diagnostic(
                    file: fileName, line: map.line, header: "\(MonitoringFile.pm10.bothNames) or \(MonitoringFile.pm25.bothNames)",
                    problem: MonitoringIssue.noPollutantColumn))
        }
        for d in found { record(d) }
        guard !found.contains(where: { $0.severity == .error }), let station = map.index[MonitoringFile.station],
            let area = map.index[MonitoringFile.area], let timeColumn = date ?? time
        else { return }
        self.header = map
        layout = Layout(
            station: station, area: area, time: timeColumn, hourly: time != nil,
            pm10: map.index[MonitoringFile.pm10], pm25: map.index[MonitoringFile.pm25], dust: map.index[MonitoringFile.dust],
            width: map.written.count, headerLine: map.line)
        hot.pointee.setLayout(
            station: station, area: area, time: timeColumn, hourly: time != nil, pm10: map.index[MonitoringFile.pm10],
            pm25: map.index[MonitoringFile.pm25], dust: map.index[MonitoringFile.dust], width: map.written.count)
    }

    /// The station's number; a new station's unit must be known, and a station keeps one unit.
    private func stationID(
        _ bytes: UnsafeRawBufferPointer, _ areaBytes: UnsafeRawBufferPointer, _ r: CSVRawRecord, _ layout: Layout,
        _ problems: inout RowProblems
    ) -> Int32? {
        let id: Int32
        if hot.pointee.lastStationID >= 0, hot.pointee.lastStation.equals(bytes) {
            id = hot.pointee.lastStationID
        } else {
            let name = String(decoding: bytes, as: UTF8.self)
            if let known = stationIDs[name] {
                id = known
            } else {
                let area = String(decoding: areaBytes, as: UTF8.self)
                guard knownAreas.contains(area) else {
                    if knownAreas.contains(where: { Area.codeKey($0) == Area.codeKey(area) }) {
                        problems.add(layout.area, Cells.unknownUnit(area, known: knownAreas))
                    } else {
                        problems.add(layout.area, MonitoringIssue.unknownUnit(code: area))
                    }
                    return nil
                }
                // A station code with an invisible character would be a second station that looks the same.
                if let hidden = invisibleProblem(name) {
                    problems.add(layout.station, hidden)
                    return nil
                }
                // So would one differing only by case (codes compare case-insensitively, D-46).
                if let other = stationKeys[name.uppercased()] {
                    problems.add(layout.station, MonitoringIssue.stationDiffersByCase(station: name, other: other))
                    return nil
                }
                stationKeys[name.uppercased()] = name
                id = Int32(stations.count)
                stationIDs[name] = id
                stations.append(name)
                areas.append(area)
                self.areaBytes.append(Array(areaBytes))
            }
            hot.pointee.lastStation.set(bytes)
            hot.pointee.lastStationID = id
            self.areaBytes[Int(id)].withUnsafeBytes { hot.pointee.lastArea.set($0) }
        }
        let expected = self.areaBytes[Int(id)]
        if expected.count != areaBytes.count || expected.withUnsafeBytes({ memcmp($0.baseAddress!, areaBytes.baseAddress!, areaBytes.count) != 0 }) {
            let area = String(decoding: areaBytes, as: UTF8.self)
            problems.add(layout.area, MonitoringIssue.stationInTwoUnits(station: stations[Int(id)], unit: areas[Int(id)], here: area))
            return nil
        }
        return id
    }

    private func add(
        station: Int32, when: (year: Int, month: Int, day: Int, hour: Int?), pm10: Int64?, pm25: Int64?, dust: Bool?,
        _ r: CSVRawRecord, _ layout: Layout, _ problems: inout RowProblems
    ) {
        let key = slotKey(station, when.year, when.month, when.day)
        let slot: UnsafeMutablePointer<DaySlot>
        if key == hot.pointee.lastSlotKey, let last = hot.pointee.lastSlot {
            slot = last
        } else {
            let entry = slotIndex.entry(station, when.year, when.month, when.day)
            if entry.pointee != 0 {
                slot = slotStore[Int(entry.pointee) - 1]
            } else {
                let (index, p) = slotStore.append(
                    DaySlot(
                        station: station, line: Int32(truncatingIfNeeded: r.line), year: UInt16(when.year), month: UInt8(when.month),
                        day: UInt8(when.day)))
                entry.pointee = UInt32(index + 1)
                slot = p
            }
        }
        hot.pointee.lastSlotKey = key
        hot.pointee.lastSlot = slot
        let bit = when.hour.map { UInt32(1) << UInt32($0) } ?? dailyBit
        guard slot.pointee.seen & bit == 0 else {
            let stamp = Day(year: when.year, month: when.month, day: when.day)!.description
                + (when.hour.map { " " + hourSpan($0) } ?? "")
            problems.add(layout.time, MonitoringIssue.secondRow(station: stations[Int(station)], stamp: stamp, hourly: layout.hourly))
            return
        }
        slot.pointee.add(bit: bit, pm10: pm10, pm25: pm25, dust: dust)
    }
}
