import Foundation
import KaoheCore

extension SVGChart {
    /// Small multiples of the plan period (issue 22): one small chart per unit, five to a row, each with the
    /// annual mean by year (a line through the published years; the base year's point hollow) and the final
    /// target's concentration as a dashed line. Every unit has its own vertical scale, ticked in μg/m³; every
    /// label is escaped.
    static func planPeriod(_ title: String, _ targetLabel: String, _ panels: [SummaryDocument.PlanPeriodPanel], id: String) -> String {
        // At most three rows of five panels in one figure, so a figure fits a landscape page with its caption
        // (a figure is never broken over pages); more units continue in further figures, numbered "(2/3)".
        let perFigure = 15
        let chunks = stride(from: 0, to: max(panels.count, 1), by: perFigure).map { Array(panels[$0..<min($0 + perFigure, panels.count)]) }
        return chunks.enumerated().map { i, chunk in
            planPeriodFigure(
                chunks.count == 1 ? title : "\(title) (\(i + 1)/\(chunks.count))", targetLabel, chunk, id: chunks.count == 1 ? id : "\(id)-\(i + 1)")
        }.joined(separator: "\n")
    }

    static func planPeriodFigure(_ title: String, _ targetLabel: String, _ panels: [SummaryDocument.PlanPeriodPanel], id: String) -> String {
        let width = 680, columns = 5
        let panelWidth = Double(width) / Double(columns), panelHeight = 90.0
        let rows = max(1, (panels.count + columns - 1) / columns)
        let height = Int(24 + panelHeight * Double(rows))
        var out: [String] = []
        // Legend
        out.append("<line x1=\"10\" y1=\"12\" x2=\"34\" y2=\"12\" stroke=\"#c53030\" stroke-dasharray=\"4 3\"/><text x=\"38\" y=\"16\">\(esc(targetLabel))</text>")
        for (k, panel) in panels.enumerated() {
            let ox = panelWidth * Double(k % columns), oy = 24 + panelHeight * Double(k / columns)
            let left = ox + 28, right = ox + panelWidth - 10, top = oy + 22, bottom = oy + panelHeight - 14
            out.append("<text x=\"\(n(ox + panelWidth / 2))\" y=\"\(n(oy + 12))\" text-anchor=\"middle\" font-weight=\"bold\">\(esc(panel.label))</text>")
            let values = panel.points.compactMap(\.value).map(double) + (panel.target.map { [double($0)] } ?? [])
            guard let vmin = values.min(), let vmax = values.max() else {
                out.append("<text x=\"\(n(ox + panelWidth / 2))\" y=\"\(n(oy + panelHeight / 2))\" text-anchor=\"middle\" fill=\"#718096\">—</text>")
                continue
            }
            // At least 1 μg/m³ a tick, and half a tick of room above and below the values for their labels.
            // About three intervals: the panels are small.
            let step = max(niceStep(max(vmax - vmin, 5) * 5 / 3), 1)
            let lo = floor((vmin - step / 2) / step) * step
            let hi = ceil((vmax + step / 2) / step) * step
            func y(_ v: Double) -> Double { bottom - (v - lo) / (hi - lo) * (bottom - top) }
            let count = max(panel.points.count - 1, 1)
            // The first and last years stand in from the axes so their labels do not run into the ticks.
            func x(_ i: Int) -> Double { left + 12 + Double(i) / Double(count) * (right - left - 20) }
            for t in stride(from: lo, through: hi + step / 2, by: step) {
                out.append("<line x1=\"\(n(left))\" y1=\"\(n(y(t)))\" x2=\"\(n(right))\" y2=\"\(n(y(t)))\" stroke=\"#e2e8f0\" stroke-width=\"0.5\"/>")
                out.append("<text x=\"\(n(left - 3))\" y=\"\(n(y(t) + 3))\" text-anchor=\"end\" font-size=\"8\" fill=\"#4a5568\">\(String(format: "%g", t))</text>")
            }
            out.append("<line x1=\"\(n(left))\" y1=\"\(n(bottom))\" x2=\"\(n(right))\" y2=\"\(n(bottom))\" stroke=\"#2d3748\"/>")
            for (i, p) in panel.points.enumerated() {
                out.append("<text x=\"\(n(x(i)))\" y=\"\(n(bottom + 11))\" text-anchor=\"middle\" font-size=\"8\">\(p.year)</text>")
            }
            if let target = panel.target {
                out.append("<line x1=\"\(n(left))\" y1=\"\(n(y(double(target))))\" x2=\"\(n(right))\" y2=\"\(n(y(double(target))))\" stroke=\"#c53030\" stroke-dasharray=\"4 3\"><title>\(esc(targetLabel)) \(esc(panel.targetText ?? ""))</title></line>")
            }
            // The line joins consecutive years that have a value; a year without one breaks it.
            var segment: [String] = []
            func flush() {
                if segment.count > 1 { out.append("<polyline points=\"\(segment.joined(separator: " "))\" fill=\"none\" stroke=\"\(actualColor)\" stroke-width=\"1.5\"/>") }
                segment = []
            }
            for (i, p) in panel.points.enumerated() {
                guard let v = p.value else { flush(); continue }
                segment.append("\(n(x(i))),\(n(y(double(v))))")
            }
            flush()
            for (i, p) in panel.points.enumerated() {
                guard let v = p.value else { continue }
                out.append("<circle cx=\"\(n(x(i)))\" cy=\"\(n(y(double(v))))\" r=\"2.5\" fill=\"\(p.isBase ? "#ffffff" : actualColor)\" stroke=\"\(actualColor)\"/>")
                out.append("<text x=\"\(n(x(i)))\" y=\"\(n(y(double(v)) - 5))\" text-anchor=\"middle\" font-size=\"8\">\(esc(p.text ?? ""))</text>")
            }
        }
        return figure(title, id: id, width: width, height: height, out)
    }
}
