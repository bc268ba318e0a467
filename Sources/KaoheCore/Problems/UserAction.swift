/// Something the user can do to fix a problem or get past a refusal, named by each front end in its own terms.
///
/// Libraries word a problem without CLI syntax ("import the areas first"); the CLI appends the command
/// (`kaohe areas import`) from its catalogue, `UsageHints`, whose switch over these cases is exhaustive, so a new
/// action cannot go unnamed there (issue 13 item 1: no CLI flag names inside Core or Store). The portal shows the
/// sentence alone.
public enum UserAction: Sendable, Hashable {
    /// Import the areas file.
    case importAreas
    // KaoheCSV, KaoheXLSX
    /// Import the targets file.
    case importTargets
    /// Import the departments file.
    case importDepartments
    /// Import the departments' task decomposition file.
    case importDepartmentTasks
    /// Withdraw a stored target of `code` (for `year`, or a year the user chooses when nil), giving a reason.
    case withdrawTarget(code: String, year: Int?)
    /// Import the national station list in force on a day, with its effective day.
    case importStationList
    /// Import a monitoring file whose hours are labelled by their start.
    case labelHoursByStart
    /// Import a monitoring file whose hours are labelled by their end (the default).
    case labelHoursByEnd
    /// Name the workbook's sheet to import.
    case chooseSheet
    // KaoheCore
    /// List every freeze, lifted ones too.
    case seeAllFreezes
    /// Give the lifting decision's document number.
    case giveLiftDocument
    /// Give the lifting decision's reason.
    case giveLiftReason
    /// Lift a freeze before its minimum duration, with a reason.
    case forceLift
    /// Assess and publish the year as the final assessment.
    case publishAsFinal
    /// Confirm publishing although many units fail for "no report, no data".
    case confirmNoData
    /// Record notes on a summons.
    case recordSummonsNotes
    /// Record the day a summons was held.
    case recordSummonsHeld
    /// Record the rectification due day of a summons.
    case recordRectificationDue
    /// List the recorded successions.
    case seeSuccessions
    /// Record a succession with its merge weight.
    case recordSuccessionWeight
    // KaoheStore
    /// See the runs of a year (their ids).
    case seeRuns
    /// Assess the year again.
    case assessAgain
    /// Use the code of a stored unit.
    case useStoredUnitCode
    /// See the findings of falsified data.
    case seeFindings
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
    /// Publish a new revision of an assessment.
    case publishRevision
    /// Withdraw a succession as a correction of the published results that relied on it, then assess and publish
    /// the correcting revision (D-143).
    case withdrawSuccessionAsCorrection(id: Int64)
    /// Withdraw a succession without calling it a correction (D-109).
    case withdrawSuccessionPlainly
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
