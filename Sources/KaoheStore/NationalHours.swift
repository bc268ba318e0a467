import Foundation
import GRDB
import GRDBSQLite
import KaoheCore

extension MonitoringBatch {
    /// Stores national SO2/NO2/CO/O3 hours under `importID`, merged by hour (R-24a): a new hour is added, the
    /// same value again changes nothing, another value for a stored hour (or the station stored for another
    /// unit that day) is a located conflict; conflicts throw `DiagnosticsError` after the savepoint is undone.
    /// `hours` is walked once, so it may be read lazily.
    ///
    /// Hours are stored one row per station, day and pollutant (`national_day`, D-165): the hours that come one
    /// after another for the same row are written with one insert when the row is new (D-177), else merged into
    /// the stored row with one look-up and at most one write, each hour judged in the order it came, so the
    /// conflicts are those, in the order, of storing hour by hour.
    public func storeNationalHours<Hours: Sequence<NationalStoredHour>>(_ hours: Hours, importID: Int64) throws -> (added: Int, unchanged: Int) {
        try storeNationalHours(importID: importID) { writer in
            // The day's text, written once per run of hours of the same day rather than once per hour (D-167).
            var lastDay: (day: Day, text: String)?
            for h in hours {
                let day: String
                if let lastDay, lastDay.day == h.hour.day {
                    day = lastDay.text
                } else {
                    day = h.hour.day.description
                    lastDay = (h.hour.day, day)
                }
                try writer.hour(
                    station: h.station, day: day, pollutant: h.pollutant.rawValue, unit: h.areaCode, hour: h.hour.hour, text: h.value.exactText,
                    value: h.value, file: h.file, line: h.line, column: h.column)
            }
        }
    }

    /// Runs `feed` with a writer of national hours in a savepoint, undone when any hour conflicts; then throws
    /// the conflicts (up to `conflictLimit`, then a line saying how many more) or returns the counts.
    func storeNationalHours(importID: Int64, _ feed: (NationalDayWriter) throws -> Void) throws -> (added: Int, unchanged: Int) {
        try storeNationalHours(writer: NationalDayWriter(db: db, importID: importID), feed)
    }

    /// Runs `feed` with `writer` in a savepoint, as `storeNationalHours(importID:_:)` does; the counts and the
    /// conflicts are the writer's, those of hours it was given before included (D-176).
    func storeNationalHours(writer: NationalDayWriter, _ feed: (NationalDayWriter) throws -> Void) throws -> (added: Int, unchanged: Int) {
        var counts = (added: 0, unchanged: 0)
        var conflicts: [Diagnostic] = []
        try db.inSavepoint {
            try feed(writer)
            try writer.finish()
            counts = (writer.added, writer.unchanged)
            conflicts = writer.conflicts
            return conflicts.isEmpty ? .commit : .rollback
        }
        if !conflicts.isEmpty {
            var listed = Array(conflicts.prefix(Self.conflictLimit))
            if conflicts.count > listed.count {
                let more = conflicts.count - listed.count
                listed.append(
                    Diagnostic(file: conflicts[listed.count].file, problem: StoreConflict.moreNationalConflicts(more: more, total: conflicts.count)))
            }
            throw DiagnosticsError(listed)
        }
        return counts
    }
}

/// Merges national hours, one after another, into their `national_day` rows (D-165): the row of the hours that
/// come is written once, when the next row's hours begin (or at `finish`), if an hour was added.
///
/// A row is first tried as new (an insert that does nothing when the row exists, D-177): most rows of an import
/// are, and that saves looking each one up. Only when the row exists, or an hour comes twice for it, is the stored
/// row read and every hour that came for it judged against it, in the order they came, as if it had been read
/// first: the same counts, the same conflicts in the same order.
final class NationalDayWriter {
    let importID: Int64
    private let db: Database
    private let select: BoundStatement
    private let write: BoundStatement
    private let insertNew: BoundStatement
    private(set) var added = 0
    private(set) var unchanged = 0
    private(set) var conflicts: [Diagnostic] = []
    private var row: NationalDayRow?
    private var changed = false
    /// Whether `row` was read from the store (or found absent); until then it holds only the hours that came.
    private var judged = false
    /// The row `insertIfNew` found stored: its hours, given one by one next, are judged without trying it again.
    private var stored: (station: String, day: String, pollutant: String)?
    /// The hours that came for `row` before it was judged, in order, to judge them when it is.
    private var pending: [Hour] = []
    /// A new row's texts (station, day, pollutant, unit, hours, imports) one after another, and where each ends:
    /// reused from row to row (`insertIfNew`).
    private var rowTexts: [UInt8] = []
    private var rowTextEnds: [Int] = []

    /// One hour as it came: end hour, exact text, value when known, and where it was read.
    private struct Hour {
        var unit: String, hour: Int, text: String, value: Decimal?, file: String, line: Int, column: Int
    }

    init(db: Database, importID: Int64) throws {
        self.importID = importID
        self.db = db
        // Bound through SQLite's C interface on statements prepared once (D-161).
        select = try BoundStatement(db, sql: "SELECT area_code, hours, imports FROM national_day WHERE station = ? AND day = ? AND pollutant = ?")
        write = try BoundStatement(
            db,
            sql: """
                INSERT INTO national_day (station, day, pollutant, area_code, hours, imports, import_id) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (station, day, pollutant) DO UPDATE SET hours = excluded.hours, imports = excluded.imports
                """)
        insertNew = try BoundStatement(
            db,
            sql: """
                INSERT INTO national_day (station, day, pollutant, area_code, hours, imports, import_id) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (station, day, pollutant) DO NOTHING
                """)
    }

    /// Judges one hour (end hour `hour` of `day`, its exact text; `value` when known, else read from the text):
    /// new → added; the same value (as decimals) → unchanged; another value → `nationalValueDiffers`; the row
    /// stored for another unit → `nationalStationOfOtherUnit` (one unit per station-day, D-165), located at the
    /// hour's cell.
    func hour(
        station: String, day: String, pollutant: String, unit: String, hour: Int, text: String, value: Decimal?, file: String, line: Int,
        column: Int
    ) throws {
        if row?.station != station || row?.day != day || row?.pollutant != pollutant {
            try finish()
            row = NationalDayRow(station: station, day: day, pollutant: pollutant, unit: unit)
            judged = false
            pending.removeAll(keepingCapacity: true)
        }
        let came = Hour(unit: unit, hour: hour, text: text, value: value, file: file, line: line, column: column)
        if !judged {
            // Added to the row as it came while nothing can be said against it; an hour again, or for another
            // unit, needs the stored row first.
            if row!.unit == unit && row!.values[hour - 1].isEmpty {
                row!.set(hour: hour, value: text, importID: importID)
                pending.append(came)
                return
            }
            try judgeRow()
        }
        judge(came)
    }

    /// Reads the stored row (when there is one) and judges the hours that came for the row against it, in order.
    private func judgeRow() throws {
        guard let current = row else { return }
        judged = true
        self.stored = nil
        let stored = try select.first({ b in
            try b.text(1, current.station)
            try b.text(2, current.day)
            try b.text(3, current.pollutant)
        }) { c in (unit: c.text(0), hours: c.text(1), imports: c.text(2)) }
        guard let stored else {
            // New: every hour that came is added, as it already is in the row.
            added += pending.count
            changed = !pending.isEmpty
            pending.removeAll(keepingCapacity: true)
            return
        }
        row = NationalDayRow(
            station: current.station, day: current.day, pollutant: current.pollutant, unit: stored.unit, hours: stored.hours, imports: stored.imports)
        changed = false
        for came in pending { judge(came) }
        pending.removeAll(keepingCapacity: true)
    }

    /// Judges one hour against the judged row.
    private func judge(_ h: Hour) {
        guard let current = row else { return }
        let stored = current.values[h.hour - 1]
        if current.unit != h.unit {
            // An hour for another unit is refused whether or not that hour is stored already.
            conflicts.append(
                Diagnostic(
                    file: h.file, line: h.line, column: h.column, header: current.station,
                    problem: StoreConflict.nationalStationOfOtherUnit(station: current.station, day: current.day, stored: current.unit, code: h.unit)))
        } else if stored.isEmpty {
            row?.set(hour: h.hour, value: h.text, importID: importID)
            changed = true
            added += 1
        } else if stored == h.text || Decimal(exactText: stored) == (h.value ?? Decimal(exactText: h.text)) {
            unchanged += 1
        } else {
            let shown = h.value ?? Decimal(exactText: h.text)
            conflicts.append(
                Diagnostic(
                    file: h.file, line: h.line, column: h.column, header: current.station,
                    problem: StoreConflict.nationalValueDiffers(
                        station: current.station, day: current.day, hour: h.hour, pollutant: current.pollutant,
                        value: shown.map { "\($0)" } ?? h.text, stored: stored)))
        }
    }

    /// Stores a new row of `count` hours at once from its two texts, all its hours this import's (D-178), after
    /// writing the current row; false, storing nothing, when the row exists: its hours are then to be given one by
    /// one (`hour`), and are judged against the stored row.
    func insertIfNew(
        station: String, day: String, pollutant: String, unit: String, texts: (hours: [UInt8], imports: [UInt8]), hours count: Int
    ) throws -> Bool {
        try finish()
        row = nil
        // The row's six texts one after another in one buffer, bound in place (D-181); both buffers are reused.
        rowTexts.removeAll(keepingCapacity: true)
        rowTextEnds.removeAll(keepingCapacity: true)
        func add(_ text: some Sequence<UInt8>) {
            rowTexts.append(contentsOf: text)
            rowTextEnds.append(rowTexts.count)
        }
        add(station.utf8)
        add(day.utf8)
        add(pollutant.utf8)
        add(unit.utf8)
        add(texts.hours)
        add(texts.imports)
        try insertNew.runBorrowing(texts: rowTexts, ends: rowTextEnds) { try $0.integer(7, importID) }
        if sqlite3_changes(db.sqliteConnection) > 0 {
            added += count
            return true
        }
        stored = (station, day, pollutant)
        return false
    }

    /// Writes the current row: tried as new first when it was not judged (D-177); when it exists, it is judged and
    /// written if an hour was added.
    func finish() throws {
        guard let current = row else { return }
        if !judged, let known = stored, known == (current.station, current.day, current.pollutant) {
            // `insertIfNew` found it stored already.
            stored = nil
            try judgeRow()
        }
        if !judged {
            guard !pending.isEmpty else { return }
            let texts = current.texts
            try insertNew.run { b in try bind(b, current, texts) }
            if sqlite3_changes(db.sqliteConnection) > 0 {
                added += pending.count
                pending.removeAll(keepingCapacity: true)
                judged = true
                changed = false
                return
            }
            try judgeRow()
        }
        guard changed, let row else { return }
        changed = false
        let texts = row.texts
        try write.run { b in try bind(b, row, texts) }
    }

    private func bind(_ b: BoundStatement.Binder, _ row: NationalDayRow, _ texts: (hours: String, imports: String)) throws {
        try b.text(1, row.station)
        try b.text(2, row.day)
        try b.text(3, row.pollutant)
        try b.text(4, row.unit)
        try b.text(5, texts.hours)
        try b.text(6, texts.imports)
        try b.integer(7, row.firstImport)
    }
}

extension AppDatabase {
    /// Station-days of `from`…`to` with every pollutant stored: PM10/PM2.5 daily means from the monitoring
    /// data (valid days only, R-24) and SO2/NO2/CO/O3 reduced from stored national hours (R-24b), each with
    /// its unit, ordered by station and day (D-73).
    public func nationalStationDays(from: Day, to: Day) throws -> [(unit: String, day: NationalStationDay)] {
        struct Key: Hashable { var station: String; var day: Day }
        var units: [Key: String] = [:]
        var pm: [Key: [NationalPollutant: Decimal]] = [:]
        for year in from.year...to.year {
            for (pollutant, national) in [(Pollutant.pm10, NationalPollutant.pm10), (.pm25, .pm25)] {
                for d in try monitoringDays(year: year, pollutant: pollutant) where from <= d.day && d.day <= to {
                    guard let measure = pollutant == .pm10 ? d.pm10 : d.pm25, measure.isValid else { continue }
                    let key = Key(station: d.station, day: d.day)
                    units[key] = d.areaCode
                    pm[key, default: [:]][national] = measure.mean
                }
            }
        }
        var hours: [Key: [NationalPollutant: [Int: Decimal]]] = [:]
        for h in try nationalHours(from: from, to: to) {
            let key = Key(station: h.station, day: h.hour.day)
            units[key] = h.areaCode
            hours[key, default: [:]][h.pollutant, default: [:]][h.hour.hour] = h.value
        }
        return units.keys.sorted { ($0.station, $0.day) < ($1.station, $1.day) }.map { key in
            var day = NationalStationDay.reduce(station: key.station, day: key.day, hours: hours[key] ?? [:])
            for (p, v) in pm[key] ?? [:] { day.means[p] = v }
            return (units[key]!, day)
        }
    }

    /// Stored national SO2/NO2/CO/O3 hours of days `from`…`to`, ordered by day, station, pollutant and hour: the
    /// table's key since v13n (D-177), so the rows come without a sort.
    public func nationalHours(from: Day, to: Day) throws -> [NationalStoredHour] {
        try writer.read { db in
            // One row per station, day and pollutant, its 24 hours in one text (D-165).
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT station, area_code, day, pollutant, hours FROM national_day
                    WHERE day BETWEEN ? AND ? ORDER BY day, station, pollutant
                    """,
                arguments: [from.description, to.description])
            var hours: [NationalStoredHour] = []
            while let row = try rows.next() {
                guard let day = Day(iso: row["day"]), let pollutant = NationalPollutant(rawValue: row["pollutant"]) else { continue }
                let station: String = row["station"], unit: String = row["area_code"], text: String = row["hours"]
                for (i, field) in text.split(separator: ",", omittingEmptySubsequences: false).prefix(24).enumerated() where !field.isEmpty {
                    guard let value = Decimal(exactText: String(field)) else { continue }
                    hours.append(
                        NationalStoredHour(station: station, areaCode: unit, pollutant: pollutant, hour: EndLabelledHour(day: day, hour: i + 1), value: value))
                }
            }
            return hours
        }
    }
}

extension NationalDayRow {
    /// The row's `hours` and `imports` texts (24 comma-separated fields each), built byte by byte into two
    /// buffers rather than by joining 24 strings and formatting 24 numbers (D-175); the same texts as
    /// `hoursText` and `importsText`, which `NationalDayRowTextsTests` compares them with.
    var texts: (hours: String, imports: String) {
        var hourBytes: [UInt8] = []
        hourBytes.reserveCapacity(24 * 6)
        var importBytes: [UInt8] = []
        importBytes.reserveCapacity(24 * 4)
        var digits: [UInt8] = []
        for h in 0..<24 {
            if h > 0 {
                hourBytes.append(UInt8(ascii: ","))
                importBytes.append(UInt8(ascii: ","))
            }
            var value = values[h]
            value.withUTF8 { hourBytes.append(contentsOf: $0) }
            guard let id = imports[h] else { continue }
            // Decimal digits of the id, as `String(id)` writes them.
            var n = id.magnitude
            digits.removeAll(keepingCapacity: true)
            repeat {
                digits.append(UInt8(ascii: "0") &+ UInt8(n % 10))
                n /= 10
            } while n > 0
            if id < 0 { importBytes.append(UInt8(ascii: "-")) }
            importBytes.append(contentsOf: digits.reversed())
        }
        return (String(decoding: hourBytes, as: UTF8.self), String(decoding: importBytes, as: UTF8.self))
    }
}
