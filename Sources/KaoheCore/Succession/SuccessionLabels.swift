/// How a unit is named in the lists of a year before it was succeeded: as it was called then, with its
/// successor noted — "安县（2016年起为安州区）" (issue 21).
public enum SuccessionLabels {
    /// The note for `code` in `year`, nil when no succession in force replaced it after that year.
    ///
    /// The earliest later succession counts (a unit is succeeded once; a split names each successor).
    public static func note(code: String, year: Int, successions: [Succession], names: [String: String]) -> Bilingual? {
        let later = successions.filter { $0.predecessor == code && $0.firstYearOfSuccessor > year }
        guard let first = later.min(by: { $0.effective < $1.effective }) else { return nil }
        let heirs = later.filter { $0.effective == first.effective }.map { names[$0.successor] ?? $0.successor }
        let from = first.firstYearOfSuccessor
        return SuccessionText.successorNote(from: from, heirs: heirs)
    }

    /// `run` with each unit's name followed by its successor note in the language asked, for display only.
    public static func labelled(_ run: AssessmentRun, english: Bool) -> AssessmentRun {
        var run = run
        for k in run.results.indices {
            if let n = run.results[k].successorNote { run.results[k].area.name += english ? n.en : n.zh }
        }
        return run
    }

    /// `areas` each named as it was called in `year`, followed by its successor note in the language asked
    /// ("安县（2016年起为安州区）"), for lists that are not runs: report status, the in-year tracking view and its
    /// notice (issue 21, D-110). The same note as a run's (`note`); successors are named from `areas`.
    public static func labelled(_ areas: [Area], year: Int, successions: [Succession], english: Bool) -> [Area] {
        guard !successions.isEmpty else { return areas }
        let names = Dictionary(areas.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        return areas.map { area in
            var area = area
            if let n = note(code: area.code, year: year, successions: successions, names: names) { area.name += english ? n.en : n.zh }
            return area
        }
    }
}
