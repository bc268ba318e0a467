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
                let what = "\(r.areaCode) \(r.year) \(r.kind.rawValue)"
                guard known.contains(r.areaCode) else {
                    throw Refusal(
                        "\(what): unit \(r.areaCode) is not known — import it first with kaohe areas import",
                        zh: "\(r.areaCode) \(r.year) \(r.kind.chinese)：区域 \(r.areaCode) 不存在 — 请先用 kaohe areas import 导入")
                }
                guard r.publishedOn != nil || r.filedOn != nil else {
                    throw Refusal(
                        "\(what): neither a publication day nor a filing day — give --published-on, --filed-on or both",
                        zh: "\(r.areaCode) \(r.year) \(r.kind.chinese)：既无公开日期也无备案日期 — 请给出 --published-on、--filed-on 或两者")
                }
                if let p = r.publishedOn, let f = r.filedOn, f < p {
                    throw Refusal(
                        "\(what): filed on \(f), before it was published on \(p) — check the two days",
                        zh: "\(r.areaCode) \(r.year) \(r.kind.chinese)：备案日期 \(f) 早于公开日期 \(p) — 请核对两个日期")
                }
                for d in [r.publishedOn, r.filedOn].compactMap({ $0 }) where d > now {
                    throw Refusal(
                        "\(what): \(d) is after today (\(now)) — record a filing once it has happened",
                        zh: "\(r.areaCode) \(r.year) \(r.kind.chinese)：\(d) 晚于今天（\(now)）— 请在公开或备案后再登记")
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
