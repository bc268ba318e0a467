/// The kind of an assessed unit, as written in the areas template.
public enum AreaType: String, Sendable, Hashable, CaseIterable, Codable {
    case county = "县"
    case autonomousCounty = "自治县"
    case countyLevelCity = "县级市"
    case district = "区"
    case park = "园区"
    case subdistrictOffice = "办事处"

    /// English label for reports in English.
    public var english: String {
        switch self {
        case .county: "county"
        case .autonomousCounty: "autonomous county"
        case .countyLevelCity: "county-level city"
        case .district: "district"
        case .park: "park"
        case .subdistrictOffice: "sub-district office"
        }
    }

    /// Parks and offices are led by a committee, counties and districts by a government (R-21 wording).
    public var isPark: Bool { self == .park || self == .subdistrictOffice }
}
