/// Which units a year's lists name: the units that exist in the year, as the assessment of that year sees them
/// (issue 21, D-61).
///
/// A unit that a succession in force replaced by the year (its first year, D-61, is at or before it) is not
/// expected in the year, and a successor whose first year is after the year did not exist yet. Such a unit is
/// still listed when it has rows of the year — what it sent is never hidden — with a note saying what becomes of
/// them; it is left out of the year's counts. `SuccessionResolution.apply` assesses exactly the units `exists`
/// says exist, so a list and an assessment of the same year agree.
public enum SuccessionMembership {
    /// How a unit stands in a year's list.
    public enum Place: Sendable, Hashable {
        /// The unit exists in the year: listed and counted.
        case expected
        /// Not expected in the year but it has rows of it: listed with this note, not counted.
        case listedOnly(note: Bilingual)
        /// Not expected and nothing of the year: left out.
        case absent
    }

    /// Whether the unit `code` exists in `year`: no succession in force replaced it by then, and it is not a
    /// successor of a succession whose first year is later.
    public static func exists(_ code: String, in year: Int, successions: [Succession]) -> Bool {
        !successions.contains { s in
            (s.predecessor == code && s.firstYearOfSuccessor <= year) || (s.successor == code && s.firstYearOfSuccessor > year)
        }
    }

    /// Where `code` stands in `year`'s list; `hasRows` says whether it has rows of the year (a report, monitoring).
    ///
    /// `names` name the successors in the note; `monitoring` says the rows are monitoring days, not a report.
    public static func place(
        of code: String, in year: Int, successions: [Succession], names: [String: String], hasRows: Bool, monitoring: Bool = false
    ) -> Place {
        if exists(code, in: year, successions: successions) { return .expected }
        guard hasRows else { return .absent }
        let replacing = successions.filter { $0.predecessor == code && $0.firstYearOfSuccessor <= year }
        if let first = replacing.min(by: { $0.effective < $1.effective }) {
            let event = replacing.filter { $0.effective == first.effective }
            let heirs = event.map { names[$0.successor] ?? $0.successor }
            // A rename or recode successor carries the unit's rows when it has none of its own (D-62); a merge's or
            // split's successor is assessed on its own (D-104, D-105), so these rows are not assessed.
            let carried = first.kind == .rename || first.kind == .recode
            return .listedOnly(note: SuccessionText.replacedNote(from: first.firstYearOfSuccessor, heirs: heirs, carried: carried, monitoring: monitoring))
        }
        let from = successions.filter { $0.successor == code }.map(\.firstYearOfSuccessor).min() ?? year + 1
        return .listedOnly(note: SuccessionText.notYetNote(from: from, monitoring: monitoring))
    }

    /// One unit of a year's list: named as it was called in the year, and whether the year's counts include it.
    public struct Listed: Sendable, Hashable {
        public var area: Area
        /// False for a unit listed only for its rows (`Place.listedOnly`): it is left out of the counts.
        public var expected: Bool
    }

    /// The units of `year`'s list, in the order of `areas`: each that exists, named with its successor note when
    /// it was succeeded after the year (`SuccessionLabels`), and each that does not exist but has rows of the
    /// year (`withRows` says which; `monitoring` when the rows are monitoring days), named with the note of `place`.
    public static func listed(
        _ areas: [Area], year: Int, successions: [Succession], withRows: (String) -> Bool, english: Bool, monitoring: Bool = false
    ) -> [Listed] {
        guard !successions.isEmpty else { return areas.map { Listed(area: $0, expected: true) } }
        let names = Dictionary(areas.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        let labelled = SuccessionLabels.labelled(areas, year: year, successions: successions, english: english)
        return labelled.compactMap { area in
            switch place(of: area.code, in: year, successions: successions, names: names, hasRows: withRows(area.code), monitoring: monitoring) {
            case .expected: return Listed(area: area, expected: true)
            case .absent: return nil
            case .listedOnly(let note):
                var area = area
                area.name += english ? note.en : note.zh
                return Listed(area: area, expected: false)
            }
        }
    }
}
