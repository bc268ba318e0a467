import KaoheCore
import KaoheReport
import KaoheStore

/// Finds the run a command names with `--run N`, checked against the year and kind the command is about.
///
/// A run id that does not exist says so; one that belongs to another year or kind says which, so the
/// user is never told "no run for 2015" when the id is simply wrong (issue 12, item 21).
/// With `withResults` false the run's header only (for a command that reads the run again itself).
func namedRun(_ db: AppDatabase, id: Int64, year: Int, kind: AssessmentKind, _ lang: LanguageOption, withResults: Bool = true) throws -> AssessmentRun {
    try requireRun(try existingRun(db, id: id, year: year, lang, withResults: withResults), of: year, kind: kind, lang)
}

/// `run` (named by `--run`) when it belongs to `year` and `kind`, or a sentence saying which it belongs to.
@discardableResult
func requireRun(_ run: AssessmentRun, of year: Int, kind: AssessmentKind, _ lang: LanguageOption) throws -> AssessmentRun {
    let id = run.id
    guard run.year == year, run.kind == kind else {
        throw CLIError(lang(
            "运行 #\(id) 属于 \(run.year) 年\(Labels.kind(run.kind, .zh))，不是 \(year) 年\(Labels.kind(kind, .zh)) — 请改用 --year \(run.year)\(run.kind == .final ? " --final" : "")，或去掉 --run",
            "run #\(id) belongs to the \(run.year) \(Labels.kind(run.kind, .en)), not the \(year) \(Labels.kind(kind, .en)) — use --year \(run.year)\(run.kind == .final ? " --final" : ""), or drop --run"))
    }
    return run
}

/// The run with `id`, whatever its year and kind, or a sentence saying it does not exist.
func existingRun(_ db: AppDatabase, id: Int64, year: Int?, _ lang: LanguageOption, withResults: Bool = true) throws -> AssessmentRun {
    guard let run = try db.run(id: id, withResults: withResults) else { throw missingRunError(id, year: year, lang) }
    return run
}

/// The refusal of a `--run` id that names no run.
func missingRunError(_ id: Int64, year: Int?, _ lang: LanguageOption) -> CLIError {
    let hint = year.map { " --year \($0)" } ?? ""
    return CLIError(lang(
        "运行 #\(id) 不存在 — 请用 kaohe assess show\(hint) 查看运行编号",
        "run #\(id) does not exist — see kaohe assess show\(hint) for run ids"))
}
