/// The old-code check of the imports other than reports (issue 21, D-145): targets, station-to-unit mappings and
/// monitoring rows under a unit code that a succession in force replaced by the day they are for.
///
/// The rule set's `[succession] old_codes` decides, as for reports (D-108): `warn` (a default of this tool) keeps
/// the rows as given with one located warning per file and code, with the count, naming the successor and what
/// becomes of the rows (D-126's pattern); `refuse` gives a located error naming the successor — at each row of a
/// targets or mapping file, once per code with the count and days for a monitoring file — and the import stores
/// nothing of the file.
public struct OldCodeImports: Sendable {
    /// What the rows are, which decides the day each is for and the words.
    public enum Kind: Sendable, Hashable {
        /// Target rows: a row for year Y is for 12-31 of Y, so it is questioned when Y is at or after the
        /// succession's first year (D-61).
        case targets
        /// Mapping rows: a row is for its last day (or for ever while it holds), so it is questioned when it
        /// reaches the succession day.
        case stationMapping
        /// Monitoring station-days: each is for its own day.
        case monitoring
    }

    /// One row of a file under a unit code: the last day it is for, and where it is.
    public struct Use: Sendable, Hashable {
        public var code: String
        public var day: Day
        public var line: Int?
        public var column: Int?
        public var header: String?

        public init(code: String, day: Day, line: Int?, column: Int? = nil, header: String? = nil) {
            self.code = code
            self.day = day
            self.line = line
            self.column = column
            self.header = header
        }
    }

    public var successions: [Succession]
    /// Unit names by code, to name the successor.
    public var names: [String: String]
    public var policy: OldCodePolicy
    private let byPredecessor: [String: [Succession]]

    public init(successions: [Succession], names: [String: String], policy: OldCodePolicy) {
        self.successions = successions
        self.names = names
        self.policy = policy
        byPredecessor = Dictionary(grouping: successions, by: \.predecessor)
    }

    /// Whether `code` is a predecessor of some succession, so its rows must be looked at.
    public func mayReplace(_ code: String) -> Bool { byPredecessor[code] != nil }

    /// The located warnings or errors for `uses`, the rows of `file` in any order (a code's first row is its lowest
    /// line, its days the earliest and latest); empty when no row is under a code replaced by its day.
    public func diagnostics(file: String, kind: Kind, uses: some Sequence<Use>) -> [Diagnostic] {
        var groups: [String: Group] = [:]
        var order: [String] = []
        var rowErrors: [Diagnostic] = []
        let perRow = policy == .refuse && kind != .monitoring
        for use in uses {
            guard let candidates = byPredecessor[use.code] else { continue }
            let replacing = candidates.filter { $0.effective <= use.day }
            guard !replacing.isEmpty else { continue }
            if perRow {
                rowErrors.append(diagnostic(file: file, kind: kind, use: use, replacing: replacing, count: 1, days: nil))
                continue
            }
            if var g = groups[use.code] {
                g.count += 1
                if (use.line ?? .max) < (g.first.line ?? .max) { g.first = use }
                g.firstDay = min(g.firstDay, use.day)
                g.lastDay = max(g.lastDay, use.day)
                groups[use.code] = g
            } else {
                groups[use.code] = Group(replacing: replacing, count: 1, first: use, firstDay: use.day, lastDay: use.day)
                order.append(use.code)
            }
        }
        return rowErrors + order.map { code in
            let g = groups[code]!
            return diagnostic(file: file, kind: kind, use: g.first, replacing: g.replacing, count: g.count, days: g.firstDay...g.lastDay)
        }
    }

    /// The rows of one code in one file, while they are counted.
    struct Group {
        var replacing: [Succession]
        var count = 0
        var first: Use
        var firstDay: Day
        var lastDay: Day
    }

    func diagnostic(file: String, kind: Kind, use: Use, replacing: [Succession], count: Int, days: ClosedRange<Day>?) -> Diagnostic {
        let s = replacing.min { $0.effective < $1.effective }!
        let heirs = OldCodeCheck.heirs(replacing, names: names)
        let data: OldCodeImportIssue.Data =
            switch kind {
            case .targets: .targets
            case .stationMapping: .stationMapping
            case .monitoring: .monitoring(first: days?.lowerBound ?? use.day, last: days?.upperBound ?? use.day)
            }
        let carriedKind = s.kind == .rename || s.kind == .recode
        let outcome: OldCodeImportIssue.Outcome =
            if policy == .refuse { .refused }
            else if kind == .targets { s.kind == .merge ? .targetsDerived : .targetsTaken }
            else { carriedKind ? .dataCarried : .dataNotOwn }
        let issue = OldCodeImportIssue(
            code: use.code, heirs: heirs, effective: s.effective, kind: s.kind, document: s.document, data: data, outcome: outcome, count: count)
        return Diagnostic(
            policy == .refuse ? .error : .warning, file: file, line: use.line, column: use.column, header: use.header, problem: issue)
    }
}

extension OldCodeImports {
    /// The check of a station-to-unit mapping file's rows: each is for its last day, or for every day while it holds
    /// (D-145). Rows are located at their line.
    public func mappingDiagnostics(file: String, rows: [StationAssignment]) -> [Diagnostic] {
        diagnostics(file: file, kind: .stationMapping, uses: rows.map { r in
            OldCodeImports.Use(code: r.unit, day: r.to ?? Day.last, line: r.line == 0 ? nil : r.line)
        })
    }
}
