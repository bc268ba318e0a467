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
        throw CLIError(RunLookupFailure.otherAssessment(id: id, runYear: run.year, runKind: run.kind, year: year, kind: kind))
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
    CLIError(RunLookupFailure.noSuchRun(id: id, year: year))
}
