import Foundation
import GRDB
import KaoheCore

/// One stored version of a station list: the day it takes effect, the file, and when it was recorded (D-121).
public struct StationListVersion: Sendable, Hashable {
    public var id: Int64
    public var effective: Day
    public var file: String
    public var sha256: String
    public var recordedAt: String
    /// 1 for the first list of its effective day, 2 for a re-import of that day, and so on.
    public var versionOfDay: Int
    public var stationCount: Int
}

/// One stored version of the station-to-unit mapping; the newest is the one in force (D-121).
public struct StationMappingVersion: Sendable, Hashable {
    public var id: Int64
    public var file: String
    public var sha256: String
    public var recordedAt: String
    public var rowCount: Int
}

extension AppDatabase {
    /// Stores a station list as a new version taking effect on `effective`; earlier versions are kept.
    public func recordStationList(
        _ stations: [NationalStation], effective: Day, file: String, sha256: String, at time: Date = Date()
    ) throws -> StationListVersion {
        try writer.write { db in
            try db.execute(
                sql: "INSERT INTO station_list_version (effective_on, file_name, sha256, recorded_at) VALUES (?, ?, ?, ?)",
                arguments: [effective.description, file, sha256, ISO8601DateFormatter().string(from: time)])
            let id = db.lastInsertedRowID
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO station_list_entry (version_id, code, name, city, longitude, latitude, is_background)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
            for s in stations {
                try insert.execute(arguments: [id, s.code, s.name, s.city, s.longitude?.exactText, s.latitude?.exactText, s.isBackground])
            }
            return try Self.stationListVersions(db).first { $0.id == id }!
        }
    }

    /// Stores a mapping as a new version, which is in force from now on; earlier versions are kept. Every unit
    /// must be stored (refused otherwise, naming the codes).
    public func recordStationMapping(
        _ rows: [StationAssignment], file: String, sha256: String, at time: Date = Date()
    ) throws -> StationMappingVersion {
        try writer.write { db in
            let known = Set(try String.fetchAll(db, sql: "SELECT code FROM area"))
            let unknown = Set(rows.map(\.unit)).subtracting(known).sorted()
            guard unknown.isEmpty else {
                throw Refusal(RecordRefusal.mappingOfUnknownUnits(file: file, codes: unknown))
            }
            try db.execute(
                sql: "INSERT INTO station_mapping_version (file_name, sha256, recorded_at) VALUES (?, ?, ?)",
                arguments: [file, sha256, ISO8601DateFormatter().string(from: time)])
            let id = db.lastInsertedRowID
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO station_mapping_entry (version_id, station, area_code, from_day, to_day, line, code_column)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
            for r in rows {
                try insert.execute(arguments: [id, r.station, r.unit, r.from.description, r.to?.description, r.line, r.column])
            }
            return try Self.stationMappingVersions(db).first { $0.id == id }!
        }
    }

    /// Every stored list version, in the order they take effect (same day: in the order recorded).
    public func stationListVersions() throws -> [StationListVersion] {
        try writer.read { try Self.stationListVersions($0) }
    }

    /// Every stored mapping version, oldest first; the last is in force.
    public func stationMappingVersions() throws -> [StationMappingVersion] {
        try writer.read { try Self.stationMappingVersions($0) }
    }

    /// Every stored list with the newest mapping, as an import uses them; nil when no list is stored, an empty
    /// mapping (file "") when no mapping is.
    public func stationBook() throws -> NationalStationBook? {
        try writer.read { db in
            let versions = try Self.stationListVersions(db)
            guard !versions.isEmpty else { return nil }
            var lists: [(effective: Day, file: String, stations: [NationalStation])] = []
            for v in versions {
                let stations = try Row.fetchAll(
                    db, sql: "SELECT * FROM station_list_entry WHERE version_id = ? ORDER BY rowid", arguments: [v.id]
                ).map { row in
                    NationalStation(
                        code: row["code"], name: row["name"], city: row["city"],
                        longitude: (row["longitude"] as String?).flatMap { Decimal(exactText: $0) },
                        latitude: (row["latitude"] as String?).flatMap { Decimal(exactText: $0) }, isBackground: row["is_background"])
                }
                lists.append((v.effective, v.file, stations))
            }
            guard let mapping = try Self.stationMappingVersions(db).last else {
                return NationalStationBook(lists: lists, mapping: [], mappingFile: "")
            }
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM station_mapping_entry WHERE version_id = ? ORDER BY line", arguments: [mapping.id]
            ).compactMap { row -> StationAssignment? in
                guard let from = Day(iso: row["from_day"]) else { return nil }
                return StationAssignment(
                    station: row["station"], unit: row["area_code"], from: from, to: (row["to_day"] as String?).flatMap { Day(iso: $0) },
                    line: row["line"], column: row["code_column"])
            }
            return NationalStationBook(lists: lists, mapping: rows, mappingFile: mapping.file)
        }
    }

    static func stationListVersions(_ db: Database) throws -> [StationListVersion] {
        var perDay: [Day: Int] = [:]
        return try Row.fetchAll(
            db,
            sql: """
                SELECT v.*, (SELECT COUNT(*) FROM station_list_entry e WHERE e.version_id = v.id) AS n
                FROM station_list_version v ORDER BY v.id
                """
        ).compactMap { row -> StationListVersion? in
            guard let day = Day(iso: row["effective_on"]) else { return nil }
            perDay[day, default: 0] += 1
            return StationListVersion(
                id: row["id"], effective: day, file: row["file_name"], sha256: row["sha256"], recordedAt: row["recorded_at"],
                versionOfDay: perDay[day]!, stationCount: row["n"])
        }.sorted { ($0.effective, $0.id) < ($1.effective, $1.id) }
    }

    static func stationMappingVersions(_ db: Database) throws -> [StationMappingVersion] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT v.*, (SELECT COUNT(*) FROM station_mapping_entry e WHERE e.version_id = v.id) AS n
                FROM station_mapping_version v ORDER BY v.id
                """
        ).map { row in
            StationMappingVersion(id: row["id"], file: row["file_name"], sha256: row["sha256"], recordedAt: row["recorded_at"], rowCount: row["n"])
        }
    }
}
