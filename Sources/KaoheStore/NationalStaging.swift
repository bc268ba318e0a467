import Foundation
import GRDB
import KaoheCore

extension MonitoringBatch {
    /// A new, empty staging table for national hours in this batch's transaction (D-153): gone when the
    /// transaction ends, committed or rolled back.
    public func nationalStaging() throws -> NationalStaging {
        try NationalStaging(db: db)
    }
}

/// The kept hours of a national import, written into the open write transaction as each file is read (D-153).
///
/// A temporary table (SQLite's temp store, a file, not the database) keyed by station, day, pollutant and end
/// hour holds each hour once with its value as exact text and where it was read, so memory does not grow with
/// the files. The files' names are kept in memory once each; a row holds the name's index.
public final class NationalStaging {
    let db: Database
    private var files: [String] = []
    private var fileIndex: [String: Int] = [:]
    private let insert: BoundStatement
    private let select: BoundStatement

    init(db: Database) throws {
        self.db = db
        // The temp store's page cache, bounded (64 MiB): SQLite's default of 2 MiB made every staged hour of a
        // year of all stations re-read and re-write pages of the temp file (docs/performance.md).
        try db.execute(
            sql: """
                PRAGMA temp.cache_size = -65536;
                DROP TABLE IF EXISTS temp.national_staged;
                CREATE TEMP TABLE national_staged (
                  station TEXT NOT NULL, day TEXT NOT NULL, pollutant INTEGER NOT NULL, hour INTEGER NOT NULL,
                  value TEXT NOT NULL, file INTEGER NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL,
                  PRIMARY KEY (station, day, pollutant, hour)) WITHOUT ROWID;
                """)
        // Bound through SQLite's C interface, prepared once (D-161).
        insert = try BoundStatement(db, sql: "INSERT INTO temp.national_staged VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
        select = try BoundStatement(
            db, sql: "SELECT value, file, line, col FROM temp.national_staged WHERE station = ? AND day = ? AND pollutant = ? AND hour = ?")
    }

    /// A pollutant's place in `NationalPollutant.allCases`, so rows come back in that order (as the merge sorts).
    private static func rank(_ p: NationalPollutant) -> Int { NationalPollutant.allCases.firstIndex(of: p)! }

    /// Stages one hour; when the key is staged already, stages nothing and returns the earlier value and place.
    public func stage(
        station: String, day: Day, pollutant: NationalPollutant, hour: Int, value: Decimal, file: String, line: Int, column: Int
    ) throws -> (value: Decimal, file: String, line: Int, column: Int)? {
        let index: Int
        if let known = fileIndex[file] {
            index = known
        } else {
            index = files.count
            files.append(file)
            fileIndex[file] = index
        }
        let dayText = day.description
        let rank = Self.rank(pollutant)
        func bindKey(_ b: BoundStatement.Binder) throws {
            try b.text(1, station)
            try b.text(2, dayText)
            try b.integer(3, rank)
            try b.integer(4, hour)
        }
        try insert.run { b in
            try bindKey(b)
            try b.text(5, value.exactText)
            try b.integer(6, index)
            try b.integer(7, line)
            try b.integer(8, column)
        }
        if db.changesCount > 0 { return nil }
        let row = try select.first(bindKey) { c in (value: c.text(0), file: c.integer(1), line: c.integer(2), column: c.integer(3)) }
        guard let row, let earlier = Decimal(exactText: row.value) else { return nil }
        return (earlier, files[row.file], row.line, row.column)
    }

    /// Stages one file's hours in a savepoint, undone when `body` returns false (a file rejected alone, D-154).
    public func stagingFile(_ body: () throws -> Bool) throws {
        try db.inSavepoint { try body() ? .commit : .rollback }
    }

    /// Every staged station-day with its hours, ordered by station and day (one read of the table).
    public func forEachStationDay(_ body: (String, Day, [NationalPollutant: [Int: Decimal]]) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT station, day, pollutant, hour, value FROM temp.national_staged ORDER BY station, day, pollutant, hour")
        var current: (station: String, day: String)?
        var hours: [NationalPollutant: [Int: Decimal]] = [:]
        func flush() throws {
            guard let current, let day = Day(iso: current.day) else { return }
            try body(current.station, day, hours)
        }
        while let row = try rows.next() {
            let station: String = row[0]
            let day: String = row[1]
            if current?.station != station || current?.day != day {
                try flush()
                current = (station, day)
                hours = [:]
            }
            guard let value = Decimal(exactText: row[4]) else { continue }
            hours[NationalPollutant.allCases[row[2] as Int], default: [:]][row[3] as Int] = value
        }
        try flush()
    }

    /// Stores the staged hours of `pollutants` into the national store under `importID` (as
    /// `storeNationalHours`, read lazily in station, day, pollutant and hour order, located where they were
    /// read); a station-day `unit` gives no unit for is left out.
    public func storeHours(
        of pollutants: Set<NationalPollutant>, unit: @escaping (String, Day) -> String?, batch: MonitoringBatch, importID: Int64
    ) throws -> (added: Int, unchanged: Int) {
        let ranks = Set(pollutants.map(Self.rank))
        let rows = try Row.fetchCursor(
            db, sql: "SELECT station, day, pollutant, hour, value, file, line, col FROM temp.national_staged ORDER BY station, day, pollutant, hour")
        var failure: Error?
        let files = files
        let hours = AnySequence {
            AnyIterator { () -> NationalStoredHour? in
                do {
                    while let row = try rows.next() {
                        let station: String = row[0]
                        guard ranks.contains(row[2] as Int), let day = Day(iso: row[1]), let code = unit(station, day), let value = Decimal(exactText: row[4]) else { continue }
                        return NationalStoredHour(
                            station: station, areaCode: code, pollutant: NationalPollutant.allCases[row[2] as Int],
                            hour: EndLabelledHour(day: day, hour: row[3]), value: value, file: files[row[5] as Int], line: row[6], column: row[7])
                    }
                } catch {
                    failure = error
                }
                return nil
            }
        }
        let stored = try batch.storeNationalHours(hours, importID: importID)
        if let failure { throw failure }
        return stored
    }
}
