extension AccountRole {
    /// The role's name in Chinese.
    public var chinese: String {
        switch self {
        case .clerk: "单位填报员"
        case .department: "部门"
        case .bureau: "市环保局"
        case .approval: "环评审批"
        }
    }
}
