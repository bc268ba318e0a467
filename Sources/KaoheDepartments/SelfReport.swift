import Foundation
import KaoheCore

/// A department's report on one task: what it did, its self-score and, once checked, the bureau's verified score.
public struct DepartmentTaskReport: Sendable, Hashable, Codable {
    public var taskCode: String
    /// 完成情况: what was done.
    public var completionNote: String?
    /// 自评得分: 0 up to the task's points.
    public var selfScore: Decimal
    /// 佐证材料: the evidence the department offers (document numbers, files).
    public var evidenceNote: String?
    /// 核定得分: the city bureau's verified score, which replaces the self-score when present.
    public var verifiedScore: Decimal?

    public init(taskCode: String, completionNote: String? = nil, selfScore: Decimal, evidenceNote: String? = nil, verifiedScore: Decimal? = nil) {
        self.taskCode = taskCode
        self.completionNote = completionNote
        self.selfScore = selfScore
        self.evidenceNote = evidenceNote
        self.verifiedScore = verifiedScore
    }

    /// The score that counts: verified when present, else self.
    public var effectiveScore: Decimal { verifiedScore ?? selfScore }
}

/// A department's self-inspection report for a year (部门自查报告), one stored version of it.
public struct DepartmentReport: Sendable, Hashable, Codable {
    public var departmentCode: String
    public var year: Int
    /// 报送日期 of this version.
    public var submittedOn: Day
    public var tasks: [DepartmentTaskReport]
    /// The stored version (1 = first submission); 0 for a report not stored yet.
    public var version: Int
    /// The first version's 报送日期, which decides on time or late (R-3 revised); nil for a report not stored yet.
    public var firstSubmittedOn: Day?
    /// The version of the task list the report was checked against when imported.
    public var taskListVersion: Int

    public init(
        departmentCode: String, year: Int, submittedOn: Day, tasks: [DepartmentTaskReport], version: Int = 0, firstSubmittedOn: Day? = nil,
        taskListVersion: Int = 0
    ) {
        self.departmentCode = departmentCode
        self.year = year
        self.submittedOn = submittedOn
        self.tasks = tasks
        self.version = version
        self.firstSubmittedOn = firstSubmittedOn
        self.taskListVersion = taskListVersion
    }

    /// The content a new import is compared with: the date and the task rows (not the version bookkeeping).
    public func sameContent(as other: DepartmentReport) -> Bool { submittedOn == other.submittedOn && tasks == other.tasks }

    /// The last day a report is on time: 12-31 of the assessed year, the areas' deadline.
    public static func deadline(year: Int) -> Day { Day(year: year, month: 12, day: 31)! }
}
