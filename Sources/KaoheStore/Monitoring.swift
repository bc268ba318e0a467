import Foundation
import GRDB
import KaoheCore

extension AppDatabase {
    /// Migration "v3 monitoring": daily station values, one row per station and day.
    ///
    /// Only daily values are stored, never hourly rows: a day reduced from hours keeps its mean and how many
    /// hours it was taken over (`pm10_hours`; NULL for a day given as a daily mean), so R-24 can be applied
    /// later. Means are exact decimal text (D-2).
    static func createMonitoringTables(_ db: Database) throws {
        try db.create(table: "monitoring_day") { t in
            t.column("station", .text).notNull()
            t.column("area_code", .text).notNull().references("area")
            t.column("day", .text).notNull()
            t.column("pm10", .text)
            t.column("pm10_hours", .integer)
            t.column("pm25", .text)
            t.column("pm25_hours", .integer)
            t.column("dust", .boolean).notNull()
            t.column("import_id", .integer).notNull().references("import_log")
            t.primaryKey(["station", "day"])
        }
    }

    /// Stores one monitoring file's station-days and its import-log entry in one transaction.
    ///
    /// A station-day already stored is replaced by the new one; `changed` in the outcome counts those,
    /// `added` the new ones. `rowCount` is the file's data rows (hourly or daily) for the log.
    public func importMonitoring<Days: Sequence<StationDay>>(_ days: Days, file: ImportFile, rowCount: Int) throws -> ImportOutcome {
        try writer.write { db in
            var log = file.logEntry(kind: "monitoring", rowCount: rowCount)
            try log.insert(db)
            let importID = log.id!
            let before = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM monitoring_day") ?? 0
            let insert = try db.cachedStatement(
                sql: """
                    INSERT OR REPLACE INTO monitoring_day (station, area_code, day, pm10, pm10_hours, pm25, pm25_hours, dust, import_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            var stored = 0
            for d in days {
                insert.setUncheckedArguments([
                    d.station, d.areaCode, d.day.description, d.pm10?.mean.exactText, d.pm10?.hours, d.pm25?.mean.exactText,
                    d.pm25?.hours, d.dust, importID,
                ])
                try insert.execute()
                stored += 1
            }
            let after = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM monitoring_day") ?? 0
            log.added = after - before
            log.changed = stored - log.added
            try log.update(db)
            return ImportOutcome(importID: importID, added: log.added, changed: log.changed, unchanged: 0)
        }
    }

    /// Every stored station-day of `year` with the one pollutant asked for, ordered by station and day.
    public func monitoringDays(year: Int, pollutant: Pollutant) throws -> [StationDay] {
        let column = pollutant == .pm10 ? "pm10" : "pm25"
        return try writer.read { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT station, area_code, day, \(column) AS mean, \(column)_hours AS hours, dust FROM monitoring_day
                    WHERE day BETWEEN ? AND ? ORDER BY station, day
                    """,
                arguments: ["\(year)-01-01", "\(year)-12-31"])
            var days: [StationDay] = []
            while let row = try rows.next() {
                guard let day = Day(iso: row["day"]) else { continue }
                let measure = (row["mean"] as String?).flatMap(Decimal.init(exactText:)).map {
                    DayMeasure(mean: $0, hours: row["hours"])
                }
                days.append(
                    StationDay(
                        station: row["station"], areaCode: row["area_code"], day: day,
                        pm10: pollutant == .pm10 ? measure : nil, pm25: pollutant == .pm25 ? measure : nil, dust: row["dust"]))
            }
            return days
        }
    }

    /// Completeness and annual means per unit and station for `year`, ordered by unit code.
    public func monitoringStatus(year: Int, pollutant: Pollutant, excludeDust: Bool) throws -> [UnitMonitoring] {
        let days = try monitoringDays(year: year, pollutant: pollutant)
        var stations: [StationYear] = []
        var start = 0
        while start < days.count {
            var end = start + 1
            while end < days.count, days[end].station == days[start].station { end += 1 }
            stations.append(
                MonitoringAssessment.stationYear(
                    Array(days[start..<end]), station: days[start].station, year: year, pollutant: pollutant, excludeDust: excludeDust))
            start = end
        }
        return MonitoringAssessment.units(stations)
    }

    /// Each unit's monitored annual mean for `year`, μg/m³ exact, and how many stations it averages.
    ///
    /// Only units with a valid mean (at least one station meeting R-24) appear; scoring takes these values
    /// as authoritative and flags self-reports that differ by more than the tolerance.
    public func monitoredAnnualMeans(year: Int, pollutant: Pollutant, excludeDust: Bool) throws -> [String: (mean: Decimal, stations: Int)] {
        var result: [String: (mean: Decimal, stations: Int)] = [:]
        for unit in try monitoringStatus(year: year, pollutant: pollutant, excludeDust: excludeDust) {
            if let mean = unit.mean { result[unit.areaCode] = (mean, unit.validStations) }
        }
        return result
    }
}
