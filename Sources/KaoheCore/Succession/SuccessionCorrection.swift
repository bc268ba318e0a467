/// A succession withdrawn as a correction of published results, as a correcting revision's notice names it
/// (本通报替代……, R-22c, D-143).
///
/// Frozen into the issued record with the replaced publication, so the notice re-prints as issued (R-22b): the
/// units are named as they were called when the correction was published.
public struct CorrectedSuccession: Sendable, Hashable, Codable {
    /// The withdrawn succession's id.
    public var successionID: Int64
    public var predecessorCode: String
    public var predecessorName: String
    public var successorCode: String
    public var successorName: String
    /// The withdrawn succession's effective day and document (文号).
    public var effective: Day
    public var document: String
    /// The withdrawal's document (文号) and the first day the succession no longer carried consequences.
    public var withdrawalDocument: String
    public var withdrawnOn: Day

    public init(
        successionID: Int64, predecessorCode: String, predecessorName: String, successorCode: String, successorName: String, effective: Day,
        document: String, withdrawalDocument: String, withdrawnOn: Day
    ) {
        self.successionID = successionID
        self.predecessorCode = predecessorCode
        self.predecessorName = predecessorName
        self.successorCode = successorCode
        self.successorName = successorName
        self.effective = effective
        self.document = document
        self.withdrawalDocument = withdrawalDocument
        self.withdrawnOn = withdrawnOn
    }
}

/// A published year whose succession was withdrawn as a correction and that awaits its correcting revision
/// (待更正, D-143), as every list of published results notes it (issue 21, D-159).
///
/// Set from the stored withdrawal until a newer revision of the same year and kind is published; never frozen
/// into an issued record (R-22b: the notice re-prints as issued).
public struct AwaitingCorrection: Sendable, Hashable {
    /// The withdrawn succession's id and its two units' codes.
    public var successionID: Int64
    public var predecessorCode: String
    public var successorCode: String
    /// The published revision that relied on it: its run, year, kind, revision number and document (文号).
    public var runID: Int64
    public var year: Int
    public var kind: AssessmentKind
    public var revision: Int
    public var document: String
    /// The withdrawal's document (文号).
    public var withdrawalDocument: String

    public init(
        successionID: Int64, predecessorCode: String, successorCode: String, runID: Int64, year: Int, kind: AssessmentKind, revision: Int,
        document: String, withdrawalDocument: String
    ) {
        self.successionID = successionID
        self.predecessorCode = predecessorCode
        self.successorCode = successorCode
        self.runID = runID
        self.year = year
        self.kind = kind
        self.revision = revision
        self.document = document
        self.withdrawalDocument = withdrawalDocument
    }

    /// Whether the unit is the succession's predecessor or successor.
    public func concerns(unit code: String) -> Bool { predecessorCode == code || successorCode == code }
}
