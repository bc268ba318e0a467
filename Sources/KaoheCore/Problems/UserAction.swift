/// Something the user can do to fix a problem or get past a refusal, named by each front end in its own terms.
///
/// Libraries word a problem without CLI syntax ("import the areas first"); the CLI appends the command
/// (`kaohe areas import`) from its catalogue, `UsageHints`, whose switch over these cases is exhaustive, so a new
/// action cannot go unnamed there (issue 13 item 1: no CLI flag names inside Core or Store). The portal shows the
/// sentence alone.
public enum UserAction: Sendable, Hashable {
    /// Import the areas file.
    case importAreas
    // KaoheStore
    /// See the runs of a year (their ids).
    case seeRuns
    /// Assess the year again.
    case assessAgain
    /// Use the code of a stored unit.
    case useStoredUnitCode
    /// See the findings of falsified data.
    case seeFindings
    /// See every freeze, lifted or not.
    case seeAllFreezes
    /// See the summonses.
    case seeSummonses
    /// See the accountability decisions.
    case seeAccountabilityDecisions
    /// Say what was done (the progress of an accountability decision).
    case giveProgress
    /// Give the day of the progress.
    case giveProgressDate
    /// See the portal accounts.
    case seeAccounts
    /// Give a publication day, a filing day or both.
    case giveFilingDays
    /// See the targets.
    case seeTargets
    /// See the successions.
    case seeSuccessions
    /// Publish a new revision of an assessment.
    case publishRevision
    /// Import again, reinstating the file's values on purpose.
    case reinstateImport
    /// Import again, replacing the stored values of the days the file gives.
    case replaceStoredDays
    // KaoheFlows
    /// Bind the account to a unit.
    case bindAccountToUnit
    /// Bind the account to a department.
    case bindAccountToDepartment
    /// Give the account no unit or department.
    case dropAccountBinding
}
