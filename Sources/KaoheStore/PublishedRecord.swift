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
        let statement = try db.makeStatement(sql: "SELECT record_json FROM published_record WHERE run_id = ?")
        try statement.setArguments([runID])
        let raw = statement.sqliteStatement
        defer { sqlite3_reset(raw) }
        let step = sqlite3_step(raw)
        if step == SQLITE_DONE { return nil }
        guard step == SQLITE_ROW else {
            throw DatabaseError(resultCode: ResultCode(rawValue: step), message: db.lastErrorMessage, sql: statement.sql)
        }
        do {
            return try StoredJSON.decodeRecord(bytes: columnText(raw, 0))
        } catch {
            // A record written by another version of kaohe that this one cannot read: say so, never the
            // decoder's own text.
            throw Refusal(
                "the record issued with run \(runID) cannot be read by this version of kaohe — use the version that published it, or report the problem; the record itself is intact",
                zh: "运行 #\(runID) 发布时保存的通报记录无法由本版本 kaohe 读取 — 请使用发布时的版本，或报告此问题；记录本身完好无损")
        }
    }

    /// Stores `record` as the run's issued record; the trigger refuses a second one or any change.
    ///
    /// The text is written by hand for the bulk of the record, the same bytes as `JSONEncoder` with
    /// `.sortedKeys` would write (issue 14, D-112; `StoredJSONTests` compares them).
    /// The text is bound from the written bytes as they are: at 30,000 units it is about 50 MB, and a
    /// `String` of it bound by GRDB (which SQLite then copies) held it three times (issue 14).
    static func storeIssuedRecord(_ db: Database, _ record: IssuedRecord) throws {
        let json = try StoredJSON.encode(record)
        let statement = try db.makeStatement(sql: "INSERT INTO published_record (run_id, issued_at, record_json) VALUES (?, ?, ?)")
        try statement.setArguments([record.runID, record.issuedAt, nil])
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
        let pollutants = try Self.pollutants(db)
        var statuses: [ReportStatus] = []
        var projects: [Project] = []
        var funding: [Funding] = []
        // Filing events recorded when they happened (R-2) are part of the issued record.
        let filings = try filingEvents(db, year: run.year)
        // Every unit's report in a few queries, not several per unit (issue 14).
        let reports = try Self.storedReports(db, year: run.year)
        for unit in run.results.sorted(by: { $0.area.code < $1.area.code }) {
            let report = reports[unit.area.code] ?? StoredReport()
            statuses.append(
                ReportStatus(areaCode: unit.area.code, year: run.year, pollutant: pollutants[unit.area.code] ?? defaultPollutant, report: report)
                    .withFilings(filings))
            projects += report.projects
            funding += report.funding
        }
        let max = { (table: String) in try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM \(table)") ?? 0 }
        return IssuedRecord(
            runID: run.id, issuedAt: issuedAt, statuses: statuses, projects: projects, funding: funding,
            findings: try findings(db).filter { $0.year == run.year },
            summonses: try fetchSummonses(db, where: "r.year = ? AND r.kind = ?", [run.year, run.kind.rawValue]),
            freezes: try fetchFreezes(db, where: "r.year = ? AND r.kind = ?", [run.year, run.kind.rawValue]),
            replaces: replaces,
            watermarks: .init(
                summonsAmendment: try max("summons_amendment"), reportVersion: try max("report_version"),
                finding: try max("falsification_finding"), accountabilityUpdate: try max("accountability_update"),
                filingEvent: try max("filing_event"), departmentRun: try max("department_run")))
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
                text: Bilingual(
                    "本通报已被第 \(later.revision) 版（\(later.documentNumber ?? "")，\(later.publishedOn?.description ?? "")）替代（R-22c）",
                    "This notice was replaced by revision \(later.revision) (\(later.documentNumber ?? ""), \(later.publishedOn?.description ?? "")) (R-22c)")))
        }

        let summonses = try Self.fetchSummonses(db, where: "r.year = ? AND r.kind = ?", [run.year, run.kind.rawValue])
        let issuedSummonses = Set(record.summonses.map(\.id))
        for s in summonses where !issuedSummonses.contains(s.id) {
            events.append(SubsequentEvent(
                when: String(s.createdAt.prefix(10)), areaCode: s.area.code,
                text: Bilingual(
                    "\(unit(s.area.code))：约谈 #\(s.id) \(s.whom.zh)（\(s.document)）",
                    "\(unit(s.area.code)): summons #\(s.id) of \(s.whom.en) (\(s.document))")))
        }
        let byID = Dictionary(summonses.map { ($0.id, $0) }) { a, _ in a }
        let amendments = try Row.fetchAll(
            db, sql: "SELECT * FROM summons_amendment WHERE id > ? ORDER BY id", arguments: [record.watermarks.summonsAmendment])
        for a in amendments {
            guard let s = byID[a["summons_id"]] else { continue }
            let field: String = a["field"]
            let (old, new): (String?, String?) = (a["old_value"], a["new_value"])
            let label = Self.fieldLabel(field)
            let render = { (v: String?, zh: Bool) -> String in
                guard let v else { return "—" }
                guard field == "status", let st = SummonsStatus(rawValue: v) else { return v }
                return zh ? SummonsStatus.chinese(st) : SummonsStatus.english(st)
            }
            events.append(SubsequentEvent(
                when: a["amended_at"], areaCode: s.area.code,
                text: Bilingual(
                    "\(unit(s.area.code))：约谈 #\(s.id) \(label.zh) \(render(old, true)) → \(render(new, true))",
                    "\(unit(s.area.code)): summons #\(s.id) \(label.en) \(render(old, false)) → \(render(new, false))")))
        }

        let issuedFreezes = Dictionary(record.freezes.map { ($0.id, $0) }) { a, _ in a }
        for f in try Self.fetchFreezes(db, where: "r.year = ? AND r.kind = ?", [run.year, run.kind.rawValue]) {
            if issuedFreezes[f.id] == nil {
                events.append(SubsequentEvent(
                    when: f.startedOn.description, areaCode: f.area.code,
                    text: Bilingual(
                        "\(unit(f.area.code))：自 \(f.startedOn) 起暂停新增大气污染物排放建设项目环评审批（\(f.document)，限批 #\(f.id)）",
                        "\(unit(f.area.code)): approval freeze #\(f.id) from \(f.startedOn) (\(f.document))")))
            }
            if let lift = f.lift, issuedFreezes[f.id]?.lift == nil {
                events.append(SubsequentEvent(
                    when: lift.on.description, areaCode: f.area.code,
                    text: Bilingual(
                        "\(unit(f.area.code))：限批 #\(f.id) 自 \(lift.on) 起解除（\(lift.document ?? "—")，\(lift.reason)）",
                        "\(unit(f.area.code)): freeze #\(f.id) lifted from \(lift.on) (\(lift.document ?? "—"), \(lift.reason))")))
            }
        }

        let issuedFindings = Dictionary(record.findings.map { ($0.id, $0) }) { a, _ in a }
        for f in try Self.findings(db) where f.year == run.year && units.contains(f.areaCode) {
            if f.id > record.watermarks.finding {
                events.append(SubsequentEvent(
                    when: f.recordedAt, areaCode: f.areaCode,
                    text: Bilingual(
                        "\(unit(f.areaCode))：认定篡改、伪造监测数据（\(f.reference)，R-17）",
                        "\(unit(f.areaCode)): finding of falsified monitoring data (\(f.reference), R-17)")))
            }
            if let removed = f.removedAt, f.id > record.watermarks.finding || issuedFindings[f.id]?.removedAt == nil {
                events.append(SubsequentEvent(
                    when: removed, areaCode: f.areaCode,
                    text: Bilingual(
                        "\(unit(f.areaCode))：撤销数据造假认定 \(f.reference)（\(f.removalReference ?? "")）",
                        "\(unit(f.areaCode)): finding \(f.reference) withdrawn (\(f.removalReference ?? ""))")))
            }
        }

        // Filings recorded after publication (R-2): listed here, never inside the issued part (R-22b).
        for e in try Self.filingEvents(db, year: run.year) where units.contains(e.areaCode) {
            let later = record.watermarks.filingEvent.map { e.id > $0 } ?? (e.recordedAt > record.issuedAt)
            guard later else { continue }
            let zh = [e.publishedOn.map { "公开 \($0)" }, e.filedOn.map { "备案 \($0)" }].compactMap { $0 }.joined(separator: "、")
            let en = [e.publishedOn.map { "published \($0)" }, e.filedOn.map { "filed \($0)" }].compactMap { $0 }.joined(separator: ", ")
            let doc = e.document.map { "（\($0)）" } ?? ""
            events.append(SubsequentEvent(
                when: e.recordedAt, areaCode: e.areaCode,
                text: Bilingual(
                    "\(unit(e.areaCode))：登记\(e.kind.chinese)\(zh)\(doc)；本通报不因此改变",
                    "\(unit(e.areaCode)): \(e.kind.english) \(en)\(e.document.map { " (\($0))" } ?? "") recorded; this notice is not changed by it")))
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
                text: Bilingual(
                    "\(unit(code))：收到自查报告（\(part.map(Self.partZh) ?? partText)）第 \(v["version"] as Int) 版\(submitted.map { "，报送日期 \($0)" } ?? "")；本通报不因此改变",
                    "\(unit(code)): self-inspection report (\(part?.rawValue ?? partText)) version \(v["version"] as Int) received\(submitted.map { ", submitted \($0)" } ?? ""); this notice is not changed by it")))
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
                text: Bilingual(
                    "\(unit(code))：问责决定 #\(u["decision_id"] as Int64) 进展：\(u["progress"] as String)\(doc.map { "（\($0)）" } ?? "")",
                    "\(unit(code)): accountability decision #\(u["decision_id"] as Int64) progress: \(u["progress"] as String)\(doc.map { " (\($0))" } ?? "")")))
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

    static func fieldLabel(_ field: String) -> (zh: String, en: String) {
        switch field {
        case "status": ("状态", "status")
        case "held_on": ("约谈日期", "held on")
        case "rectification_due": ("整改期限", "rectification due")
        case "closed_on": ("销号/撤销日期", "closed/withdrawn on")
        case "decision_doc": ("撤销依据", "withdrawn by")
        case "notes": ("备注", "notes")
        default: (field, field)
        }
    }

    static func partZh(_ p: ReportPart) -> String {
        switch p {
        case .quality: "空气质量改善"
        case .keyTasks: "重点工作任务"
        case .projects: "治理项目进展"
        case .funding: "资金投入"
        }
    }
}
