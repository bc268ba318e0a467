import Foundation

/// The pollutant whose annual mean concentration is assessed. PM10 is the default.
public enum Pollutant: String, Sendable, Hashable, CaseIterable, Codable {
    case pm10 = "PM10"
    case pm25 = "PM2.5"
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
