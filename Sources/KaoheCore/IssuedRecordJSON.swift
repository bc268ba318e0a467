import Foundation

// The issued record (R-22b) as stored JSON, written and read without Foundation for its bulk — one report
// status per unit, every project and funding row — and with `JSONEncoder`/`JSONDecoder` for the rest
// (findings, summonses, freezes, the plan-period view, watermarks), each member written as the same
// fragment `JSONEncoder` writes inside the whole document. The bytes are those `JSONEncoder` with
// `.sortedKeys` writes for the whole record, which `StoredJSONTests` checks; a record once stored never
// changes (issue 14, D-112).

extension StoredJSONWriter {
    public mutating func filingEvent(_ e: FilingEvent) {
        object { w in
            w.key("areaCode"); w.string(e.areaCode)
            if let d = e.document { w.key("document"); w.string(d) }
            if let d = e.filedOn { w.key("filedOn"); w.day(d) }
            w.key("id"); w.int(e.id)
            w.key("kind"); w.raw(e.kind)
            if let d = e.publishedOn { w.key("publishedOn"); w.day(d) }
            w.key("recordedAt"); w.string(e.recordedAt)
            w.key("source"); w.string(e.source)
            w.key("year"); w.int(e.year)
        }
    }

    public mutating func reportStatus(_ s: ReportStatus) {
        object { w in
            w.key("areaCode"); w.string(s.areaCode)
            if let d = s.correctedOn { w.key("correctedOn"); w.day(d) }
            w.key("missingParts"); w.array(s.missingParts) { w, p in w.raw(p) }
            if let e = s.planEvent { w.key("planEvent"); w.filingEvent(e) }
            if let d = s.planFiledOn { w.key("planFiledOn"); w.day(d) }
            if let b = s.planPublished { w.key("planPublished"); w.bool(b) }
            if let e = s.rulesEvent { w.key("rulesEvent"); w.filingEvent(e) }
            if let d = s.rulesFiledOn { w.key("rulesFiledOn"); w.day(d) }
            if let b = s.rulesPublished { w.key("rulesPublished"); w.bool(b) }
            w.key("submission")
            w.object { w in
                switch s.submission {
                case .onTime(let d):
                    w.key("onTime")
                    w.object { w in w.key("_0"); w.day(d) }
                case .late(let d, let days):
                    w.key("late")
                    w.object { w in
                        w.key("_0"); w.day(d)
                        w.key("days"); w.int(days)
                    }
                case .undated: w.key("undated"); w.emptyObject()
                case .missing: w.key("missing"); w.emptyObject()
                }
            }
            w.key("year"); w.int(s.year)
        }
    }

    public mutating func project(_ p: Project) {
        object { w in
            if let d = p.actualCompletion { w.key("actualCompletion"); w.day(d) }
            if let v = p.actualInvestment { w.key("actualInvestment"); w.decimal(v) }
            w.key("areaCode"); w.string(p.areaCode)
            w.key("category"); w.string(p.category)
            w.key("name"); w.string(p.name)
            if let d = p.plannedCompletion { w.key("plannedCompletion"); w.day(d) }
            if let v = p.plannedInvestment { w.key("plannedInvestment"); w.decimal(v) }
            w.key("projectID"); w.string(p.projectID)
            if let u = p.responsibleUnit { w.key("responsibleUnit"); w.string(u) }
            w.key("status"); w.raw(p.status)
            w.key("year"); w.int(p.year)
        }
    }

    public mutating func funding(_ f: Funding) {
        object { w in
            w.key("actualAmount"); w.decimal(f.actualAmount)
            w.key("areaCode"); w.string(f.areaCode)
            w.key("plannedAmount"); w.decimal(f.plannedAmount)
            w.key("source"); w.raw(f.source)
            w.key("year"); w.int(f.year)
        }
    }

    /// Bytes written by `JSONEncoder` for a member, as they are.
    mutating func fragment(_ bytes: Data) { appendRaw(bytes) }
}

extension StoredJSON {
    /// The issued record as `JSONEncoder` with `.sortedKeys` writes it, byte for byte.
    public static func encode(_ record: IssuedRecord) throws -> [UInt8] {
        try encode(
            record, capacity: 600 * record.statuses.count + 400 * record.projects.count + 200 * record.funding.count + 4096,
            funding: { each in record.funding.forEach(each) }, projects: { each in record.projects.forEach(each) },
            statuses: { each in record.statuses.forEach(each) })
    }

    /// The same text with the funding rows, projects and statuses handed over by `funding`, `projects` and
    /// `statuses` (each called once, in that order, handing its rows to `each` in the record's order) instead of
    /// taken from `record`, whose three arrays are not read: a caller can write them as it reads them, without
    /// holding them as arrays beside the text (issue 14, D-173). `capacity` is the text's expected size in bytes.
    public static func encode(
        _ record: IssuedRecord, capacity: Int, funding: (_ each: (Funding) -> Void) -> Void, projects: (_ each: (Project) -> Void) -> Void,
        statuses: (_ each: (ReportStatus) -> Void) -> Void
    ) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // The members JSONEncoder still writes: few (a finding, summons or freeze per failing unit at most).
        let findings = try encoder.encode(record.findings), freezes = try encoder.encode(record.freezes)
        let planPeriod = try record.planPeriod.map { try encoder.encode($0) }, replaces = try record.replaces.map { try encoder.encode($0) }
        let summonses = try encoder.encode(record.summonses), watermarks = try encoder.encode(record.watermarks)
        var w = StoredJSONWriter(capacity: capacity)
        w.object { w in
            w.key("findings"); w.fragment(findings)
            w.key("freezes"); w.fragment(freezes)
            w.key("funding"); w.array(each: funding) { w, f in w.funding(f) }
            w.key("issuedAt"); w.string(record.issuedAt)
            if let planPeriod { w.key("planPeriod"); w.fragment(planPeriod) }
            w.key("projects"); w.array(each: projects) { w, p in w.project(p) }
            if let replaces { w.key("replaces"); w.fragment(replaces) }
            w.key("runID"); w.int(record.runID)
            w.key("statuses"); w.array(each: statuses) { w, s in w.reportStatus(s) }
            w.key("summonses"); w.fragment(summonses)
            w.key("watermarks"); w.fragment(watermarks)
        }
        return w.bytes
    }
}

extension StoredJSONReader {
    private typealias GiveUp = StoredJSONReader.GaveUp

    /// An optional member: null reads as nil.
    private mutating func optional<T>(_ read: (inout StoredJSONReader) throws -> T) throws -> T? {
        null() ? nil : try read(&self)
    }

    public mutating func filingEvent() throws -> FilingEvent {
        var areaCode: String?, document: String?, filedOn: Day?, id: Int64?, kind: FilingKind?, publishedOn: Day?
        var recordedAt: String?, source: String?, year: Int?
        try object { r, key in
            switch key {
            case "areaCode": areaCode = try r.string()
            case "document": document = try r.optional { try $0.string() }
            case "filedOn": filedOn = try r.optional { try $0.day() }
            case "id": id = try r.int64()
            case "kind": kind = try r.raw(FilingKind.self)
            case "publishedOn": publishedOn = try r.optional { try $0.day() }
            case "recordedAt": recordedAt = try r.string()
            case "source": source = try r.string()
            case "year": year = try r.int()
            default: throw GiveUp()
            }
        }
        guard let areaCode, let id, let kind, let recordedAt, let source, let year else { throw GiveUp() }
        return FilingEvent(
            id: id, areaCode: areaCode, year: year, kind: kind, publishedOn: publishedOn, filedOn: filedOn, document: document,
            recordedAt: recordedAt, source: source)
    }

    public mutating func reportStatus() throws -> ReportStatus {
        var areaCode: String?, year: Int?, submission: ReportStatus.Submission?, missing: [ReportPart]?
        var s = ReportStatus(areaCode: "", year: 0, pollutant: .pm10, report: StoredReport())
        try object { r, key in
            switch key {
            case "areaCode": areaCode = try r.string()
            case "correctedOn": s.correctedOn = try r.optional { try $0.day() }
            case "missingParts": missing = try r.array { try $0.raw(ReportPart.self) }
            case "planEvent": s.planEvent = try r.optional { try $0.filingEvent() }
            case "planFiledOn": s.planFiledOn = try r.optional { try $0.day() }
            case "planPublished": s.planPublished = try r.optional { try $0.bool() }
            case "rulesEvent": s.rulesEvent = try r.optional { try $0.filingEvent() }
            case "rulesFiledOn": s.rulesFiledOn = try r.optional { try $0.day() }
            case "rulesPublished": s.rulesPublished = try r.optional { try $0.bool() }
            case "submission":
                var found: ReportStatus.Submission?
                try r.object { r, key in
                    guard found == nil else { throw GiveUp() }
                    switch key {
                    case "onTime":
                        var day: Day?
                        try r.object { r, key in
                            guard key == "_0" else { throw GiveUp() }
                            day = try r.day()
                        }
                        guard let day else { throw GiveUp() }
                        found = .onTime(day)
                    case "late":
                        var day: Day?, days: Int?
                        try r.object { r, key in
                            switch key {
                            case "_0": day = try r.day()
                            case "days": days = try r.int()
                            default: throw GiveUp()
                            }
                        }
                        guard let day, let days else { throw GiveUp() }
                        found = .late(day, days: days)
                    case "undated": try r.emptyObject(); found = .undated
                    case "missing": try r.emptyObject(); found = .missing
                    default: throw GiveUp()
                    }
                }
                guard let found else { throw GiveUp() }
                submission = found
            case "year": year = try r.int()
            default: throw GiveUp()
            }
        }
        guard let areaCode, let year, let submission, let missing else { throw GiveUp() }
        s.areaCode = areaCode
        s.year = year
        s.submission = submission
        s.missingParts = missing
        return s
    }

    public mutating func project() throws -> Project {
        var actualCompletion: Day?, actualInvestment: Decimal?, areaCode: String?, category: String?, name: String?
        var plannedCompletion: Day?, plannedInvestment: Decimal?, projectID: String?, responsibleUnit: String?
        var status: ProjectStatus?, year: Int?
        try object { r, key in
            switch key {
            case "actualCompletion": actualCompletion = try r.optional { try $0.day() }
            case "actualInvestment": actualInvestment = try r.optional { try $0.decimal() }
            case "areaCode": areaCode = try r.string()
            case "category": category = try r.string()
            case "name": name = try r.string()
            case "plannedCompletion": plannedCompletion = try r.optional { try $0.day() }
            case "plannedInvestment": plannedInvestment = try r.optional { try $0.decimal() }
            case "projectID": projectID = try r.string()
            case "responsibleUnit": responsibleUnit = try r.optional { try $0.string() }
            case "status": status = try r.raw(ProjectStatus.self)
            case "year": year = try r.int()
            default: throw GiveUp()
            }
        }
        guard let areaCode, let category, let name, let projectID, let status, let year else { throw GiveUp() }
        return Project(
            areaCode: areaCode, year: year, projectID: projectID, name: name, category: category, responsibleUnit: responsibleUnit,
            plannedCompletion: plannedCompletion, actualCompletion: actualCompletion, status: status, plannedInvestment: plannedInvestment,
            actualInvestment: actualInvestment)
    }

    public mutating func funding() throws -> Funding {
        var actual: Decimal?, areaCode: String?, planned: Decimal?, source: FundingSource?, year: Int?
        try object { r, key in
            switch key {
            case "actualAmount": actual = try r.decimal()
            case "areaCode": areaCode = try r.string()
            case "plannedAmount": planned = try r.decimal()
            case "source": source = try r.raw(FundingSource.self)
            case "year": year = try r.int()
            default: throw GiveUp()
            }
        }
        guard let actual, let areaCode, let planned, let source, let year else { throw GiveUp() }
        return Funding(areaCode: areaCode, year: year, source: source, plannedAmount: planned, actualAmount: actual)
    }

    /// A member read by `JSONDecoder` from its own bytes; gives up when it does not decode.
    private mutating func byFoundation<T: Decodable>(_: T.Type) throws -> T {
        let raw = try rawValue()
        guard let value = try? JSONDecoder().decode(T.self, from: Data(raw)) else { throw GiveUp() }
        return value
    }

    public mutating func issuedRecord() throws -> IssuedRecord {
        var findings: [FalsificationFinding]?, freezes: [Freeze]?, funding: [Funding]?, issuedAt: String?, planPeriod: [PlanPeriodHistory]?
        var projects: [Project]?, replaces: ReplacedPublication?, runID: Int64?, statuses: [ReportStatus]?, summonses: [Summons]?
        var watermarks: IssuedRecord.Watermarks?
        try object { r, key in
            switch key {
            case "findings": findings = try r.byFoundation([FalsificationFinding].self)
            case "freezes": freezes = try r.byFoundation([Freeze].self)
            case "funding": funding = try r.array { try $0.funding() }
            case "issuedAt": issuedAt = try r.string()
            case "planPeriod": planPeriod = try r.optional { try $0.byFoundation([PlanPeriodHistory].self) }
            case "projects": projects = try r.array { try $0.project() }
            case "replaces": replaces = try r.optional { try $0.byFoundation(ReplacedPublication.self) }
            case "runID": runID = try r.int64()
            case "statuses": statuses = try r.array { try $0.reportStatus() }
            case "summonses": summonses = try r.byFoundation([Summons].self)
            case "watermarks": watermarks = try r.byFoundation(IssuedRecord.Watermarks.self)
            default: throw GiveUp()
            }
        }
        guard let findings, let freezes, let funding, let issuedAt, let projects, let runID, let statuses, let summonses, let watermarks
        else { throw GiveUp() }
        var record = IssuedRecord(
            runID: runID, issuedAt: issuedAt, statuses: statuses, projects: projects, funding: funding, findings: findings,
            summonses: summonses, freezes: freezes, replaces: replaces, watermarks: watermarks)
        record.planPeriod = planPeriod
        return record
    }
}

extension StoredJSON {
    /// A stored issued record, read over its bytes; `JSONDecoder` when this reader gives up (issue 14, D-112).
    public static func decodeRecord(_ text: String) throws -> IssuedRecord {
        try decode(text, { try $0.issuedRecord() })
    }

    /// A stored issued record from its text column's bytes.
    public static func decodeRecord(bytes: UnsafeBufferPointer<UInt8>) throws -> IssuedRecord {
        try decode(bytes: bytes, { try $0.issuedRecord() })
    }
}
