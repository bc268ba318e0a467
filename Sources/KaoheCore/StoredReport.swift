import Foundation

/// The report of a unit for a year as scoring sees it: the newest version of each part.
public struct StoredReport: Sendable, Hashable {
    public init(summary: ReportSummary? = nil, keyTasks: [KeyTaskScore] = [], projects: [Project] = [], funding: [Funding] = []) {
        self.summary = summary
        self.keyTasks = keyTasks
        self.projects = projects
        self.funding = funding
    }

    /// The date that decides on time or late: the first submission's, else the summary's own (R-3 revised).
    public var lateness: Day? { firstSubmittedOn ?? summary?.submittedOn }

    public var summary: ReportSummary?
    /// The date of the first submission of the year (the oldest stored report summary), which decides
    /// on time or late (R-3 revised); nil when no summary was ever stored or not read.
    public var firstSubmittedOn: Day?
    /// The date of the newest summary when it corrects an earlier one (更正日期, R-3 revised); nil otherwise.
    public var correctedOn: Day?
    public var keyTasks: [KeyTaskScore]
    public var projects: [Project]
    public var funding: [Funding]

    /// Whether any part of the report has a row (a summary, a key task, a project or a funding line).
    public var hasRows: Bool { summary != nil || !keyTasks.isEmpty || !projects.isEmpty || !funding.isEmpty }

    /// The parts present; quality counts as present when the summary gives the pollutant's mean.
    public func parts(pollutant: Pollutant) -> Set<ReportPart> {
        var parts: Set<ReportPart> = []
        if summary?.annualMean(of: pollutant) != nil { parts.insert(.quality) }
        if !keyTasks.isEmpty { parts.insert(.keyTasks) }
        if !projects.isEmpty { parts.insert(.projects) }
        if !funding.isEmpty { parts.insert(.funding) }
        return parts
    }
}

/// The rows of one (part, unit, year) group of an incoming batch.
public struct ReportPartRows: Sendable {
    public var areaCode: String
    public var year: Int
    public var part: ReportPart
    public var summary: ReportSummary? {
        get { summaries.first }
        set { summaries = newValue.map { [$0] } ?? [] }
    }
    /// The date of the first submission of the year (the oldest stored report summary), which decides
    /// on time or late (R-3 revised); nil when no summary was ever stored or not read.
    public var firstSubmittedOn: Day? {
        get { dates.first ?? nil }
        set { dates = [newValue, correctedOn] }
    }
    /// The date of the newest summary when it corrects an earlier one (更正日期, R-3 revised); nil otherwise.
    public var correctedOn: Day? {
        get { dates.count > 1 ? dates[1] : nil }
        set { dates = [firstSubmittedOn, newValue] }
    }
    /// The summary and the two dates are held in arrays, a word each, rather than inline: a batch holds a
    /// group per part of every unit, and inline they made a group about 480 bytes, 58 MB at 30,000 units
    /// whether or not it was a summary's (issue 14).
    private var summaries: [ReportSummary] = []
    private var dates: [Day?] = []
    public var keyTasks: [KeyTaskScore] = []
    public var projects: [Project] = []
    public var funding: [Funding] = []
    /// Names of the files (of this batch) the rows came from.
    public var files: [String]

    /// The key of one report part of one unit and year.
    public static func key(_ part: ReportPart, _ area: String, _ year: Int) -> String { "\(part.rawValue)/\(area)/\(year)" }

    public init(areaCode: String, year: Int, part: ReportPart, files: [String]) {
        self.areaCode = areaCode
        self.year = year
        self.part = part
        self.files = files
    }

    /// The rows in a canonical order, comparable with a stored version.
    public var content: StoredReport {
        StoredReport(
            summary: summary, keyTasks: keyTasks.sorted { $0.code < $1.code }, projects: projects.sorted { $0.projectID < $1.projectID },
            funding: funding.sorted { $0.source.rawValue < $1.source.rawValue })
    }
}

/// All rows of a set of report files, before they are grouped into versions.
public struct ReportRows: Sendable, Hashable {
    public var summaries: [ReportSummary] = []
    public var keyTasks: [KeyTaskScore] = []
    public var projects: [Project] = []
    public var funding: [Funding] = []

    public init() {}

    /// The rows grouped by (part, unit, year), each with the files it came from.
    ///
    /// `origins` maps `ReportPartRows.key(part, area, year)` to file names; groups are ordered by unit,
    /// year and part so versions are created in a stable order.
    public func groups(origins: [String: [String]]) -> [ReportPartRows] {
        var groups: [String: ReportPartRows] = [:]
        func group(_ part: ReportPart, _ area: String, _ year: Int) -> String {
            let k = ReportPartRows.key(part, area, year)
            if groups[k] == nil { groups[k] = ReportPartRows(areaCode: area, year: year, part: part, files: origins[k] ?? []) }
            return k
        }
        for r in summaries { groups[group(.quality, r.areaCode, r.year)]!.summary = r }
        for r in keyTasks { groups[group(.keyTasks, r.areaCode, r.year)]!.keyTasks.append(r) }
        for r in projects { groups[group(.projects, r.areaCode, r.year)]!.projects.append(r) }
        for r in funding { groups[group(.funding, r.areaCode, r.year)]!.funding.append(r) }
        let order = Dictionary(uniqueKeysWithValues: ReportPart.allCases.enumerated().map { ($1, $0) })
        return groups.values.sorted { ($0.areaCode, $0.year, order[$0.part]!) < ($1.areaCode, $1.year, order[$1.part]!) }
    }
}
