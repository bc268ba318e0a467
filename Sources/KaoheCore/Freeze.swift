import Foundation

/// How a freeze was closed: by a recorded decision, or by the unit passing a later annual assessment.
public struct FreezeLift: Sendable, Hashable, Codable {
    /// The first day the freeze is no longer in force.
    public var on: Day
    /// 文号 of the lifting decision, or of the publication of the passing run.
    public var document: String?
    public var reason: String
    /// The passing run that lifted the freeze, when it was lifted by a pass.
    public var byRunID: Int64?
    /// Whether the lift was recorded before the minimum duration had elapsed, by force.
    public var forced: Bool

    public init(on: Day, document: String?, reason: String, byRunID: Int64? = nil, forced: Bool = false) {
        self.on = on
        self.document = document
        self.reason = reason
        self.byRunID = byRunID
        self.forced = forced
    }
}

/// An approval freeze (暂停新增大气污染物排放建设项目环评审批) on one unit (R-19(b), R-21, R-22).
///
/// It is in force from `startedOn` (inclusive) to `lift.on` (exclusive). Its terms — minimum duration and
/// whether a later pass lifts it — are those of the rule set that scored the failing run, copied onto the
/// freeze when it is created, so a later change of rule set does not rewrite an earlier freeze.
public struct Freeze: Sendable, Hashable, Codable {
    public var id: Int64
    public var area: Area
    public var runID: Int64
    /// The assessed year of the failing run.
    public var year: Int
    public var kind: AssessmentKind
    /// 文号 of the document that published the failing result.
    public var document: String
    public var startedOn: Day
    public var terms: FreezeSettings
    public var lift: FreezeLift?
    /// The unit that carries this freeze after a rename or recode of `area`, and from which day (issue 21);
    /// nil while `area` itself still exists. Set when read, never stored.
    public var heldBy: Area?
    public var heldSince: Day?

    public init(
        id: Int64, area: Area, runID: Int64, year: Int, kind: AssessmentKind, document: String, startedOn: Day, terms: FreezeSettings,
        lift: FreezeLift? = nil
    ) {
        self.id = id
        self.area = area
        self.runID = runID
        self.year = year
        self.kind = kind
        self.document = document
        self.startedOn = startedOn
        self.terms = terms
        self.lift = lift
    }

    /// Whether the freeze is in force on `day`: started on or before it and not lifted on or before it.
    public func isInForce(on day: Day) -> Bool {
        guard startedOn <= day else { return false }
        guard let lift else { return true }
        return day < lift.on
    }

    /// Whole days from the start to `day`, or to the lift when that is earlier; 0 on the first day.
    public func daysInForce(on day: Day) -> Int {
        max(0, startedOn.days(to: min(day, lift?.on ?? day)))
    }

    /// The first day a recorded decision may lift the freeze without force (R-22, a default).
    ///
    /// A duration that would run past 9999-12-31 ends there: rule sets bound it far below that, and stored
    /// terms must never trap (issue 12 item 12).
    public var earliestLift: Day { startedOn.adding(checkedDays: terms.minimumDays) ?? (terms.minimumDays < 0 ? startedOn : Day.last) }
}

/// The rules for ending freezes (R-22; the whole of R-22 is a default of this tool, not an official rule).
public enum FreezeLifting {
    /// The lift a recorded decision makes, or why it is refused.
    ///
    /// Refused when the freeze is already lifted, when `day` is before the freeze started, when the reason
    /// or document is empty, and before the minimum duration unless `force` is given with a reason.
    public static func decide(
        _ freeze: Freeze, on day: Day, document: String, reason: String, force: Bool
    ) -> Result<FreezeLift, Refusal> {
        let name = "\(freeze.area.code) \(freeze.area.name)"
        if let lift = freeze.lift {
            return .failure(Refusal(FreezeLiftRefusal.alreadyLifted(unit: name, startedOn: freeze.startedOn, liftedOn: lift.on)))
        }
        if day < freeze.startedOn {
            return .failure(Refusal(FreezeLiftRefusal.beforeStart(day: day, unit: name, startedOn: freeze.startedOn)))
        }
        if document.trimmed.isEmpty { return .failure(Refusal(FreezeLiftRefusal.documentMissing)) }
        if reason.trimmed.isEmpty { return .failure(Refusal(FreezeLiftRefusal.reasonMissing)) }
        if day < freeze.earliestLift && !force {
            return .failure(Refusal(FreezeLiftRefusal.beforeMinimumDuration(
                unit: name, startedOn: freeze.startedOn, minimumDays: freeze.terms.minimumDays, earliestLift: freeze.earliestLift)))
        }
        return .success(FreezeLift(on: day, document: document, reason: reason, forced: day < freeze.earliestLift))
    }

    /// The freezes that publishing `run` lifts because the unit passes a later annual assessment.
    ///
    /// Only freezes whose terms say a pass lifts them, of an earlier assessed year, still open; the lift
    /// takes effect on the publication date, or at the end of the minimum duration when that is later.
    public static func liftedByPass(_ open: [Freeze], run: AssessmentRun, rules: RuleSet) -> [(freeze: Freeze, lift: FreezeLift)] {
        guard run.kind == .annual, run.status == .published, let published = run.publishedOn else { return [] }
        let passing: Set<String> = Set(run.results.filter { Consequences.passes($0, rules: rules) }.map(\.area.code))
        var out: [(freeze: Freeze, lift: FreezeLift)] = []
        for f in open where f.lift == nil && f.terms.liftedByPassingAnnual && f.year < run.year && passing.contains(f.area.code) {
            let grade: String = run.results.first { $0.area.code == f.area.code }?.grade?.rawValue ?? ""
            let reason = FreezeText.liftedByPass(year: run.year, grade: grade, runID: run.id)
            let on: Day = max(published, f.earliestLift)
            out.append((f, FreezeLift(on: on, document: run.documentNumber, reason: reason, byRunID: run.id)))
        }
        return out
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
