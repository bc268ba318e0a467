/// Whether a department's report for the year came in, and when.
///
/// The Chinese words are the stored values, printed as they are (按时 / 逾期 / 未报送).
public enum DepartmentReportStatus: String, Sendable, Hashable, Codable {
    case onTime = "按时"
    case late = "逾期"
    case missing = "未报送"

    public var english: String {
        switch self {
        case .onTime: "on time"
        case .late: "late"
        case .missing: "missing"
        }
    }
}
