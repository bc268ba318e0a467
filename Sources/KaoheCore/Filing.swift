import Foundation

/// Which document of R-2 a filing event is about: the local implementation rules (实施细则) or the annual
/// implementation plan (年度实施计划).
public enum FilingKind: String, Sendable, Hashable, CaseIterable, Codable {
    case rules
    case plan
}

/// One recorded publication or filing (备案) of a unit's rules or plan for a year, when it happened.
///
/// Events are appended, never changed or deleted; the newest event of a unit, year and kind is the one in
/// force (an earlier one stays in the history). Days are calendar days; `recordedAt` is an ISO 8601 instant.
public struct FilingEvent: Sendable, Hashable, Codable {
    public var id: Int64
    public var areaCode: String
    public var year: Int
    public var kind: FilingKind
    /// The day the document was published (公开); nil when the event does not say.
    public var publishedOn: Day?
    /// The day it was filed with the city environmental protection bureau (备案); nil when not (yet) filed.
    public var filedOn: Day?
    /// The filing's document number or reference, as recorded.
    public var document: String?
    public var recordedAt: String
    /// "cli" for `kaohe filings record`, else the name of the import file.
    public var source: String

    public init(
        id: Int64, areaCode: String, year: Int, kind: FilingKind, publishedOn: Day?, filedOn: Day?, document: String?, recordedAt: String,
        source: String
    ) {
        self.id = id
        self.areaCode = areaCode
        self.year = year
        self.kind = kind
        self.publishedOn = publishedOn
        self.filedOn = filedOn
        self.document = document
        self.recordedAt = recordedAt
        self.source = source
    }
}

/// A filing event to record: what the officer or the import file says, before it has an id.
public struct FilingRecord: Sendable, Hashable {
    public var areaCode: String
    public var year: Int
    public var kind: FilingKind
    public var publishedOn: Day?
    public var filedOn: Day?
    public var document: String?

    public init(areaCode: String, year: Int, kind: FilingKind, publishedOn: Day?, filedOn: Day?, document: String?) {
        self.areaCode = areaCode
        self.year = year
        self.kind = kind
        self.publishedOn = publishedOn
        self.filedOn = filedOn
        self.document = document
    }
}

extension ReportStatus {
    /// The status with the newest filing event of each kind for its unit and year attached; events of
    /// other units or years are ignored.
    public func withFilings(_ events: [FilingEvent]) -> ReportStatus {
        var s = self
        let mine = events.filter { $0.areaCode == areaCode && $0.year == year }
        s.rulesEvent = mine.filter { $0.kind == .rules }.max { $0.id < $1.id }
        s.planEvent = mine.filter { $0.kind == .plan }.max { $0.id < $1.id }
        return s
    }

    /// The newest filing event of `kind`, if any.
    public func event(_ kind: FilingKind) -> FilingEvent? { kind == .rules ? rulesEvent : planEvent }

    /// The filing day in force for `kind`: the event's when one was recorded with a filing day, else the
    /// self-report's column.
    public func filedOn(_ kind: FilingKind) -> Day? {
        event(kind)?.filedOn ?? (kind == .rules ? rulesFiledOn : planFiledOn)
    }

    /// Whether the recorded event and the self-report's columns disagree: both state a filing and the days
    /// differ, the report states one the event does not know, the event records a filing the report (which
    /// has a summary) calls not filed, or the event records a publication the report calls not published.
    /// Such a conflict is shown with both sides, never resolved silently.
    public func filingConflict(_ kind: FilingKind) -> Bool {
        guard let e = event(kind), hasSummary else { return false }
        let reportFiled = kind == .rules ? rulesFiledOn : planFiledOn
        let reportPublished = kind == .rules ? rulesPublished : planPublished
        if let f = e.filedOn, reportFiled != f { return true }
        if e.filedOn == nil, reportFiled != nil { return true }
        if e.publishedOn != nil, reportPublished == false { return true }
        return false
    }
}
