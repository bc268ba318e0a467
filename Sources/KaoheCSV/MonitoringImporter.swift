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
                // So would one differing only by case (codes compare case-insensitively, D-46).
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
