import Foundation

/// The scoring engine: values and a rule set in, results with their explanation out.
public enum Scoring {
    /// Assesses each input independently.
    public static func assess(_ inputs: [UnitInput], rules: RuleSet) -> [UnitAssessment] {
        let prepared = Prepared(rules)
        return inputs.map { assess($0, prepared: prepared) }
    }

    /// Assesses one unit for one year.
    public static func assess(_ input: UnitInput, rules: RuleSet) -> UnitAssessment {
        assess(input, prepared: Prepared(rules))
    }

    /// Assesses one unit for one year with what was derived from the rule set once (`Prepared`).
    public static func assess(_ input: UnitInput, prepared: Prepared) -> UnitAssessment {
        var engine = Engine(input: input, rules: prepared.rules, keyTasks: prepared)
        return engine.run()
    }
}

/// The requirement for the assessed year after R-8: which target, and the reduction it asks for.
private struct Requirement {
    var target: Target
    /// Share of the final target, nil when the target applies directly.
    var share: Decimal?
    /// Rounded base concentration, μg/m³.
    var base: Decimal
    /// Required reduction from the base, μg/m³, exact.
    var reduction: Decimal
}

private struct Engine {
    let input: UnitInput
    let rules: RuleSet
    var out: UnitAssessment
    var places: RoundingPlaces { rules.rounding }

    let keyTasks: Scoring.Prepared

    init(input: UnitInput, rules: RuleSet, keyTasks: Scoring.Prepared) {
        self.input = input
        self.rules = rules
        self.keyTasks = keyTasks
        out = UnitAssessment(area: input.area, year: input.year, kind: input.kind, flags: [], steps: [])
    }

    mutating func step(_ ids: [String], _ text: Bilingual) { out.steps.append(ExplanationStep(ids, zh: text.zh, en: text.en)) }

    func tag(_ setting: RuleSetting) -> Bilingual { ScoringSteps.defaultTag(rules.isDefault(setting)) }

    func num(_ d: Decimal) -> String { GBRounding.display(d) }
    func conc(_ d: Decimal) -> String { GBRounding.fixed(d, places: places.concentration) }
    func score(_ d: Decimal) -> String { GBRounding.fixed(d, places: places.score) }
    func percent(_ fraction: Decimal) -> String { GBRounding.fixed(fraction * 100, places: places.declinePercent) + "%" }
    func percentExact(_ fraction: Decimal) -> String { num(fraction * 100) + "%" }
    /// The required concentration is shown with one decimal more than the concentrations (R-11 revised).
    var requiredPlaces: Int { places.concentration + 1 }
    func requiredConc(_ d: Decimal) -> String { GBRounding.fixed(d, places: requiredPlaces) }

    mutating func run() -> UnitAssessment {
        // R-5 (revised): the unit is assessed on the pollutant of its own targets, whatever the rule set's default.
        let pollutant = input.annualTarget?.pollutant ?? input.finalTarget?.pollutant ?? rules.pollutant
        let own = pollutant != rules.pollutant
        step(
            own ? ["R-1", "R-5"] : ["R-1"],
            ScoringSteps.subject(
                name: input.area.name, code: input.area.code, year: input.year, kind: input.kind, ruleSet: rules.name,
                pollutant: pollutant.rawValue, ruleSetPollutant: own ? rules.pollutant.rawValue : nil))
        guard let req = requirement() else {
            if let ref = input.falsificationReference {
                out.flags.append(.falsification(reference: ref))
                step(["R-17", "R-8a"], ScoringSteps.falsificationWithoutTarget(reference: ref))
            }
            return out
        }
        recordReport()
        compareWithMonitoring()
        let keyTasks = keyTaskScore()
        out.keyTaskScore = keyTasks

        guard let current = input.current else {
            out.flags.append(input.report == .notSubmitted ? .noReportNoData : .noConcentration)
            if input.report == .notSubmitted {
                step(["R-18"], ScoringSteps.noReportNoData(tag: tag(.noReportNoData)))
            } else {
                step(["R-18"], ScoringSteps.reportWithoutMean(year: input.year))
            }
            applyFalsification()
            out.grade = .fail
            return out
        }
        let quality = qualityScore(req: req, current: current)
        out.qualityScore = quality
        combine(quality: quality, keyTasks: keyTasks)
        grade()
        return out
    }

    // MARK, R-8a

    mutating func requirement() -> Requirement? {
        let year = input.year
        var target: Target?
        var share: Decimal?
        if input.kind == .final {
            target = input.finalTarget ?? input.annualTarget
            if let t = target {
                step(["R-1", "R-16"], ScoringSteps.finalTarget(describe(t)))
            }
        } else if let t = input.annualTarget {
            target = t
            step(["R-8"], ScoringSteps.explicitTarget(year: year, describe(t)))
        } else if let f = input.finalTarget, year > f.baseYear, year <= f.year {
            if let s = rules.annualShares[year] {
                target = f
                share = s
                step(["R-8"], ScoringSteps.shareOfFinal(year: year, share: percentExact(s), tag: tag(.annualShares), final: describe(f)))
            } else {
                step(["R-8", "R-8a"], ScoringSteps.noShare(year: year))
            }
        }
        guard let target else {
            step(["R-8a"], ScoringSteps.noTarget(year: year, tag: tag(.noTargetNotGraded)))
            return nil
        }
        let base = target.baseConcentration.roundedGB(places.concentration)
        step(["R-6", "R-11"], ScoringSteps.base(raw: num(target.baseConcentration), baseYear: target.baseYear, places: places.concentration, rounded: conc(base)))
        guard base > 0 else {
            // Imports refuse such a base; one stored earlier must not divide by zero (issue 12 item 11).
            step(["R-6"], ScoringSteps.baseRoundsToZero(tag: tag(.noTargetNotGraded)))
            return nil
        }
        let full = fullReduction(target, base: base)
        // R-8 (revised): a target at or above the base asks for no decline, never a negative one.
        var reduction = max(0, full.value)
        if let share {
            step(["R-8"], ScoringSteps.finalAsDecline(full.working, tag: tag(.shareDerivation)))
            let fullPart = max(0, full.value)
            reduction = share * fullPart
            step(["R-8"], ScoringSteps.annualShare(sharePercent: percentExact(share), share: num(share), fullReduction: num(fullPart), reduction: num(reduction)))
        } else {
            step(["R-7"], ScoringSteps.targetAsReduction(full.working))
        }
        let requiredExact = base - reduction
        let required = requiredExact.roundedGB(requiredPlaces)
        let decline = reduction / base
        out.requiredConcentration = required
        out.requiredDecline = decline
        out.requiredReduction = reduction
        out.requiredDeclinePercent = (decline * 100).roundedGB(places.declinePercent)
        step(
            ["R-7", "R-11"],
            ScoringSteps.requiredDecline(
                reduction: num(reduction), base: conc(base), exact: percentExact(decline), shown: percent(decline),
                requiredExact: num(requiredExact), required: requiredConc(required)))
        return Requirement(target: target, share: share, base: base, reduction: reduction)
    }

    /// The reduction from the base that a target asks for in full, μg/m³, with its working in both languages.
    func fullReduction(_ t: Target, base: Decimal) -> (value: Decimal, working: Bilingual) {
        let v = t.value ?? 0
        switch t.kind {
        case .percentDecline:
            let r = Scoring.hundredth(base * v)
            return (r, ScoringSteps.percentDecline(value: num(v), base: conc(base), reduction: num(r)))
        case .absoluteReduction:
            return (v, ScoringSteps.absoluteReduction(value: num(v), base: conc(base), decline: percentExact(v / base)))
        case .ceiling:
            let r = base - v
            if r <= 0 {
                // R-8 (revised): a ceiling at or above the base requires no decline; the base is the requirement.
                return (0, ScoringSteps.ceilingAboveBase(value: num(v), base: conc(base)))
            }
            return (r, ScoringSteps.ceiling(value: num(v), base: conc(base), reduction: num(r), decline: percentExact(r / base)))
        case .continuousImprovement:
            return (0, ScoringSteps.continuousImprovement)
        }
    }

    func describe(_ t: Target) -> Bilingual { ScoringSteps.target(t, value: t.value.map(num)) }

    // MARK

    mutating func recordReport() {
        switch input.report {
        case .notSubmitted:
            step(["R-3"], ScoringSteps.noReport(year: input.year))
        case .submitted(let day):
            let deadline = Day(year: input.year, month: 12, day: 31)!
            if day > deadline {
                out.flags.append(.lateReport(submittedOn: day))
                step(["R-3", "R-18"], ScoringSteps.lateReport(on: day, deadline: deadline))
            } else {
                step(["R-3"], ScoringSteps.reportOnTime(on: day))
            }
            if let corrected = input.reportCorrectedOn {
                step(["R-3"], ScoringSteps.correctedReport(on: corrected, first: day))
            }
        }
    }

    // MARK: R-26

    /// When the concentration comes from monitoring and the unit reported its own, compares the two.
    mutating func compareWithMonitoring() {
        guard let reported = input.reportedCurrent, let monitored = input.current?.value else { return }
        let d = Discrepancy(reported: reported, monitored: monitored, tolerance: rules.discrepancyTolerance, places: places.concentration)
        // Which is higher, by how much: never a signed difference (相差 -3).
        let gap = ScoringSteps.monitoredGap(d.difference == 0 ? 0 : d.monitored > d.reported ? 1 : -1, gap: num(abs(d.difference)))
        if d.isDiscrepancy { out.flags.append(.discrepancy(reported: d.reported, monitored: d.monitored)) }
        step(
            ["R-26"],
            ScoringSteps.monitoring(
                reported: conc(d.reported), monitored: conc(d.monitored), gap: gap, tolerance: num(rules.discrepancyTolerance),
                tag: tag(.discrepancyTolerance), discrepancy: d.isDiscrepancy))
    }

    // MARK

    mutating func qualityScore(req: Requirement, current: SourcedConcentration) -> Decimal {
        let cy = current.value.roundedGB(places.concentration)
        step(
            ["R-6", "R-11"],
            ScoringScoreSteps.current(
                year: input.year, raw: num(current.value), source: current.source, sourceEn: current.sourceEn,
                places: places.concentration, rounded: conc(cy)))
        let actual = (req.base - cy) / req.base
        out.actualDecline = actual
        out.actualDeclinePercent = (actual * 100).roundedGB(places.declinePercent)
        step(["R-6", "R-11"], ScoringScoreSteps.actualDecline(base: conc(req.base), current: conc(cy), exact: percentExact(actual), shown: percent(actual)))
        // R-11 (revised): reached when the exact actual decline is at least the exact required decline; both
        // share the denominator C_base, so this is (C_base − C_year) ≥ required reduction, with no rounding.
        let requiredDecline = out.requiredDecline!
        let reached = actual >= requiredDecline
        out.targetReached = reached
        step(
            ["R-11"],
            ScoringScoreSteps.compared(
                reached: reached, actual: percentExact(actual), required: percentExact(requiredDecline), actualShown: percent(actual),
                requiredShown: percent(requiredDecline), final: input.kind == .final))

        //
        var previous: SourcedConcentration?
        let firstYear = input.year == rules.baseYear + 1
        if firstYear {
            previous = SourcedConcentration(req.target.baseConcentration, source: ScoringScoreSteps.baseAsPreviousSource(baseYear: req.target.baseYear))
            out.previousIsBase = BaseAsPrevious(baseYear: req.target.baseYear, concentration: req.target.baseConcentration)
            step(["R-9"], ScoringScoreSteps.firstYear(year: input.year, baseYear: rules.baseYear))
        } else {
            previous = input.previous
        }
        var rising = false
        if let previous {
            let cp = previous.value.roundedGB(places.concentration)
            rising = cy > cp
            step(
                ["R-9", "R-11"],
                ScoringScoreSteps.previous(
                    raw: num(previous.value), source: previous.source, sourceEn: previous.sourceEn, baseYear: firstYear ? req.target.baseYear : nil,
                    rounded: conc(cp), current: conc(cy), rising: rising))
        } else {
            out.flags.append(.previousUnknown)
            step(["R-9"], ScoringScoreSteps.previousUnknown(year: input.year - 1, tag: tag(.previousUnknown)))
        }
        if rising {
            out.flags.append(.risingConcentration)
            step(["R-9"], ScoringScoreSteps.rose)
            return 0
        }
        let raw = formula(req: req, cy: cy, reached: reached)
        let rounded = raw.roundedGB(places.score)
        step(["R-11"], ScoringScoreSteps.qualityRounded(raw: num(raw), places: places.score, rounded: score(rounded)))
        return rounded
    }

    mutating func formula(req: Requirement, cy: Decimal, reached: Bool) -> Decimal {
        let t = tag(.qualityFormula)
        let achieved = req.base - cy
        switch rules.qualityFormula {
        case .proportional:
            if req.reduction <= 0 {
                let s: Decimal = reached ? 100 : 0
                step(["R-10"], ScoringScoreSteps.proportionalNoDecline(reached: reached, score: num(s), tag: t))
                return s
            }
            if reached {
                step(["R-10"], ScoringScoreSteps.proportionalReached(tag: t))
                return 100
            }
            let raw = max(0, 100 * achieved / req.reduction)
            step(
                ["R-10"],
                ScoringScoreSteps.proportional(
                    base: conc(req.base), current: conc(cy), reduction: num(req.reduction), value: num(100 * achieved / req.reduction),
                    floored: raw == 0, tag: t))
            return raw
        case .passPlusExcess(let pass, let excess):
            if !reached {
                if req.reduction <= 0 {
                    step(["R-10"], ScoringScoreSteps.passPlusExcessAbove(tag: t))
                    return 0
                }
                let value = pass * achieved / req.reduction
                let raw = max(0, value)
                step(
                    ["R-10"],
                    ScoringScoreSteps.passPlusExcessShort(
                        pass: num(pass), base: conc(req.base), current: conc(cy), reduction: num(req.reduction), value: num(value),
                        floored: raw == 0, tag: t))
                return raw
            }
            let finalReduction = input.finalTarget.map { fullReduction($0, base: req.base).value }
            guard let finalReduction, finalReduction > req.reduction else {
                step(["R-10"], ScoringScoreSteps.passPlusExcessFull(total: num(pass + excess), tag: t))
                return pass + excess
            }
            let beyond = achieved - req.reduction
            let value = pass + excess * beyond / (finalReduction - req.reduction)
            let raw = min(pass + excess, max(pass, value))
            step(
                ["R-10"],
                ScoringScoreSteps.passPlusExcess(
                    pass: num(pass), excess: num(excess), achieved: num(achieved), reduction: num(req.reduction),
                    finalReduction: num(finalReduction), value: num(value),
                    clamp: raw != value ? (num(pass), num(pass + excess), num(raw)) : nil, tag: t))
            return raw
        }
    }

    // MARK

    mutating func keyTaskScore() -> Decimal {
        // Each claim in the slot of its code, the last one of a code counting (as a dictionary keyed by code would
        // keep it); codes the rule set does not have, in the order claimed.
        var claims = [KeyTaskClaim?](repeating: nil, count: keyTasks.slots.count)
        var unknown: [String] = []
        for c in input.keyTasks {
            if let slot = keyTasks.slots[c.code] { claims[slot] = c } else { unknown.append(c.code) }
        }
        var terms: [Bilingual] = []
        terms.reserveCapacity(keyTasks.subIndicators.count)
        var missing: [String] = []
        var sum = ExactSum()
        for (sub, slot) in keyTasks.subIndicators {
            guard let claim = claims[slot] else {
                if sub.points > 0 { missing.append(sub.code) }
                continue
            }
            let value = claim.verifiedScore ?? claim.selfScore
            let verified = claim.verifiedScore != nil
            if value < 0 || value > sub.points {
                out.flags.append(.invalidKeyTaskScore(code: sub.code))
                terms.append(ScoringScoreSteps.keyTaskTerm(code: sub.code, verified: verified, value: num(value), invalidBeyond: num(sub.points)))
                continue
            }
            sum.add(value)
            terms.append(ScoringScoreSteps.keyTaskTerm(code: sub.code, verified: verified, value: num(value), invalidBeyond: nil))
        }
        let total = sum.value
        for code in unknown { out.flags.append(.unknownKeyTaskCode(code)) }
        let rounded = total.roundedGB(places.score)
        step(
            ["R-12", "R-13"],
            ScoringScoreSteps.keyTaskScore(terms: terms, total: num(total), rounded: score(rounded), missing: missing, unknown: unknown))
        return rounded
    }

    // MARK

    mutating func combine(quality: Decimal, keyTasks: Decimal) {
        if input.kind == .final {
            out.keyTaskRole = .notUsedInFinal
            out.resultScore = quality
            step(["R-14"], ScoringScoreSteps.finalQualityOnly(quality: score(quality), keyTasks: score(keyTasks)))
            return
        }
        switch rules.combination {
        case .qualityOnly:
            out.keyTaskRole = .evaluative
            out.resultScore = quality
            step(["R-14"], ScoringScoreSteps.qualityOnly(quality: score(quality), keyTasks: score(keyTasks)))
        case .lowerOfBoth:
            out.keyTaskRole = .counted
            let result = min(quality, keyTasks)
            out.resultScore = result
            step(["R-14"], ScoringScoreSteps.lowerOfBoth(quality: score(quality), keyTasks: score(keyTasks), result: score(result)))
        }
    }

    mutating func grade() {
        let result = out.resultScore!
        var grade = rules.grade(for: result) ?? .fail
        let band = rules.gradeBands.first { $0.grade == grade }
        let range = band.map { b in b.below.map { "[\(num(b.from)), \(num($0)))" } ?? "≥ \(num(b.from))" } ?? ""
        step(["R-15"], ScoringScoreSteps.grade(result: score(result), range: range, grade))
        if input.kind == .final, out.targetReached == false {
            out.flags.append(.finalVeto)
            grade = .fail
            step(["R-16"], ScoringScoreSteps.finalVeto)
        }
        if applyFalsification() { grade = .fail }
        out.grade = grade
    }

    @discardableResult
    mutating func applyFalsification() -> Bool {
        guard let ref = input.falsificationReference else { return false }
        out.flags.append(.falsification(reference: ref))
        step(["R-17"], ScoringScoreSteps.falsification(reference: ref))
        return true
    }
}
