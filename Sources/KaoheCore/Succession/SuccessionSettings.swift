import Foundation

/// How a merge's successor averages its predecessors' figures (issue 21).
public enum MergeWeighting: String, Sendable, Hashable, CaseIterable {
    /// The plain mean of the predecessors: a default of this tool.
    case plain
    /// The mean weighted by the weight recorded with each predecessor's succession (e.g. its population).
    case recorded
}

/// What an import does with a unit code that was succeeded before the day the imported row is for (issue 21).
public enum OldCodePolicy: String, Sendable, Hashable, CaseIterable {
    /// The row is kept under the old code and a warning names the successor (the successor carries it).
    case warn
    /// The import is refused, naming the successor to use instead.
    case refuse
}

/// The rule set's `[succession]` settings; both are defaults of this tool unless the city adopts them.
public struct SuccessionSettings: Sendable, Hashable {
    public var mergeWeighting: MergeWeighting
    public var oldCodes: OldCodePolicy

    public init(mergeWeighting: MergeWeighting = .plain, oldCodes: OldCodePolicy = .warn) {
        self.mergeWeighting = mergeWeighting
        self.oldCodes = oldCodes
    }
}
