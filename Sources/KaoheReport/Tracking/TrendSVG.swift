import Foundation
import KaoheCore
import KaoheTracking

/// One unit's small trend chart: its monthly means and the Theil-Sen line; values μg/m³, time in years.
public struct TrendPanel: Sendable, Hashable {
    public struct Point: Sendable, Hashable {
        /// The middle of the month in years (`MonthMean.time`).
        public var time: Double
        public var mean: Double
    }

    public var label: String
    public var points: [Point]
    /// The line slope·t + intercept (μg/m³ per year, μg/m³), drawn over the points' span; nil: no trend.
    public var slope: Double?
    public var intercept: Double?
    /// "−3.1 μg/m³/年 [−4.2, −2.0]" or "不足24个月".
    public var caption: String

    /// The panel of `t`, captioned in `lang`; slopes with one decimal as in the table.
    public init(_ t: UnitTrend, label: String, lang: Language) {
        self.label = label
        points = t.months.map { Point(time: $0.time, mean: NSDecimalNumber(decimal: $0.mean).doubleValue) }
        slope = t.result?.slope
        intercept = t.result?.intercept
        caption = t.result.map { r in
            String(format: "%.1f", r.slope) + lang.pick(TrendWords.slopeUnit) + String(format: "[%.1f, %.1f]", r.lower, r.upper)
        } ?? lang.pick(TrendWords.tooFewMonths)
    }
}

/// Inline SVG small multiples of trends, three per row on a common scale; every label escaped.
enum TrendSVG {
    static let n = SVGChart.n
    static let esc = SummaryRender.esc
    static let pointColor = "#2b6cb0"
    static let lineColor = "#c53030"

    static func render(_ title: String, _ panels: [TrendPanel], id: String) -> String {
        let columns = 3, panelW = 220.0, panelH = 130.0, left = 28.0, top = 22.0, bottomPad = 28.0
        let values = panels.flatMap { $0.points.map(\.mean) }
        let step = SVGChart.niceStep(max(values.max() ?? 1, 1))
        let hi = max(step, ceil((values.max() ?? 0) / step) * step)
        let times = panels.flatMap { $0.points.map(\.time) }
        let t0 = floor(times.min() ?? 0), t1 = max(t0 + 1, ceil(times.max() ?? 1))
        let rows = max(1, (panels.count + columns - 1) / columns)
        var out: [String] = []
        for (i, p) in panels.enumerated() {
            let ox = Double(i % columns) * (panelW + 6), oy = Double(i / columns) * panelH
            let plotW = panelW - left - 8, plotH = panelH - top - bottomPad
            func x(_ t: Double) -> Double { ox + left + (t - t0) / (t1 - t0) * plotW }
            func y(_ v: Double) -> Double { oy + top + plotH - min(max(0, v), hi) / hi * plotH }
            out.append("<text x=\"\(n(ox + left))\" y=\"\(n(oy + 14))\" font-weight=\"bold\">\(esc(p.label))</text>")
            out.append("<line x1=\"\(n(ox + left))\" y1=\"\(n(y(0)))\" x2=\"\(n(ox + left + plotW))\" y2=\"\(n(y(0)))\" stroke=\"#2d3748\" stroke-width=\"0.5\"/>")
            out.append("<text x=\"\(n(ox + left - 3))\" y=\"\(n(y(hi) + 4))\" text-anchor=\"end\" font-size=\"8\" fill=\"#4a5568\">\(String(format: "%g", hi))</text>")
            out.append("<text x=\"\(n(ox + left - 3))\" y=\"\(n(y(0)))\" text-anchor=\"end\" font-size=\"8\" fill=\"#4a5568\">0</text>")
            for year in [t0, t1] {
                out.append("<text x=\"\(n(x(year)))\" y=\"\(n(y(0) + 10))\" text-anchor=\"middle\" font-size=\"8\" fill=\"#4a5568\">\(Int(year))</text>")
            }
            for point in p.points {
                out.append("<circle cx=\"\(n(x(point.time)))\" cy=\"\(n(y(point.mean)))\" r=\"1.5\" fill=\"\(pointColor)\"/>")
            }
            if let slope = p.slope, let intercept = p.intercept, let a = p.points.first?.time, let b = p.points.last?.time {
                out.append(
                    "<line class=\"sen\" x1=\"\(n(x(a)))\" y1=\"\(n(y(slope * a + intercept)))\" x2=\"\(n(x(b)))\" y2=\"\(n(y(slope * b + intercept)))\" stroke=\"\(lineColor)\" stroke-width=\"1.5\"/>")
            }
            out.append("<text x=\"\(n(ox + left))\" y=\"\(n(y(0) + 21))\" font-size=\"8\" fill=\"#2d3748\">\(esc(p.caption))</text>")
        }
        let width = Int(Double(columns) * (panelW + 6))
        return SVGChart.figure(title, id: id, width: width, height: Int(Double(rows) * panelH + 4), out)
    }
}
