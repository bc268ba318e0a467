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
        case .noMonitoringData: return lang.pick("无监测数据", "no monitoring data")
        case .noTarget: return lang.pick("无目标", "no target")
        case .tracked: return s.map { lang.pick($0.chinese, $0.english) } ?? "—"
        }
    }

    /// "2601A 120天、2602A 118天": each station behind the YTD mean with its valid days.
    static func stations(_ p: PeriodMean, _ lang: Language) -> String {
        p.stations.map { lang.pick("\($0.station) \($0.validDays)天", "\($0.station) \($0.validDays) d") }
            .joined(separator: lang.pick("、", ", "))
    }

    /// The threshold sentence of R-29, saying when it is a default of this tool.
    static func thresholdNote(_ severeLag: Decimal, isDefault: Bool, _ lang: Language) -> String {
        let p = GBRounding.display(severeLag * 100)
        let tag = isDefault ? lang.pick("（本工具默认规则，非官方规定）", " (a default of this tool, not an official rule)") : ""
        return lang.pick(
            "状态（R-29）：年累计浓度 ≤ 要求浓度 T 为进度正常；高于 T 为预警；剩余日控制值比年累计浓度低 \(p)% 以上为严重滞后\(tag)；控制值 ≤ 0 为已无法完成。",
            "Status (R-29): on track when the YTD mean ≤ the required concentration T; warning above T; seriously behind when the control value is more than \(p)% below the YTD mean\(tag); cannot be met when the control value ≤ 0.")
    }

    static func monthName(_ m: Int, _ lang: Language) -> String {
        lang.pick("\(m)月", ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][m - 1])
    }
}

/// The in-year table of `kaohe track` for the terminal.
public enum TrackRender {
    /// One row per unit in the given order; units without monitoring data are listed by name afterwards.
    ///
    /// Each unit is shown on its own pollutant (R-5 revised); when units of both are present the heading
    /// names both and a column says which each row is.
    public static func text(_ units: [UnitTrack], asOf: Day, rules: RuleSet, lang: Language) -> String {
        let places = rules.rounding.concentration
        let present = Set(units.map(\.pollutant))
        let pollutants = ([rules.pollutant] + Pollutant.allCases.filter { $0 != rules.pollutant }).filter { present.isEmpty ? $0 == rules.pollutant : present.contains($0) }
        let mixed = pollutants.count > 1
        let named = pollutants.map(\.rawValue).joined(separator: lang.pick("、", ", "))
        var out = lang.pick(
            "\(asOf.year)年 \(named) 年内进度（截至 \(asOf)，μg/m³）",
            "\(asOf.year) \(named) in-year position (through \(asOf), μg/m³)") + "\n"
        var table = TextTable(
            headers: [lang.pick("区域代码", "code"), lang.pick("区域名称", "unit")] + (mixed ? [lang.pick("指标", "pollutant")] : []) + [
                lang.pick("年累计", "YTD"), lang.pick("同期", "last yr"),
                lang.pick("同比", "change"), lang.pick("本月", "month"), lang.pick("要求浓度T", "required T"),
                lang.pick("剩余日控制值", "control V"), lang.pick("已过/剩余天数", "days done/left"), lang.pick("状态", "status"),
                lang.pick("站点（有效天数）", "stations (valid days)"),
            ],
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
            out += lang.pick("无监测数据（浓度仅来自自查报告，不作推算）：", "No monitoring data (their concentration comes only from self-reports and is not guessed): ")
            out += terminalSafe(missing.map { lang.pick("\($0.area.name)（\($0.area.code)）", "\($0.area.name) (\($0.area.code))") }.joined(separator: lang.pick("、", ", "))) + "\n"
        }
        out += TrackingFormat.thresholdNote(rules.severeLagFraction, isDefault: rules.isDefault(.severeLag), lang) + "\n"
        out += lang.pick(
            "剩余日控制值 V = (N·T − n·C̄) ÷ (N − n)（R-28），C̄ 为修约后的年累计浓度，T 为精确要求浓度；同比 = (C̄ − 同期) ÷ 同期。",
            "Control value V = (N·T − n·C̄) ÷ (N − n) (R-28), with C̄ the rounded YTD mean and T the exact required concentration; change = (C̄ − last year) ÷ last year.") + "\n"
        return out
    }
}
