/// Which code stood for a unit in an earlier year: the unit's own, or that of a predecessor a rename or recode
/// replaced by it, so a plan-period view reads as one unit's (issue 21, D-141).
///
/// Only one-to-one successions are followed: a merge's or split's successor is not one unit's continuation (its
/// figures are a mean or a part), so its predecessors' years are not joined to it.
public enum SuccessionLineage {
    /// The codes the unit `code` went by, newest first, each with the first assessed year it stood for the
    /// unit (nil for the oldest: every year before).
    public static func chain(of code: String, successions: [Succession]) -> [(code: String, from: Int?)] {
        var result: [(code: String, from: Int?)] = []
        var current = code, seen: Set<String> = [code]
        while true {
            let into = successions.filter { $0.successor == current }
            guard into.count == 1, let s = into.first, s.kind == .rename || s.kind == .recode, !seen.contains(s.predecessor) else { break }
            result.append((current, s.firstYearOfSuccessor))
            current = s.predecessor
            seen.insert(current)
        }
        result.append((current, nil))
        return result
    }

    /// The code that stood for the unit `code` in `year` (D-61: a successor stands from the year of its day).
    public static func code(of code: String, in year: Int, successions: [Succession]) -> String {
        chain(of: code, successions: successions).first { $0.from.map { $0 <= year } ?? true }?.code ?? code
    }
}
