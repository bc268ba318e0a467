import Foundation

/// How one administrative unit came to be replaced by another (issue 21).
///
/// A rename keeps the code's history under a new name; a recode gives the unit a new code (安县 510724 →
/// 安州区 510705); a merge joins several predecessors into one successor; a split divides one predecessor
/// into several successors. The kind decides which shapes are allowed (see `SuccessionRules`).
public enum SuccessionKind: String, Sendable, Codable, CaseIterable {
    case rename, recode, merge, split
}

/// One recorded succession: from `effective` on, `successor` carries what `predecessor` had (issue 21).
///
/// Kept with history and never deleted; `effective` is the first day the predecessor no longer exists.
public struct Succession: Sendable, Equatable, Codable {
    /// The unit that ceased to exist (its code).
    public var predecessor: String
    /// The unit that carries on (its code).
    public var successor: String
    /// The first day on which the successor exists in the predecessor's place.
    public var effective: Day
    /// The document (文号) that made the change.
    public var document: String
    public var kind: SuccessionKind
    /// A merge's weight of this predecessor (e.g. its population), used when the rule set weights the mean by
    /// recorded weights (`MergeWeighting.recorded`); nil when none was given.
    public var weight: Decimal?
    /// A split successor's own base concentration C_base, μg/m³, when the succession file gives one.
    public var ownBase: Decimal?
    /// A split successor's own previous-year concentration, μg/m³, when the succession file gives one.
    public var ownPrevious: Decimal?
    /// The first day the succession no longer carries consequences, when it was withdrawn as a correction of a
    /// published result (D-143): before it, freezes and summonses are still read as carried through it (R-22, history
    /// stays as applied then). Nil for a succession in force; never set on one `assess` applies.
    public var withdrawnOn: Day? = nil

    public init(
        predecessor: String, successor: String, effective: Day, document: String, kind: SuccessionKind,
        weight: Decimal? = nil, ownBase: Decimal? = nil, ownPrevious: Decimal? = nil, withdrawnOn: Day? = nil
    ) {
        self.predecessor = predecessor
        self.successor = successor
        self.effective = effective
        self.document = document
        self.kind = kind
        self.weight = weight
        self.ownBase = ownBase
        self.ownPrevious = ownPrevious
        self.withdrawnOn = withdrawnOn
    }

    /// Whether the succession carries consequences on `day` (now, after every withdrawal, when nil): from its
    /// effective day on, until the day a correction withdrew it (D-106, D-143).
    public func carries(on day: Day?) -> Bool {
        guard let day else { return withdrawnOn == nil }
        return effective <= day && withdrawnOn.map { day < $0 } ?? true
    }

    /// The first assessed year in which the successor stands in the predecessor's place: the year of the
    /// effective day, since the unit that exists at the year's end reports for it [default] (D-61).
    public var firstYearOfSuccessor: Int { effective.year }
}
