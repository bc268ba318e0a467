/// A finding of falsified monitoring data as the assessor recorded it, with its removal when there
/// is one. Recorded with a reference (document number or note), never inferred by the tool.
public struct FalsificationFinding: Sendable, Hashable, Codable {
    public var id: Int64
    public var areaCode: String
    public var year: Int
    /// The assessor's document number or note.
    public var reference: String
    /// ISO 8601 UTC instant.
    public var recordedAt: String
    public var removedAt: String?
    public var removalReference: String?

    public init(
        id: Int64, areaCode: String, year: Int, reference: String, recordedAt: String, removedAt: String? = nil,
        removalReference: String? = nil
    ) {
        self.id = id
        self.areaCode = areaCode
        self.year = year
        self.reference = reference
        self.recordedAt = recordedAt
        self.removedAt = removedAt
        self.removalReference = removalReference
    }
}
