import Foundation
import KaoheCore
import KaoheTracking

/// The plan-period trend shown with a final-assessment summary (issue 15), apart from the notice (D-91).
///
/// It is computed from the monitoring data stored when the summary is printed, not from the published
/// record, so it is never part of the issued text: it follows the notice (and its dated section) under its
/// own heading that says so, and `summary --as-issued` leaves it out.
public struct TrendSection: Sendable, Hashable {
    /// The last day of monitoring data behind the monthly means (at most 12-31 of the final year).
    public var through: Day
    /// One per unit of the run, in the run's code order; `result` nil with fewer than 24 monthly means.
    public var trends: [UnitTrend]
    /// Each unit's own pollutant (R-5 revised), and the rule set's for a unit not in it.
    public var pollutants: [String: Pollutant]
    public var fallback: Pollutant

    public init(through: Day, trends: [UnitTrend], pollutants: [String: Pollutant], fallback: Pollutant) {
        self.through = through
        self.trends = trends
        self.pollutants = pollutants
        self.fallback = fallback
    }

    /// "规划期浓度变化趋势（监测数据截至 D）", the section's heading in every format.
    func title(_ lang: Language) -> String {
        lang.pick(TrendWords.sectionTitle(through: through))
    }

    /// The sentence that keeps the section out of the notice (R-22b, D-91).
    func disclaimer(_ lang: Language) -> String {
        lang.pick(TrendWords.disclaimer)
    }

    /// Heading, disclaimer, the table, a chart per unit (HTML only) and the method.
    func blocks(_ lang: Language) -> [SummaryDocument.Block] {
        [
            .heading(title(lang)),
            .paragraph(disclaimer(lang)),
            .table(TrendRender.table(trends, pollutants: pollutants, fallback: fallback, lang: lang)),
            .chart(TrendRender.chart(trends, pollutants, fallback, lang)),
            .paragraph(TrendRender.method(lang)),
        ]
    }

    /// The section as JSON: the day, and per unit its slope and interval (μg/m³ per year, two decimals as
    /// text), Mann-Kendall Z (three) and p (four) and the bootstrap settings; a null result with fewer than 24
    /// monthly means.
    func json() -> JSON {
        .object([
            ("through", .string(through.description)),
            ("units", .array(trends.map { t in
                .object([
                    ("code", .string(t.area.code)), ("name", .string(t.area.name)),
                    ("pollutant", .string((pollutants[t.area.code] ?? fallback).rawValue)),
                    ("months", .int(t.months.count)),
                    ("from", .str(t.months.first.map { String(format: "%04d-%02d", $0.year, $0.month) })),
                    ("to", .str(t.months.last.map { String(format: "%04d-%02d", $0.year, $0.month) })),
                    ("result", t.result.map { r in
                        .object([
                            ("slope", .string(String(format: "%.2f", r.slope))), ("lower", .string(String(format: "%.2f", r.lower))),
                            ("upper", .string(String(format: "%.2f", r.upper))), ("mannKendallZ", .string(String(format: "%.3f", r.mannKendall.z))),
                            ("mannKendallP", .string(String(format: "%.4f", r.mannKendall.p))), ("blockLength", .int(r.blockLength)),
                            ("resamples", .int(r.resamples)),
                        ])
                    } ?? .null),
                ])
            })),
        ])
    }
}
