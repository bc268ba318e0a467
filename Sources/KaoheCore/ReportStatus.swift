/// Where a unit's self-inspection report for a year stands: timeliness, completeness and the
/// publication and filing of its implementation rules and annual plan.
public struct ReportStatus: Sendable, Hashable, Codable {
    public enum Submission: Sendable, Hashable, Codable {
        /// Received on or before 12-31 of the assessed year.
        case onTime(Day)
        /// Received after 12-31, by this many days.
        case late(Day, days: Int)
        /// Some parts arrived, but no report summary, so there is no submission date.
        case undated
        /// Nothing at all (未报送).
        case missing
    }

    public var areaCode: String
    public var year: Int
    public var submission: Submission
    /// The R-4 parts absent from the report; empty when complete. Empty too when the report is missing.
    public var missingParts: [ReportPart]
    public var rulesPublished: Bool?
    public var rulesFiledOn: Day?
    public var planPublished: Bool?
    public var planFiledOn: Day?
    /// 更正日期: the date of the newest summary when it corrects an earlier submission; on time or late
    /// stays decided by the first submission (R-3 revised).
    public var correctedOn: Day?
    /// The newest recorded filing events of the year, attached with `withFilings`; nil when none was
    /// recorded, and in records issued before events existed (which so print as issued, R-22b).
    public var rulesEvent: FilingEvent? = nil
    public var planEvent: FilingEvent? = nil

    /// Works out the status from the report as stored (the newest version of each part).
    public init(areaCode: String, year: Int, pollutant: Pollutant, report: StoredReport) {
        self.areaCode = areaCode
        self.year = year
        let present = report.parts(pollutant: pollutant)
        if report.summary != nil, let first = report.lateness {
            let late = max(0, Day(year: year, month: 12, day: 31)!.days(to: first))
            submission = late > 0 ? .late(first, days: late) : .onTime(first)
            correctedOn = report.correctedOn
        } else {
            submission = present.isEmpty ? .missing : .undated
        }
        missingParts = present.isEmpty && report.summary == nil ? [] : ReportPart.allCases.filter { !present.contains($0) }
        rulesPublished = report.summary?.rulesPublished
        rulesFiledOn = report.summary?.rulesFiledOn
        planPublished = report.summary?.planPublished
        planFiledOn = report.summary?.planFiledOn
    }

    /// Whether the report has a summary (so a submission date), whose columns state publication and filing.
    public var hasSummary: Bool {
        switch submission {
        case .onTime, .late: true
        case .undated, .missing: false
        }
    }

    public var isMissing: Bool { if case .missing = submission { true } else { false } }
    public var isIncomplete: Bool { !missingParts.isEmpty }
}
