import Foundation
import KaoheCore

/// Where a unit stands against its year's requirement through a day.
public enum TrackingStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// 进度正常: the YTD mean is at or below the required concentration T.
    case onTrack
    /// 预警: the YTD mean is above T.
    case warning
    /// 严重滞后: the control value is more than the rule set's threshold below the YTD mean.
    case seriouslyBehind
    /// 已无法完成: the control value is 0 or less — no remaining days can bring the year to T.
    case cannotMeet

    /// 预警 or worse: named in the monthly notice.
    public var isWarningOrWorse: Bool { self != .onTrack }
}

/// The remaining-days control value (剩余日控制值) and the status it implies; pure.
public enum ControlValue {
    /// V = (N·T − n·C̄) / (N − n), exact; nil when no day remains (n = N).
    ///
    /// N days in the year, n days elapsed through the as-of day, C̄ the YTD mean (whole μg/m³ as published),
    /// T the year's exact required concentration. Units: μg/m³ for C̄, T and V.
    public static func exact(daysInYear: Int, elapsed: Int, ytdMean: Decimal, required: Decimal) -> Decimal? {
        guard elapsed < daysInYear else { return nil }
        return (Decimal(daysInYear) * required - Decimal(elapsed) * ytdMean) / Decimal(daysInYear - elapsed)
    }

    /// The status through the as-of day from the published values, checked worst first.
    ///
    /// `ytdMean` and `control` are rounded as shown (whole μg/m³), `required` is T exact, so the printed
    /// table always reproduces the status. `severeLag` is the rule set's fraction (0.15). With no day left
    /// (`control` nil) the year is decided: 进度正常 when C̄ ≤ T, else 已无法完成.
    public static func status(ytdMean: Decimal, required: Decimal, control: Decimal?, severeLag: Decimal) -> TrackingStatus {
        guard let control else { return ytdMean <= required ? .onTrack : .cannotMeet }
        if control <= 0 { return .cannotMeet }
        if ytdMean <= required { return .onTrack }
        if control < ytdMean * (1 - severeLag) { return .seriouslyBehind }
        return .warning
    }

    /// Calendar day of the year of `day` (n in R-28): 01-01 is 1, 12-31 is 365 or 366.
    public static func dayOfYear(_ day: Day) -> Int { Day(year: day.year, month: 1, day: 1)!.days(to: day) + 1 }
}
