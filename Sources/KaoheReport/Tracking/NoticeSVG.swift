import Foundation
import KaoheCore
import KaoheTracking

/// Inline SVG charts of the monthly notice; sizes in SVG user units, scaled to the page by CSS. Every
/// label is escaped; numbers are written by the program.
enum NoticeSVG {
    static let ytdColor = "#2b6cb0"
    static let requiredColor = "#a0aec0"
    static let lineColor = "#2b6cb0"
    static let n = SVGChart.n
    static let esc = SummaryRender.esc

    static func double(_ d: Decimal) -> Double { NSDecimalNumber(decimal: d).doubleValue }

    static func render(_ chart: NoticeChart, id: String) -> String {
        switch chart {
        case let .ytdAgainstRequired(title, ytdLabel, requiredLabel, bars): ytd(title, ytdLabel, requiredLabel, bars, id: id)
        case let .monthlyLines(title, requiredLabel, panels): lines(title, requiredLabel, panels, id: id)
        }
    }

    /// Horizontal grouped bars from zero: per unit a blue bar for the YTD mean and a grey one for T.
    static func ytd(_ title: String, _ ytdLabel: String, _ requiredLabel: String, _ bars: [NoticeChart.YTDBar], id: String) -> String {
        let width = 680, labelWidth = 150.0, right = 630.0, top = 30.0, rowHeight = 24.0
        let values = bars.flatMap { [$0.ytd, $0.required] }.compactMap { $0 }.map(double)
        let step = SVGChart.niceStep(max(values.max() ?? 1, 1))
        let hi = max(step, ceil((values.max() ?? 0) / step) * step)
        func x(_ v: Double) -> Double { labelWidth + max(0, v) / hi * (right - labelWidth) }
        let bottom = top + rowHeight * Double(bars.count)
        var out: [String] = []
        out.append("<rect x=\"\(n(labelWidth))\" y=\"6\" width=\"12\" height=\"12\" fill=\"\(ytdColor)\"/><text x=\"\(n(labelWidth + 16))\" y=\"16\">\(esc(ytdLabel))</text>")
        out.append("<rect x=\"\(n(labelWidth + 140))\" y=\"6\" width=\"12\" height=\"12\" fill=\"\(requiredColor)\"/><text x=\"\(n(labelWidth + 156))\" y=\"16\">\(esc(requiredLabel))</text>")
        for k in 0...Int((hi / step).rounded()) {
            let t = Double(k) * step
            out.append("<line x1=\"\(n(x(t)))\" y1=\"\(n(top))\" x2=\"\(n(x(t)))\" y2=\"\(n(bottom))\" stroke=\"\(k == 0 ? "#2d3748" : "#e2e8f0")\" stroke-width=\"\(k == 0 ? 1 : 0.5)\"/>")
            out.append("<text x=\"\(n(x(t)))\" y=\"\(n(bottom + 14))\" text-anchor=\"middle\" fill=\"#4a5568\">\(String(format: "%g", t))</text>")
        }
        for (i, bar) in bars.enumerated() {
            let y = top + Double(i) * rowHeight
            out.append("<text x=\"\(n(labelWidth - 6))\" y=\"\(n(y + rowHeight / 2 + 4))\" text-anchor=\"end\">\(esc(bar.label))</text>")
            for (j, (value, text)) in [(bar.ytd, bar.ytdText), (bar.required, bar.requiredText)].enumerated() {
                let by = y + 3 + Double(j) * 9
                guard let value else {
                    out.append("<text x=\"\(n(x(0) + 3))\" y=\"\(n(by + 8))\" font-size=\"8\" fill=\"#718096\">—</text>")
                    continue
                }
                let w = x(double(value)) - x(0)
                out.append("<rect x=\"\(n(x(0)))\" y=\"\(n(by))\" width=\"\(n(w))\" height=\"8\" fill=\"\(j == 0 ? ytdColor : requiredColor)\"/>")
                out.append("<text x=\"\(n(x(0) + w + 3))\" y=\"\(n(by + 7.5))\" font-size=\"8\" fill=\"#2d3748\">\(esc(text))</text>")
            }
        }
        return SVGChart.figure(title, id: id, width: width, height: Int(bottom + 24), out)
    }

    /// Small multiples, three per row: per unit a line of its monthly means (a gap where a month has none)
    /// and T as a dashed line, on a common scale so panels compare.
    static func lines(_ title: String, _ requiredLabel: String, _ panels: [NoticeChart.MonthlyPanel], id: String) -> String {
        let columns = 3, panelW = 220.0, panelH = 120.0, left = 28.0, top = 22.0, bottomPad = 18.0
        let months = max(panels.map { $0.points.count }.max() ?? 1, 1)
        let values = panels.flatMap { $0.points.compactMap(\.mean) + [$0.required].compactMap { $0 } }.map(double)
        let step = SVGChart.niceStep(max(values.max() ?? 1, 1))
        let hi = max(step, ceil((values.max() ?? 0) / step) * step)
        let rows = (panels.count + columns - 1) / columns
        var out: [String] = []
        for (i, p) in panels.enumerated() {
            let ox = Double(i % columns) * (panelW + 6), oy = Double(i / columns) * panelH
            let plotW = panelW - left - 8, plotH = panelH - top - bottomPad
            func x(_ month: Int) -> Double { ox + left + (months == 1 ? plotW / 2 : Double(month - 1) / Double(months - 1) * plotW) }
            func y(_ v: Double) -> Double { oy + top + plotH - max(0, v) / hi * plotH }
            out.append("<text x=\"\(n(ox + left))\" y=\"\(n(oy + 14))\" font-weight=\"bold\">\(esc(p.label))</text>")
            out.append("<line x1=\"\(n(ox + left))\" y1=\"\(n(y(0)))\" x2=\"\(n(ox + left + plotW))\" y2=\"\(n(y(0)))\" stroke=\"#2d3748\" stroke-width=\"0.5\"/>")
            out.append("<text x=\"\(n(ox + left - 3))\" y=\"\(n(y(hi) + 4))\" text-anchor=\"end\" font-size=\"8\" fill=\"#4a5568\">\(String(format: "%g", hi))</text>")
            out.append("<text x=\"\(n(ox + left - 3))\" y=\"\(n(y(0)))\" text-anchor=\"end\" font-size=\"8\" fill=\"#4a5568\">0</text>")
            for m in [1, months] {
                out.append("<text x=\"\(n(x(m)))\" y=\"\(n(y(0) + 12))\" text-anchor=\"middle\" font-size=\"8\" fill=\"#4a5568\">\(m)</text>")
            }
            if let t = p.required {
                out.append("<line x1=\"\(n(ox + left))\" y1=\"\(n(y(double(t))))\" x2=\"\(n(ox + left + plotW))\" y2=\"\(n(y(double(t))))\" stroke=\"\(requiredColor)\" stroke-dasharray=\"4 3\"/>")
                out.append("<text x=\"\(n(ox + left + plotW))\" y=\"\(n(y(double(t)) - 2))\" text-anchor=\"end\" font-size=\"8\" fill=\"#4a5568\">\(esc(requiredLabel))</text>")
            }
            // Runs of consecutive months with a mean become polylines; a lone month is a dot.
            var run: [String] = []
            func flush() {
                if run.count > 1 { out.append("<polyline points=\"\(run.joined(separator: " "))\" fill=\"none\" stroke=\"\(lineColor)\" stroke-width=\"1.5\"/>") }
                run.removeAll()
            }
            for point in p.points {
                guard let mean = point.mean else { flush(); continue }
                let px = x(point.month), py = y(double(mean))
                run.append("\(n(px)),\(n(py))")
                out.append("<circle cx=\"\(n(px))\" cy=\"\(n(py))\" r=\"1.8\" fill=\"\(lineColor)\"/>")
            }
            flush()
        }
        let width = Int(Double(columns) * (panelW + 6))
        return SVGChart.figure(title, id: id, width: width, height: Int(Double(rows) * panelH + 4), out)
    }
}
