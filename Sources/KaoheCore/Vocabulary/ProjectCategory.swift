import Foundation

/// The kind of construction project whose environmental impact assessment (环评) approval is asked about.
public enum ProjectCategory: String, Sendable, Hashable, CaseIterable, Codable {
    /// 民生项目: exempt from the freeze.
    case livelihood = "民生"
    /// 节能减排项目: exempt from the freeze.
    case energySaving = "节能减排"
    /// Adds no air-pollutant emissions: outside the freeze.
    case noNewEmissions = "不新增大气污染物排放"
    /// Any other project that adds air-pollutant emissions: frozen (R-19(b)).
    case emitting = "新增大气污染物排放"

    /// The English alias accepted on the command line and used in English output.
    public var alias: String {
        switch self {
        case .livelihood: "livelihood"
        case .energySaving: "energy-saving"
        case .noNewEmissions: "no-new-emissions"
        case .emitting: "emitting"
        }
    }

    /// The category named `text`: the Chinese name (with or without a trailing 项目) or the English alias,
    /// case-insensitive; nil for anything else.
    public init?(name text: String) {
        var t = text.trimmingCharacters(in: .whitespaces)
        if t.hasSuffix("项目") { t = String(t.dropLast(2)) }
        guard let c = ProjectCategory.allCases.first(where: { $0.rawValue == t || $0.alias == t.lowercased() }) else { return nil }
        self = c
    }
}
