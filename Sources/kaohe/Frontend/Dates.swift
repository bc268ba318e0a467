import Foundation
import KaoheCSV
import KaoheCore

/// The day an option names (`2016-03-15`), or a sentence saying how to write it.
func parseDayOption(_ text: String, option: String) throws -> Day {
    do {
        return try parseDay(text)
    } catch {
        throw CLIError(DayOptionFailure.invalid(
            option: option, text: text, reason: Bilingual(error.reasonZh ?? error.reason, error.reason), fix: Bilingual(error.fixZh ?? error.fix, error.fix)))
    }
}

/// Today in the machine's calendar and time zone: the default of `--on`, and the day dates in files are
/// checked against. `KAOHE_TODAY=YYYY-MM-DD` sets it, for tests and for re-running an import as of a day.
func today() -> Day {
    if let text = Invocation.variable("KAOHE_TODAY"), let day = Day(iso: text) { return day }
    let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return Day(year: c.year!, month: c.month!, day: c.day!)!
}

/// Who records a decision or amendment: `--by`, else the login name, else "unknown".
func recorder(_ by: String?) -> String {
    if let by, !by.trimmingCharacters(in: .whitespaces).isEmpty { return by }
    let env = Invocation.current.environment
    return env["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? env["LOGNAME"].flatMap { $0.isEmpty ? nil : $0 } ?? "unknown"
}
