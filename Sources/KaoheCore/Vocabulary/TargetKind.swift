/// The forms a concentration target can take.
public enum TargetKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// 下降比例: a decline against the base, in percent (10 means 10 %).
    case percentDecline = "下降比例"
    /// 消减值: an absolute reduction against the base, μg/m³.
    case absoluteReduction = "消减值"
    /// 浓度限值: a ceiling on the annual mean, μg/m³.
    case ceiling = "浓度限值"
    /// 持续改善: no numeric decline; the concentration must not exceed the base.
    case continuousImprovement = "持续改善"

    public var english: String {
        switch self {
        case .percentDecline: "percent decline"
        case .absoluteReduction: "absolute reduction"
        case .ceiling: "ceiling"
        case .continuousImprovement: "continuous improvement"
        }
    }

    /// The unit of the target value as printed next to it; empty for continuous improvement.
    public var valueUnit: String {
        switch self {
        case .percentDecline: "%"
        case .absoluteReduction, .ceiling: "μg/m³"
        case .continuousImprovement: ""
        }
    }

    /// Whether the targets template requires a 目标值 for this kind.
    public var needsValue: Bool { self != .continuousImprovement }
}
