/// A published assessment as issued (R-22b): everything its summary showed at publication, frozen.
///
/// Stored as JSON in the publication's own transaction and never changed; the summary of a published run is
/// rendered from it, not from the live tables, so later events (a summons held, a freeze lifted, a new
/// finding, a late corrected report) cannot creep into the issued part. The watermarks let the store tell
/// which later rows are "subsequent actions" (后续处理情况).
public struct IssuedRecord: Sendable, Hashable, Codable {
    public var runID: Int64
    /// ISO 8601 UTC instant of the publishing transaction.
    public var issuedAt: String
    /// Report status per unit of the run, as stored at publication (R-3, R-4, R-2 filing).
    public var statuses: [ReportStatus]
    /// Project and funding rows of the assessed year's reports at publication.
    public var projects: [Project]
    public var funding: [Funding]
    /// Falsification findings of the assessed year at publication, with removals then on record.
    public var findings: [FalsificationFinding]
    /// Summonses and freezes of this year and kind as they stood once the publication had created (or, for a
    /// correction, withdrawn and lifted) them (R-19 to R-22c).
    public var summonses: [Summons]
    public var freezes: [Freeze]
    /// The earlier published revision this one replaces (本通报替代……), when it is a correction (R-22c).
    public var replaces: ReplacedPublication?
    /// The largest row ids at publication: later rows are subsequent actions.
    public var watermarks: Watermarks
    /// The plan-period view of every unit (issue 22), frozen when the plan period's final assessment is published
    /// (R-22b): nil for any other run, and for a final record issued before the view existed (which then
    /// prints as it did, without it).
    public var planPeriod: [PlanPeriodHistory]? = nil

    public struct Watermarks: Sendable, Hashable, Codable {
        public var summonsAmendment: Int64
        public var reportVersion: Int64
        public var finding: Int64
        public var accountabilityUpdate: Int64
        /// The largest filing event id; nil in records issued before filing events existed, whose later
        /// events are then those recorded after `issuedAt`.
        public var filingEvent: Int64?
        /// The largest department run id (R-31, D-114): the issued notice shows the newest department run of its
        /// year up to it. Nil in records issued before it was kept, whose department run is then the newest made
        /// at or before `issuedAt` — which a run made later in the same second also is.
        public var departmentRun: Int64?

        public init(
            summonsAmendment: Int64, reportVersion: Int64, finding: Int64, accountabilityUpdate: Int64, filingEvent: Int64? = nil,
            departmentRun: Int64? = nil
        ) {
            self.summonsAmendment = summonsAmendment
            self.reportVersion = reportVersion
            self.finding = finding
            self.accountabilityUpdate = accountabilityUpdate
            self.filingEvent = filingEvent
            self.departmentRun = departmentRun
        }
    }

    public init(
        runID: Int64, issuedAt: String, statuses: [ReportStatus], projects: [Project], funding: [Funding], findings: [FalsificationFinding],
        summonses: [Summons], freezes: [Freeze], replaces: ReplacedPublication?, watermarks: Watermarks
    ) {
        self.runID = runID
        self.issuedAt = issuedAt
        self.statuses = statuses
        self.projects = projects
        self.funding = funding
        self.findings = findings
        self.summonses = summonses
        self.freezes = freezes
        self.replaces = replaces
        self.watermarks = watermarks
    }
}

/// A published revision named by a later one: which run, which revision, which document, which day.
public struct ReplacedPublication: Sendable, Hashable, Codable {
    public var runID: Int64
    public var revision: Int
    public var documentNumber: String
    public var publishedOn: Day
    /// The successions the replaced revision relied on and that were withdrawn as a correction before this one
    /// was published (D-143); nil when none, so records issued before it decode and re-print as they did (R-22b).
    public var withdrawnSuccessions: [CorrectedSuccession]? = nil

    public init(runID: Int64, revision: Int, documentNumber: String, publishedOn: Day, withdrawnSuccessions: [CorrectedSuccession]? = nil) {
        self.runID = runID
        self.revision = revision
        self.documentNumber = documentNumber
        self.publishedOn = publishedOn
        self.withdrawnSuccessions = withdrawnSuccessions
    }
}

/// Something that happened to a published record after it was issued (R-22b), for the dated
/// "后续处理情况（截至 D）" section. `when` is an ISO day or instant, so events sort as text.
public struct SubsequentEvent: Sendable, Hashable, Codable {
    public var when: String
    public var areaCode: String?
    public var text: Bilingual

    public init(when: String, areaCode: String?, text: Bilingual) {
        self.when = when
        self.areaCode = areaCode
        self.text = text
    }
}

/// One progress entry of a stronger-accountability decision: what was done, when, under which
/// document. Entries are appended, never changed; the newest is the decision's current state.
public struct AccountabilityUpdate: Sendable, Hashable, Codable {
    public var id: Int64
    public var decisionID: Int64
    public var on: Day
    public var progress: String
    public var document: String?
    public var recordedAt: String
    public var recordedBy: String

    public init(id: Int64, decisionID: Int64, on: Day, progress: String, document: String?, recordedAt: String, recordedBy: String) {
        self.id = id
        self.decisionID = decisionID
        self.on = on
        self.progress = progress
        self.document = document
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
    }
}
