import KaoheCore

/// The CLI's names for the actions libraries ask for: the command a user types, appended to a library's sentence.
///
/// Libraries word problems and refusals without CLI syntax (issue 13 item 1); the exit path and every printed
/// diagnostic pass `UsageHints.named` so the CLI's user still reads the command to run. The switch is exhaustive:
/// a new `UserAction` does not compile until it is named here.
enum UsageHints {
    /// The text appended after a sentence that asks for `action`.
    static func named(_ action: UserAction) -> Bilingual? {
        switch action {
        case .importAreas: Bilingual("（kaohe areas import）", " (kaohe areas import)")
        }
    }
}

extension Diagnostic {
    /// The message as the CLI prints it: with the action's command named.
    func cliText(chinese: Bool) -> String { rendered(chinese: chinese, naming: UsageHints.named) }
}

extension DiagnosticsError {
    /// The messages as the CLI prints them: with each action's command named.
    func cliText(chinese: Bool) -> String { rendered(chinese: chinese, naming: UsageHints.named) }
}
