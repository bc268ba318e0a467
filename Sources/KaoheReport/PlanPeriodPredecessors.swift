import Foundation
import KaoheCore

extension PlanPeriodHistory {
    /// The predecessors whose years the view shows, each with its first and last year there, oldest first
    /// (issue 21, D-141): consecutive years named after the same unit form one span.
    var predecessorSpans: [(name: String, years: ClosedRange<Int>)] {
        var spans: [(name: String, years: ClosedRange<Int>)] = []
        for y in years {
            guard let name = y.unitName else { continue }
            if let last = spans.last, last.name == name, last.years.upperBound == y.year - 1 {
                spans[spans.count - 1].years = last.years.lowerBound...y.year
            } else {
                spans.append((name, y.year...y.year))
            }
        }
        return spans
    }

    /// The chart panel's label: the unit's name, followed by the years its predecessors stood for it when the view
    /// shows them — "安州区（2013—2015年为安县）" (D-146).
    func panelLabel(_ lang: Language) -> String {
        let spans = predecessorSpans
        return spans.isEmpty ? area.name : area.name + lang.pick(SuccessionText.predecessorYears(spans))
    }
}
