import Foundation

/// The pollutant whose annual mean concentration is assessed. PM10 is the default.
public enum Pollutant: String, Sendable, Hashable, CaseIterable, Codable {
    case pm10 = "PM10"
    case pm25 = "PM2.5"
}

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

/// A unit's target for one assessed year, or its end-of-period target.
///
/// Concentrations are μg/m³ as exact decimals. `value` is in the unit of `kind` and is nil only for
/// continuous improvement.
public struct Target: Sendable, Hashable, Codable {
    public var areaCode: String
    public var year: Int
    public var pollutant: Pollutant
    public var baseYear: Int
    public var baseConcentration: Decimal
    public var kind: TargetKind
    public var value: Decimal?
    /// 终期目标: the end-of-period target from which annual requirements are derived.
    public var isFinal: Bool

    public init(
        areaCode: String, year: Int, pollutant: Pollutant = .pm10, baseYear: Int, baseConcentration: Decimal,
        kind: TargetKind, value: Decimal?, isFinal: Bool = false
    ) {
        self.areaCode = areaCode
        self.year = year
        self.pollutant = pollutant
        self.baseYear = baseYear
        self.baseConcentration = baseConcentration
        self.kind = kind
        self.value = value
        self.isFinal = isFinal
    }
}
