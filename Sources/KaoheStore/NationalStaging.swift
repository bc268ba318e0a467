import Foundation
import GRDB
import KaoheCore

extension MonitoringBatch {
    /// A new, empty staging table for national hours in this batch's transaction (D-153): gone when the
    /// transaction ends, committed or rolled back. The SO2/NO2/CO/O3 hours are stored (`storeHours`, or as their
    /// days are settled, D-176) for the unit `unit` gives a station on a day; a station-day it gives none is left
    /// out.
    public func nationalStaging(unit: @escaping (String, Day) -> String?) throws -> NationalStaging {
        try NationalStaging(db: db, unit: unit)
    }
}

/// The kept hours of a national import, written into the open write transaction as each file is read (D-153).
///
/// A temporary table (SQLite's temp store, a file, not the database) keyed by station and day holds each
/// station-day's kept hours as one block (D-164): every hour once, with its value as exact text and where it was
/// read, so memory does not grow with the files. The blocks of the newest day a file touched stay in memory until
/// a file of another day begins, so files read in date order write each station-day once (D-168). A day no file
/// still to come can touch is settled instead of written (D-176): its station-days go to the caller and its
/// hours into the national store at once, so files read in date order write only their last two days to the
/// staging table. The files' names are kept in memory once each, by the import's file index, which each staged hour
/// holds (D-179); a file rejected as it was read has none. One staging serves one import.
public final class NationalStaging {
    let db: Database
    /// The files' names by the index their blocks' hours carry (the import's file index).
    private var files: [String?] = []
    private let insert: BoundStatement
    private let select: BoundStatement
    /// The ranks of the pollutants whose hours are stored (SO2, NO2, CO, O3) as bits (bit r for rank r).
    private let storedRankBits = [NationalPollutant.so2, .no2, .co, .o3].reduce(0) { $0 | 1 << $1.rank }
    /// The unit of a station on a day (nil: left out).
    private let unit: (String, Day) -> String?
    /// The id the import's log entry is to have, taken when the first day is settled (its hours need it); nil
    /// until then.
    public private(set) var logID: Int64?
    /// The writer of the settled days' hours, then of the staged ones (`storeHours`): one, so its counts and
    /// conflicts are the import's.
    private var writer: NationalDayWriter?
    /// The latest boundary days were settled before (D-176): no file still to come touches a day before it, but one
    /// with blocks in the table (which was not settled).
    private var settledBefore: String?

    init(db: Database, unit: @escaping (String, Day) -> String?) throws {
        self.db = db
        self.unit = unit
        // The temp store's page cache, bounded (64 MiB): SQLite's default of 2 MiB made every staged hour of a
        // year of all stations re-read and re-write pages of the temp file (docs/performance.md).
        try db.execute(
            sql: """
                PRAGMA temp.cache_size = -65536;
                DROP TABLE IF EXISTS temp.national_staged_day;
                CREATE TEMP TABLE national_staged_day (
                  station TEXT NOT NULL, day TEXT NOT NULL, hours BLOB NOT NULL,
                  PRIMARY KEY (station, day)) WITHOUT ROWID;
                """)
        // Bound through SQLite's C interface, prepared once (D-161).
        insert = try BoundStatement(
            db, sql: "INSERT INTO temp.national_staged_day VALUES (?, ?, ?) ON CONFLICT (station, day) DO UPDATE SET hours = excluded.hours")
        select = try BoundStatement(db, sql: "SELECT hours FROM temp.national_staged_day WHERE station = ? AND day = ?")
    }

    /// A staged station-day's key.
    private struct Key: Hashable {
        var station: String
        var day: String
    }

    /// Blocks of the newest day the last staged file touched, not yet written (D-168): files come in date order,
    /// so the next file's hour 0 completes them (R-24a); they are written once when a file of another day begins.
    private var open: [Key: NationalDayBlock] = [:]
    /// That day (nil before the first file).
    private var openDay: String?
    /// The file being staged: each open block as it was before the file changed it (nil: not open), to undo.
    private var undo: [Key: NationalDayBlock?] = [:]
    /// The newest day the file being staged touched.
    private var newestDay: String?
    /// The days of the blocks written to the staging table.
    private var writtenDays: Set<String> = []

    /// Stages one file's hours of one station-day, merged by hour with the block staged for it (R-24a, D-164):
    /// an hour staged already is kept as it was and, when the new value differs (as decimals), returned with the
    /// earlier value and place; new hours are added. The block stays in memory while its day is the newest a
    /// file touched (D-168); otherwise it is written, only when an hour is added.
    public func stage(station: String, day: Day, block: NationalDayBlock, file: (index: Int, name: String)) throws
        -> [(slot: Int, earlier: (value: Decimal, file: String, line: Int, column: Int))]
    {
        if files.count <= file.index { files.append(contentsOf: repeatElement(nil, count: file.index + 1 - files.count)) }
        files[file.index] = file.name
        let key = Key(station: station, day: day.description)
        // No file still to come touches a day before the boundary (D-176), the caller's file days promised, but a
        // day with blocks in the table, which was not settled.
        assert(settledBefore.map { key.day >= $0 } ?? true || writtenDays.contains(key.day), "a file touched a settled day")
        if newestDay.map({ key.day > $0 }) ?? true { newestDay = key.day }
        // Only a day some block was written for can have one in the table.
        let earlier =
            try open[key]
            ?? (writtenDays.contains(key.day)
                ? select.first({ b in
                    try b.text(1, key.station)
                    try b.text(2, key.day)
                }) { c in c.blob(0) { NationalDayBlock(bytes: [UInt8]($0)) } } : nil)
        var clashes: [(slot: Int, earlier: (value: Decimal, file: String, line: Int, column: Int))] = []
        var merged = block
        if let earlier {
            let merge = earlier.merged(with: block)
            for clash in merge.clashes {
                clashes.append((clash.slot, (clash.entry.value, files[clash.entry.file] ?? "", clash.entry.line, clash.entry.column)))
            }
            guard let added = merge.block else { return clashes }
            merged = added
        }
        if undo[key] == nil { undo[key] = .some(open[key]) }
        open[key] = merged
        return clashes
    }

    /// Stages one file's hours in a savepoint, undone when `body` returns false (a file rejected alone, D-154):
    /// the blocks it wrote are undone by the savepoint, the open blocks it changed from what they were before.
    /// Before the file, the open blocks of another day than the last file's newest are written (D-168), or settled
    /// when their day is before `settlingBefore` (D-176): no file still to come touches such a day, so each of its
    /// station-days goes to `settle` and its hours of the stored pollutants into the national store, in station
    /// order.
    public func stagingFile(
        settlingBefore boundary: Day? = nil, settle: (String, Day, NationalDayBlock) throws -> Void = { _, _, _ in }, _ body: () throws -> Bool
    ) throws {
        try writeOpen(keeping: openDay, settlingBefore: boundary?.description, settle: settle)
        undo = [:]
        newestDay = nil
        var kept = false
        try db.inSavepoint {
            kept = try body()
            return kept ? .commit : .rollback
        }
        if kept {
            openDay = newestDay ?? openDay
        } else {
            for (key, before) in undo { open[key] = before }
        }
        undo = [:]
    }

    /// Writes the open blocks, but those of `day`, to the staging table (in key order); those of a day before
    /// `boundary` that has nothing in the table are settled instead (D-176).
    private func writeOpen(
        keeping day: String?, settlingBefore boundary: String? = nil, settle: (String, Day, NationalDayBlock) throws -> Void = { _, _, _ in }
    ) throws {
        if let boundary { settledBefore = max(settledBefore ?? boundary, boundary) }
        for key in open.keys.filter({ $0.day != day }).sorted(by: { ($0.station, $0.day) < ($1.station, $1.day) }) {
            guard let block = open.removeValue(forKey: key) else { continue }
            // A day with blocks in the table already (files out of date order) stays staged, so that every block of
            // it is stored once, from the table, at the end.
            if let boundary, key.day < boundary, !writtenDays.contains(key.day), let settledDay = Day(iso: key.day) {
                try settle(key.station, settledDay, block)
                try storeHours(of: key.station, day: key.day, settledDay, block: block)
                continue
            }
            try insert.run { b in
                try b.text(1, key.station)
                try b.text(2, key.day)
                try b.blob(3, block.bytes)
            }
            writtenDays.insert(key.day)
        }
    }

    /// Every staged station-day's block, ordered by station and day (one read of the table).
    public func forEachStationDay(_ body: (String, Day, NationalDayBlock) throws -> Void) throws {
        try writeOpen(keeping: nil)
        try forEachBlock { station, _, day, block in try body(station, day, block) }
    }

    /// Every staged block in station and day order (one read of the table): the station, the day as stored and as
    /// a `Day`, and the block's bytes. The open day must have been written first (`writeOpen`).
    private func forEachBlock(_ body: (String, String, Day, NationalDayBlock) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT station, day, hours FROM temp.national_staged_day ORDER BY station, day")
        while let row = try rows.next() {
            let station: String = row[0], dayText: String = row[1]
            guard let day = Day(iso: dayText) else { continue }
            let bytes: Data = row[2]
            try body(station, dayText, day, NationalDayBlock(bytes: [UInt8](bytes)))
        }
    }

    /// Stores the staged hours of the stored pollutants into the national store under `importID` (as
    /// `storeNationalHours`, in station, day, pollutant and hour order, located where they were read), after the
    /// hours of the days settled while the files were read (D-176), with one writer: the counts and conflicts
    /// are the import's. `importID` is `logID` when a day was settled. A station-day the unit function gives no
    /// unit for is left out. The value texts go from the staged blocks to the stored rows as they are (the exact
    /// text of the value read), without a `Decimal` in between (D-168).
    public func storeHours(batch: MonitoringBatch, importID: Int64) throws -> (added: Int, unchanged: Int) {
        precondition(logID == nil || logID == importID, "the settled hours were stored under another import")
        try writeOpen(keeping: nil)
        if writer == nil { writer = try NationalDayWriter(db: db, importID: importID) }
        return try batch.storeNationalHours(writer: writer!) { _ in
            try forEachBlock { station, dayText, day, block in
                try storeHours(of: station, day: dayText, day, block: block)
            }
        }
    }

    /// Hands one station-day's hours of the stored pollutants to the writer, made the first time with the id the
    /// import's log entry is to have; nothing when the station has no unit that day.
    private func storeHours(of station: String, day dayText: String, _ day: Day, block: NationalDayBlock) throws {
        guard let code = unit(station, day) else { return }
        if writer == nil {
            // The import's log entry is written once every file is read (it names the files kept and their hash),
            // and never changed after (a trigger). The settled hours need its id now: the next id of `import_log`
            // (AUTOINCREMENT, inside this write transaction), which `MonitoringBatch.store(…, logID:)` then gives
            // the entry; the hours' foreign key is checked at commit instead of at once.
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            let next = try Int64.fetchOne(
                db,
                sql: """
                    SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'import_log'), 0),
                               coalesce((SELECT max(id) FROM import_log), 0)) + 1
                    """)!
            logID = next
            writer = try NationalDayWriter(db: db, importID: next)
        }
        let writer = writer!
        // Each pollutant's row is first tried as new, its two texts written straight from the block's bytes (D-178);
        // only a row that exists has its hours handed over one by one, to be judged against it (D-177).
        try block.forEachRow(ranks: storedRankBits, importID: writer.importID) { rank, texts, count in
            let pollutant = Self.names[rank]
            if try writer.insertIfNew(station: station, day: dayText, pollutant: pollutant, unit: code, texts: texts, hours: count) { return }
            try block.forEachHour(ranks: [rank]) { slot, text, file, line, column in
                try writer.hour(
                    station: station, day: dayText, pollutant: pollutant, unit: code, hour: slot % NationalDayHours.hoursPerDay + 1, text: text,
                    value: nil, file: files[file] ?? "", line: line, column: column)
            }
        }
    }

    /// Each rank's name, by rank (an array: asked once per hour); `rank` is the place in `allCases`.
    private static let names = NationalPollutant.allCases.map(\.rawValue)
}
