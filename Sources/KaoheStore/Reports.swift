import Foundation
import GRDB
import KaoheCore

/// One stored version of one part of a unit's report for a year, with the files it came from.
public struct ReportVersionInfo: Sendable, Hashable {
    public var part: ReportPart
    public var version: Int
    public var importedAt: String
    public var files: [FileRef]
    /// Whether this is the version scoring uses (the newest of its part).
    public var isCurrent: Bool
    /// What the version is: a unit's first submission or resubmission, or the bureau's verified scores.
    public var origin: VersionOrigin
    /// The submission date the version's report summary gives (quality part only): the first one decides
    /// lateness, a later one is the correction date (R-3 revised).
    public var submittedOn: Day?
    /// Whether the version holds any verified score (核定得分), whoever entered it (key-tasks part only).
    public var hasVerifiedScores: Bool

    /// Where a stored version came from, told apart by comparing it with the version before it.
    ///
    /// Verified scores (核定得分) arrive in the key-tasks file's 核定得分 column (docs/input-files.md); a
    /// version whose self-scores (and notes) equal the previous version's and whose verified scores differ is
    /// the bureau's verification, not the unit's resubmission (R-13).
    public enum VersionOrigin: String, Sendable, Hashable {
        /// The unit's first submission of this part.
        case firstSubmission
        /// The unit sent this part again with different content.
        case resubmission
        /// Only the verified scores changed: entered by the bureau (市环保局核定).
        case verification
        /// The unit's self-scores changed and verified scores were entered or changed as well.
        case resubmissionWithVerification
    }

    public struct FileRef: Sendable, Hashable {
        public var name: String
        public var sha256: String
    }
}

/// What a report import did.
public struct ReportImportOutcome: Sendable, Hashable {
    public struct NewVersion: Sendable, Hashable {
        public var areaCode: String
        public var year: Int
        public var part: ReportPart
        public var version: Int
    }
    public var newVersions: [NewVersion]
    /// (part, unit, year) groups identical to what is stored, left alone.
    public var unchangedGroups: Int
    /// Files that added nothing new; when every file is here the import was a no-op and wrote nothing.
    public var unchangedFiles: [String]
    /// New versions whose content repeats a superseded version, stored because `reinstate` was asked for.
    public var reinstated: [NewVersion] = []
}

extension AppDatabase {
    /// Stores a validated report batch in one transaction, as new versions of the groups that changed.
    ///
    /// Each (part, unit, year) group that differs from the newest stored version becomes a new version; the
    /// old versions stay for `reportHistory`. Groups identical to what is stored are left alone, and when
    /// nothing changed at all nothing is written, not even the import log.
    ///
    /// A group identical to a superseded version (an old folder imported again after a correction) would undo
    /// the correction without a word: it is refused, every such group named (`DiagnosticsError`), unless
    /// `reinstate`, when it becomes the newest version again and the outcome lists it (issue 12 item 8).
    public func importReports(
        _ groups: [ReportPartRows], files: [ImportFile], rowCounts: [String: Int], kinds: [String: String], reinstate: Bool = false
    ) throws -> ReportImportOutcome {
        try writer.write { db in
            // Indexes into `groups`, not copies: a batch at 30,000 units has 120,000 groups (issue 14).
            var changed: [Int] = []
            var unchanged = 0
            var reverting: [(ReportPartRows, old: Int, newest: Int)] = []
            // The newest stored version of every part of the batch's years, and its number, read in bulk rather
            // than with four queries per part (issue 14); a part never stored reads as empty, which no group is.
            // A small batch (a correction of a few units) reads its own parts only.
            let bulk = groups.count > 64
            var stored: [Int: [String: StoredReport]] = [:]
            var newest: [PartKey: Int] = [:]
            if bulk {
                for year in Set(groups.map(\.year)) {
                    stored[year] = try Self.storedReports(db, year: year)
                    let numbers = try Row.fetchCursor(
                        db, sql: "SELECT area_code, part, MAX(version) AS newest FROM report_version WHERE year = ? GROUP BY area_code, part",
                        arguments: [year])
                    while let row = try numbers.next() {
                        guard let part = ReportPart(rawValue: row["part"]) else { continue }
                        newest[PartKey(area: row["area_code"], year: year, part: part)] = row["newest"]
                    }
                }
            }
            let newestVersion = try db.cachedStatement(sql: "SELECT MAX(version) FROM report_version WHERE area_code = ? AND year = ? AND part = ?")
            for (index, group) in groups.enumerated() {
                let current = bulk
                    ? Self.part(group.part, of: stored[group.year]?[group.areaCode])
                    : try Self.currentPart(db, area: group.areaCode, year: group.year, part: group.part)
                if Self.same(current, group) {
                    unchanged += 1
                    continue
                }
                changed.append(index)
                let key = PartKey(area: group.areaCode, year: group.year, part: group.part)
                if !bulk { newest[key] = try Int.fetchOne(newestVersion, arguments: [group.areaCode, group.year, group.part.rawValue]) }
                let last = newest[key] ?? 0
                for old in stride(from: last - 1, through: 1, by: -1)
                where try Self.currentPart(db, area: group.areaCode, year: group.year, part: group.part, version: old) == group.content {
                    reverting.append((group, old, last))
                    break
                }
            }
            if !reinstate, !reverting.isEmpty {
                throw DiagnosticsError(reverting.map { group, old, newest in
                    Diagnostic(
                        file: group.files.first ?? "",
                        problem: StoreConflict.reportReverts(area: group.areaCode, year: group.year, part: group.part, old: old, newest: newest))
                })
            }
            let reinstatedKeys = Set(reverting.map { "\($0.0.areaCode)/\($0.0.year)/\($0.0.part.rawValue)" })
            let contributing = Set(changed.flatMap { groups[$0].files })
            var importIDs: [String: Int64] = [:]
            for file in files where contributing.contains(file.name) {
                var log = file.logEntry(kind: kinds[file.name] ?? "report", rowCount: rowCounts[file.name] ?? 0)
                try log.insert(db)
                importIDs[file.name] = log.id!
            }
            var newVersions: [ReportImportOutcome.NewVersion] = []
            newVersions.reserveCapacity(changed.count)
            let now = ISO8601DateFormatter().string(from: files.first?.time ?? Date())
            let inserts = try ReportInserts(db)
            for index in changed {
                let group = groups[index]
                let key = PartKey(area: group.areaCode, year: group.year, part: group.part)
                let number = (newest[key] ?? 0) + 1
                newest[key] = number
                _ = try inserts.insert(group, number: number, createdAt: now, importIDs: group.files.compactMap { importIDs[$0] })
                newVersions.append(.init(areaCode: group.areaCode, year: group.year, part: group.part, version: number))
            }
            // The log counts the report parts each file brought: a first version is added, a later one changed.
            // `newVersions` was built in the order of `changed`, one version per group.
            var counts: [String: (added: Int, changed: Int)] = [:]
            for (index, version) in zip(changed, newVersions) {
                for name in groups[index].files {
                    if version.version == 1 { counts[name, default: (0, 0)].added += 1 } else { counts[name, default: (0, 0)].changed += 1 }
                }
            }
            for (name, id) in importIDs {
                let c = counts[name] ?? (0, 0)
                try db.execute(sql: "UPDATE import_log SET added = ?, changed = ? WHERE id = ?", arguments: [c.added, c.changed, id])
            }
            let unchangedFiles = files.map(\.name).filter { !contributing.contains($0) }
            return ReportImportOutcome(
                newVersions: newVersions, unchangedGroups: unchanged, unchangedFiles: unchangedFiles,
                reinstated: newVersions.filter { reinstatedKeys.contains("\($0.areaCode)/\($0.year)/\($0.part.rawValue)") })
        }
    }

    /// One part of one unit's report for one year.
    struct PartKey: Hashable {
        var area: String
        var year: Int
        var part: ReportPart
    }

    /// Whether an incoming group holds exactly the stored part `current`; an empty stored part (never stored)
    /// is told from a group with rows without sorting the group's rows.
    static func same(_ current: StoredReport?, _ group: ReportPartRows) -> Bool {
        let groupIsEmpty = group.summary == nil && group.keyTasks.isEmpty && group.projects.isEmpty && group.funding.isEmpty
        guard let current, current.hasRows else { return current != nil && groupIsEmpty }
        return current == group.content
    }

    /// The newest version of every part of a unit's report for a year.
    public func report(area: String, year: Int) throws -> StoredReport {
        try writer.read { db in try Self.storedReport(db, area: area, year: year) }
    }

    /// The newest version of every part inside `db`'s transaction, with the first submission's date and the
    /// correction date (R-3 revised); the one place that assembles a `StoredReport`, shared by the live
    /// reads and by the record frozen at publication (R-22b).
    static func storedReport(_ db: Database, area: String, year: Int) throws -> StoredReport {
        var report = StoredReport(summary: nil, keyTasks: [], projects: [], funding: [])
        for part in ReportPart.allCases {
            guard let p = try Self.currentPart(db, area: area, year: year, part: part) else { continue }
            switch part {
            case .quality:
                report.summary = p.summary
                // R-3 (revised): the first stored summary's date decides lateness; a newer one is a correction.
                let dates = try String.fetchAll(
                    db,
                    sql: """
                        SELECT s.submitted_on FROM report_version v JOIN report_summary s ON s.version_id = v.id
                        WHERE v.area_code = ? AND v.year = ? AND v.part = 'quality' ORDER BY v.version
                        """, arguments: [area, year]
                ).compactMap(Day.init(iso:))
                report.firstSubmittedOn = dates.first
                if dates.count > 1 { report.correctedOn = p.summary?.submittedOn }
            case .keyTasks: report.keyTasks = p.keyTasks
            case .projects: report.projects = p.projects
            case .funding: report.funding = p.funding
            }
        }
        return report
    }

    /// Every stored version of a unit's report for a year, oldest first, with import times and file hashes.
    public func reportHistory(area: String, year: Int) throws -> [ReportVersionInfo] {
        try writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT v.id, v.part, v.version, v.created_at,
                           (SELECT MAX(version) FROM report_version w WHERE w.area_code = v.area_code AND w.year = v.year AND w.part = v.part) AS newest
                    FROM report_version v WHERE v.area_code = ? AND v.year = ? ORDER BY v.id
                    """, arguments: [area, year])
            var previous: [ReportPart: StoredReport] = [:]
            return try rows.compactMap { row -> ReportVersionInfo? in
                guard let part = ReportPart(rawValue: row["part"]) else { return nil }
                let content = try Self.partContent(db, id: row["id"], area: area, year: year, part: part)
                let origin = Self.origin(of: content, after: previous[part])
                previous[part] = content
                let files = try Row.fetchAll(
                    db,
                    sql: "SELECT l.file_name, l.sha256 FROM report_version_file f JOIN import_log l ON l.id = f.import_id WHERE f.version_id = ? ORDER BY l.id",
                    arguments: [row["id"] as Int64]
                ).map { ReportVersionInfo.FileRef(name: $0["file_name"], sha256: $0["sha256"]) }
                let version: Int = row["version"]
                return ReportVersionInfo(
                    part: part, version: version, importedAt: row["created_at"], files: files, isCurrent: version == row["newest"] as Int,
                    origin: origin, submittedOn: content.summary?.submittedOn,
                    hasVerifiedScores: content.keyTasks.contains { $0.verifiedScore != nil })
            }
        }
    }

    /// (unit, year) pairs that have any stored report part.
    public func reportedUnits(year: Int) throws -> Set<String> {
        try writer.read { db in
            Set(try String.fetchAll(db, sql: "SELECT DISTINCT area_code FROM report_version WHERE year = ?", arguments: [year]))
        }
    }

    /// Whether a version is the unit's (first or again) or the bureau's verification, from its predecessor.
    static func origin(of content: StoredReport, after previous: StoredReport?) -> ReportVersionInfo.VersionOrigin {
        guard let previous else { return .firstSubmission }
        func own(_ r: StoredReport) -> [String] { r.keyTasks.map { "\($0.code)|\($0.selfScore)|\($0.statusNote ?? "")" } }
        func verified(_ r: StoredReport) -> [String] { r.keyTasks.map { "\($0.code)|\($0.verifiedScore.map { "\($0)" } ?? "")" } }
        guard !content.keyTasks.isEmpty || !previous.keyTasks.isEmpty else { return .resubmission }
        let ownChanged = own(content) != own(previous)
        let verifiedChanged = verified(content) != verified(previous)
        switch (ownChanged, verifiedChanged) {
        case (false, true): return .verification
        case (true, true) where content.keyTasks.contains { $0.verifiedScore != nil }: return .resubmissionWithVerification
        default: return .resubmission
        }
    }

    static func currentPart(_ db: Database, area: String, year: Int, part: ReportPart, version: Int? = nil) throws -> StoredReport? {
        guard
            let id = try Int64.fetchOne(
                db,
                sql: """
                    SELECT id FROM report_version WHERE area_code = ? AND year = ? AND part = ? AND (? IS NULL OR version = ?)
                    ORDER BY version DESC LIMIT 1
                    """,
                arguments: [area, year, part.rawValue, version, version])
        else { return nil }
        return try partContent(db, id: id, area: area, year: year, part: part)
    }

    /// The rows of one stored version of a part.
    static func partContent(_ db: Database, id: Int64, area: String, year: Int, part: ReportPart) throws -> StoredReport {
        var r = StoredReport(summary: nil, keyTasks: [], projects: [], funding: [])
        switch part {
        case .quality:
            r.summary = try Row.fetchOne(db, sql: "SELECT * FROM report_summary WHERE version_id = ?", arguments: [id]).map {
                summary($0, area: area, year: year)
            }
        case .keyTasks:
            r.keyTasks = try Row.fetchAll(db, sql: "SELECT * FROM report_key_task WHERE version_id = ? ORDER BY code", arguments: [id]).map {
                keyTask($0, area: area, year: year)
            }
        case .projects:
            r.projects = try Row.fetchAll(db, sql: "SELECT * FROM report_project WHERE version_id = ? ORDER BY project_id", arguments: [id]).map {
                project($0, area: area, year: year)
            }
        case .funding:
            r.funding = try Row.fetchAll(db, sql: "SELECT * FROM report_funding WHERE version_id = ? ORDER BY source", arguments: [id]).map {
                funding($0, area: area, year: year)
            }
        }
        return r
    }

    /// One part of a stored report as `currentPart` gives it: that part's rows only, no dates of R-3.
    static func part(_ part: ReportPart, of report: StoredReport?) -> StoredReport {
        var r = StoredReport()
        switch part {
        case .quality: r.summary = report?.summary
        case .keyTasks: r.keyTasks = report?.keyTasks ?? []
        case .projects: r.projects = report?.projects ?? []
        case .funding: r.funding = report?.funding ?? []
        }
        return r
    }

    /// A `report_summary` row as a value; shared by the per-unit and the bulk reads.
    static func summary(_ row: Row, area: String, year: Int) -> ReportSummary {
        ReportSummary(
            areaCode: area, year: year, submittedOn: Day(iso: row["submitted_on"])!,
            pm10AnnualMean: (row["pm10_annual_mean"] as String?).flatMap(Decimal.init(exactText:)),
            pm25AnnualMean: (row["pm25_annual_mean"] as String?).flatMap(Decimal.init(exactText:)),
            pm10ValidDays: row["pm10_valid_days"], rulesPublished: row["rules_published"],
            rulesFiledOn: (row["rules_filed_on"] as String?).flatMap(Day.init(iso:)), planPublished: row["plan_published"],
            planFiledOn: (row["plan_filed_on"] as String?).flatMap(Day.init(iso:)), preparedBy: row["prepared_by"],
            approvedBy: row["approved_by"], remarks: row["remarks"])
    }

    /// A `report_key_task` row as a value.
    static func keyTask(_ row: Row, area: String, year: Int) -> KeyTaskScore {
        KeyTaskScore(
            areaCode: area, year: year, code: row["code"], selfScore: Decimal(exactText: row["self_score"])!,
            verifiedScore: (row["verified_score"] as String?).flatMap(Decimal.init(exactText:)), statusNote: row["status_note"])
    }

    /// A `report_project` row as a value.
    static func project(_ row: Row, area: String, year: Int) -> Project {
        Project(
            areaCode: area, year: year, projectID: row["project_id"], name: row["name"], category: row["category"],
            responsibleUnit: row["responsible_unit"], plannedCompletion: (row["planned_completion"] as String?).flatMap(Day.init(iso:)),
            actualCompletion: (row["actual_completion"] as String?).flatMap(Day.init(iso:)), status: ProjectStatus(rawValue: row["status"])!,
            plannedInvestment: (row["planned_investment"] as String?).flatMap(Decimal.init(exactText:)),
            actualInvestment: (row["actual_investment"] as String?).flatMap(Decimal.init(exactText:)))
    }

    /// A `report_funding` row as a value.
    static func funding(_ row: Row, area: String, year: Int) -> Funding {
        Funding(
            areaCode: area, year: year, source: FundingSource(rawValue: row["source"])!,
            plannedAmount: Decimal(exactText: row["planned_amount"])!, actualAmount: Decimal(exactText: row["actual_amount"])!)
    }
}
