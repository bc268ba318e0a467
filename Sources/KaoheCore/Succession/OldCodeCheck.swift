/// What an import does with a row under a unit code that a succession replaced by the row's year (issue 21).
///
/// The rule set chooses (`OldCodePolicy`): accept the row with a warning naming the successor (the default of
/// this tool), or refuse it. The sentence says what becomes of an accepted row: a rename or recode successor
/// carries it when it has no report of its own (D-62); a merge or split successor is assessed on its own
/// report, so the row is kept but not assessed (D-104, D-105).
public struct OldCodeCheck: Sendable {
    public var successions: [Succession]
    /// Unit names by code, to name the successor.
    public var names: [String: String]
    public var policy: OldCodePolicy

    public init(successions: [Succession], names: [String: String], policy: OldCodePolicy) {
        self.successions = successions
        self.names = names
        self.policy = policy
    }

    /// The problem with a row for `code` and `year`, or nil when `code` still stands for itself in `year`.
    public func issue(code: String, year: Int) -> OldCodeIssue? {
        let replacing = successions.filter { $0.predecessor == code && $0.firstYearOfSuccessor <= year }
        guard let s = replacing.first else { return nil }
        let heirs = Self.heirs(replacing, names: names)
        let outcome: OldCodeIssue.Outcome = policy == .refuse ? .refused : s.kind == .rename || s.kind == .recode ? .carried : .notAssessed
        return OldCodeIssue(code: code, year: year, heirs: heirs, effective: s.effective, kind: s.kind, document: s.document, outcome: outcome)
    }

    /// The successors of `replacing` as the old-code sentences name them: "code name", the code alone for a unit
    /// without a name (`OldCodeIssue`, `OldCodeImportIssue`).
    static func heirs(_ replacing: [Succession], names: [String: String]) -> [String] {
        replacing.map { "\($0.successor) \(names[$0.successor] ?? "")".trimmingCharacters(in: .whitespaces) }
    }

    /// The same problem as whether it refuses the row, what is wrong and what to do.
    public func problem(code: String, year: Int) -> (refused: Bool, reason: Bilingual, fix: Bilingual)? {
        guard let issue = issue(code: code, year: year) else { return nil }
        return (issue.outcome == .refused, issue.reason, issue.fix!)
    }
}
