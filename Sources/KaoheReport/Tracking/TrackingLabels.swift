import Foundation
import KaoheCore
import KaoheTracking

/// Labels and number formats shared by the in-year table and the monthly notice.
enum TrackingFormat {
    /// A concentration as published, e.g. "98"; "—" when there is none.
    static func conc(_ d: Decimal?, places: Int) -> String { d.map { GBRounding.fixed($0, places: places) } ?? "—" }

    /// T with one decimal (R-11: shown for information, not rounded to a whole number first).
    static func required(_ r: YearRequirement?) -> String { r.map { GBRounding.fixed($0.concentration, places: 1) } ?? "—" }

    /// A change as a signed percentage with one decimal, "−5.3%" written "-5.3%"; "—" when there is none.
    static func change(_ d: Decimal?) -> String {
        guard let d else { return "—" }
        let text = GBRounding.fixed(d * 100, places: 1)
        return (d > 0 ? "+" : "") + text + "%"
    }

    static func status(_ s: TrackingStatus?, _ coverage: TrackingCoverage, _ lang: Language) -> String {
        switch coverage {
        case .noMonitoringData: return lang.pick(TrackingText.noMonitoringData)
        case .noTarget: return lang.pick(TrackingText.noTarget)
        case .tracked: return s.map { lang.pick($0.chinese, $0.english) } ?? "—"
        }
    }

    /// "2601A 120天、2602A 118天": each station behind the YTD mean with its valid days.
    static func stations(_ p: PeriodMean, _ lang: Language) -> String {
        p.stations.map { lang.pick(TrackingText.stationDays($0.station, days: $0.validDays)) }
            .joined(separator: lang.pick(TrackingText.listSeparator))
    }

    /// The threshold sentence of R-29, saying when it is a default of this tool.
    static func thresholdNote(_ severeLag: Decimal, isDefault: Bool, _ lang: Language) -> String {
        let p = GBRounding.display(severeLag * 100)
        let tag = isDefault ? lang.pick(TrackingText.defaultTag) : ""
        return lang.pick(TrackingText.threshold(percent: p, tag: tag))
    }

    static func monthName(_ m: Int, _ lang: Language) -> String {
        lang.pick(TrackingText.month(m))
    }
}

/// The in-year table of `kaohe track` for the terminal.
public enum TrackRender {
    /// One row per unit in the given order; units without monitoring data are listed by name afterwards.
    ///
    /// Each unit is shown on its own pollutant (R-5 revised); when units of both are present the heading
    /// names both and a column says which each row is.
    ///
    /// With `composite` (`kaohe track --rank-by composite`, D-138) the units' ranking by the composite index of
    /// the year to date follows the table, with the index of the same span a year before and the change.
    public static func text(_ units: [UnitTrack], asOf: Day, rules: RuleSet, lang: Language, composite: [CompositeRankedUnit]? = nil) -> String {
        let places = rules.rounding.concentration
        let present = Set(units.map(\.pollutant))
        let pollutants = ([rules.pollutant] + Pollutant.allCases.filter { $0 != rules.pollutant }).filter { present.isEmpty ? $0 == rules.pollutant : present.contains($0) }
        let mixed = pollutants.count > 1
        let named = pollutants.map(\.rawValue).joined(separator: lang.pick(TrackingText.listSeparator))
        var out = lang.pick(TrackingText.trackHeading(year: asOf.year, pollutants: named, asOf: asOf)) + "\n"
        var table = TextTable(
            headers: lang.pick(TrackingText.unitHeaders + (mixed ? [TrackingText.pollutantHeader] : []) + TrackingText.trackHeaders),
            alignments: [.left, .left] + (mixed ? [.left] : []) + [.right, .right, .right, .right, .right, .right, .right, .left, .left])
        for u in units where u.coverage != .noMonitoringData {
            table.append([u.area.code, u.area.name] + (mixed ? [u.pollutant.rawValue] : []) + [
                TrackingFormat.conc(u.ytdRounded, places: places),
                TrackingFormat.conc(u.ytdLastYearRounded, places: places), TrackingFormat.change(u.ytdChange),
                TrackingFormat.conc(u.monthRounded, places: places), TrackingFormat.required(u.requirement),
                TrackingFormat.conc(u.controlRounded, places: places), "\(u.daysElapsed)/\(u.daysRemaining)",
                TrackingFormat.status(u.status, u.coverage, lang), TrackingFormat.stations(u.ytd, lang),
            ])
        }
        out += table.render()
        let missing = units.filter { $0.coverage == .noMonitoringData }
        if !missing.isEmpty {
            out += lang.pick(TrackingText.noDataLead)
            out += terminalSafe(missing.map { lang.pick(TrackingText.unit($0.area.name, code: $0.area.code)) }.joined(separator: lang.pick(TrackingText.listSeparator))) + "\n"
        }
        if let composite {
            out += "\n" + lang.pick(TrackingText.compositeToDateLead(year: asOf.year, through: asOf)) + "\n"
            out += compositeTable(composite, lang).render()
            out += "\n"
        }
        out += TrackingFormat.thresholdNote(rules.severeLagFraction, isDefault: rules.isDefault(.severeLag), lang) + "\n"
        out += lang.pick(TrackingText.controlNote) + "\n"
        return out
    }

    /// Rank, code, name, index (two places), the index a year before and the change, as in the notice (D-125).
    static func compositeTable(_ rows: [CompositeRankedUnit], _ lang: Language) -> TextTable {
        typealias T = MonthlyNoticeText
        var table = TextTable(
            headers: lang.pick([T.rank, T.code, T.unitName, T.compositeIndex, T.lastYear, T.change]),
            alignments: [.right, .left, .left, .right, .right, .right])
        for r in rows {
            table.append([
                String(r.rank), r.area.code, r.area.name, GBRounding.fixed(r.index.index, places: 2),
                r.previous.map { GBRounding.fixed($0.index, places: 2) } ?? "—", TrackingFormat.change(r.changeRate),
            ])
        }
        return table
    }
}
