/// Whether a summons follows an annual failure or a final one.
public enum SummonsKind: String, Sendable, Hashable, CaseIterable, Codable {
    case annual, final
}

/// Where a summons (约谈) stands: 待约谈 → 已约谈 → 整改中 → 已整改销号, or 已撤销 when a corrected
/// publication clears the unit (R-22c).
public enum SummonsStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// 待约谈: created when the failing result is published.
    case planned
    /// 已约谈: took place on `heldOn`.
    case held
    /// 整改中: held, rectification due on `rectificationDue`.
    case rectifying
    /// 已整改销号: rectification accepted and the summons closed on `closedOn`.
    case closed
    /// 已撤销: withdrawn because a later published revision clears the unit (R-22c).
    case withdrawn

    /// Whether the summons is finished: closed or withdrawn, nothing more can happen to it.
    public var isFinished: Bool { self == .closed || self == .withdrawn }
}

/// What a failing grade in a published run sets in motion for one unit.
///
/// Every failing unit gets a summons and an approval freeze; a final failure also gets the decision to
/// increase accountability (加大问责力度), and its summons is of the principal leaders, not of the
/// responsible persons.
public struct UnitConsequences: Sendable, Hashable {
    public var area: Area
    public var grade: Grade
    public var kind: AssessmentKind
    /// Whom the city summons (约谈对象).
    public var summonsee: Bilingual
    /// The freeze starts on the publication date of the result (R-22, a default of this tool).
    public var freezeStartsOn: Day
    public var freezeTerms: FreezeSettings
    /// The stronger-accountability decision of a final failure; nil for an annual failure.
    public var accountability: Bilingual?
    /// The rule ids the consequences rest on.
    public var ruleIDs: [String]

    public var summonsKind: SummonsKind { kind == .final ? .final : .annual }
}

/// The consequences of published results: pure rules, no storage.
public enum Consequences {
    /// Whether a result counts as a failure under the rule set (its grade is one of `failingGrades`).
    public static func fails(_ result: UnitAssessment, rules: RuleSet) -> Bool {
        guard let grade = result.grade else { return false }
        return rules.failingGrades.contains(grade)
    }

    /// Whether a result counts as passing: graded, and not failing. An ungraded unit neither fails nor passes.
    public static func passes(_ result: UnitAssessment, rules: RuleSet) -> Bool {
        result.grade != nil && !fails(result, rules: rules)
    }

    /// The consequences for each failing unit of `run`, in code order; empty for an unpublished run.
    public static func of(_ run: AssessmentRun, rules: RuleSet) -> [UnitConsequences] {
        guard run.status == .published, let day = run.publishedOn else { return [] }
        let failing: [UnitAssessment] = run.results.filter { fails($0, rules: rules) }.sorted { $0.area.code < $1.area.code }
        let isFinal = run.kind == .final
        let ruleIDs: [String] = isFinal ? ["R-21", "R-22"] : ["R-19", "R-22"]
        var out: [UnitConsequences] = []
        for r in failing {
            let decision: Bilingual? = isFinal ? accountability(r.area) : nil
            out.append(
                UnitConsequences(
                    area: r.area, grade: r.grade ?? .fail, kind: run.kind, summonsee: summonsee(r.area, kind: run.kind),
                    freezeStartsOn: day, freezeTerms: rules.freeze, accountability: decision, ruleIDs: ruleIDs))
        }
        return out
    }
}
