import Foundation
import KaoheCore

/// The monitoring template (监测数据): station values, one row per station and day or per station and hour.
public enum MonitoringFile {
    static let station = Column("站点编码", "station_code", required: true)
    static let area = Column("区域代码", "area_code", required: true)
    static let date = Column("日期", "date")
    static let time = Column("时间", "time")
    static let pm10 = Column("PM10", "pm10")
    static let pm25 = Column("PM2.5", "pm25")
    static let dust = Column("沙尘", "dust")
    public static let schema = Schema(kind: .monitoring, columns: [station, area, date, time, pm10, pm25, dust])

    /// Highest concentration accepted, μg/m³; hourly PM10 in a sandstorm runs into the thousands.
    public static let maximumConcentration = 10_000
    /// Decimal places kept exactly; hourly sums are exact integers in units of 10⁻⁹ μg/m³.
    public static let maximumDecimalPlaces = 9

    /// Reads a whole monitoring file held in memory; for tests and small files.
    public static func parse(
        _ data: Data, file: String, knownAreas: Set<String>, hourLabel: HourLabel = .end, years: ClosedRange<Int>? = nil,
        today: Day? = nil
    ) throws(MonitoringFileError) -> MonitoringData {
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

/// A rejected monitoring file: the first problems found, located, and how many errors there were in all.
///
/// Large files can hold millions of bad rows; only the first `MonitoringImporter.errorLimit` errors are kept.
public struct MonitoringFileError: Error, Sendable, CustomStringConvertible {
    /// Errors (at most the limit) and warnings, in file order.
    public var diagnostics: [Diagnostic]
    /// Every error found, listed or not.
    public var errorCount: Int

    public var description: String { rendered(chinese: false) }

    /// Every kept message, one per line, in Chinese when `chinese`, and a count of the unlisted errors.
    public func rendered(chinese: Bool) -> String {
        let listed = diagnostics.filter { $0.severity == .error }.count
        let unlisted = errorCount - listed
        let more = unlisted > 0 ? [chinese ? "…… 另有 \(unlisted) 处错误未列出" : "… \(unlisted) more error(s) not listed"] : []
        return (diagnostics.map { $0.rendered(chinese: chinese) } + more).joined(separator: "\n")
    }
}

/// Daily station values read from one monitoring file, ordered by station and day; iterated as station-days,
/// or as `parts` (with the hours behind each value and the line each day starts at) for the store.
///
/// Held compactly (one small record per station and day) and turned into `StationDay` values as they are
/// iterated, so a province's year does not sit in memory as millions of objects.
public struct MonitoringData: Sendable, Sequence {
    /// Data rows read (the header not counted).
    public var rows: Int
    /// Whether the rows were hourly values (时间) rather than daily means (日期).
    public var isHourly: Bool
    /// Non-blocking problems such as ignored unknown columns.
    public var warnings: [Diagnostic]
    fileprivate var stations: [String]
    fileprivate var areas: [String]
    fileprivate var slots: [DaySlot]

    /// Station-days held.
    public var dayCount: Int { slots.count }

    public func makeIterator() -> AnyIterator<StationDay> {
        let parts = self.parts.makeIterator()
        return AnyIterator { parts.next()?.stationDay }
    }

    /// What the file gives for each station-day, in the same order (R-24a).
    public var parts: MonitoringParts { MonitoringParts(stations: stations, areas: areas, slots: slots) }
}

/// The parts of a monitoring file, one per station-day, as the store merges them (R-24a).
public struct MonitoringParts: Sendable, Sequence {
    fileprivate var stations: [String]
    fileprivate var areas: [String]
    fileprivate var slots: [DaySlot]

    public func makeIterator() -> AnyIterator<MonitoringPart> {
        var index = 0
        return AnyIterator { [stations, areas, slots] in
            guard index < slots.count else { return nil }
            defer { index += 1 }
            let s = slots[index]
            return MonitoringPart(
                station: stations[Int(s.station)], areaCode: areas[Int(s.station)],
                day: Day(year: Int(s.year), month: Int(s.month), day: Int(s.day))!,
                pm10: PollutantPart(sum: s.pm10Sum, mask: s.pm10Mask), pm25: PollutantPart(sum: s.pm25Sum, mask: s.pm25Mask),
                dust: s.dustGiven ? s.dust : nil, line: Int(s.line))
        }
    }
}

/// The running sums of one station and day while a file is read; 48 bytes.
private struct DaySlot {
    /// Sums in units of 10⁻⁹ μg/m³, exact.
    var pm10Sum: Int64 = 0
    var pm25Sum: Int64 = 0
    /// Bit h set when the hour h:00–(h+1):00 was seen (whatever the labels); bit 24 for a daily row.
    var seen: UInt32 = 0
    /// The same, only for rows with a value of the pollutant (R-24a merges by these).
    var pm10Mask: UInt32 = 0
    var pm25Mask: UInt32 = 0
    var station: Int32
    /// The first line of the file with a row of this day.
    var line: Int32
    var year: UInt16
    var month: UInt8
    var day: UInt8
    var dust = false
    /// Whether any row of the day had a dust cell filled in.
    var dustGiven = false
}

extension DaySlot {
    mutating func add(bit: UInt32, pm10: Int64?, pm25: Int64?, dust: Bool?) {
        seen |= bit
        if let pm10 {
            pm10Sum += pm10
            pm10Mask |= bit
        }
        if let pm25 {
            pm25Sum += pm25
            pm25Mask |= bit
        }
        if let dust {
            dustGiven = true
            if dust { self.dust = true }
        }
    }
}

private let scale: Int64 = 1_000_000_000
private let dailyBit: UInt32 = PollutantPart.dailyBit

/// The key of a station's day in the slot index.
private func slotKey(_ station: Int32, _ year: Int, _ month: Int, _ day: Int) -> UInt64 {
    UInt64(UInt32(bitPattern: station)) << 32 | UInt64(year << 9 | month << 5 | day)
}

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

    private let parser: CSVStreamParser
    private let knownAreas: Set<String>
    private let years: ClosedRange<Int>?
    private let today: Day?
    private var header: HeaderMap?
    /// Kept apart from `header` and free of references, so reading it per row costs no retain or release.
    private var layout: Layout?
    private var headerSeen = false
    private var diagnostics: [Diagnostic] = []
    private var errorCount = 0
    private var fatal = false

    private var stationIDs: [String: Int32] = [:]
    /// Each station's code upper-cased → as first written, to refuse a second spelling.
    private var stationKeys: [String: String] = [:]
    private var stations: [String] = []
    private var areas: [String] = []
    private var areaBytes: [[UInt8]] = []
    private var slotIndex: [UInt64: Int32] = [:]
    /// The per-row state and the day slots, behind a pointer: see `RowState`.
    private let hot = UnsafeMutablePointer<RowState>.allocate(capacity: 1)

    /// Where the template's columns sit in this file, and whether rows are hourly.
    private struct Layout {
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
    public init(
        fileName: String, knownAreas: Set<String>, hourLabel: HourLabel = .end, years: ClosedRange<Int>? = nil, today: Day? = nil,
        errorLimit: Int = 100
    ) {
        self.fileName = fileName
        self.years = years
        self.today = today
        self.knownAreas = knownAreas
        self.errorLimit = errorLimit
        parser = CSVStreamParser(fileName: fileName)
        var state = RowState()
        state.hourEnding = hourLabel == .end
        hot.initialize(to: state)
    }

    deinit {
        hot.pointee.slots.free()
        hot.pointee.lastStation.free()
        hot.pointee.lastArea.free()
        hot.deinitialize(count: 1)
        hot.deallocate()
    }

    /// Feeds the next chunk of the file's bytes.
    ///
    /// Throws only when the CSV itself breaks (an unclosed quote, undecodable bytes), with every error
    /// collected so far; row problems are collected and thrown by `finish()`.
    public func feed(_ chunk: Data) throws(MonitoringFileError) {
        do {
            let hot = hot
            try parser.feedRaw(chunk) { if !hot.pointee.fastRow($0) { row($0) } }
        } catch {
            throw failure(error)
        }
    }

    /// Ends the file; returns its daily station values, or throws every collected problem. Call it once: the
    /// day slots are handed over to the result.
    public func finish() throws(MonitoringFileError) -> MonitoringData {
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
        guard errorCount == 0 else { throw MonitoringFileError(diagnostics: diagnostics, errorCount: errorCount) }
        slotIndex = [:]  // needed only while reading; freed before the slots are copied and sorted
        let rank = stations.indices.sorted { stations[$0] < stations[$1] }.enumerated()
            .reduce(into: [Int](repeating: 0, count: stations.count)) { $0[$1.element] = $1.offset }
        var slots = Array(UnsafeBufferPointer(start: hot.pointee.slots.base, count: hot.pointee.slots.count))
        // The array is the one copy from here on: free the buffer so a province's year is not held twice.
        hot.pointee.slots.free()
        hot.pointee.slots = GrowableBuffer(capacity: 1)
        slots.sort { a, b in
            let ra = rank[Int(a.station)], rb = rank[Int(b.station)]
            if ra != rb { return ra < rb }
            return (a.year, a.month, a.day) < (b.year, b.month, b.day)
        }
        return MonitoringData(
            rows: rowsRead, isHourly: layout?.hourly ?? false, warnings: diagnostics, stations: stations, areas: areas,
            slots: slots)
    }

    private func failure(_ error: any Error) -> MonitoringFileError {
        if !fatal, let e = error as? DiagnosticsError {
            fatal = true
            for d in e.diagnostics { record(d) }
        }
        return MonitoringFileError(diagnostics: diagnostics, errorCount: errorCount)
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

    private func row(_ r: CSVRawRecord) {
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
        if stationBytes.isEmpty { problems.add(layout.station, "required value is empty", fix: "fill in 站点编码", reasonZh: "必填项为空", fixZh: "请填写站点编码") }
        if areaBytes.isEmpty { problems.add(layout.area, "required value is empty", fix: "fill in 区域代码", reasonZh: "必填项为空", fixZh: "请填写区域代码") }
        var when = layout.hourly ? hour(r, layout.time, &problems) : day(r, layout.time, &problems)
        if let w = when, let years, !years.contains(w.year) {
            // A day outside the rule set's years is a typo (2105 for 2015), never data to keep (issue 12 item 16).
            problems.add(
                layout.time, "\(Day(year: w.year, month: w.month, day: w.day)!) is outside the rule set's years \(years.lowerBound)–\(years.upperBound)",
                fix: "correct the year, or import with the rule set whose period covers it",
                reasonZh: "\(Day(year: w.year, month: w.month, day: w.day)!) 不在规则集的年度范围 \(years.lowerBound)—\(years.upperBound) 之内",
                fixZh: "请更正年份，或使用考核期涵盖该年的规则集导入")
            when = nil
        }
        if let w = when, let today, let d = Day(year: w.year, month: w.month, day: w.day), d > today {
            problems.add(
                layout.time, "\(d) is after today (\(today)): it cannot have been measured yet", fix: "correct the date",
                reasonZh: "\(d) 晚于今天（\(today)）：尚不可能有监测数据", fixZh: "请更正日期")
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
                    reason: "both a date and a time column are given, so the rows are neither clearly daily nor hourly",
                    fix: "keep \(MonitoringFile.date.chinese) for daily means or \(MonitoringFile.time.chinese) for hourly values",
                    reasonZh: "同时给出了日期列和时间列，无法判断各行是日均值还是小时值",
                    fixZh: "日均值请保留\(MonitoringFile.date.chinese)列，小时值请保留\(MonitoringFile.time.chinese)列"))
        } else if date == nil, time == nil {
            found.append(
                Diagnostic(
                    file: fileName, line: map.line, header: both, reason: "required column is missing",
                    fix: "add a column headed 日期 (daily means) or 时间 (hourly values)",
                    reasonZh: "缺少必填列", fixZh: "请添加列名为“日期”（日均值）或“时间”（小时值）的列"))
        }
        if map.index[MonitoringFile.pm10] == nil, map.index[MonitoringFile.pm25] == nil {
            found.append(
                Diagnostic(
                    file: fileName, line: map.line, header: "\(MonitoringFile.pm10.bothNames) or \(MonitoringFile.pm25.bothNames)",
                    reason: "no pollutant column is given", fix: "add a column headed PM10 or PM2.5",
                    reasonZh: "没有污染物列", fixZh: "请添加列名为“PM10”或“PM2.5”的列"))
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
                        problems.add(
                            layout.area, "unit code \(area) is not known",
                            fix: "import the unit with kaohe areas import first, or correct the code",
                            reasonZh: "区域代码 \(area) 不存在", fixZh: "请先用 kaohe areas import 导入该区域，或更正代码")
                    }
                    return nil
                }
                // A station code with an invisible character would be a second station that looks the same.
                if let hidden = invisibleProblem(name) {
                    problems.add(layout.station, hidden)
                    return nil
                }
                // So would one differing only by case (codes compare case-insensitively, D-40).
                if let other = stationKeys[name.uppercased()] {
                    problems.add(
                        layout.station, "station \(name) differs only by case from station \(other) in earlier rows; codes ignore case",
                        fix: "write the code as \(other)",
                        reasonZh: "站点 \(name) 与前面行中的站点 \(other) 仅大小写不同；编码不区分大小写", fixZh: "请将编码写为 \(other)")
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
            problems.add(
                layout.area, "station \(stations[Int(id)]) is assessed for unit \(areas[Int(id)]) in earlier rows, not \(area)",
                fix: "give each station one unit code",
                reasonZh: "站点 \(stations[Int(id)]) 在前面的行中属于区域 \(areas[Int(id)])，而不是 \(area)", fixZh: "每个站点只能对应一个区域代码")
            return nil
        }
        return id
    }

    private func add(
        station: Int32, when: (year: Int, month: Int, day: Int, hour: Int?), pm10: Int64?, pm25: Int64?, dust: Bool?,
        _ r: CSVRawRecord, _ layout: Layout, _ problems: inout RowProblems
    ) {
        let key = slotKey(station, when.year, when.month, when.day)
        let index: Int
        if key == hot.pointee.lastSlotKey {
            index = hot.pointee.lastSlot
        } else if let known = slotIndex[key] {
            index = Int(known)
        } else {
            index = hot.pointee.slots.count
            hot.pointee.slots.append(
                DaySlot(
                    station: station, line: Int32(truncatingIfNeeded: r.line), year: UInt16(when.year), month: UInt8(when.month),
                    day: UInt8(when.day)))
            slotIndex[key] = Int32(index)
        }
        hot.pointee.lastSlotKey = key
        hot.pointee.lastSlot = index
        let slot = hot.pointee.slots.base + index
        let bit = when.hour.map { UInt32(1) << UInt32($0) } ?? dailyBit
        guard slot.pointee.seen & bit == 0 else {
            let stamp = Day(year: when.year, month: when.month, day: when.day)!.description
                + (when.hour.map { " " + hourSpan($0) } ?? "")
            problems.add(
                layout.time, "station \(stations[Int(station)]) has a second row for \(stamp)",
                fix: layout.hourly ? "keep one row per station and hour" : "keep one row per station and day",
                reasonZh: "站点 \(stations[Int(station)]) 的 \(stamp) 数据重复",
                fixZh: layout.hourly ? "每个站点每小时只保留一行" : "每个站点每天只保留一行")
            return
        }
        slot.pointee.add(bit: bit, pm10: pm10, pm25: pm25, dust: dust)
    }

    // MARK: - Cells

    /// A concentration in 10⁻⁹ μg/m³, nil for an empty cell (missing) or a reported problem.
    private func concentration(_ r: CSVRawRecord, _ i: Int, _ problems: inout RowProblems) -> Int64? {
        let f = trimmed(r, i)
        if f.isEmpty { return nil }
        if let fast = plainDecimal(f) { return fast }
        let text = r.string(i)
        let value: Decimal
        do {
            value = try parseDecimal(text)
        } catch {
            if trimmedCell(text).isEmpty { return nil }
            problems.add(i, error)
            return nil
        }
        let written = trimmedCell(text)
        guard value >= 0, value <= Decimal(MonitoringFile.maximumConcentration) else {
            problems.add(
                i, "concentration \(written) is out of range", fix: "write μg/m³ between 0 and \(MonitoringFile.maximumConcentration)",
                reasonZh: "浓度 \(written) 超出范围", fixZh: "请填写 0 至 \(MonitoringFile.maximumConcentration) 之间的浓度（μg/m³）")
            return nil
        }
        var scaled = value * Decimal(scale)
        var whole = Decimal()
        NSDecimalRound(&whole, &scaled, 0, .plain)
        guard whole == scaled else {
            problems.add(
                i, "“\(written)” has more than \(MonitoringFile.maximumDecimalPlaces) decimal places",
                fix: "round it to \(MonitoringFile.maximumDecimalPlaces) decimal places or fewer",
                reasonZh: "“\(written)”的小数超过 \(MonitoringFile.maximumDecimalPlaces) 位",
                fixZh: "请舍入到 \(MonitoringFile.maximumDecimalPlaces) 位小数以内")
            return nil
        }
        return NSDecimalNumber(decimal: whole).int64Value
    }

    /// The dust cell; nil when empty (not given) or wrong (reported).
    private func yesNo(_ r: CSVRawRecord, _ i: Int, _ problems: inout RowProblems) -> Bool? {
        let f = trimmed(r, i)
        if f.isEmpty { return nil }
        if let plain = plainYesNo(f) { return plain }
        do {
            return try parseYesNo(r.string(i))
        } catch {
            if trimmedCell(r.string(i)).isEmpty { return nil }
            problems.add(i, error)
            return nil
        }
    }

    /// A daily row's day.
    private func day(_ r: CSVRawRecord, _ i: Int, _ problems: inout RowProblems) -> (year: Int, month: Int, day: Int, hour: Int?)? {
        let f = trimmed(r, i)
        if f.count == 10, let d = hot.pointee.isoDay(f) { return (d.year, d.month, d.day, nil) }
        do {
            let d = try parseDay(r.string(i))
            return (d.year, d.month, d.day, nil)
        } catch {
            problems.add(i, error)
            return nil
        }
    }

    /// An hourly row's day and hour (0…23, the hour from h:00 to h+1:00), after the file's labels (R-24a).
    private func hour(_ r: CSVRawRecord, _ i: Int, _ problems: inout RowProblems) -> (year: Int, month: Int, day: Int, hour: Int?)? {
        let f = trimmed(r, i)
        let label: (day: Day, hour: Int)
        if let (d, h) = hot.pointee.plainHour(f) {
            label = (Day(year: d.year, month: d.month, day: d.day)!, h)
        } else {
            do {
                label = try parseHour(r.string(i))
            } catch {
                problems.add(i, error)
                return nil
            }
        }
        let ending = hot.pointee.hourEnding
        if ending, label.hour == 0 {
            // 00:00 ends the previous day's last hour.
            guard let previous = label.day.adding(checkedDays: -1) else {
                problems.add(
                    i, "\(label.day) 00:00 ends the hour 23:00–24:00 of the day before, which is outside the calendar",
                    fix: "leave the row out, or import the file with --hour-label start if its hours are labelled by their start",
                    reasonZh: "\(label.day) 00:00 表示前一天 23:00—24:00 的小时值，该日期超出日历范围",
                    fixZh: "请删去该行；如文件按小时开始时刻标注，请用 --hour-label start 导入")
                return nil
            }
            return (previous.year, previous.month, previous.day, 23)
        }
        if !ending, label.hour == 24 {
            guard let next = label.day.adding(checkedDays: 1) else {
                problems.add(
                    i, "\(label.day) 24:00 starts an hour of the next day, which is outside the calendar",
                    fix: "leave the row out, or import the file without --hour-label start if its hours are labelled by their end",
                    reasonZh: "\(label.day) 24:00 表示次日的第一个小时，该日期超出日历范围",
                    fixZh: "请删去该行；如文件按小时结束时刻标注，请不要使用 --hour-label start")
                return nil
            }
            return (next.year, next.month, next.day, 0)
        }
        return (label.day.year, label.day.month, label.day.day, ending ? label.hour - 1 : label.hour)
    }

}


/// The hour from h:00 to h+1:00, written as in messages: `12:00–13:00`.
private func hourSpan(_ h: Int) -> String {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(two(h)):00–\(two(h + 1)):00"
}

/// The problems of one row, located at their cells like `RowReader` does for small files.
///
/// Holds no references, so the error-free path costs nothing; the importer fills in the file name and header
/// when it keeps a diagnostic.
private struct RowProblems {
    let record: CSVRawRecord
    var found: [Diagnostic] = []

    init(record: CSVRawRecord) { self.record = record }

    mutating func add(_ field: Int, _ reason: String, fix: String, reasonZh: String? = nil, fixZh: String? = nil) {
        let line = field < record.count ? record.fieldLine(field) : record.line
        found.append(Diagnostic(file: "", line: line, column: field + 1, reason: reason, fix: fix, reasonZh: reasonZh, fixZh: fixZh))
    }

    mutating func add(_ field: Int, _ problem: FieldProblem) {
        add(field, problem.reason, fix: problem.fix, reasonZh: problem.reasonZh, fixZh: problem.fixZh)
    }

    mutating func checkWidth(_ width: Int) {
        for i in width..<record.count {
            let text = record.string(i)
            guard !trimmedCell(text).isEmpty else { continue }
            found.append(valueWithoutHeader(text, file: "", line: record.fieldLine(i), column: i + 1))
        }
    }
}

/// The importer's per-row state: the column layout, what the previous row established (its station, unit,
/// day and day slot) and the day slots themselves.
///
/// A struct behind a pointer, with the slots in a manually grown buffer, so the hot path — `fastRow`, taken
/// by nearly every row — costs no class exclusivity check, retain, release or array uniqueness check.
private struct RowState {
    var ready = false
    var station = 0, area = 0, time = 0, width = 0
    /// Columns of the pollutants and the dust flag; -1 when the file has none.
    var pm10 = -1, pm25 = -1, dust = -1
    var hourly = false
    /// Whether hour labels name the end of the hour (R-24a, the default) rather than its start.
    var hourEnding = true
    /// Data rows read (the header not counted).
    var rows = 0

    /// The previous row's station (its number, and its code and unit as written) once it passed every check.
    var lastStationID: Int32 = -1
    var lastStation = GrowableBuffer<UInt8>(capacity: 32)
    var lastArea = GrowableBuffer<UInt8>(capacity: 32)
    var lastDayKey: (UInt64, UInt16) = (0, 0)
    var lastDay: (year: Int, month: Int, day: Int) = (0, 0, 0)
    var lastSlotKey: UInt64 = .max
    var lastSlot = -1
    /// The day slots; memory grows with stations × days, never with rows.
    var slots = GrowableBuffer<DaySlot>(capacity: 1024)

    mutating func setLayout(
        station: Int, area: Int, time: Int, hourly: Bool, pm10: Int?, pm25: Int?, dust: Int?, width: Int
    ) {
        self.station = station
        self.area = area
        self.time = time
        self.hourly = hourly
        self.pm10 = pm10 ?? -1
        self.pm25 = pm25 ?? -1
        self.dust = dust ?? -1
        self.width = width
        ready = true
    }

    /// Takes a row of the previous row's station and day whose cells are all plainly written; false leaves the
    /// row untouched for the importer's careful path, which also finds and explains any problem.
    ///
    /// What it accepts, the careful path accepts with the same result: it is a shortcut, not a second parser.
    mutating func fastRow(_ r: CSVRawRecord) -> Bool {
        guard ready, r.count == width, lastStationID >= 0, lastStation.equals(trimmed(r, station)),
            lastArea.equals(trimmed(r, area))
        else { return false }
        let when = trimmed(r, time)
        let bit: UInt32
        let day: (year: Int, month: Int, day: Int)
        if hourly {
            // 00:00 under hour-ending labels belongs to the day before: the careful path maps it.
            guard let (d, h) = plainHour(when), h > 0 || !hourEnding else { return false }
            day = d
            bit = 1 << UInt32(hourEnding ? h - 1 : h)
        } else {
            guard when.count == 10, let d = isoDay(when) else { return false }
            day = d
            bit = dailyBit
        }
        guard slotKey(lastStationID, day.year, day.month, day.day) == lastSlotKey else { return false }
        var values: (Int64?, Int64?) = (nil, nil)
        if pm10 >= 0 {
            let f = trimmed(r, pm10)
            if !f.isEmpty {
                guard let v = plainDecimal(f) else { return false }
                values.0 = v
            }
        }
        if pm25 >= 0 {
            let f = trimmed(r, pm25)
            if !f.isEmpty {
                guard let v = plainDecimal(f) else { return false }
                values.1 = v
            }
        }
        var dusty: Bool? = nil
        if dust >= 0 {
            let f = trimmed(r, dust)
            if !f.isEmpty {
                guard let v = plainYesNo(f) else { return false }
                dusty = v
            }
        }
        let slot = slots.base + lastSlot
        guard slot.pointee.seen & bit == 0 else { return false }
        slot.pointee.add(bit: bit, pm10: values.0, pm25: values.1, dust: dusty)
        rows += 1
        return true
    }

    /// `YYYY-MM-DD HH:00`, `YYYY-MM-DDTHH:00` or either with `:00` seconds: the day and hour.
    mutating func plainHour(_ f: UnsafeRawBufferPointer) -> (day: (year: Int, month: Int, day: Int), hour: Int)? {
        guard f.count == 16 || f.count == 19, f[10] == 0x20 || f[10] == 0x54, let d = isoDay(f),
            let h = twoDigits(f, 11), h < 24, f[13] == 0x3A, twoDigits(f, 14) == 0,
            f.count == 16 || (f[16] == 0x3A && twoDigits(f, 17) == 0)
        else { return nil }
        return (d, h)
    }

    /// `YYYY-MM-DD` at the start of `f`, a real day, remembered for the next row of the same day.
    mutating func isoDay(_ f: UnsafeRawBufferPointer) -> (year: Int, month: Int, day: Int)? {
        let key = (f.loadUnaligned(as: UInt64.self), f.loadUnaligned(fromByteOffset: 8, as: UInt16.self))
        if key == lastDayKey { return lastDay }
        guard f[4] == 0x2D, f[7] == 0x2D, let y1 = twoDigits(f, 0), let y2 = twoDigits(f, 2), let m = twoDigits(f, 5),
            let d = twoDigits(f, 8), Day(year: y1 * 100 + y2, month: m, day: d) != nil
        else { return nil }
        lastDayKey = key
        lastDay = (y1 * 100 + y2, m, d)
        return lastDay
    }
}

/// The bytes of field `i` without surrounding ASCII spaces and tabs; empty when the row is short.
private func trimmed(_ r: CSVRawRecord, _ i: Int) -> UnsafeRawBufferPointer {
    guard i < r.count else { return UnsafeRawBufferPointer(start: nil, count: 0) }
    let f = r.field(i)
    var lo = 0, hi = f.count
    while lo < hi, f[lo] == 0x20 || f[lo] == 0x09 { lo += 1 }
    while hi > lo, f[hi - 1] == 0x20 || f[hi - 1] == 0x09 { hi -= 1 }
    return lo == 0 && hi == f.count ? f : UnsafeRawBufferPointer(rebasing: f[lo..<hi])
}

/// ASCII digits with at most one point, within range and 9 places, as 10⁻⁹ units; nil sends the cell to
/// the careful parser, which also explains what is wrong.
private func plainDecimal(_ f: UnsafeRawBufferPointer) -> Int64? {
    var integer: Int64 = 0
    var fraction: Int64 = 0
    var places = -1
    var digits = 0
    for b in f {
        if b == 0x2E {
            guard places < 0 else { return nil }
            places = 0
        } else if b &- 0x30 < 10 {
            if places >= 0 {
                places += 1
                guard places <= MonitoringFile.maximumDecimalPlaces else { return nil }
                fraction = fraction * 10 + Int64(b &- 0x30)
            } else {
                digits += 1
                guard digits <= 6 else { return nil }
                integer = integer * 10 + Int64(b &- 0x30)
            }
        } else {
            return nil
        }
    }
    let limit = Int64(MonitoringFile.maximumConcentration)
    guard digits > 0 || places > 0, integer < limit || (integer == limit && fraction == 0) else { return nil }
    return integer * scale + fraction * pow10(MonitoringFile.maximumDecimalPlaces - max(places, 0))
}

/// 10ⁿ for 0 ≤ n ≤ 9.
private func pow10(_ n: Int) -> Int64 {
    var p: Int64 = 1
    for _ in 0..<n { p &*= 10 }
    return p
}

/// The usual spellings of the dust flag — 是/否, 1/0, Y/N, y/n — or nil for the careful parser.
private func plainYesNo(_ f: UnsafeRawBufferPointer) -> Bool? {
    if f.count == 1 {
        switch f[0] {
        case 0x30, 0x4E, 0x6E: return false  // 0 N n
        case 0x31, 0x59, 0x79: return true  // 1 Y y
        default: return nil
        }
    }
    guard f.count == 3 else { return nil }
    switch (f[0], f[1], f[2]) {
    case (0xE6, 0x98, 0xAF): return true  // 是
    case (0xE5, 0x90, 0xA6): return false  // 否
    default: return nil
    }
}

private func twoDigits(_ f: UnsafeRawBufferPointer, _ at: Int) -> Int? {
    let a = f[at] &- 0x30, b = f[at + 1] &- 0x30
    return a < 10 && b < 10 ? Int(a) * 10 + Int(b) : nil
}
