extension ReportPart {
    /// The part's name in Chinese, as the self-inspection report template calls it.
    public var chinese: String {
        switch self {
        case .quality: "空气质量改善"
        case .keyTasks: "重点工作任务"
        case .projects: "治理项目进展"
        case .funding: "资金投入"
        }
    }

    /// The part's name in English.
    public var english: String {
        switch self {
        case .quality: "air quality"
        case .keyTasks: "key tasks"
        case .projects: "projects"
        case .funding: "funding"
        }
    }
}
