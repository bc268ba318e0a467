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
        // KaoheStore
        case .seeRuns: Bilingual(" — 请查看 kaohe assess show", " — see kaohe assess show")
        case .assessAgain: Bilingual("（kaohe assess）", " (kaohe assess)")
        case .useStoredUnitCode: Bilingual(" — 请使用 kaohe areas list 中的代码", " — use a code from kaohe areas list")
        case .seeFindings: Bilingual(" — 请查看 kaohe flag list", " — see kaohe flag list")
        case .seeAllFreezes: Bilingual(" — 请查看 kaohe freeze list --all", " — see kaohe freeze list --all")
        case .seeSummonses: Bilingual(" — 请查看 kaohe summons list", " — see kaohe summons list")
        case .seeAccountabilityDecisions: Bilingual(" — 请查看 kaohe accountability list", " — see kaohe accountability list")
        case .giveProgress: Bilingual("（--progress）", " (--progress)")
        case .giveProgressDate: Bilingual("（--date）", " (--date)")
        case .seeAccounts: Bilingual(" — 请用 kaohe users list 查看", " — see kaohe users list")
        case .giveFilingDays: Bilingual("（--published-on、--filed-on）", " (--published-on, --filed-on)")
        case .seeTargets: Bilingual(" — 请查看 kaohe targets list", " — see kaohe targets list")
        case .seeSuccessions: Bilingual(" — 请查看 kaohe areas successions", " — see kaohe areas successions")
        case .publishRevision: Bilingual("（kaohe publish）", " (kaohe publish)")
        case .reinstateImport: Bilingual("（--reinstate）", " (--reinstate)")
        case .replaceStoredDays: Bilingual("（--replace）", " (--replace)")
        // KaoheFlows
        case .bindAccountToUnit: Bilingual("（--unit）", " with --unit")
        case .bindAccountToDepartment: Bilingual("（--dept）", " with --dept")
        case .dropAccountBinding: Bilingual(" — 去掉 --unit 和 --dept", " — drop --unit and --dept")
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
