import Foundation
import GRDB
import KaoheTestSupport

// The store fuzzer's invariants after every step (StoreFuzz.swift lists them).
extension StoreFuzzer {
    // MARK: - Invariants

    func open() throws -> DatabaseQueue {
        var config = Configuration()
        config.readonly = true
        return try DatabaseQueue(path: cli.db, configuration: config)
    }

    func monitoringRows() throws -> [String] {
        guard FileManager.default.fileExists(atPath: cli.db) else { return [] }
        return try open().read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM monitoring_day ORDER BY station, day").map(\.description)
        }
    }

    /// Checks every invariant after a step; `changed` is false after a refused step, whose store was just found
    /// equal to what it was before it: the published runs' notices, rendered from that store, are then not
    /// rendered again (the costliest check; the fuzz test must stay short).
    mutating func checkInvariants(changed: Bool = true) throws {
        let db = try open()
        let integrity = try db.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
        guard integrity == ["ok"] else { return fail("integrity_check: \(integrity)") }
        // No history shrinks.
        for table in [
            "import_log", "report_version", "assessment_run", "summons", "freeze", "monitoring_day", "department_task_version",
            "department_task", "department_report_version", "department_report_task", "department_run", "department_result",
        ] {
            let n = try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
            if n < historyCounts[table, default: 0] { return fail("\(table) shrank from \(historyCounts[table]!) to \(n)") }
            historyCounts[table] = n
        }
        // No station-day lost: stored hours and sums equal the model of accepted imports.
        var stored: [String: (mask: Int64, sum: Int64)] = [:]
        var storedDust: Set<String> = []
        try db.read { db in
            for row in try Row.fetchAll(db, sql: "SELECT * FROM monitoring_day") {
                let station: String = row["station"], day: String = row["day"]
                for p in ["pm10", "pm25"] {
                    if let mask: Int64 = row["\(p)_mask"], let sum: Int64 = row["\(p)_sum"] { stored["\(station)/\(day)/\(p)"] = (mask, sum) }
                }
                if row["dust"] as Bool { storedDust.insert("\(station)/\(day)") }
            }
        }
        for (key, want) in model {
            guard let got = stored[key] else { return fail("station-day \(key) lost") }
            if got.mask != want.mask || got.sum != want.sum {
                return fail("station-day \(key): stored hours \(String(got.mask, radix: 2)) sum \(got.sum), expected \(String(want.mask, radix: 2)) sum \(want.sum)")
            }
        }
        if stored.count != model.count { return fail("\(stored.count) stored pollutant-days, \(model.count) imported") }
        if storedDust != dustModel { return fail("dust days \(storedDust.sorted()) stored, \(dustModel.sorted()) imported") }
        // Every consequence has a live cause or a recorded decision that ended it (R-22, R-22c): a freeze not
        // lifted, or a summons neither closed nor withdrawn, names a unit graded 不合格 in the newest published
        // revision of its assessment's year and kind.
        let orphans = try db.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT c.what || ' #' || c.id || ' of ' || c.area_code FROM (
                        SELECT 'freeze' AS what, id, area_code, run_id FROM freeze WHERE lifted_on IS NULL
                        UNION ALL
                        SELECT 'summons', id, area_code, run_id FROM summons WHERE status NOT IN ('closed', 'withdrawn')
                    ) c JOIN assessment_run r ON r.id = c.run_id
                    WHERE NOT EXISTS (
                        SELECT 1 FROM assessment_run n JOIN assessment_result x ON x.run_id = n.id
                        WHERE n.year = r.year AND n.kind = r.kind AND n.status = 'published' AND x.area_code = c.area_code
                          AND x.grade = '不合格'
                          AND n.revision = (SELECT MAX(revision) FROM assessment_run m
                                            WHERE m.year = r.year AND m.kind = r.kind AND m.status = 'published'))
                    ORDER BY c.what, c.id
                    """)
        }
        if !orphans.isEmpty { return fail("consequences in force without a failing result behind them: \(orphans.joined(separator: ", "))") }
        // Published record unchanged.
        let runs = try db.read { try Row.fetchAll($0, sql: "SELECT id, year FROM assessment_run WHERE status = 'published'") }
        for run in runs {
            let id: Int64 = run["id"], year: Int = run["year"]
            publishedYears.insert(year)
            if !changed, published[id] != nil { continue }
            let record = try publishedRecord(db, id, year: year)
            if let first = published[id] {
                if first != record {
                    let a = first.split(separator: "\n", omittingEmptySubsequences: false), b = record.split(separator: "\n", omittingEmptySubsequences: false)
                    let i = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
                    let context = { (lines: [Substring]) in lines[max(0, i - 3)..<min(lines.count, i + 2)].map { String($0.prefix(300)) }.joined(separator: "\n") }
                    return fail("published run #\(id) changed at line \(i + 1):\n\(context(a))\n--- now ---\n\(context(b))")
                }
            } else {
                published[id] = record
            }
        }
    }

    /// A published run as issued: its row, results, the consequences it created (as created), its summary.
    private func publishedRecord(_ db: DatabaseQueue, _ id: Int64, year: Int) throws -> String {
        var out = try db.read { db in
            var text = try Row.fetchAll(db, sql: "SELECT * FROM assessment_run WHERE id = ?", arguments: [id]).map(\.description).joined()
            text += try Row.fetchAll(db, sql: "SELECT * FROM assessment_result WHERE run_id = ? ORDER BY area_code", arguments: [id])
                .map(\.description).joined(separator: "\n")
            text += try Row.fetchAll(
                db, sql: "SELECT id, area_code, document, whom, kind, created_at FROM summons WHERE run_id = ? ORDER BY id", arguments: [id]
            ).map(\.description).joined(separator: "\n")
            text += try Row.fetchAll(
                db,
                sql: "SELECT id, area_code, document, started_on, minimum_days, lifted_by_pass, lift_condition, created_at FROM freeze WHERE run_id = ? ORDER BY id",
                arguments: [id]
            ).map(\.description).joined(separator: "\n")
            text += try Row.fetchAll(db, sql: "SELECT * FROM accountability_decision WHERE run_id = ? ORDER BY id", arguments: [id])
                .map(\.description).joined(separator: "\n")
            return text
        }
        // The summary of a published run shows what was known at publication (R-22b): its issued part, without
        // the dated section of later events, never changes.
        if checksSummary {
            for format in ["text", "json"] {
                let summary = try cli.run("summary", "--year", String(year), "--run", String(id), "--format", format, "--as-issued")
                out += "\nsummary \(format) exit \(summary.status)\n" + summary.stdout
            }
        }
        return out
    }
}
