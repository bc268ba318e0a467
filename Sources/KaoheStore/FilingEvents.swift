import Foundation
import GRDB
import KaoheCore

extension AppDatabase {
    /// Appends filing events in one transaction, all or nothing; returns them with their ids.
    ///
    /// Refused for a unit not imported, a record naming neither a publication nor a filing day, a filing
    /// before the publication, or a day after today (`today`, else the clock's day). Nothing is ever changed
    /// or deleted: a correction is a newer event.
    public func recordFilings(_ records: [FilingRecord], source: String, today: Day? = nil, at time: Date = Date()) throws -> [FilingEvent] {
        try writer.write { db in
            let known = Set(try String.fetchAll(db, sql: "SELECT code FROM area"))
            let now = today ?? Self.day(of: time)
            let stamp = ISO8601DateFormatter().string(from: time)
            var out: [FilingEvent] = []
            for r in records {
                guard known.contains(r.areaCode) else {
                    throw Refusal(RecordRefusal.filingOfUnknownUnit(area: r.areaCode, year: r.year, kind: r.kind))
                }
                guard r.publishedOn != nil || r.filedOn != nil else {
                    throw Refusal(RecordRefusal.filingWithoutDays(area: r.areaCode, year: r.year, kind: r.kind))
                }
                if let p = r.publishedOn, let f = r.filedOn, f < p {
                    throw Refusal(RecordRefusal.filedBeforePublished(area: r.areaCode, year: r.year, kind: r.kind, filed: f, published: p))
                }
                for d in [r.publishedOn, r.filedOn].compactMap({ $0 }) where d > now {
                    throw Refusal(RecordRefusal.filingAfterToday(area: r.areaCode, year: r.year, kind: r.kind, day: d, today: now))
                }
                try db.execute(
                    sql: """
                        INSERT INTO filing_event (area_code, year, kind, published_on, filed_on, document, recorded_at, source)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [r.areaCode, r.year, r.kind.rawValue, r.publishedOn?.description, r.filedOn?.description, r.document, stamp, source])
                out.append(FilingEvent(
                    id: db.lastInsertedRowID, areaCode: r.areaCode, year: r.year, kind: r.kind, publishedOn: r.publishedOn, filedOn: r.filedOn,
                    document: r.document, recordedAt: stamp, source: source))
            }
            return out
        }
    }

    /// Every filing event of a year (or of every year), oldest first: the history, never pruned.
    public func filingEvents(year: Int? = nil) throws -> [FilingEvent] {
        try writer.read { db in try Self.filingEvents(db, year: year) }
    }

    static func filingEvents(_ db: Database, year: Int?) throws -> [FilingEvent] {
        let rows =
            if let year {
                try Row.fetchAll(db, sql: "SELECT * FROM filing_event WHERE year = ? ORDER BY id", arguments: [year])
            } else {
                try Row.fetchAll(db, sql: "SELECT * FROM filing_event ORDER BY id")
            }
        return rows.map { row in
            FilingEvent(
                id: row["id"], areaCode: row["area_code"], year: row["year"], kind: FilingKind(rawValue: row["kind"]) ?? .plan,
                publishedOn: (row["published_on"] as String?).flatMap(Day.init(iso:)), filedOn: (row["filed_on"] as String?).flatMap(Day.init(iso:)),
                document: row["document"], recordedAt: row["recorded_at"], source: row["source"])
        }
    }
}
