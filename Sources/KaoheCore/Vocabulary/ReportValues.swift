/// Where a pollution-control project stands.
public enum ProjectStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case notStarted = "未开工"
    case underConstruction = "在建"
    case completed = "已完成"
    case cancelled = "已取消"

    public var english: String {
        switch self {
        case .notStarted: "not started"
        case .underConstruction: "under construction"
        case .completed: "completed"
        case .cancelled: "cancelled"
        }
    }
}

/// Where air-pollution funding came from (资金来源).
public enum FundingSource: String, Sendable, Hashable, CaseIterable, Codable {
    case central = "中央财政"
    case provincial = "省级财政"
    case cityCounty = "市县财政"
    case enterprise = "企业自筹"
    case socialCapital = "社会资本"
    case other = "其他"

    public var english: String {
        switch self {
        case .central: "central budget"
        case .provincial: "provincial budget"
        case .cityCounty: "city and county budgets"
        case .enterprise: "enterprises' own funds"
        case .socialCapital: "social capital"
        case .other: "other"
        }
    }
}
