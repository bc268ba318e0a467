import Foundation
import KaoheCore

/// A unit's monthly means across the renames and recodes that led to it, so a trend over several years reads as one
/// unit's (issue 21, D-146): the years before the unit's first year (D-61) are its predecessor's months.
///
/// Only one-to-one successions are followed (`SuccessionLineage`): a merge's or split's predecessors are not one
/// unit's earlier self.
public enum SuccessorTrend {
    /// A predecessor whose months stand in a successor's trend: its code and the first and last year of them.
    public struct Span: Sendable, Hashable {
        public var code: String
        public var years: ClosedRange<Int>

        public init(code: String, years: ClosedRange<Int>) {
            self.code = code
            self.years = years
        }
    }

    /// The monthly means of `code` from `from` through `through`, each year's from the code that stood for the unit
    /// then, and the predecessors whose months were taken (oldest first; empty when none).
    public static func monthlyMeans(
        of code: String, series: [String: [StationSeries]], successions: [Succession], from: Int, through: Day, excludeDust: Bool
    ) -> (months: [MonthMean], predecessors: [Span]) {
        let chain = SuccessionLineage.chain(of: code, successions: successions)
        var months: [MonthMean] = [], spans: [Span] = []
        var upper = through.year
        for (i, link) in chain.enumerated() {
            let lower = max(from, link.from ?? from)
            defer { upper = min(upper, lower - 1) }
            guard lower <= upper else { continue }
            let own = Trends.monthlyMeans(series[link.code] ?? [], from: lower, through: through, excludeDust: excludeDust)
                .filter { $0.year <= upper }
            months = own + months
            if i > 0, let first = own.first, let last = own.last { spans.insert(Span(code: link.code, years: first.year...last.year), at: 0) }
        }
        return (months, spans)
    }

    /// The name of a unit followed by the years its predecessors stood for it: "安州区（2013—2015年为安县）"
    /// (`names` name the predecessors; a code without a name is shown as it is).
    public static func label(_ name: String, predecessors: [Span], names: [String: String], english: Bool) -> String {
        guard !predecessors.isEmpty else { return name }
        let note = SuccessionText.predecessorYears(predecessors.map { (names[$0.code] ?? $0.code, $0.years) })
        return name + (english ? note.en : note.zh)
    }
}
