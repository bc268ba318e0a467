import Foundation
import GRDB
import GRDBSQLite
import KaoheCore

extension AppDatabase {
    /// The facts a summary of `run` shows, read now from the stored tables: report statuses, projects,
    /// funding, findings of the year, and the summonses and freezes of its year and kind (R-22b).
    ///
    /// A draft's summary is made from this; publication freezes the same facts as the run's
    /// `IssuedRecord`, so a published summary never reads the live tables for its issued part.
    public func liveRecord(run: AssessmentRun, defaultPollutant: Pollutant) throws -> IssuedRecord {
        try writer.read { db in try Self.currentRecord(db, run: run, defaultPollutant: defaultPollutant, replaces: nil, at: "") }
    }

    /// The record issued with a published run, or nil for a draft (or a run published before records were
    /// kept, see D-n "published record" in docs/decisions.md).
    public func issuedRecord(runID: Int64) throws -> IssuedRecord? {
        try writer.read { db in try Self.fetchIssuedRecord(db, runID: runID) }
    }

    static func fetchIssuedRecord(_ db: Database, runID: Int64) throws -> IssuedRecord? {
        // Read over the column's bytes, without a String of the whole record first; JSONDecoder only when the
        // reader gives up (issue 14, D-112).
        try SteppedRows(db, sql: "SELECT record_json FROM published_record WHERE run_id = ?", arguments: [runID]).next { raw in
            do {
                return try StoredJSON.decodeRecord(bytes: columnText(raw, 0))
            } catch {
                // A record written by another version of kaohe that this one cannot read: say so, never the
                // decoder's own text.
                throw Refusal(RunRefusal.unreadableRecord(runID: runID))
            }
        }
    }

    /// Stores an issued record's text, as `StoredJSON.encode` wrote it, as the run's issued record; the trigger
    /// refuses a second one or any change.
    ///
    /// The text is written by hand for the bulk of the record, the same bytes as `JSONEncoder` with
    /// `.sortedKeys` would write (issue 14, D-112; `StoredJSONTests` compares them). It is bound from the written
    /// bytes as they are: at 30,000 units it is about 50 MB, and a `String` of it bound by GRDB (which SQLite then
    /// copies) held it three times (issue 14). The caller encodes the record, so the record's values can be let
    /// go before SQLite copies the text (D-171).
    static func storeIssuedRecord(_ db: Database, _ text: (runID: Int64, issuedAt: String, json: [UInt8])) throws {
        let (runID, issuedAt, json) = text
        let statement = try db.makeStatement(sql: "INSERT INTO published_record (run_id, issued_at, record_json) VALUES (?, ?, ?)")
        try statement.setArguments([runID, issuedAt, nil])
        let raw = statement.sqliteStatement
        defer {
            sqlite3_reset(raw)
            sqlite3_clear_bindings(raw)
        }
        let step = json.withUnsafeBufferPointer { p -> Int32 in
            // SQLITE_STATIC: the bytes outlive the step, which is where SQLite reads them.
            guard sqlite3_bind_text(raw, 3, UnsafeRawPointer(p.baseAddress!).assumingMemoryBound(to: CChar.self), Int32(p.count), nil) == SQLITE_OK
            else { return SQLITE_ERROR }
            return sqlite3_step(raw)
        }
        guard step == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: step), message: db.lastErrorMessage, sql: statement.sql)
        }
    }

    /// The summary's facts for `run` as the tables hold them inside `db`'s transaction.
    static func currentRecord(
        _ db: Database, run: AssessmentRun, defaultPollutant: Pollutant, replaces: ReplacedPublication?, at issuedAt: String
    ) throws -> IssuedRecord {
        var (record, parts) = try recordParts(db, run: run, defaultPollutant: defaultPollutant, replaces: replaces, at: issuedAt)
        for code in parts.codes {
            // Taken out of the dictionary, so each unit's report is let go once copied into the record rather
            // than every report being held twice at the end (issue 14, D-171). A run has each unit once (the
            // results' primary key is run and area code), so no report is asked for twice.
            let report = parts.reports.removeValue(forKey: code) ?? StoredReport()
            record.statuses.append(parts.status(code, report))
            record.projects += report.projects
            record.funding += report.funding
        }
        return record
    }

    /// The text of the record `currentRecord` gives with `planPeriod`, as `StoredJSON.encode` writes it, made
    /// without the record's funding, projects and statuses as arrays: each is written from the reports read in
    /// bulk as the text reaches it, and a unit's rows are let go once written (issue 14, D-173). The same bytes
    /// (`PublishedRecordStoreTests` compares them with the record's own encoding).
    static func currentRecordText(
        _ db: Database, run: AssessmentRun, defaultPollutant: Pollutant, replaces: ReplacedPublication?, at issuedAt: String,
        planPeriod: [PlanPeriodHistory]?
    ) throws -> (runID: Int64, issuedAt: String, json: [UInt8]) {
        var (record, parts) = try recordParts(db, run: run, defaultPollutant: defaultPollutant, replaces: replaces, at: issuedAt)
        record.planPeriod = planPeriod
        var projectCount = 0, fundingCount = 0
        for report in parts.reports.values {
            projectCount += report.projects.count
            fundingCount += report.funding.count
        }
        // The statuses first, from the whole reports (a status says which parts are there); they are the
        // smallest of the three.
        let statuses = parts.codes.map { parts.status($0, parts.reports[$0] ?? StoredReport()) }
        let json = try StoredJSON.encode(
            record, capacity: 600 * parts.codes.count + 400 * projectCount + 200 * fundingCount + 4096,
            funding: { each in
                for code in parts.codes {
                    parts.reports[code]?.funding.forEach(each)
                    parts.reports[code]?.funding = []
                }
            },
            projects: { each in
                for code in parts.codes {
                    parts.reports[code]?.projects.forEach(each)
                    parts.reports[code]?.projects = []
                }
            },
            statuses: { each in statuses.forEach(each) })
        return (record.runID, record.issuedAt, json)
    }

    /// The record of `currentRecord` without its statuses, projects and funding, and what they are made from:
    /// the units' codes in the record's order, every unit's report read in bulk, and how a unit's status is made.
    private static func recordParts(
        _ db: Database, run: AssessmentRun, defaultPollutant: Pollutant, replaces: ReplacedPublication?, at issuedAt: String
    ) throws -> (IssuedRecord, RecordParts) {
        let pollutants = try Self.pollutants(db)
        // Filing events recorded when they happened (R-2) are part of the issued record.
        let filings = try filingEvents(db, year: run.year)
        // Every unit's report in a few queries, not several per unit (issue 14); of the key tasks only whether
        // the part is there, which is all a status says of them (one row per unit instead of 26).
        let reports = try Self.storedReports(db, year: run.year, firstKeyTaskOnly: true)
        let codes = run.results.sorted(by: { $0.area.code < $1.area.code }).map(\.area.code)
        let year = run.year
        let status = { (code: String, report: StoredReport) in
            ReportStatus(areaCode: code, year: year, pollutant: pollutants[code] ?? defaultPollutant, report: report).withFilings(filings)
        }
        let max = { (table: String) in try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM \(table)") ?? 0 }
        let record = IssuedRecord(
            runID: run.id, issuedAt: issuedAt, statuses: [], projects: [], funding: [],
            findings: try findings(db).filter { $0.year == run.year },
            summonses: try fetchSummonses(db, where: "r.year = ? AND r.kind = ?", [run.year, run.kind.rawValue]),
            freezes: try fetchFreezes(db, where: "r.year = ? AND r.kind = ?", [run.year, run.kind.rawValue]),
            replaces: replaces,
            watermarks: .init(
                summonsAmendment: try max("summons_amendment"), reportVersion: try max("report_version"),
                finding: try max("falsification_finding"), accountabilityUpdate: try max("accountability_update"),
                filingEvent: try max("filing_event"), departmentRun: try max("department_run")))
        return (record, RecordParts(codes: codes, reports: reports, status: status))
    }

    /// What happened to a published run after it was issued, on or before `asOf` (R-22b): later revisions
    /// that replace it, summons amendments, freezes lifted or created, findings recorded or removed, report
    /// versions received, accountability progress. Oldest first.
    public func subsequentEvents(run: AssessmentRun, record: IssuedRecord, asOf: Day) throws -> [SubsequentEvent] {
        try writer.read { db in try Self.subsequentEvents(db, run: run, record: record, asOf: asOf) }
    }

    static func subsequentEvents(_ db: Database, run: AssessmentRun, record: IssuedRecord, asOf: Day) throws -> [SubsequentEvent] {
        var events: [SubsequentEvent] = []
        let units = Set(run.results.map(\.area.code))
        let names = Dictionary(run.results.map { ($0.area.code, "\($0.area.code) \($0.area.name)") }) { a, _ in a }
        func unit(_ code: String) -> String { names[code] ?? code }

        for later in try Self.laterPublished(db, run: run) {
            events.append(SubsequentEvent(
                when: later.publishedOn?.description ?? "", areaCode: nil,
                text: SubsequentEventText.replaced(
                    revision: later.revision, document: later.documentNumber ?? "", publishedOn: later.publishedOn?.description ?? "")))
        }

        let summonses = try Self.fetchSummonses(db, where: "r.year = ? AND r.kind = ?", [run.year, run.kind.rawValue])
        let issuedSummonses = Set(record.summonses.map(\.id))
        for s in summonses where !issuedSummonses.contains(s.id) {
            events.append(SubsequentEvent(
                when: String(s.createdAt.prefix(10)), areaCode: s.area.code,
                text: SubsequentEventText.summons(unit(s.area.code), id: s.id, whom: s.whom, document: s.document)))
        }
        let byID = Dictionary(summonses.map { ($0.id, $0) }) { a, _ in a }
        let amendments = try Row.fetchAll(
            db, sql: "SELECT * FROM summons_amendment WHERE id > ? ORDER BY id", arguments: [record.watermarks.summonsAmendment])
        for a in amendments {
            guard let s = byID[a["summons_id"]] else { continue }
            let field: String = a["field"]
            let (old, new): (String?, String?) = (a["old_value"], a["new_value"])
            let render = { (v: String?, zh: Bool) -> String in
                guard let v else { return "—" }
                guard field == "status", let st = SummonsStatus(rawValue: v) else { return v }
                return zh ? SummonsStatus.chinese(st) : SummonsStatus.english(st)
            }
            events.append(SubsequentEvent(
                when: a["amended_at"], areaCode: s.area.code,
                text: SubsequentEventText.summonsAmended(
                    unit(s.area.code), id: s.id, field: field, old: Bilingual(render(old, true), render(old, false)),
                    new: Bilingual(render(new, true), render(new, false)))))
        }

        let issuedFreezes = Dictionary(record.freezes.map { ($0.id, $0) }) { a, _ in a }
        for f in try Self.fetchFreezes(db, where: "r.year = ? AND r.kind = ?", [run.year, run.kind.rawValue]) {
            if issuedFreezes[f.id] == nil {
                events.append(SubsequentEvent(
                    when: f.startedOn.description, areaCode: f.area.code,
                    text: SubsequentEventText.freeze(unit(f.area.code), id: f.id, from: f.startedOn, document: f.document)))
            }
            if let lift = f.lift, issuedFreezes[f.id]?.lift == nil {
                events.append(SubsequentEvent(
                    when: lift.on.description, areaCode: f.area.code,
                    text: SubsequentEventText.freezeLifted(unit(f.area.code), id: f.id, on: lift.on, document: lift.document, reason: lift.reason)))
            }
        }

        let issuedFindings = Dictionary(record.findings.map { ($0.id, $0) }) { a, _ in a }
        for f in try Self.findings(db) where f.year == run.year && units.contains(f.areaCode) {
            if f.id > record.watermarks.finding {
                events.append(SubsequentEvent(
                    when: f.recordedAt, areaCode: f.areaCode,
                    text: SubsequentEventText.finding(unit(f.areaCode), reference: f.reference)))
            }
            if let removed = f.removedAt, f.id > record.watermarks.finding || issuedFindings[f.id]?.removedAt == nil {
                events.append(SubsequentEvent(
                    when: removed, areaCode: f.areaCode,
                    text: SubsequentEventText.findingRemoved(unit(f.areaCode), reference: f.reference, removal: f.removalReference)))
            }
        }

        // Filings recorded after publication (R-2): listed here, never inside the issued part (R-22b).
        for e in try Self.filingEvents(db, year: run.year) where units.contains(e.areaCode) {
            let later = record.watermarks.filingEvent.map { e.id > $0 } ?? (e.recordedAt > record.issuedAt)
            guard later else { continue }
            events.append(SubsequentEvent(
                when: e.recordedAt, areaCode: e.areaCode,
                text: SubsequentEventText.filing(unit(e.areaCode), kind: e.kind, publishedOn: e.publishedOn, filedOn: e.filedOn, document: e.document)))
        }

        let versions = try Row.fetchAll(
            db,
            sql: """
                SELECT v.id, v.area_code, v.part, v.version, v.created_at, s.submitted_on FROM report_version v
                LEFT JOIN report_summary s ON s.version_id = v.id WHERE v.year = ? AND v.id > ? ORDER BY v.id
                """, arguments: [run.year, record.watermarks.reportVersion])
        for v in versions where units.contains(v["area_code"]) {
            let partText: String = v["part"]
            let part = ReportPart(rawValue: partText)
            let code: String = v["area_code"]
            let submitted: String? = v["submitted_on"]
            events.append(SubsequentEvent(
                when: v["created_at"], areaCode: code,
                text: SubsequentEventText.reportReceived(unit(code), part: partText, known: part, version: v["version"], submitted: submitted)))
        }

        for u in try Row.fetchAll(
            db,
            sql: """
                SELECT u.*, d.area_code FROM accountability_update u JOIN accountability_decision d ON d.id = u.decision_id
                JOIN assessment_run r ON r.id = d.run_id WHERE r.year = ? AND r.kind = ? AND u.id > ? ORDER BY u.id
                """, arguments: [run.year, run.kind.rawValue, record.watermarks.accountabilityUpdate])
        {
            let code: String = u["area_code"]
            let doc: String? = u["document"]
            events.append(SubsequentEvent(
                when: u["on_date"], areaCode: code,
                text: SubsequentEventText.accountabilityProgress(unit(code), decision: u["decision_id"], progress: u["progress"], document: doc)))
        }
        // A succession this run relied on, withdrawn later as a correction (D-143, D-151): the issued results of its
        // successor were derived through it; the correcting revision, when published, is listed above.
        for w in try Row.fetchAll(
            db,
            sql: """
                SELECT c.not_in_force_from, w.document AS withdrawal_document, s.predecessor_code, s.successor_code, s.document,
                  p.name AS predecessor_name
                FROM area_succession_correction_run r JOIN area_succession_correction c ON c.withdrawal_id = r.withdrawal_id
                JOIN area_succession_withdrawal w ON w.id = r.withdrawal_id JOIN area_succession s ON s.id = w.succession_id
                JOIN area p ON p.code = s.predecessor_code
                WHERE r.run_id = ? ORDER BY r.withdrawal_id
                """, arguments: [run.id])
        {
            let successor: String = w["successor_code"]
            events.append(SubsequentEvent(
                when: w["not_in_force_from"], areaCode: successor,
                text: SubsequentEventText.successionWithdrawn(
                    predecessor: "\(w["predecessor_code"] as String) \(w["predecessor_name"] as String)", successor: unit(successor), document: w["document"],
                    withdrawal: w["withdrawal_document"], from: w["not_in_force_from"])))
        }
        let cutoff = asOf.description
        return events.enumerated()
            .filter { String($0.element.when.prefix(10)) <= cutoff }
            .sorted { (String($0.element.when.prefix(10)), $0.offset) < (String($1.element.when.prefix(10)), $1.offset) }
            .map(\.element)
    }

    /// Published revisions of the same year and kind newer than `run`, oldest first.
    static func laterPublished(_ db: Database, run: AssessmentRun) throws -> [AssessmentRun] {
        try Int64.fetchAll(
            db, sql: "SELECT id FROM assessment_run WHERE year = ? AND kind = ? AND status = 'published' AND revision > ? ORDER BY revision",
            arguments: [run.year, run.kind.rawValue, run.revision]
        ).compactMap { try fetchRun(db, id: $0, withResults: false) }  // only their numbers and dates are read
    }
}

/// What an issued record's statuses, projects and funding are made from (`AppDatabase.recordParts`).
private struct RecordParts {
    /// The run's units, in the record's order (code order).
    var codes: [String]
    /// Every unit's newest report of the year, read in bulk.
    var reports: [String: StoredReport]
    /// A unit's report status from its report (R-2, R-3, R-4), with the year's filing events.
    var status: (String, StoredReport) -> ReportStatus
}
