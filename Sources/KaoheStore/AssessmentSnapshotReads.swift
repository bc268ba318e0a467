import Foundation
import GRDB
import GRDBSQLite
import KaoheCore

extension AppDatabase {
    /// Everything the assessment of `year` reads, in one read transaction (issue 13 item 3).
    ///
    /// Areas, targets in force, each unit's newest report of the year and newest summary of the year before,
    /// active findings, successions, and the station-days of both years for every pollutant a unit is
    /// assessed on (its own targets', `defaultPollutant` for a unit without targets, R-5 revised). One
    /// transaction sees one committed state, so an import running at the same time is seen whole or not at
    /// all. Reads are bulk (a handful of queries whatever the number of units, issue 14).
    public func assessmentSnapshot(year: Int, defaultPollutant: Pollutant) throws -> AssessmentSnapshot {
        try assessmentSnapshot(year: year, defaultPollutant: defaultPollutant, midway: nil)
    }

    /// The snapshot, with `midway` run inside its transaction after the records are read and before the
    /// monitoring is: the test's hook to commit an import in between (`AssessmentSnapshotTests`).
    func assessmentSnapshot(year: Int, defaultPollutant: Pollutant, midway: (() -> Void)?) throws -> AssessmentSnapshot {
        try writer.read { db in
            let records = try Self.unitRecords(db, year: year)
            midway?()
            let pollutants = Set(records.map { $0.pollutant(default: defaultPollutant) })
            var monitoring: [Pollutant: [StationDay]] = [:], previous: [Pollutant: [StationDay]] = [:]
            for p in pollutants {
                monitoring[p] = try Self.stationDays(db, year: year, pollutant: p)
                previous[p] = try Self.stationDays(db, year: year - 1, pollutant: p)
            }
            return AssessmentSnapshot(
                year: year, records: records, monitoring: monitoring, previousMonitoring: previous,
                successions: try Self.activeSuccessions(db))
        }
    }

    /// Every stored unit with what the assessment of `year` reads about it, inside `db`'s transaction;
    /// monitored means are not set (`AssessmentPreparation` merges them).
    static func unitRecords(_ db: Database, year: Int) throws -> [UnitRecord] {
        let areas = try AreaRow.order(Column("code")).fetchAll(db).compactMap(\.area)
        let targets = Dictionary(
            grouping: try TargetRow.filter(Column("withdrawn_at") == nil).order(Column("area_code"), Column("year")).fetchAll(db)
                .compactMap(\.target),
            by: \.areaCode)
        let findings = Dictionary(
            try findings(db).filter { $0.year == year && $0.removedAt == nil }.map { ($0.areaCode, $0.reference) }) { a, _ in a }
        let reports = try storedReports(db, year: year)
        let previous = try storedReports(db, year: year - 1, parts: [.quality])
        return areas.map { area in
            UnitRecord(
                area: area, targets: targets[area.code] ?? [], report: reports[area.code] ?? StoredReport(),
                previousSummary: previous[area.code]?.summary, falsification: findings[area.code])
        }
    }

    /// The id and unit code of the newest version of each (unit, part) of a year, the year and the part bound as its two
    /// parameters: the unique key (area_code, year, part, version) answers the inner MAX.
    private static let currentVersions = """
        SELECT v.id, v.area_code FROM report_version v WHERE v.year = ? AND v.part = ?
          AND v.version = (SELECT MAX(w.version) FROM report_version w WHERE w.area_code = v.area_code AND w.year = v.year AND w.part = v.part)
        """

    /// The newest version of the chosen parts of every unit's report for `year`, by unit code, in a few
    /// queries (one per part and table) instead of several per unit (issue 14).
    ///
    /// The same values as `storedReport(_:area:year:)` gives unit by unit, with the first submission's date
    /// and the correction date when the quality part is read (R-3 revised). Units without any stored part
    /// are absent. With `firstKeyTaskOnly` each unit's key tasks hold only its first row (by code): enough to
    /// tell the part is there (`StoredReport.parts`), for a reader that uses nothing else of them — the issued
    /// record, whose statuses need the part's presence only (issue 14: it read 26 rows per unit for that).
    static func storedReports(
        _ db: Database, year: Int, parts: Set<ReportPart> = Set(ReportPart.allCases), firstKeyTaskOnly: Bool = false
    ) throws -> [String: StoredReport] {
        var reports: [String: StoredReport] = [:]
        func each(_ part: ReportPart, _ table: String, order: String, also condition: String = "", _ body: (Row, String) -> Void) throws {
            let rows = try Row.fetchCursor(
                db, sql: "WITH cur AS (\(currentVersions)) SELECT cur.area_code AS unit_code, t.* FROM cur JOIN \(table) t ON t.version_id = cur.id\(condition) ORDER BY cur.area_code, \(order)",
                arguments: [year, part.rawValue])
            while let row = try rows.next() { body(row, row["unit_code"]) }
        }
        if parts.contains(.quality) {
            try each(.quality, "report_summary", order: "t.version_id") { row, code in
                reports[code, default: StoredReport()].summary = summary(row, area: code, year: year)
            }
            // R-3 (revised): the first stored summary's date decides lateness; a newer one is a correction.
            let dates = try Row.fetchCursor(
                db,
                sql: """
                    SELECT v.area_code, s.submitted_on FROM report_version v JOIN report_summary s ON s.version_id = v.id
                    WHERE v.year = ? AND v.part = 'quality' ORDER BY v.area_code, v.version
                    """, arguments: [year])
            var counts: [String: Int] = [:]
            while let row = try dates.next() {
                let code: String = row["area_code"]
                guard let day = Day(iso: row["submitted_on"]) else { continue }
                counts[code, default: 0] += 1
                if counts[code] == 1 { reports[code, default: StoredReport()].firstSubmittedOn = day }
            }
            for (code, n) in counts where n > 1 {
                let newest = reports[code]?.summary?.submittedOn
                reports[code]?.correctedOn = newest
            }
        }
        if parts.contains(.keyTasks) {
            let first = firstKeyTaskOnly ? " AND t.code = (SELECT MIN(k.code) FROM report_key_task k WHERE k.version_id = cur.id)" : ""
            try each(.keyTasks, "report_key_task", order: "t.code", also: first) { row, code in
                reports[code, default: StoredReport()].keyTasks.append(keyTask(row, area: code, year: year))
            }
        }
        if parts.contains(.projects) {
            try each(.projects, "report_project", order: "t.project_id") { row, code in
                reports[code, default: StoredReport()].projects.append(project(row, area: code, year: year))
            }
        }
        if parts.contains(.funding) {
            try each(.funding, "report_funding", order: "t.source") { row, code in
                reports[code, default: StoredReport()].funding.append(funding(row, area: code, year: year))
            }
        }
        return reports
    }

    /// Every stored station-day of `year` with the one pollutant asked for, ordered by station and day,
    /// inside `db`'s transaction (the snapshot's copy of `monitoringDays(year:pollutant:)`).
    static func stationDays(_ db: Database, year: Int, pollutant: Pollutant) throws -> [StationDay] {
        let column = pollutant == .pm10 ? "pm10" : "pm25"
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
            let measure = (row["mean"] as String?).flatMap(Decimal.init(exactText:)).map { DayMeasure(mean: $0, hours: row["hours"]) }
            days.append(
                StationDay(
                    station: row["station"], areaCode: row["area_code"], day: day,
                    pm10: pollutant == .pm10 ? measure : nil, pm25: pollutant == .pm25 ? measure : nil, dust: row["dust"]))
        }
        return days
    }
}

extension AppDatabase {
    /// Every stored unit with what the assessment of `year` reads about it, handed to `body` one at a time in code
    /// order (SQLite's byte order), inside `db`'s transaction (issue 14, D-169); `only` restricts it to those codes.
    ///
    /// The same records as `unitRecords(_:year:)` gives, in the same order, without holding them: each part is one
    /// query ordered by unit code, and the queries are walked side by side. Projects and funding are not read
    /// (scoring uses the summary, the lateness dates and the key tasks), nor the year before's lateness dates
    /// (only its summary is used, R-9). Targets are read by column, not through `Codable`.
    static func eachUnitRecord(_ db: Database, year: Int, only: Set<String>? = nil, _ body: (UnitRecord) throws -> Void) throws {
        let findings = Dictionary(
            try findings(db).filter { $0.year == year && $0.removedAt == nil }.map { ($0.areaCode, $0.reference) }) { a, _ in a }
        func part(_ part: ReportPart, year: Int, _ table: String, order: String) throws -> RowCursor {
            try Row.fetchCursor(
                db, sql: "WITH cur AS (\(currentVersions)) SELECT cur.area_code AS unit_code, t.* FROM cur JOIN \(table) t ON t.version_id = cur.id ORDER BY cur.area_code, \(order)",
                arguments: [year, part.rawValue])
        }
        var targets = CodeGroups(
            try Row.fetchCursor(
                db,
                sql: """
                    SELECT area_code, year, pollutant, base_year, base_concentration, kind, value, is_final FROM target
                    WHERE withdrawn_at IS NULL ORDER BY area_code, year
                    """)
        ) { row -> (String, Target?) in
            let code: String = row[0]
            guard let p = Pollutant(rawValue: row[2]), let k = TargetKind(rawValue: row[5]), let base = Decimal(exactText: row[4]) else { return (code, nil) }
            return (code, Target(
                areaCode: code, year: row[1], pollutant: p, baseYear: row[3], baseConcentration: base, kind: k,
                value: (row[6] as String?).flatMap(Decimal.init(exactText:)), isFinal: row[7]))
        }
        var summaries = CodeGroups(try part(.quality, year: year, "report_summary", order: "t.version_id")) { row in
            let code: String = row["unit_code"]
            return (code, summary(row, area: code, year: year))
        }
        // R-3 (revised): the first stored summary's date decides lateness; a newer one is a correction.
        var dates = CodeGroups(
            try Row.fetchCursor(
                db,
                sql: """
                    SELECT v.area_code, s.submitted_on FROM report_version v JOIN report_summary s ON s.version_id = v.id
                    WHERE v.year = ? AND v.part = 'quality' ORDER BY v.area_code, v.version
                    """, arguments: [year])
        ) { row -> (String, Day?) in (row[0], Day(iso: row[1])) }
        // 26 rows per unit: read by column index through SQLite's C interface, as `keyTask(_:area:year:)` reads them.
        let keyTaskRows = try SteppedRows(
            db,
            sql: "WITH cur AS (\(currentVersions)) SELECT cur.area_code, t.code, t.self_score, t.verified_score, t.status_note FROM cur JOIN report_key_task t ON t.version_id = cur.id ORDER BY cur.area_code, t.code",
            arguments: [year, ReportPart.keyTasks.rawValue])
        var keyTasks = CodeGroups {
            try keyTaskRows.next { raw -> (String, KeyTaskScore) in
                let code = SteppedRows.text(raw, 0)!
                return (code, KeyTaskScore(
                    areaCode: code, year: year, code: SteppedRows.text(raw, 1)!, selfScore: SteppedRows.decimal(raw, 2)!,
                    verifiedScore: SteppedRows.decimal(raw, 3), statusNote: SteppedRows.text(raw, 4)))
            }
        }
        var previous = CodeGroups(try part(.quality, year: year - 1, "report_summary", order: "t.version_id")) { row in
            let code: String = row["unit_code"]
            return (code, summary(row, area: code, year: year - 1))
        }
        let areas = try Row.fetchCursor(db, sql: "SELECT code, name, type, parent_code FROM area ORDER BY code")
        while let row = try areas.next() {
            let code: String = row[0]
            // As `AreaRow.area`: a row of an unknown type is no unit.
            guard let type = AreaType(rawValue: row[2]) else { continue }
            let area = Area(code: code, name: row[1], type: type, parentCode: row[3])
            let unitTargets = try targets.take(code).compactMap { $0 }
            var report = StoredReport()
            report.summary = try summaries.take(code).last
            let days = try dates.take(code).compactMap { $0 }
            if let first = days.first {
                report.firstSubmittedOn = first
                if days.count > 1 { report.correctedOn = report.summary?.submittedOn }
            }
            report.keyTasks = try keyTasks.take(code)
            let previousSummary = try previous.take(code).last
            if let only, !only.contains(code) { continue }
            try body(UnitRecord(area: area, targets: unitTargets, report: report, previousSummary: previousSummary, falsification: findings[code]))
        }
    }
}

/// The rows of one query ordered by unit code, taken one unit's at a time in that order (issue 14): the
/// queries of a snapshot walked side by side instead of each held whole in a dictionary.
struct CodeGroups<Value> {
    /// The next row's unit code and value, nil after the last.
    let next: () throws -> (String, Value)?
    var pending: (code: String, value: Value)?

    init(_ next: @escaping () throws -> (String, Value)?) { self.next = next }

    /// Over a GRDB cursor; `make` reads the row, which is only valid during the call.
    init(_ cursor: RowCursor, _ make: @escaping (Row) -> (String, Value)) {
        self.init { try cursor.next().map(make) }
    }

    /// The values of `code`'s rows, in query order; rows of codes before it (a unit not in the walk) are passed over.
    /// Codes compare by their UTF-8 bytes, as SQLite orders them.
    mutating func take(_ code: String) throws -> [Value] {
        var values: [Value] = []
        while true {
            if pending == nil {
                guard let (c, v) = try next() else { return values }
                pending = (c, v)
            }
            let p = pending!
            if p.code == code {
                values.append(p.value)
                pending = nil
            } else if p.code.utf8.lexicographicallyPrecedes(code.utf8) {
                pending = nil
            } else {
                return values
            }
        }
    }
}

/// A prepared statement stepped through SQLite's C interface, its rows read by column index (issue 14: GRDB's
/// rows looked every column up by name, 26 key-task rows per unit). Reset when released.
final class SteppedRows {
    let statement: Statement
    /// The statement, standing on the row `next` stepped to (valid until the next step).
    var raw: OpaquePointer { statement.sqliteStatement }

    /// Over `statement` (prepared already, and kept for another use), with `arguments` bound.
    init(_ statement: Statement, arguments: StatementArguments) throws {
        self.statement = statement
        try statement.setArguments(arguments)
    }

    convenience init(_ db: Database, sql: String, arguments: StatementArguments) throws {
        try self.init(try db.makeStatement(sql: sql), arguments: arguments)
    }

    deinit { sqlite3_reset(statement.sqliteStatement) }

    /// Steps to the next row and reads it with `read`; nil after the last.
    func next<T>(_ read: (OpaquePointer) throws -> T) throws -> T? {
        let step = sqlite3_step(raw)
        if step == SQLITE_DONE { return nil }
        guard step == SQLITE_ROW else {
            throw DatabaseError(resultCode: ResultCode(rawValue: step), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(raw))), sql: statement.sql)
        }
        return try read(raw)
    }

    /// Steps through every row left, reading each with `body`.
    func forEach(_ body: (OpaquePointer) throws -> Void) throws {
        while try next(body) != nil {}
    }

    /// A text column as GRDB reads it (`String(cString:)`), nil for NULL.
    static func text(_ raw: OpaquePointer, _ i: Int32) -> String? {
        guard sqlite3_column_type(raw, i) != SQLITE_NULL, let p = sqlite3_column_text(raw, i) else { return nil }
        return String(cString: p)
    }

    /// A decimal text column as `Decimal(exactText:)` reads the text GRDB gives, nil for NULL or unreadable text.
    static func decimal(_ raw: OpaquePointer, _ i: Int32) -> Decimal? {
        guard sqlite3_column_type(raw, i) != SQLITE_NULL else { return nil }
        if let d = Decimal(plainText: columnText(raw, i)) { return d }
        return text(raw, i).flatMap(Decimal.init(exactText:))
    }
}
