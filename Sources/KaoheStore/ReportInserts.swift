import Foundation
import GRDB
import KaoheCore

/// The inserts of `importReports`: a new version of a report part and its rows, bound through SQLite's C
/// interface on statements prepared once per import (issue 14).
///
/// GRDB's `execute(arguments:)` boxed every value of every row as a `DatabaseValueConvertible` and checked
/// the arguments against the statement: a sixth of `reports import` at 3,000 units (102,000 rows). The
/// values bound are the ones GRDB bound: text for strings, dates and decimals (`exactText`), integers for
/// numbers and for booleans (0 or 1), NULL for what is absent; `ReportImportStoredTests` compares the stored
/// rows with what GRDB stores.
struct ReportInserts {
    private let db: Database
    private let version: BoundStatement
    private let versionFile: BoundStatement
    private let summary: BoundStatement
    private let keyTask: BoundStatement
    private let project: BoundStatement
    private let funding: BoundStatement

    init(_ db: Database) throws {
        self.db = db
        version = try BoundStatement(db, sql: "INSERT INTO report_version (area_code, year, part, version, created_at) VALUES (?, ?, ?, ?, ?)")
        versionFile = try BoundStatement(db, sql: "INSERT INTO report_version_file (version_id, import_id) VALUES (?, ?)")
        summary = try BoundStatement(
            db,
            sql: """
                INSERT INTO report_summary (version_id, submitted_on, pm10_annual_mean, pm25_annual_mean, pm10_valid_days,
                  rules_published, rules_filed_on, plan_published, plan_filed_on, prepared_by, approved_by, remarks)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        keyTask = try BoundStatement(
            db,
            sql: "INSERT INTO report_key_task (version_id, code, self_score, verified_score, status_note) VALUES (?, ?, ?, ?, ?)")
        project = try BoundStatement(
            db,
            sql: """
                INSERT INTO report_project (version_id, project_id, name, category, responsible_unit, planned_completion,
                  actual_completion, status, planned_investment, actual_investment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        funding = try BoundStatement(db, sql: "INSERT INTO report_funding (version_id, source, planned_amount, actual_amount) VALUES (?, ?, ?, ?)")
    }

    /// Stores `group` as version `number` of its part, linked to the import log entries `importIDs`; returns
    /// the version's row id.
    func insert(_ group: ReportPartRows, number: Int, createdAt: String, importIDs: [Int64]) throws -> Int64 {
        try version.run { b in
            try b.text(1, group.areaCode)
            try b.integer(2, group.year)
            try b.text(3, group.part.rawValue)
            try b.integer(4, number)
            try b.text(5, createdAt)
        }
        let id = db.lastInsertedRowID
        for importID in importIDs {
            try versionFile.run { b in
                try b.integer(1, id)
                try b.integer(2, importID)
            }
        }
        if let s = group.summary {
            try summary.run { b in
                try b.integer(1, id)
                try b.text(2, s.submittedOn.description)
                try b.text(3, s.pm10AnnualMean?.exactText)
                try b.text(4, s.pm25AnnualMean?.exactText)
                try b.integer(5, s.pm10ValidDays)
                try b.integer(6, s.rulesPublished.map { $0 ? 1 : 0 })
                try b.text(7, s.rulesFiledOn?.description)
                try b.integer(8, s.planPublished.map { $0 ? 1 : 0 })
                try b.text(9, s.planFiledOn?.description)
                try b.text(10, s.preparedBy)
                try b.text(11, s.approvedBy)
                try b.text(12, s.remarks)
            }
        }
        for t in group.keyTasks {
            try keyTask.run { b in
                try b.integer(1, id)
                try b.text(2, t.code)
                try b.text(3, t.selfScore.exactText)
                try b.text(4, t.verifiedScore?.exactText)
                try b.text(5, t.statusNote)
            }
        }
        for p in group.projects {
            try project.run { b in
                try b.integer(1, id)
                try b.text(2, p.projectID)
                try b.text(3, p.name)
                try b.text(4, p.category)
                try b.text(5, p.responsibleUnit)
                try b.text(6, p.plannedCompletion?.description)
                try b.text(7, p.actualCompletion?.description)
                try b.text(8, p.status.rawValue)
                try b.text(9, p.plannedInvestment?.exactText)
                try b.text(10, p.actualInvestment?.exactText)
            }
        }
        for f in group.funding {
            try funding.run { b in
                try b.integer(1, id)
                try b.text(2, f.source.rawValue)
                try b.text(3, f.plannedAmount.exactText)
                try b.text(4, f.actualAmount.exactText)
            }
        }
        return id
    }
}
