/// Stored consequences as values: what the store returns and the reports render.

/// A summons (约谈) as recorded: created when a failing result is published, amended when it is held.
public struct Summons: Sendable, Hashable, Codable {
    public var id: Int64
    public var area: Area
    public var runID: Int64
    /// The assessed year of the failing run.
    public var year: Int
    /// 文号 of the document that published the failing result.
    public var document: String
    public var whom: Bilingual
    public var kind: SummonsKind
    public var status: SummonsStatus
    public var heldOn: Day?
    public var rectificationDue: Day?
    public var notes: String?
    /// The day the summons was closed (已整改销号) or withdrawn (已撤销).
    public var closedOn: Day?
    /// 文号 of the decision that withdrew the summons: the correcting publication (R-22c).
    public var decisionDocument: String?
    public var createdAt: String
    /// How many amendments are on record.
    public var amendmentCount: Int
    /// The unit that carries this open summons after a rename or recode of `area`, and from which day (issue
    /// 21); nil while `area` itself still exists or once the summons is closed. Set when read, never stored.
    public var heldBy: Area?
    public var heldSince: Day?

    public init(id: Int64, area: Area, runID: Int64, year: Int, document: String, whom: Bilingual, kind: SummonsKind, status: SummonsStatus, heldOn: Day?, rectificationDue: Day?, notes: String?, createdAt: String, amendmentCount: Int,
        closedOn: Day? = nil, decisionDocument: String? = nil
    ) {
        self.closedOn = closedOn
        self.decisionDocument = decisionDocument
        self.id = id
        self.area = area
        self.runID = runID
        self.year = year
        self.document = document
        self.whom = whom
        self.kind = kind
        self.status = status
        self.heldOn = heldOn
        self.rectificationDue = rectificationDue
        self.notes = notes
        self.createdAt = createdAt
        self.amendmentCount = amendmentCount
    }
}

/// One changed field of one amendment of a summons: who changed it, when, from what to what.
public struct SummonsAmendment: Sendable, Hashable {
    public var id: Int64
    public var summonsID: Int64
    public var amendedAt: String
    public var amendedBy: String
    /// `status`, `held_on`, `rectification_due`, `notes`, `closed_on` or `decision_doc`.
    public var field: String
    public var oldValue: String?
    public var newValue: String?

    public init(id: Int64, summonsID: Int64, amendedAt: String, amendedBy: String, field: String, oldValue: String?, newValue: String?) {
        self.id = id
        self.summonsID = summonsID
        self.amendedAt = amendedAt
        self.amendedBy = amendedBy
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
    }
}

/// The stronger-accountability decision recorded for a unit that failed the final assessment.
public struct AccountabilityDecision: Sendable, Hashable {
    public var id: Int64
    public var area: Area
    public var runID: Int64
    public var document: String
    public var decision: Bilingual
    public var createdAt: String

    public init(id: Int64, area: Area, runID: Int64, document: String, decision: Bilingual, createdAt: String) {
        self.id = id
        self.area = area
        self.runID = runID
        self.document = document
        self.decision = decision
        self.createdAt = createdAt
    }
}

/// What publishing a run did: the run itself and the consequences it created or ended.
public struct PublishOutcome: Sendable, Hashable {
    /// The run as published: its grades, scores and flags, without inputs or explanation steps (D-171) — whole
    /// for the plan period's final assessment, whose issued plan-period view needs them.
    public var run: AssessmentRun
    public var summonses: [Summons]
    public var freezes: [Freeze]
    public var decisions: [AccountabilityDecision]
    /// Freezes closed because the unit passed this (later, annual) assessment.
    public var lifted: [Freeze]
    /// Failing units left alone because an earlier published revision of the same year and kind already
    /// created their consequences.
    public var alreadyRecorded: [Area]
    /// The earlier published revision this one supersedes (R-22c).
    public var replaces: ReplacedPublication?
    /// Summonses withdrawn (已撤销) because this revision clears their unit (R-22c).
    public var withdrawn: [Summons] = []
    /// Freezes lifted because this revision clears their unit (R-22c).
    public var liftedByCorrection: [Freeze] = []
    /// Units failing only for "no report, no data", listed at publication (R-22a).
    public var noData: [Area] = []

    public init(run: AssessmentRun, summonses: [Summons], freezes: [Freeze], decisions: [AccountabilityDecision], lifted: [Freeze], alreadyRecorded: [Area]) {
        self.run = run
        self.summonses = summonses
        self.freezes = freezes
        self.decisions = decisions
        self.lifted = lifted
        self.alreadyRecorded = alreadyRecorded
    }
}

/// One logged EIA question and its answer.
public struct EIALogEntry: Sendable, Hashable {
    public var id: Int64
    public var askedAt: String
    public var areaCode: String
    public var category: ProjectCategory
    public var project: String?
    public var day: Day
    public var allowed: Bool
    public var ground: EIADecision.Ground
    public var freezeID: Int64?
    /// 文号 of the publication behind the freeze that decided the answer, when a freeze did.
    public var freezeDocument: String? = nil
    /// The day that freeze started.
    public var freezeSince: Day? = nil

    public init(id: Int64, askedAt: String, areaCode: String, category: ProjectCategory, project: String?, day: Day, allowed: Bool, ground: EIADecision.Ground, freezeID: Int64?) {
        self.id = id
        self.askedAt = askedAt
        self.areaCode = areaCode
        self.category = category
        self.project = project
        self.day = day
        self.allowed = allowed
        self.ground = ground
        self.freezeID = freezeID
    }
}

