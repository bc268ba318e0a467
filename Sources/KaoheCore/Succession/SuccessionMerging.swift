import Foundation

/// Resolves merges and splits in an assessed year (issue 21, D-104 and D-105).
///
/// A merge's successor, without targets of its own, is given a base and final target made from its
/// predecessors': the weighted mean of their bases, and a 浓度限值 at the weighted mean of the concentrations
/// their final targets require; its previous-year concentration is the weighted mean of theirs
/// . The weights are the rule set's choice (`MergeWeighting`, plain by default). The mean base and previous
/// year are concentrations, rounded like any (whole μg/m³ by default, GB/T 8170, R-11); the mean ceilings are
/// kept to one place more, like the required concentration. A split's successors each
/// take the predecessor's targets and previous year, unless the succession file gives their own base or
/// previous year, or they have their own targets or data.
public enum SuccessionMerging {
    /// The records being resolved, by code, in snapshot order, with what was inherited so far.
    struct State {
        var byCode: [String: UnitRecord]
        var order: [String]
        var inherited: [SuccessionResolution.Inheritance] = []

        init(records: [UnitRecord]) {
            byCode = Dictionary(records.map { ($0.area.code, $0) }, uniquingKeysWith: { a, _ in a })
            order = records.map(\.area.code)
        }

        mutating func remove(_ code: String) {
            byCode[code] = nil
            order.removeAll { $0 == code }
        }
    }

    /// The concentration a target asks for in the end, μg/m³ exact: base × (1 − p/100), base − a, the ceiling
    /// (the base when the ceiling is at or above it, R-8 revised), or the base for continuous improvement.
    public static func requiredConcentration(_ t: Target) -> Decimal {
        let v = t.value ?? 0
        switch t.kind {
        case .percentDecline: return t.baseConcentration - t.baseConcentration * v / 100
        case .absoluteReduction: return t.baseConcentration - v
        case .ceiling: return min(v, t.baseConcentration)
        case .continuousImprovement: return t.baseConcentration
        }
    }

    /// Σ wᵢ·xᵢ ÷ Σ wᵢ, exact.
    public static func exactMean(_ values: [Decimal], weights: [Decimal]) -> Decimal {
        zip(values, weights).reduce(Decimal(0)) { $0 + $1.0 * $1.1 } / weights.reduce(0, +)
    }

    /// Σ wᵢ·xᵢ ÷ Σ wᵢ, exact, then rounded to `places` (GB/T 8170).
    public static func mean(_ values: [Decimal], weights: [Decimal], places: Int) -> Decimal {
        GBRounding.round(exactMean(values, weights: weights), places: places)
    }

    /// The working of a mean, e.g. "(95 + 84) ÷ 2 = 89.5 → 90" or "(95 × 3 + 84 × 1) ÷ 4 = 92.25 → 92".
    static func working(_ values: [Decimal], weights: [Decimal], result: Decimal, plain: Bool) -> String {
        let n = GBRounding.display
        let exact = exactMean(values, weights: weights)
        let shown = exact == result ? n(result, 4) : "\(n(exact, 4)) → \(n(result, 4))"
        if plain { return "(\(values.map { n($0, 4) }.joined(separator: " + "))) ÷ \(values.count) = \(shown)" }
        let terms = zip(values, weights).map { "\(n($0.0, 4)) × \(n($0.1, 4))" }.joined(separator: " + ")
        return "(\(terms)) ÷ \(n(weights.reduce(0, +), 4)) = \(shown)"
    }


    // MARK: merge

    /// Resolves one merge: `rows` name one successor and each of its predecessors.
    ///
    /// Throws when the rule set weights by recorded weights and one is missing, or when the successor has no
    /// targets of its own and its predecessors' final targets cannot be averaged (a predecessor without one,
    /// or different pollutants or base years): the bureau then imports the successor's own targets.
    static func merge(_ rows: [Succession], year: Int, weighting: MergeWeighting, places: Int, in state: inout State) throws(Refusal) {
        let first = rows[0]
        let present = rows.filter { state.byCode[$0.predecessor] != nil }
        guard var new = state.byCode[first.successor], !present.isEmpty else { return }
        let olds = present.map { state.byCode[$0.predecessor]! }
        let plain = weighting == .plain
        var weights: [Decimal] = []
        for r in present {
            if plain { weights.append(1); continue }
            guard let w = r.weight, w > 0 else {
                throw Refusal(SuccessionMergeRefusal.weightMissing(predecessor: r.predecessor, successor: r.successor, document: r.document))
            }
            weights.append(w)
        }
        let how = SuccessionDetails.mean(plain: plain, weights: weights.map { GBRounding.display($0, maxPlaces: 4) })
        var details: [Bilingual] = []
        let takeTargets = new.targets.isEmpty
        if takeTargets {
            new.targets = try mergedTargets(olds, successor: new.area, weights: weights, places: places, plain: plain, how: how, details: &details)
        }
        let pollutant = new.targets.first?.pollutant ?? olds[0].targets.first?.pollutant ?? .pm10
        var takePrevious = false
        if new.previousSummary == nil && new.previousMonitored == nil && new.previousOverride == nil {
            let values = olds.map { previous(of: $0, pollutant: pollutant, year: year) }
            if values.allSatisfy({ $0 != nil }) {
                let v = values.map { $0!.value }
                let m = mean(v, weights: weights, places: places)
                let parts = zip(olds, values).map { ($0.0.area, $0.1!) }
                let source = SuccessionDetails.mergedPreviousSource(year: year, how: how)
                new.previousOverride = SourcedConcentration(m, source: source.zh, sourceEn: source.en)
                details.append(SuccessionDetails.mergedPrevious(
                    working: working(v, weights: weights, result: m, plain: plain), how: how, places: places,
                    parts: parts.map { SuccessionDetails.previousPart(
                        name: $0.0.name, value: GBRounding.display($0.1.value, maxPlaces: 4), source: $0.1.source, sourceEn: $0.1.sourceEn) }))
                takePrevious = true
            } else if values.contains(where: { $0 != nil }) {
                let missing = zip(olds, values).filter { $0.1 == nil }.map { SuccessionDetails.unit(name: $0.0.area.name, code: $0.0.area.code) }
                details.append(SuccessionDetails.previousNotInherited(missing: missing, year: year))
            }
        }
        state.byCode[first.successor] = new
        for o in olds { state.remove(o.area.code) }
        state.inherited.append(SuccessionResolution.Inheritance(
            successor: first.successor, predecessors: olds.map(\.area), succession: first, targets: takeTargets, previous: takePrevious,
            current: false, details: details))
    }

    /// The previous-year concentration of a unit, with its source: monitoring when valid, else its report.
    static func previous(of unit: UnitRecord, pollutant: Pollutant, year: Int) -> SourcedConcentration? {
        unit.previousOverride ?? AssessmentInputs.concentration(
            monitored: unit.previousMonitored, reported: unit.previousSummary?.annualMean(of: pollutant),
            submitted: unit.previousSummary?.submittedOn, year: year - 1)
    }

    /// A merge successor's targets from its predecessors': base and final ceiling as weighted means, and an
    /// annual ceiling for each year every predecessor has an explicit target for.
    static func mergedTargets(
        _ olds: [UnitRecord], successor: Area, weights: [Decimal], places: Int, plain: Bool, how: Bilingual, details: inout [Bilingual]
    ) throws(Refusal) -> [Target] {
        var finals: [Target] = []
        for o in olds {
            guard let f = o.targets.first(where: \.isFinal) else {
                throw Refusal(SuccessionMergeRefusal.predecessorWithoutFinalTarget(
                    successorName: successor.name, successorCode: successor.code, predecessorName: o.area.name, predecessorCode: o.area.code))
            }
            finals.append(f)
        }
        let f0 = finals[0]
        if let odd = finals.first(where: { $0.pollutant != f0.pollutant || $0.baseYear != f0.baseYear }) {
            throw Refusal(SuccessionMergeRefusal.finalTargetsDiffer(successorName: successor.name, successorCode: successor.code, odd: odd.areaCode))
        }
        let bases = finals.map(\.baseConcentration)
        let base = mean(bases, weights: weights, places: places)
        let required = finals.map(requiredConcentration)
        let ceiling = mean(required, weights: weights, places: places + 1)
        let finalYear = finals.map(\.year).max()!
        var targets = [Target(areaCode: successor.code, year: finalYear, pollutant: f0.pollutant, baseYear: f0.baseYear,
                              baseConcentration: base, kind: .ceiling, value: ceiling, isFinal: true)]
        let names = olds.map { "\($0.area.name) \(GBRounding.display($0.targets.first(where: \.isFinal)!.baseConcentration, maxPlaces: 4))" }
        details.append(SuccessionDetails.mergedBase(working: working(bases, weights: weights, result: base, plain: plain), how: how, places: places, names: names))
        details.append(SuccessionDetails.mergedFinal(working: working(required, weights: weights, result: ceiling, plain: plain), how: how, finalYear: finalYear))
        let years = Set(olds[0].targets.filter { !$0.isFinal && $0.pollutant == f0.pollutant }.map(\.year)).sorted()
        for y in years {
            let annual = olds.compactMap { o in o.targets.first { !$0.isFinal && $0.year == y && $0.pollutant == f0.pollutant } }
            guard annual.count == olds.count else { continue }
            let r = annual.map(requiredConcentration)
            let c = mean(r, weights: weights, places: places + 1)
            targets.append(Target(areaCode: successor.code, year: y, pollutant: f0.pollutant, baseYear: f0.baseYear,
                                  baseConcentration: base, kind: .ceiling, value: c, isFinal: false))
            details.append(SuccessionDetails.mergedAnnual(year: y, working: working(r, weights: weights, result: c, plain: plain)))
        }
        return targets
    }

    // MARK: split

    /// Resolves one split: `rows` name one predecessor and each of its successors.
    static func split(_ rows: [Succession], year: Int, in state: inout State) {
        guard let old = state.byCode[rows[0].predecessor] else { return }
        let pollutant = old.targets.first?.pollutant
        for s in rows {
            guard var new = state.byCode[s.successor] else { continue }
            var details: [Bilingual] = []
            let takeTargets = new.targets.isEmpty
            if takeTargets {
                new.targets = old.targets.map { var t = $0; t.areaCode = new.area.code; if let b = s.ownBase { t.baseConcentration = b }; return t }
                if let b = s.ownBase {
                    let d = GBRounding.display(b, maxPlaces: 4)
                    details.append(SuccessionDetails.ownBase(value: d, document: s.document, formFrom: old.area.name))
                }
            }
            let samePollutant = new.targets.first?.pollutant == nil || pollutant == nil || new.targets.first?.pollutant == pollutant
            var takePrevious = false
            if new.previousSummary == nil && new.previousMonitored == nil && new.previousOverride == nil {
                if let p = s.ownPrevious, year == s.firstYearOfSuccessor {
                    let source = SuccessionDetails.ownPreviousSource(year: year, document: s.document)
                    new.previousOverride = SourcedConcentration(p, source: source.zh, sourceEn: source.en)
                    details.append(SuccessionDetails.ownPrevious(value: GBRounding.display(p, maxPlaces: 4)))
                } else if samePollutant, old.previousSummary != nil || old.previousMonitored != nil || old.previousOverride != nil {
                    new.previousSummary = old.previousSummary
                    new.previousMonitored = old.previousMonitored
                    new.previousOverride = old.previousOverride
                    takePrevious = true
                }
            }
            state.byCode[s.successor] = new
            state.inherited.append(SuccessionResolution.Inheritance(
                successor: s.successor, predecessors: [old.area], succession: s, targets: takeTargets, previous: takePrevious, current: false,
                details: details))
        }
        state.remove(old.area.code)
    }
}
