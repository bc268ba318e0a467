import Foundation
import GRDB
import KaoheCore
@testable import KaoheStore
import Testing

/// What `importReports` stores, value by value with its SQLite type, now that rows are bound through SQLite's
/// C interface and version numbers are read in bulk (issue 14, D-149).
@Suite struct ReportImportStoredTests {
    static let time = Date(timeIntervalSince1970: 1_450_000_000)
    static func file(_ name: String) -> ImportFile { ImportFile(name: name, sha256: String(repeating: "ab", count: 32), time: time) }
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    static func database(units: Int) throws -> (AppDatabase, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kaohe-report-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let db = try AppDatabase.open(path: dir.appendingPathComponent("k.sqlite").path)
        _ = try db.importAreas((0..<units).map { Area(code: String(format: "U%02d", $0), name: "单位\($0)", type: .county) }, file: file("areas.csv"))
        return (db, dir)
    }

    /// The four parts of one unit's 2015 report, every column given once and left empty once.
    static func groups(_ area: String, score: Decimal = 2) -> [ReportPartRows] {
        var quality = ReportPartRows(areaCode: area, year: 2015, part: .quality, files: ["r.csv"])
        quality.summary = ReportSummary(
            areaCode: area, year: 2015, submittedOn: day(2015, 12, 25), pm10AnnualMean: Decimal(string: "96.5"), pm10ValidDays: 350,
            rulesPublished: true, rulesFiledOn: day(2014, 11, 20), planPublished: false, preparedBy: "张三", remarks: "两行\n备注")
        var keyTasks = ReportPartRows(areaCode: area, year: 2015, part: .keyTasks, files: ["r.csv"])
        keyTasks.keyTasks = [
            KeyTaskScore(areaCode: area, year: 2015, code: "5.1", selfScore: Decimal(string: "7.5")!, statusNote: "按期"),
            KeyTaskScore(areaCode: area, year: 2015, code: "1.1", selfScore: score, verifiedScore: 1),
        ]
        var projects = ReportPartRows(areaCode: area, year: 2015, part: .projects, files: ["r.csv"])
        projects.projects = [
            Project(
                areaCode: area, year: 2015, projectID: "P-1", name: "锅炉改造", category: "5", responsibleUnit: "环保局",
                plannedCompletion: day(2015, 6, 28), status: .underConstruction, plannedInvestment: 120)
        ]
        var funding = ReportPartRows(areaCode: area, year: 2015, part: .funding, files: ["r.csv"])
        funding.funding = [Funding(areaCode: area, year: 2015, source: .central, plannedAmount: 300, actualAmount: Decimal(string: "280.25")!)]
        return [quality, keyTasks, projects, funding]
    }

    /// Every stored report row as SQLite's `quote()` writes it: text in quotes, integers bare, NULL.
    static func dump(_ db: AppDatabase) throws -> [String] {
        try db.writer.read { db in
            let tables = [
                "SELECT 'version', quote(id), quote(area_code), quote(year), quote(part), quote(version), quote(created_at) FROM report_version ORDER BY id",
                "SELECT 'file', quote(f.version_id), quote(l.file_name), quote(l.kind), quote(l.row_count), quote(l.added), quote(l.changed) FROM report_version_file f JOIN import_log l ON l.id = f.import_id ORDER BY f.version_id",
                """
                SELECT 'summary', quote(version_id), quote(submitted_on), quote(pm10_annual_mean), quote(pm25_annual_mean), quote(pm10_valid_days),
                  quote(rules_published), quote(rules_filed_on), quote(plan_published), quote(plan_filed_on), quote(prepared_by), quote(approved_by),
                  quote(remarks) FROM report_summary ORDER BY version_id
                """,
                "SELECT 'task', quote(version_id), quote(code), quote(self_score), quote(verified_score), quote(status_note) FROM report_key_task ORDER BY version_id, code",
                """
                SELECT 'project', quote(version_id), quote(project_id), quote(name), quote(category), quote(responsible_unit), quote(planned_completion),
                  quote(actual_completion), quote(status), quote(planned_investment), quote(actual_investment) FROM report_project ORDER BY version_id
                """,
                "SELECT 'funding', quote(version_id), quote(source), quote(planned_amount), quote(actual_amount) FROM report_funding ORDER BY version_id",
            ]
            return try tables.flatMap { sql in
                try Row.fetchAll(db, sql: sql).map { row in (0..<row.count).map { String(describing: row[$0] as String) }.joined(separator: "|") }
            }
        }
    }

    /// Worked by hand from `groups`: versions in the order unit, year, part (quality, key tasks, projects,
    /// funding), created at the file's time (1,450,000,000 s after 1970 is 2015-12-13 09:46:40 UTC); days and
    /// decimals as text, counts and yes/no (1/0) as integers, absent values NULL, as GRDB bound them.
    @Test func storedValuesKeepTheirTextsAndTypes() throws {
        let (db, dir) = try Self.database(units: 1)
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try db.importReports(Self.groups("U00"), files: [Self.file("r.csv")], rowCounts: ["r.csv": 5], kinds: ["r.csv": "report"])
        let at = "'2015-12-13T09:46:40Z'"
        #expect(
            try Self.dump(db) == [
                "version|1|'U00'|2015|'quality'|1|\(at)", "version|2|'U00'|2015|'key-tasks'|1|\(at)",
                "version|3|'U00'|2015|'projects'|1|\(at)", "version|4|'U00'|2015|'funding'|1|\(at)",
                "file|1|'r.csv'|'report'|5|4|0", "file|2|'r.csv'|'report'|5|4|0", "file|3|'r.csv'|'report'|5|4|0", "file|4|'r.csv'|'report'|5|4|0",
                "summary|1|'2015-12-25'|'96.5'|NULL|350|1|'2014-11-20'|0|NULL|'张三'|NULL|'两行\n备注'",
                "task|2|'1.1'|'2'|'1'|NULL", "task|2|'5.1'|'7.5'|NULL|'按期'",
                "project|3|'P-1'|'锅炉改造'|'5'|'环保局'|'2015-06-28'|NULL|'在建'|'120'|NULL",
                "funding|4|'中央财政'|'300'|'280.25'",
            ])
    }

    /// A batch of more than 64 parts reads what is stored in bulk: it stores what the same parts imported unit by
    /// unit (16 parts at a time) store, numbers a changed part's version 2 the same way, and refuses the same
    /// return to a superseded version (issue 12 item 8).
    @Test func aBulkBatchStoresWhatSmallBatchesStore() throws {
        let (bulk, bulkDir) = try Self.database(units: 20)
        let (small, smallDir) = try Self.database(units: 20)
        defer {
            try? FileManager.default.removeItem(at: bulkDir)
            try? FileManager.default.removeItem(at: smallDir)
        }
        let units = (0..<20).map { String(format: "U%02d", $0) }
        func importAll(_ score: Decimal, reinstate: Bool = false) throws -> [String] {
            var outcomes: [String] = []
            for (db, batches) in [(bulk, [units]), (small, units.map { [$0] })] {
                var versions: [String] = []
                do {
                    for batch in batches {
                        let outcome = try db.importReports(
                            batch.flatMap { Self.groups($0, score: score) }, files: [Self.file("r.csv")], rowCounts: ["r.csv": 5],
                            kinds: ["r.csv": "report"], reinstate: reinstate)
                        versions += outcome.newVersions.map { "\($0.areaCode)/\($0.part.rawValue)/\($0.version)" }
                        versions.append("unchanged \(outcome.unchangedGroups)")
                    }
                } catch let error as DiagnosticsError {
                    versions += error.diagnostics.map(\.description)
                }
                outcomes.append(versions.filter { $0 != "unchanged 0" && $0 != "unchanged 3" }.joined(separator: "\n"))
            }
            return outcomes
        }
        // First import: 80 parts, each version 1.
        let first = try importAll(2)
        #expect(first[0] == first[1] && first[0].components(separatedBy: "\n").count == 80 && first[0].hasPrefix("U00/quality/1\nU00/key-tasks/1"))
        // A changed score: each unit's key tasks become version 2, the other 60 parts are unchanged.
        let second = try importAll(0)
        #expect(second[0] == units.map { "\($0)/key-tasks/2" }.joined(separator: "\n") + "\nunchanged 60")
        #expect(second[1] == units.map { "\($0)/key-tasks/2" }.joined(separator: "\n"))
        // The first scores again: identical to the superseded version 1, refused unit by unit (the small
        // batches stop at the first unit), then reinstated as version 3.
        let third = try importAll(2)
        #expect(third[0].components(separatedBy: "\n").count == 20 && third[0].contains("U19"))
        #expect(third[0].hasPrefix(third[1]))
        let fourth = try importAll(2, reinstate: true)
        #expect(fourth[0] == units.map { "\($0)/key-tasks/3" }.joined(separator: "\n") + "\nunchanged 60")
        #expect(fourth[1] == units.map { "\($0)/key-tasks/3" }.joined(separator: "\n"))
        #expect(try Self.dump(bulk).filter { !$0.hasPrefix("file|") } == (try Self.dump(small).filter { !$0.hasPrefix("file|") }))
    }
}
