/// Why a recorded decision may not lift a freeze (R-22, a default of this tool): the catalogue of
/// `FreezeLifting.decide`.
///
/// `unit` is the freeze's unit as "code name".
public enum FreezeLiftRefusal: RefusalReason {
    case alreadyLifted(unit: String, startedOn: Day, liftedOn: Day)
    case beforeStart(day: Day, unit: String, startedOn: Day)
    case documentMissing
    case reasonMissing
    /// Before the minimum duration of `minimumDays` has run: liftable from `earliestLift`, or earlier only by force.
    case beforeMinimumDuration(unit: String, startedOn: Day, minimumDays: Int, earliestLift: Day)

    public var wording: Bilingual {
        switch self {
        case .alreadyLifted(let unit, let started, let lifted):
            Bilingual("\(unit) 自 \(started) 起的环评限批已于 \(lifted) 解除", "the freeze on \(unit) since \(started) was already lifted on \(lifted)")
        case .beforeStart(let day, let unit, let started):
            Bilingual(
                "\(day) 早于 \(unit) 环评限批的起始日（\(started)）— 请给出 \(started) 或之后的日期",
                "\(day) is before the freeze on \(unit) started (\(started)) — give a date on or after \(started)")
        case .documentMissing: Bilingual("解除决定须有文号", "the lifting decision needs its document number")
        case .reasonMissing: Bilingual("解除决定须有理由", "the lifting decision needs a reason")
        case .beforeMinimumDuration(let unit, let started, let days, let earliest):
            Bilingual(
                "\(unit) 自 \(started) 起的环评限批最短期限为 \(days) 天（R-22，本工具默认规则，非官方规定），\(earliest) 起方可解除 — 请给出该日或之后的日期",
                "the freeze on \(unit) since \(started) has a minimum duration of \(days) days (R-22, a default of this tool) and may be lifted from \(earliest) — give that date or later")
        }
    }

    public var action: UserAction? {
        switch self {
        case .alreadyLifted: .seeAllFreezes
        case .documentMissing: .giveLiftDocument
        case .reasonMissing: .giveLiftReason
        case .beforeMinimumDuration: .forceLift
        case .beforeStart: nil
        }
    }
}

/// The reason recorded on a freeze lifted because its unit passed a later annual assessment.
public enum FreezeText {
    /// "2016年度考核良好，通过（运行 #3）": the year, the grade name and the passing run.
    public static func liftedByPass(year: Int, grade: String, runID: Int64) -> String { "\(year)年度考核\(grade)，通过（运行 #\(runID)）" }
}
