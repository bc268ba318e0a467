/// Something the user can do to fix a problem or get past a refusal, named by each front end in its own terms.
///
/// Libraries word a problem without CLI syntax ("import the areas first"); the CLI appends the command
/// (`kaohe areas import`) from its catalogue, `UsageHints`, whose switch over these cases is exhaustive, so a new
/// action cannot go unnamed there (issue 13 item 1: no CLI flag names inside Core or Store). The portal shows the
/// sentence alone.
public enum UserAction: Sendable, Hashable {
    /// Import the areas file.
    case importAreas
}
