extension TrackingStatus {
    /// The status as the monthly notice names it: 进度正常 / 预警 / 严重滞后 / 已无法完成.
    public var chinese: String {
        switch self {
        case .onTrack: "进度正常"
        case .warning: "预警"
        case .seriouslyBehind: "严重滞后"
        case .cannotMeet: "已无法完成"
        }
    }

    /// The status in English.
    public var english: String {
        switch self {
        case .onTrack: "on track"
        case .warning: "warning"
        case .seriouslyBehind: "seriously behind"
        case .cannotMeet: "cannot be met"
        }
    }
}
