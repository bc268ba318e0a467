import Foundation

/// The figures and filing facts of a unit's self-inspection report (自查报告) for one year.
///
/// Concentrations are annual means in μg/m³; nil means the report did not give one.
public struct ReportSummary: Sendable, Hashable, Codable {
    public var areaCode: String
    public var year: Int
    /// The day the city received the report (R-3: late when after 12-31 of `year`).
    public var submittedOn: Day
    public var pm10AnnualMean: Decimal?
    public var pm25AnnualMean: Decimal?
    public var pm10ValidDays: Int?
    public var rulesPublished: Bool?
    public var rulesFiledOn: Day?
    public var planPublished: Bool?
    public var planFiledOn: Day?
    public var preparedBy: String?
    public var approvedBy: String?
    public var remarks: String?

    public init(
        areaCode: String, year: Int, submittedOn: Day, pm10AnnualMean: Decimal? = nil, pm25AnnualMean: Decimal? = nil,
        pm10ValidDays: Int? = nil, rulesPublished: Bool? = nil, rulesFiledOn: Day? = nil, planPublished: Bool? = nil,
        planFiledOn: Day? = nil, preparedBy: String? = nil, approvedBy: String? = nil, remarks: String? = nil
    ) {
        self.areaCode = areaCode
        self.year = year
        self.submittedOn = submittedOn
        self.pm10AnnualMean = pm10AnnualMean
        self.pm25AnnualMean = pm25AnnualMean
        self.pm10ValidDays = pm10ValidDays
        self.rulesPublished = rulesPublished
        self.rulesFiledOn = rulesFiledOn
        self.planPublished = planPublished
        self.planFiledOn = planFiledOn
        self.preparedBy = preparedBy
        self.approvedBy = approvedBy
        self.remarks = remarks
    }

    /// The reported annual mean of `pollutant`.
    public func annualMean(of pollutant: Pollutant) -> Decimal? {
        pollutant == .pm10 ? pm10AnnualMean : pm25AnnualMean
    }

    /// Days after 12-31 of the assessed year on which the report arrived; 0 when on time.
    public var daysLate: Int {
        max(0, Day(year: year, month: 12, day: 31)!.days(to: submittedOn))
    }
}

/// A unit's score claim for one key-task sub-indicator.
///
/// Points are exact decimals; the verified score, when the city has recorded one, replaces the self-score.
public struct KeyTaskScore: Sendable, Hashable, Codable {
    public var areaCode: String
    public var year: Int
    public var code: String
    public var selfScore: Decimal
    public var verifiedScore: Decimal?
    public var statusNote: String?

    public init(areaCode: String, year: Int, code: String, selfScore: Decimal, verifiedScore: Decimal? = nil, statusNote: String? = nil) {
        self.areaCode = areaCode
        self.year = year
        self.code = code
        self.selfScore = selfScore
        self.verifiedScore = verifiedScore
        self.statusNote = statusNote
    }

    /// The score that counts: verified when the city has checked it, else the unit's own.
    public var effectiveScore: Decimal { verifiedScore ?? selfScore }
}

/// One pollution-control project (治理项目) in a unit's report. Investments are in 万元 (10,000 CNY).
public struct Project: Sendable, Hashable, Codable {
    public var areaCode: String
    public var year: Int
    public var projectID: String
    public var name: String
    /// The key-task indicator code (1–10) the project serves.
    public var category: String
    public var responsibleUnit: String?
    public var plannedCompletion: Day?
    public var actualCompletion: Day?
    public var status: ProjectStatus
    public var plannedInvestment: Decimal?
    public var actualInvestment: Decimal?

    public init(
        areaCode: String, year: Int, projectID: String, name: String, category: String, responsibleUnit: String? = nil,
        plannedCompletion: Day? = nil, actualCompletion: Day? = nil, status: ProjectStatus,
        plannedInvestment: Decimal? = nil, actualInvestment: Decimal? = nil
    ) {
        self.areaCode = areaCode
        self.year = year
        self.projectID = projectID
        self.name = name
        self.category = category
        self.responsibleUnit = responsibleUnit
        self.plannedCompletion = plannedCompletion
        self.actualCompletion = actualCompletion
        self.status = status
        self.plannedInvestment = plannedInvestment
        self.actualInvestment = actualInvestment
    }
}

/// Funding from one source in a unit's report, in 万元 (10,000 CNY).
public struct Funding: Sendable, Hashable, Codable {
    public var areaCode: String
    public var year: Int
    public var source: FundingSource
    public var plannedAmount: Decimal
    public var actualAmount: Decimal

    public init(areaCode: String, year: Int, source: FundingSource, plannedAmount: Decimal, actualAmount: Decimal) {
        self.areaCode = areaCode
        self.year = year
        self.source = source
        self.plannedAmount = plannedAmount
        self.actualAmount = actualAmount
    }
}

/// The four parts a self-inspection report must cover.
public enum ReportPart: String, Sendable, Hashable, CaseIterable, Codable {
    /// 空气质量改善: the annual mean concentration, from the report summary.
    case quality
    /// 重点工作任务: key-task self-scores.
    case keyTasks = "key-tasks"
    /// 治理项目进展: pollution-control projects.
    case projects
    /// 资金投入: funding.
    case funding
}
