extension SummonsStatus {
    /// 待约谈 / 已约谈 / 整改中 / 已整改销号 / 已撤销.
    public static func chinese(_ s: SummonsStatus) -> String {
        switch s {
        case .planned: "待约谈"
        case .held: "已约谈"
        case .rectifying: "整改中"
        case .closed: "已整改销号"
        case .withdrawn: "已撤销"
        }
    }

    /// planned / held / rectifying / rectified and closed / withdrawn.
    public static func english(_ s: SummonsStatus) -> String {
        switch s {
        case .planned: "planned"
        case .held: "held"
        case .rectifying: "rectifying"
        case .closed: "rectified and closed"
        case .withdrawn: "withdrawn"
        }
    }
}
