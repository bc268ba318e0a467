import Foundation

/// One stored run of the assessment of a year: the rule set, the inputs used and the results.
///
/// Runs are drafts until published; a published run never changes, and assessing the year again makes a
/// new revision.
public struct AssessmentRun: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable, Codable { case draft, published }

    public var id: Int64
    public var year: Int
    public var kind: AssessmentKind
    /// 1, 2, … per (year, kind).
    public var revision: Int
    public var ruleSetName: String
    /// SHA-256 of the rule set's text, lowercase hex.
    public var ruleSetHash: String
    public var ruleSetText: String
    public var createdAt: String
    public var status: Status
    public var publishedOn: Day?
    /// 文号 of the document that published the result.
    public var documentNumber: String?
    public var inputs: [UnitInput]
    public var results: [UnitAssessment]

    public init(
        id: Int64, year: Int, kind: AssessmentKind, revision: Int, ruleSetName: String, ruleSetHash: String, ruleSetText: String,
        createdAt: String, status: Status, publishedOn: Day? = nil, documentNumber: String? = nil, inputs: [UnitInput],
        results: [UnitAssessment]
    ) {
        self.id = id
        self.year = year
        self.kind = kind
        self.revision = revision
        self.ruleSetName = ruleSetName
        self.ruleSetHash = ruleSetHash
        self.ruleSetText = ruleSetText
        self.createdAt = createdAt
        self.status = status
        self.publishedOn = publishedOn
        self.documentNumber = documentNumber
        self.inputs = inputs
        self.results = results
    }
}

/// What changed for one unit between two runs, and the input differences that explain it.
public struct UnitChange: Sendable, Hashable {
    public var areaCode: String
    public var name: String
    public var before: UnitAssessment?
    public var after: UnitAssessment?
    /// Each changed input or outcome, one line per language.
    public var reasons: [(zh: String, en: String)]

    public static func == (a: UnitChange, b: UnitChange) -> Bool {
        a.areaCode == b.areaCode && a.before == b.before && a.after == b.after
            && a.reasons.map(\.zh) == b.reasons.map(\.zh) && a.reasons.map(\.en) == b.reasons.map(\.en)
    }

    public func hash(into h: inout Hasher) { h.combine(areaCode) }
}

/// Compares two runs unit by unit (R-6 to R-18 inputs and results).
public enum RunDiff {
    /// The units whose result, grade, scores, flags or inputs differ between `old` and `new`, in code order.
    ///
    /// A changed rule set is given as a reason for each unit whose outcome changed; units whose outcome and
    /// inputs are the same are left out even when the explanation wording changed with the rule set.
    public static func compare(_ old: AssessmentRun, _ new: AssessmentRun) -> [UnitChange] {
        let oldResults = Dictionary(uniqueKeysWithValues: old.results.map { ($0.area.code, $0) })
        let newResults = Dictionary(uniqueKeysWithValues: new.results.map { ($0.area.code, $0) })
        let oldInputs = Dictionary(uniqueKeysWithValues: old.inputs.map { ($0.area.code, $0) })
        let newInputs = Dictionary(uniqueKeysWithValues: new.inputs.map { ($0.area.code, $0) })
        let rulesChanged = old.ruleSetHash != new.ruleSetHash
        var changes: [UnitChange] = []
        for code in Set(oldResults.keys).union(newResults.keys).sorted() {
            let a = oldResults[code], b = newResults[code]
            var reasons: [(zh: String, en: String)] = []
            let ia = oldInputs[code], ib = newInputs[code]
            if a == nil { reasons.append(RunDiffText.newlyAssessed) }
            if b == nil { reasons.append(RunDiffText.noLongerAssessed) }
            if let ia, let ib {
                if ia.current != ib.current { reasons.append(RunDiffText.current(ia.current, ib.current)) }
                if ia.previous != ib.previous { reasons.append(RunDiffText.previous(ia.previous, ib.previous)) }
                if ia.annualTarget != ib.annualTarget { reasons.append(RunDiffText.annualTarget(ia.annualTarget, ib.annualTarget)) }
                if ia.finalTarget != ib.finalTarget { reasons.append(RunDiffText.finalTarget(ia.finalTarget, ib.finalTarget)) }
                if ia.keyTasks != ib.keyTasks {
                    let a = Dictionary(ia.keyTasks.map { ($0.code, $0) }) { x, _ in x }
                    let b = Dictionary(ib.keyTasks.map { ($0.code, $0) }) { x, _ in x }
                    let codes = Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted { $0.compare($1, options: .numeric) == .orderedAscending }
                    reasons.append(RunDiffText.keyTasks(codes.map { ($0, a[$0], b[$0]) }))
                }
                if ia.falsificationReference != ib.falsificationReference {
                    reasons.append(RunDiffText.falsification(ia.falsificationReference, ib.falsificationReference))
                }
                if ia.report != ib.report || ia.reportCorrectedOn != ib.reportCorrectedOn { reasons.append(RunDiffText.receipt(ia, ib)) }
            }
            let outcomeChanged = a?.grade != b?.grade || a?.resultScore != b?.resultScore || a?.qualityScore != b?.qualityScore
                || a?.keyTaskScore != b?.keyTaskScore || a?.flags != b?.flags
            if rulesChanged, a != nil, b != nil, outcomeChanged {
                reasons.append(RunDiffText.ruleSet(
                    old: "\(old.ruleSetName) (\(old.ruleSetHash.prefix(12)))", new: "\(new.ruleSetName) (\(new.ruleSetHash.prefix(12)))"))
            }
            guard outcomeChanged || !reasons.isEmpty else { continue }
            changes.append(UnitChange(areaCode: code, name: (b ?? a)!.area.name, before: a, after: b, reasons: reasons))
        }
        return changes
    }
}
