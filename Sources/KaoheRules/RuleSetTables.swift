import Foundation
import KaoheCore
import TOMLKit

/// The tables of a rule-set file, one method each (issue 13 item 4): each reads its keys, reports located problems
/// and returns its part of the `RuleSet`, falling back to the built-in value where a key is absent.
extension Reader {
    /// The top-level `pollutant`: PM10 unless the file names PM2.5.
    mutating func readPollutant() -> Pollutant {
        var pollutant = Pollutant.pm10
        if let p = string(["pollutant"]) {
            if let v = Pollutant(rawValue: p) { pollutant = v } else {
                problem(["pollutant"], .unknownPollutant(p))
            }
        }
        return pollutant
    }

    /// The [period] table: base, first and final year of the plan period, each within the bounds of D-47 and in order.
    mutating func readPeriod() -> (base: Int, first: Int, final: Int) {
        _ = requireTable(["period"])
        checkKeys(["period"], allowed: ["base_year", "first_year", "final_year"])
        let baseYear = int(["period", "base_year"]) ?? 2013
        let firstYear = int(["period", "first_year"]) ?? 2013
        let finalYear = int(["period", "final_year"]) ?? 2017
        // Years are bounded where they are read, so no date computed from them leaves the calendar (issue 12
        // item 12); D-47 gives the range.
        for (key, value) in [("base_year", baseYear), ("first_year", firstYear), ("final_year", finalYear)]
        where !RuleSetLimits.years.contains(value) {
            problem(["period", key], .yearOutOfBounds(key: key, value: value, bounds: RuleSetLimits.years))
        }
        if finalYear < firstYear || baseYear > firstYear || finalYear <= baseYear {
            problem(["period", "final_year"], .periodOutOfOrder(first: firstYear, final: finalYear, base: baseYear))
        }
        return (baseYear, firstYear, finalYear)
    }

    /// The [annual_shares] table: each year of the period after the base year to a fraction 0…1.
    mutating func readAnnualShares(baseYear: Int, finalYear: Int) -> [Int: Decimal] {
        var shares: [Int: Decimal] = [:]
        if let t = requireTable(["annual_shares"]) {
            for key in t.keys.sorted() {
                guard let year = Int(key), year > baseYear, year <= finalYear else {
                    problem(["annual_shares", key], .shareKeyNotAYear(key: key, first: baseYear + 1, final: finalYear))
                    continue
                }
                guard let s = decimal(["annual_shares", key]) else { continue }
                if s < 0 || s > 1 {
                    problem(["annual_shares", key], .shareOutOfRange(key: key, share: s))
                }
                shares[year] = s
            }
        }
        return shares
    }

    /// The [quality] table: proportional, or pass points plus excess points adding up to 100.
    mutating func readQuality() -> QualityFormula {
        var formula = QualityFormula.proportional
        if requireTable(["quality"]) != nil, let f = string(["quality", "formula"]) {
            switch f {
            case "proportional":
                checkKeys(["quality"], allowed: ["formula"])
            case "pass-plus-excess":
                checkKeys(["quality"], allowed: ["formula", "pass_points", "excess_points"])
                let pass = decimal(["quality", "pass_points"]) ?? 60
                let excess = decimal(["quality", "excess_points"]) ?? 40
                if pass < 0 || excess < 0 || pass + excess != 100 {
                    problem(["quality", "excess_points"], .pointsNotHundred(pass: pass, excess: excess))
                }
                formula = .passPlusExcess(passPoints: pass, excessPoints: excess)
            default:
                problem(["quality", "formula"], .unknownFormula(f))
            }
        }
        return formula
    }

    /// The [rounding] table: decimal places of concentrations, scores and decline percentages, 0…6.
    mutating func readRounding() -> RoundingPlaces {
        var rounding = RoundingPlaces()
        if requireTable(["rounding"]) != nil {
            checkKeys(["rounding"], allowed: ["concentration_places", "score_places", "decline_percent_places"])
            for (key, kp) in [("concentration_places", \RoundingPlaces.concentration), ("score_places", \.score),
                              ("decline_percent_places", \.declinePercent)] {
                guard let v = int(["rounding", key]) else { continue }
                if !(0...6).contains(v) {
                    problem(["rounding", key], .placesOutOfRange(key: key, value: v))
                } else {
                    rounding[keyPath: kp] = v
                }
            }
        }
        return rounding
    }

    /// The [combination] table: how the quality score and the key-task score combine.
    mutating func readCombination() -> CombinationMode {
        var combination = CombinationMode.qualityOnly
        if requireTable(["combination"]) != nil {
            checkKeys(["combination"], allowed: ["mode"])
            if let m = string(["combination", "mode"]) {
                if let c = CombinationMode(rawValue: m) { combination = c } else {
                    problem(["combination", "mode"], .unknownCombination(m))
                }
            }
        }
        return combination
    }

    /// The [consequences] table: the grades that fail, by name.
    mutating func readFailingGrades() -> Set<Grade> {
        var failing: Set<Grade> = []
        if requireTable(["consequences"]) != nil {
            checkKeys(["consequences"], allowed: ["failing_grades"])
            if let v = value(["consequences", "failing_grades"]) {
                let names = v.array.map { a in (0..<a.count).compactMap { a[$0].string } } ?? []
                for n in names {
                    if let g = Grade(name: n) { failing.insert(g) } else {
                        problem(["consequences", "failing_grades"], .unknownFailingGrade(n))
                    }
                }
            }
        }
        return failing
    }

    /// The [freeze] table: the minimum duration in days (0…the bound of D-47) and lifting by a passing annual result.
    mutating func readFreeze() -> FreezeSettings {
        var freeze = FreezeSettings()
        if requireTable(["freeze"]) != nil {
            checkKeys(["freeze"], allowed: ["minimum_days", "lifted_by_passing_annual"])
            if let d = int(["freeze", "minimum_days"]) {
                if d < 0 {
                    problem(["freeze", "minimum_days"], .negativeMinimumDays(d))
                }
                if d > RuleSetLimits.maximumFreezeDays {
                    problem(["freeze", "minimum_days"], .tooManyMinimumDays(d, maximum: RuleSetLimits.maximumFreezeDays))
                }
                freeze.minimumDays = min(max(0, d), RuleSetLimits.maximumFreezeDays)
            }
            freeze.liftedByPassingAnnual = bool(["freeze", "lifted_by_passing_annual"]) ?? false
        }
        return freeze
    }

    /// The [monitoring] table: dust days excluded or not, and the discrepancy tolerance in μg/m³ (0 or more).
    mutating func readMonitoring() -> (excludeDust: Bool, tolerance: Decimal) {
        var dust = false
        var tolerance: Decimal = 1
        if requireTable(["monitoring"]) != nil {
            checkKeys(["monitoring"], allowed: ["exclude_dust_days", "discrepancy_tolerance"])
            dust = bool(["monitoring", "exclude_dust_days"]) ?? false
            if let t = decimal(["monitoring", "discrepancy_tolerance"]) {
                if t < 0 {
                    problem(["monitoring", "discrepancy_tolerance"], .negativeTolerance(t))
                }
                tolerance = t
            }
        }
        return (dust, tolerance)
    }

    /// The [provenance] table: which settings an official text sets, every other being a default of this tool.
    mutating func readProvenance() -> [RuleSetting: Provenance] {
        var provenance: [RuleSetting: Provenance] = [:]
        if let t = table(["provenance"]) {
            for key in t.keys.sorted() {
                guard let setting = RuleSetting(rawValue: key) else {
                    problem(["provenance", key], .unknownProvenanceSetting(key: key, known: RuleSetting.allCases.map(\.rawValue)))
                    continue
                }
                guard let s = string(["provenance", key]) else { continue }
                guard let p = Provenance(rawValue: s) else {
                    problem(["provenance", key], .unknownProvenance(key: key, value: s))
                    continue
                }
                provenance[setting] = p
            }
        }
        return provenance
    }

    /// The optional [tracking] table: rule sets written before it existed keep loading with 15 %.
    mutating func readTracking() -> Decimal {
        guard table(["tracking"]) != nil else { return RuleSet.defaultSevereLag }
        checkKeys(["tracking"], allowed: ["severe_lag_percent"])
        // An empty [tracking] table keeps the default; a value that is not a number is reported by decimal(_:).
        guard table(["tracking"])?["severe_lag_percent"] != nil, let p = decimal(["tracking", "severe_lag_percent"]) else {
            return RuleSet.defaultSevereLag
        }
        guard p > 0, p < 100 else {
            problem(["tracking", "severe_lag_percent"], .severeLagOutOfRange(p))
            return RuleSet.defaultSevereLag
        }
        return p / 100
    }

    mutating func readGrades() -> [GradeBand] {
        guard let t = requireTable(["grades"]) else { return [] }
        var bands: [GradeBand] = []
        for key in t.keys {
            guard let grade = Grade(name: key) else {
                problem(["grades", key], .unknownGrade(key))
                continue
            }
            checkKeys(["grades", key], allowed: ["from", "below"])
            guard let from = decimal(["grades", key, "from"]) else { continue }
            let below = table(["grades", key])?["below"] != nil ? decimal(["grades", key, "below"]) : nil
            bands.append(GradeBand(grade: grade, from: from, below: below))
        }
        for g in Grade.allCases where t[g.rawValue] == nil && t[g.english] == nil {
            problem(["grades"], .missingGradeBand(g))
        }
        bands.sort { $0.from > $1.from }
        func key(_ g: Grade) -> String { t[g.rawValue] != nil ? g.rawValue : g.english }
        for (i, band) in bands.enumerated() {
            if i == 0 {
                if let below = band.below {
                    problem(["grades", key(band.grade), "below"], .topBandBounded(band.grade, below: below))
                }
                continue
            }
            let higher = bands[i - 1]
            guard let below = band.below else {
                problem(["grades", key(band.grade)], .bandWithoutUpperEnd(band.grade, higherFrom: higher.from))
                continue
            }
            if below > higher.from {
                problem(["grades", key(band.grade), "below"], .bandsOverlap(band.grade, below: below, higher: higher.grade, higherFrom: higher.from))
            } else if below < higher.from {
                problem(["grades", key(band.grade), "below"], .bandsGap(band.grade, below: below, higher: higher.grade, higherFrom: higher.from))
            }
            if band.from >= below {
                problem(["grades", key(band.grade), "from"], .emptyBand(band.grade, from: band.from, below: below))
            }
        }
        if let last = bands.last, last.from != 0 {
            problem(["grades", key(last.grade), "from"], .gapFromZero(last.grade, from: last.from))
        }
        return bands
    }

    mutating func readKeyTasks() -> [KeyTaskIndicator] {
        guard let t = requireTable(["key_tasks"]) else { return [] }
        func order(_ code: String) -> [Int] { code.split(separator: ".").map { Int($0) ?? Int.max } }
        var indicators: [KeyTaskIndicator] = []
        var total: Decimal = 0
        for code in t.keys.sorted(by: { order($0).lexicographicallyPrecedes(order($1)) }) {
            let path = ["key_tasks", code]
            guard table(path) != nil else {
                problem(path, .indicatorNotTable(code: code))
                continue
            }
            checkKeys(path, allowed: ["name", "points", "sub"])
            let name = string(path + ["name"]) ?? ""
            let points = decimal(path + ["points"]) ?? 0
            total += points
            var subs: [KeyTaskSubIndicator] = []
            if let subTable = table(path + ["sub"]) {
                for subCode in subTable.keys.sorted(by: { order($0).lexicographicallyPrecedes(order($1)) }) {
                    let sp = path + ["sub", subCode]
                    guard table(sp) != nil else {
                        problem(sp, .subIndicatorNotTable(code: subCode))
                        continue
                    }
                    checkKeys(sp, allowed: ["name", "points"])
                    if !subCode.hasPrefix(code + ".") {
                        problem(sp, .subIndicatorElsewhere(code: subCode, indicator: code))
                    }
                    let subName = string(sp + ["name"]) ?? ""
                    let subPoints = decimal(sp + ["points"]) ?? 0
                    if subPoints < 0 {
                        problem(sp + ["points"], .negativeSubPoints(code: subCode, points: subPoints))
                    }
                    subs.append(KeyTaskSubIndicator(code: subCode, name: subName, points: subPoints))
                }
            } else {
                problem(path, .missingSubTable(code: code))
            }
            let sum = subs.reduce(Decimal(0)) { $0 + $1.points }
            if !subs.isEmpty, sum != points {
                problem(path + ["points"], .pointsNotSum(code: code, points: points, sum: sum))
            }
            indicators.append(KeyTaskIndicator(code: code, name: name, points: points, subIndicators: subs))
        }
        if total != 100 {
            problem(["key_tasks"], .keyTasksNotHundred(total))
        }
        return indicators
    }
}
