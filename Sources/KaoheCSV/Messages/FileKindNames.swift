import KaoheCore

extension FileKind {
    /// The template's Chinese name, for messages.
    public var chinese: String {
        switch self {
        case .areas: "区域"
        case .targets: "目标"
        case .report: "自查报告"
        case .keyTasks: "重点任务"
        case .projects: "治理项目"
        case .funding: "资金投入"
        case .monitoring: "监测数据"
        case .filings: "备案登记"
        case .departments: "部门"
        case .departmentTasks: "部门任务分解"
        case .departmentReport: "部门自查报告"
        case .successions: "单位承继"
        }
    }
}
