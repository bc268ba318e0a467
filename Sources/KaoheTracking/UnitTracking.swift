import Foundation
import KaoheCore

/// The year's requirement a unit is tracked against, as the scoring engine derives it.
public struct YearRequirement: Sendable, Hashable {
    /// T, the exact required concentration C_base × (1 − required decline), μg/m³; never rounded first.
    public var concentration: Decimal
    /// The exact required decline from the base, a fraction.
    public var decline: Decimal

    /// The requirement for `year` from the unit's stored targets, or nil when the unit has no target (R-8a).
    ///
    /// Calls the scoring engine (`Scoring.assess` without a concentration) so that its reading of R-8 to
    /// which target, which share, max(0, …) — is the one tracked. T is rebuilt from the engine's exact
    /// required decline and the rounded base; a quotient that does not terminate is cut back at 12 places,
    /// far below any digit a target can carry, so T is exact for every target written with few decimals.
    public static func of(area: Area, targets: [Target], year: Int, rules: RuleSet) -> YearRequirement? {
        let input = AssessmentInputs.build(UnitRecord(area: area, targets: targets), year: year, kind: .annual, rules: rules)
        let assessed = Scoring.assess(input, rules: rules)
        guard let decline = assessed.requiredDecline, let target = input.annualTarget ?? input.finalTarget else { return nil }
        let base = target.baseConcentration.roundedGB(rules.rounding.concentration)
        return YearRequirement(concentration: (base * (1 - decline)).roundedGB(12), decline: decline)
    }
}

/// Requirements already derived, keyed by the targets that decide them (unit code left out): many units
/// share a target form, and deriving one runs the whole scoring engine with its explanation.
struct RequirementCache {
    private var known: [[Target?]: YearRequirement?] = [:]

    mutating func requirement(area: Area, targets: [Target], year: Int, rules: RuleSet) -> YearRequirement? {
        // The same choice of targets as AssessmentInputs.build: the year's explicit target and the final one.
        // The pollutant is the unit's own (R-5 revised), as there: a key by the rule set's pollutant would put
        // every unit of the other pollutant under one key and give them all the first one's requirement.
        func blank(_ t: Target?) -> Target? { t.map { var t = $0; t.areaCode = ""; return t } }
        let pollutant = Tracking.pollutant(targets: targets, default: rules.pollutant)
        let key = [
            blank(targets.first { $0.year == year && $0.pollutant == pollutant }),
            blank(targets.first { $0.isFinal && $0.pollutant == pollutant }),
        ]
        if let hit = known[key] { return hit }
        let r = YearRequirement.of(area: area, targets: targets, year: year, rules: rules)
        known[key] = .some(r)
        return r
    }
}

/// What kind of row a unit gets in the in-year view.
public enum TrackingCoverage: String, Sendable, Hashable, Codable {
    /// Monitoring data and a target: every figure is given.
    case tracked
    /// Monitoring data but no target for the year (R-8a): means only, no T, V or status.
    case noTarget
    /// No monitoring data through the day: its concentration would come only from self-reports, which
    /// are not guessed into an in-year figure.
    case noMonitoringData
}

/// One unit's in-year position through day D, with every number needed to check it.
///
/// Concentrations are μg/m³; `…Rounded` values are rounded with GB/T 8170 to the rule set's concentration
/// places (whole μg/m³ by default) as published; changes are fractions (−0.05 = 5 % lower).
public struct UnitTrack: Sendable, Hashable {
    public var area: Area
    /// The pollutant the unit is assessed on, that of its own targets (R-5 revised); every figure is of it.
    public var pollutant: Pollutant
    public var asOf: Day
    public var coverage: TrackingCoverage
    /// 01-01 through D.
    public var ytd: PeriodMean
    /// The first of D's month through D.
    public var month: PeriodMean
    /// The same calendar days of the year before (同期).
    public var ytdLastYear: PeriodMean
    public var monthLastYear: PeriodMean
    public var ytdRounded: Decimal?
    public var monthRounded: Decimal?
    public var ytdLastYearRounded: Decimal?
    public var monthLastYearRounded: Decimal?
    /// (C̄ − C̄_prev) / C̄_prev from the rounded means; nil without both.
    public var ytdChange: Decimal?
    public var monthChange: Decimal?
    public var requirement: YearRequirement?
    /// N, n and N − n of R-28.
    public var daysInYear: Int
    public var daysElapsed: Int
    public var daysRemaining: Int { daysInYear - daysElapsed }
    /// V exact and as published; nil without a target, without data, or with no day left.
    public var control: Decimal?
    public var controlRounded: Decimal?
    public var status: TrackingStatus?
}

/// The in-year view of every unit; pure.
public enum Tracking {
    /// The pollutant a unit is tracked on: that of its own targets in force, the rule set's only for a unit
    /// without targets (R-5 revised) — the same choice as `UnitRecord.pollutant(default:)` in scoring.
    public static func pollutant(targets: [Target], default fallback: Pollutant) -> Pollutant {
        targets.first?.pollutant ?? fallback
    }

    /// Tracks each unit through `asOf`. `series` holds each unit's station series covering the year of
    /// `asOf` and the year before, of the unit's own pollutant (`pollutant(targets:default:)`); `targets`
    /// every stored target in force by unit. Units are kept in the given order.
    public static func track(
        areas: [Area], series: [String: [StationSeries]], targets: [String: [Target]], asOf: Day, rules: RuleSet
    ) -> [UnitTrack] {
        var requirements = RequirementCache()
        return areas.map { area in
            let t = targets[area.code] ?? []
            let requirement = requirements.requirement(area: area, targets: t, year: asOf.year, rules: rules)
            return track(area: area, stations: series[area.code] ?? [], targets: t, asOf: asOf, rules: rules, requirement: requirement)
        }
    }

    /// One unit through `asOf`. `requirement`, when given, is the one already derived for its targets
    /// (`.some(nil)`: the unit has no target); left out, it is derived here.
    ///
    /// `asOf` must be in year 2 or later: the same period of the year before has to be a real day.
    public static func track(
        area: Area, stations: [StationSeries], targets: [Target], asOf: Day, rules: RuleSet,
        requirement known: YearRequirement?? = nil
    ) -> UnitTrack {
        let places = rules.rounding.concentration
        let yearStart = Day(year: asOf.year, month: 1, day: 1)!
        let monthStart = Day(year: asOf.year, month: asOf.month, day: 1)!
        let lastYearEnd = PeriodMeans.sameDayLastYear(asOf)
        let exclude = rules.excludeDustDays
        let ytd = PeriodMeans.mean(stations, from: yearStart, through: asOf, excludeDust: exclude)
        let month = PeriodMeans.mean(stations, from: monthStart, through: asOf, excludeDust: exclude)
        let ytdPrev = PeriodMeans.mean(stations, from: Day(year: asOf.year - 1, month: 1, day: 1)!, through: lastYearEnd, excludeDust: exclude)
        let monthPrev = PeriodMeans.mean(
            stations, from: Day(year: asOf.year - 1, month: asOf.month, day: 1)!, through: lastYearEnd, excludeDust: exclude)
        func round(_ d: Decimal?) -> Decimal? { d.map { $0.roundedGB(places) } }
        func change(_ now: Decimal?, _ before: Decimal?) -> Decimal? {
            guard let now, let before, before != 0 else { return nil }
            return (now - before) / before
        }
        let requirement = known ?? YearRequirement.of(area: area, targets: targets, year: asOf.year, rules: rules)
        var t = UnitTrack(
            area: area, pollutant: pollutant(targets: targets, default: rules.pollutant), asOf: asOf, coverage: .tracked, ytd: ytd, month: month, ytdLastYear: ytdPrev, monthLastYear: monthPrev,
            ytdRounded: round(ytd.mean), monthRounded: round(month.mean), ytdLastYearRounded: round(ytdPrev.mean),
            monthLastYearRounded: round(monthPrev.mean), requirement: requirement,
            daysInYear: Day.daysIn(year: asOf.year), daysElapsed: ControlValue.dayOfYear(asOf))
        t.ytdChange = change(t.ytdRounded, t.ytdLastYearRounded)
        t.monthChange = change(t.monthRounded, t.monthLastYearRounded)
        guard let c = t.ytdRounded else {
            t.coverage = .noMonitoringData
            return t
        }
        guard let requirement else {
            t.coverage = .noTarget
            return t
        }
        t.control = ControlValue.exact(daysInYear: t.daysInYear, elapsed: t.daysElapsed, ytdMean: c, required: requirement.concentration)
        t.controlRounded = round(t.control)
        t.status = ControlValue.status(
            ytdMean: c, required: requirement.concentration, control: t.controlRounded, severeLag: rules.severeLagFraction)
        return t
    }
}
