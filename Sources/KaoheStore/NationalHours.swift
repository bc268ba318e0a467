import Foundation
import GRDB
import KaoheCore

extension MonitoringBatch {
    /// Stores national SO2/NO2/CO/O3 hours under `importID`, merged by hour (R-24a): a new hour is added, the
    /// same value again changes nothing, another value for a stored hour (or the station stored for another
    /// unit that day) is a located conflict; conflicts throw `DiagnosticsError` after the savepoint is undone.
    /// `hours` is walked once, so it may be read lazily from the staged hours (D-153).
    public func storeNationalHours<Hours: Sequence<NationalStoredHour>>(_ hours: Hours, importID: Int64) throws -> (added: Int, unchanged: Int) {
        var added = 0, unchanged = 0
        var conflicts: [Diagnostic] = []
        try db.inSavepoint {
            // One statement per new hour: the insert does nothing when the hour is stored, and only then is the
            // stored row read to tell "unchanged" from a conflict (R-24a); bound through SQLite's C interface
            // on statements prepared once (D-161).
            let insert = try BoundStatement(
                db,
                sql: """
                    INSERT INTO national_hour (station, area_code, day, pollutant, hour, value, import_id) VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (station, day, pollutant, hour) DO NOTHING
                    """)
            let select = try BoundStatement(
                db, sql: "SELECT value, area_code FROM national_hour WHERE station = ? AND day = ? AND pollutant = ? AND hour = ?")
            for h in hours {
                let day = h.hour.day.description
                try insert.run { b in
                    try b.text(1, h.station)
                    try b.text(2, h.areaCode)
                    try b.text(3, day)
                    try b.text(4, h.pollutant.rawValue)
                    try b.integer(5, h.hour.hour)
                    try b.text(6, h.value.exactText)
                    try b.integer(7, importID)
                }
                if db.changesCount > 0 {
                    added += 1
                    continue
                }
                let stored = try select.first({ b in
                    try b.text(1, h.station)
                    try b.text(2, day)
                    try b.text(3, h.pollutant.rawValue)
                    try b.integer(4, h.hour.hour)
                }) { c in (value: c.text(0), unit: c.text(1)) }
                // The insert did nothing, so the hour is stored (the key is the table's primary key).
                guard let stored else { continue }
                let text = stored.value, unit = stored.unit
                if unit != h.areaCode {
                    conflicts.append(
                        Diagnostic(
                            file: h.file, line: h.line, column: h.column, header: h.station,
                            problem: StoreConflict.nationalStationOfOtherUnit(station: h.station, day: day, stored: unit, code: h.areaCode)))
                } else if Decimal(exactText: text) == h.value {
                    unchanged += 1
                } else {
                    conflicts.append(
                        Diagnostic(
                            file: h.file, line: h.line, column: h.column, header: h.station,
                            problem: StoreConflict.nationalValueDiffers(
                                station: h.station, day: day, hour: h.hour.hour, pollutant: h.pollutant.rawValue, value: "\(h.value)", stored: text)))
                }
            }
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
        return (added, unchanged)
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

    /// Stored national SO2/NO2/CO/O3 hours of days `from`…`to`, ordered by station, day, pollutant and hour.
    public func nationalHours(from: Day, to: Day) throws -> [NationalStoredHour] {
        try writer.read { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT station, area_code, day, pollutant, hour, value FROM national_hour
                    WHERE day BETWEEN ? AND ? ORDER BY station, day, pollutant, hour
                    """,
                arguments: [from.description, to.description])
            var hours: [NationalStoredHour] = []
            while let row = try rows.next() {
                guard let day = Day(iso: row["day"]), let pollutant = NationalPollutant(rawValue: row["pollutant"]),
                    let value = Decimal(exactText: row["value"])
                else { continue }
                hours.append(
                    NationalStoredHour(
                        station: row["station"], areaCode: row["area_code"], pollutant: pollutant,
                        hour: EndLabelledHour(day: day, hour: row["hour"]), value: value))
            }
            return hours
        }
    }
}
