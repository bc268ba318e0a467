/// The four grades of the assessment, ordered best first.
public enum Grade: String, Sendable, Hashable, CaseIterable, Codable {
    case excellent = "优秀"
    case good = "良好"
    case pass = "合格"
    case fail = "不合格"

    public var english: String {
        switch self {
        case .excellent: "excellent"
        case .good: "good"
        case .pass: "pass"
        case .fail: "fail"
        }
    }

    /// The grade whose Chinese name or English name is `text`, so rule sets may use either.
    public init?(name text: String) {
        if let g = Grade(rawValue: text) {
            self = g
            return
        }
        guard let g = Grade.allCases.first(where: { $0.english == text.lowercased() }) else { return nil }
        self = g
    }
}
