import Foundation
import KaoheCore
import KaoheTracking

/// The trend of `kaohe trend` as a table for the terminal or an HTML page with a chart per unit.
public enum TrendRender {
    /// The units' pollutants in order (the rule set's first) and whether there are two.
    static func named(_ trends: [UnitTrend], _ pollutants: [String: Pollutant], _ fallback: Pollutant) -> [Pollutant] {
        let present = Set(trends.map { pollutants[$0.area.code] ?? fallback })
        return ([fallback] + Pollutant.allCases.filter { $0 != fallback }).filter { present.isEmpty ? $0 == fallback : present.contains($0) }
    }

    /// The trend table, one row per unit; a pollutant column when units of both pollutants are present.
    ///
    /// `pollutants` is each unit's own pollutant (R-5 revised), `fallback` the rule set's for a unit not in it.
    /// Slopes are μg/m³ per year with one decimal.
    public static func table(_ trends: [UnitTrend], pollutants: [String: Pollutant], fallback: Pollutant, lang: Language) -> SummaryDocument.Table {
        func f(_ x: Double) -> String { String(format: "%.1f", x) }
        let mixed = named(trends, pollutants, fallback).count > 1
        func pollutant(_ t: UnitTrend) -> [String] { mixed ? [(pollutants[t.area.code] ?? fallback).rawValue] : [] }
        var rows: [[String]] = []
        for t in trends {
            let period = t.months.first.map { a in
                let b = t.months.last!
                return String(format: "%04d-%02d…%04d-%02d", a.year, a.month, b.year, b.month)
            } ?? "—"
            guard let r = t.result else {
                rows.append([t.area.code, t.area.name] + pollutant(t) + [
                    String(t.months.count), period, "—", "—", "—", "—",
                    lang.pick(TrendWords.tooFewMonths),
                ])
                continue
            }
            let finding: String
            if r.mannKendall.p < 0.05 {
                finding = lang.pick(r.slope < 0 ? TrendWords.decrease : TrendWords.increase)
            } else {
                finding = lang.pick(TrendWords.noTrend)
            }
            rows.append([t.area.code, t.area.name] + pollutant(t) + [
                String(t.months.count), period, f(r.slope), "[\(f(r.lower)), \(f(r.upper))]",
                String(format: "%.2f", r.mannKendall.z), String(format: "%.3f", r.mannKendall.p), finding,
            ])
        }
        return SummaryDocument.Table(
            headers: lang.pick([TrendWords.code, TrendWords.unit] + (mixed ? [TrendWords.pollutant] : []) + TrendWords.statHeaders)
                + ["MK Z", "p", lang.pick(TrendWords.finding)],
            alignments: [.left, .left] + (mixed ? [.left] : []) + [.right, .left, .right, .left, .right, .right, .left],
            rows: rows)
    }

    /// "PM10 月均浓度变化趋势（Theil-Sen 斜率，μg/m³/年）", naming every pollutant present.
    static func heading(_ trends: [UnitTrend], _ pollutants: [String: Pollutant], _ fallback: Pollutant, _ lang: Language) -> String {
        let heading = named(trends, pollutants, fallback).map(\.rawValue).joined(separator: lang.pick(TrendWords.listSeparator))
        return lang.pick(TrendWords.heading(heading))
    }

    /// The method in one paragraph (D-55, D-89), with the statement that it is not openair bit for bit.
    static func method(_ lang: Language) -> String {
        lang.pick(TrendWords.method)
    }

    /// The chart: per unit its monthly means and the Theil-Sen line (a unit of the other pollutant is named so).
    static func chart(_ trends: [UnitTrend], _ pollutants: [String: Pollutant], _ fallback: Pollutant, _ lang: Language) -> SummaryDocument.Chart {
        let mixed = named(trends, pollutants, fallback).count > 1
        return .trends(
            title: lang.pick(TrendWords.chart),
            panels: trends.map { t in
                let label = mixed ? TrendWords.panel(t.area.name, pollutant: (pollutants[t.area.code] ?? fallback).rawValue) : t.area.name
                return TrendPanel(t, label: label, lang: lang)
            })
    }

    /// One row per unit; with `detail` also each unit's monthly means. Slopes are μg/m³ per year.
    public static func text(
        _ trends: [UnitTrend], pollutants: [String: Pollutant], fallback: Pollutant, places: Int, detail: Bool, lang: Language
    ) -> String {
        var out = heading(trends, pollutants, fallback, lang) + "\n"
        let t = table(trends, pollutants: pollutants, fallback: fallback, lang: lang)
        var text = TextTable(headers: t.headers, alignments: t.alignments)
        for row in t.rows { text.append(row) }
        out += text.render()
        if detail {
            for t in trends {
                out += "\n" + terminalSafe(lang.pick(TrendWords.monthlyMeans(t.area.name, code: t.area.code))) + "\n"
                var m = TextTable(headers: lang.pick(TrendWords.monthHeaders), alignments: [.left, .right])
                for p in t.months { m.append([String(format: "%04d-%02d", p.year, p.month), GBRounding.fixed(p.mean, places: places)]) }
                out += m.render()
            }
        }
        out += method(lang) + "\n"
        return out
    }

    /// One self-contained HTML page: the table, a small chart per unit (monthly means and the Theil-Sen
    /// line) and the method; every text escaped, no script, no external resource.
    public static func html(_ trends: [UnitTrend], pollutants: [String: Pollutant], fallback: Pollutant, through: Day, lang: Language) -> String {
        let esc = SummaryRender.esc
        let keep = NoBreak(unitNames: trends.map(\.area.name))
        let title = heading(trends, pollutants, fallback, lang)
        let body = [
            "<main>",
            "<h1 class=\"title\">\(keep.html(title))</h1>",
            "<p class=\"subtitle\">\(keep.html(lang.pick(TrendWords.through(through))))</p>",
            SummaryRender.htmlTable(table(trends, pollutants: pollutants, fallback: fallback, lang: lang), keep),
            SVGChart.render(chart(trends, pollutants, fallback, lang), id: "chart1"),
            "<p>\(keep.html(method(lang)))</p>",
            "</main>",
        ]
        return """
            \(SummaryRender.htmlOpening(lang: lang, escapedTitle: esc(title)))
            <style>
            \(SummaryRender.css)
            .subtitle { text-indent: 0; text-align: center; font-family: var(--kai); }
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }
}
