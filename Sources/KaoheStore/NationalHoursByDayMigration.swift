import GRDB
import KaoheCore

extension AppDatabase {
    /// Migration "v12n national hours stored one row per station, day and pollutant": `national_hour` (one row
    /// per hour, a rowid table with a text key) becomes `national_day`, one row per station, natural day and
    /// pollutant holding its 24 end-labelled hours, keyed without a rowid (D-165).
    ///
    /// A year of every station of the network was ~50 M hour rows, each two B-tree inserts; it is now ~2 M rows.
    /// `hours` is 24 fields separated by commas, field h−1 the exact decimal text of end hour h (R-24a; CO
    /// mg/m³, others μg/m³) or empty where the hour is missing; `imports` is 24 fields likewise, the import that
    /// stored each hour, so a day completed by a later import keeps both (R-24a); `import_id` is the earliest of
    /// them (the import that made the row). Every stored hour is carried over with its value text, unit and import.
    static func registerNationalHoursByDayMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v12n national hours stored one row per station, day and pollutant") { db in
            try db.create(table: "national_day", options: .withoutRowID) { t in
                t.column("station", .text).notNull()
                t.column("day", .text).notNull()
                t.column("pollutant", .text).notNull().check { ["SO2", "NO2", "CO", "O3"].contains($0) }
                t.column("area_code", .text).notNull().references("area")
                t.column("hours", .text).notNull().check(sql: "length(hours) - length(replace(hours, ',', '')) = 23")
                t.column("imports", .text).notNull().check(sql: "length(imports) - length(replace(imports, ',', '')) = 23")
                t.column("import_id", .integer).notNull().references("import_log")
                t.primaryKey(["station", "day", "pollutant"])
            }
            // Before D-165 the store could add a station-day's hours for a second unit beside the first's (the
            // mapping changed between two imports of the day); `national_day` holds one unit per row, so those old
            // rows are kept as they were in `national_hour_mixed_unit`, never dropped silently (nothing deleted
            // where history matters). The table is empty unless such rows existed.
            try db.execute(
                sql: """
                    CREATE TABLE national_hour_mixed_unit AS
                    SELECT h.station, h.area_code, h.day, h.pollutant, h.hour, h.value, h.import_id FROM national_hour h
                    WHERE EXISTS (SELECT 1 FROM national_hour o WHERE o.station = h.station AND o.day = h.day
                                  AND o.pollutant = h.pollutant AND o.area_code <> h.area_code)
                    """)
            let rows = try Row.fetchCursor(
                db, sql: "SELECT station, day, pollutant, hour, value, area_code, import_id FROM national_hour ORDER BY station, day, pollutant, hour")
            var row: NationalDayRow?
            func flush() throws {
                guard let row else { return }
                try db.execute(
                    sql: "INSERT INTO national_day (station, day, pollutant, area_code, hours, imports, import_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    arguments: [row.station, row.day, row.pollutant, row.unit, row.hoursText, row.importsText, row.firstImport])
            }
            while let r = try rows.next() {
                let station: String = r[0], day: String = r[1], pollutant: String = r[2]
                if row?.station != station || row?.day != day || row?.pollutant != pollutant {
                    try flush()
                    row = NationalDayRow(station: station, day: day, pollutant: pollutant, unit: r[5])
                }
                // One unit per station-day and pollutant (a station's unit is that of the mapping on the day, D-121);
                // where an old store had hours of two units, the first hour's unit is kept here and every old row
                // of that station-day is in `national_hour_mixed_unit` (above).
                let hour: Int = r[3]
                row?.set(hour: hour, value: r[4], importID: r[6])
            }
            try flush()
            try db.drop(table: "national_hour")
        }
    }
}

/// One stored row of `national_day` (D-165): a station's 24 end-labelled hours of one pollutant on one day.
struct NationalDayRow {
    var station: String
    var day: String
    var pollutant: String
    var unit: String
    /// The exact decimal text of end hour h at h−1, empty where missing.
    var values: [String] = Array(repeating: "", count: 24)
    /// The import that stored each hour, at h−1; nil where missing.
    var imports: [Int64?] = Array(repeating: nil, count: 24)

    init(station: String, day: String, pollutant: String, unit: String) {
        self.station = station
        self.day = day
        self.pollutant = pollutant
        self.unit = unit
    }

    /// A stored row from its `hours` and `imports` texts (nil when they are not 24 fields each).
    init?(station: String, day: String, pollutant: String, unit: String, hours: String, imports: String) {
        let values = hours.split(separator: ",", omittingEmptySubsequences: false)
        let ids = imports.split(separator: ",", omittingEmptySubsequences: false)
        guard values.count == 24, ids.count == 24 else { return nil }
        self.init(station: station, day: day, pollutant: pollutant, unit: unit)
        self.values = values.map(String.init)
        self.imports = ids.map { Int64($0) }
    }

    mutating func set(hour: Int, value: String, importID: Int64) {
        values[hour - 1] = value
        imports[hour - 1] = importID
    }

    var hoursText: String { values.joined(separator: ",") }
    var importsText: String { imports.map { $0.map(String.init) ?? "" }.joined(separator: ",") }
    /// The earliest import that stored an hour of the row (the one that made it; a row always has an hour).
    var firstImport: Int64 { imports.compactMap { $0 }.min() ?? 0 }
}
