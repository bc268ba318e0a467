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
        // KaoheCore
        case .seeAllFreezes: Bilingual(" — 请查看 kaohe freeze list --all", " — see kaohe freeze list --all")
        case .giveLiftDocument: Bilingual(" — 请用 --doc 给出", " — give --doc")
        case .giveLiftReason: Bilingual(" — 请用 --reason 给出", " — give --reason")
        case .forceLift: Bilingual("，或加 --force 并说明理由", ", or add --force with a reason")
        case .publishAsFinal: Bilingual("（--final）", " (--final)")
        case .confirmNoData: Bilingual("（--confirm-no-data）", " (--confirm-no-data)")
        case .recordSummonsNotes: Bilingual("（--notes）", " (--notes)")
        case .recordSummonsHeld: Bilingual("（--held-on）", " (--held-on)")
        case .recordRectificationDue: Bilingual("（--rectification-due）", " (--rectification-due)")
        case .seeSuccessions: Bilingual(" — 请查看 kaohe areas successions", " — see kaohe areas successions")
        case .recordSuccessionWeight: Bilingual("（kaohe areas succeed --weight）", " (kaohe areas succeed --weight)")
        case .importTargets: Bilingual("（kaohe targets import）", " (kaohe targets import)")
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
