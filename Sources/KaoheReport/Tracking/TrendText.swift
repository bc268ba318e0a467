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
                    lang.pick("不足 \(Trends.minimumMonths) 个月，不计算趋势", "fewer than \(Trends.minimumMonths) months: no trend"),
                ])
                continue
            }
            let finding: String
            if r.mannKendall.p < 0.05 {
                finding = r.slope < 0 ? lang.pick("显著下降", "significant decrease") : lang.pick("显著上升", "significant increase")
            } else {
                finding = lang.pick("无显著趋势", "no significant trend")
            }
            rows.append([t.area.code, t.area.name] + pollutant(t) + [
                String(t.months.count), period, f(r.slope), "[\(f(r.lower)), \(f(r.upper))]",
                String(format: "%.2f", r.mannKendall.z), String(format: "%.3f", r.mannKendall.p), finding,
            ])
        }
        return SummaryDocument.Table(
            headers: [lang.pick("区域代码", "code"), lang.pick("区域名称", "unit")] + (mixed ? [lang.pick("指标", "pollutant")] : []) + [
                lang.pick("月数", "months"), lang.pick("起止", "period"),
                lang.pick("斜率", "slope"), lang.pick("95%区间", "95% interval"), "MK Z", "p", lang.pick("结论", "finding"),
            ],
            alignments: [.left, .left] + (mixed ? [.left] : []) + [.right, .left, .right, .left, .right, .right, .left],
            rows: rows)
    }

    /// "PM10 月均浓度变化趋势（Theil-Sen 斜率，μg/m³/年）", naming every pollutant present.
    static func heading(_ trends: [UnitTrend], _ pollutants: [String: Pollutant], _ fallback: Pollutant, _ lang: Language) -> String {
        let heading = named(trends, pollutants, fallback).map(\.rawValue).joined(separator: lang.pick("、", ", "))
        return lang.pick("\(heading) 月均浓度变化趋势（Theil-Sen 斜率，μg/m³/年）", "\(heading) trend of monthly means (Theil-Sen slope, μg/m³ per year)")
    }

    /// The method in one paragraph (D-55, D-89), with the statement that it is not openair bit for bit.
    static func method(_ lang: Language) -> String {
        lang.pick(
            "方法：各站点有效日均值的月均值再取单位均值（R-27）；按月份气候态去季节（先以同月份 Sen 斜率去趋势）；Theil-Sen 斜率为两两斜率的中位数；95% 区间来自固定种子的学生化块自助法（残差先经 AR(1) 白化，块长约 n^(1/3)，599 次重抽样，D-89）；Mann-Kendall 检验（p < 0.05 为显著）。方法参照 openair 的 TheilSen，但结果不与之逐位一致。少于 \(Trends.minimumMonths) 个月不计算趋势。",
            "Method: per month the mean over stations of each station's mean of its valid days (R-27); deseasonalised by monthly climatology (after removing a preliminary seasonal Sen slope); the Theil-Sen slope is the median of pairwise slopes; the 95 % interval comes from a seeded studentised block bootstrap (residuals pre-whitened with AR(1), blocks of about n^(1/3), 599 resamples, D-89); Mann-Kendall test (significant at p < 0.05). The method follows openair's TheilSen but is not bit-identical to it. Fewer than \(Trends.minimumMonths) months: no trend.")
    }

    /// The chart: per unit its monthly means and the Theil-Sen line (a unit of the other pollutant is named so).
    static func chart(_ trends: [UnitTrend], _ pollutants: [String: Pollutant], _ fallback: Pollutant, _ lang: Language) -> SummaryDocument.Chart {
        let mixed = named(trends, pollutants, fallback).count > 1
        return .trends(
            title: lang.pick("各单位月均浓度（点）与 Theil-Sen 趋势线（μg/m³）", "Monthly means (dots) and the Theil-Sen line per unit (μg/m³)"),
            panels: trends.map { t in
                let label = mixed ? "\(t.area.name)（\((pollutants[t.area.code] ?? fallback).rawValue)）" : t.area.name
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
                out += "\n" + terminalSafe(lang.pick("\(t.area.name)（\(t.area.code)）月均浓度（μg/m³）：", "\(t.area.name) (\(t.area.code)) monthly means (μg/m³):")) + "\n"
                var m = TextTable(headers: [lang.pick("月份", "month"), lang.pick("月均浓度", "mean")], alignments: [.left, .right])
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
            "<p class=\"subtitle\">\(keep.html(lang.pick("监测数据截至 \(through)", "Monitoring data through \(through)")))</p>",
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
