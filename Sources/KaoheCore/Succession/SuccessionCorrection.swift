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
