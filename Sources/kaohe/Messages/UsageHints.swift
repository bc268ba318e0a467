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
        // KaoheCSV, KaoheXLSX
        case .importTargets: Bilingual("（kaohe targets import）", " (kaohe targets import)")
        case .importDepartments: Bilingual("（kaohe departments import）", " (kaohe departments import)")
        case .importDepartmentTasks: Bilingual("（kaohe departments tasks import）", " (kaohe departments tasks import)")
        case .withdrawTarget(let code, let year):
            Bilingual("（kaohe targets withdraw \(code) \(year.map(String.init) ?? "年度") --reason …）",
                      " (kaohe targets withdraw \(code) \(year.map(String.init) ?? "YEAR") --reason …)")
        case .importStationList: Bilingual("（kaohe stations import 列表 --effective 日期）", " (kaohe stations import LIST --effective DATE)")
        case .labelHoursByStart: Bilingual("（--hour-label start）", " (--hour-label start)")
        case .labelHoursByEnd: Bilingual("（不使用 --hour-label start）", " (without --hour-label start)")
        case .chooseSheet: Bilingual("（--sheet）", " (--sheet)")
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
        // KaoheStore
        case .seeRuns: Bilingual(" — 请查看 kaohe assess show", " — see kaohe assess show")
        case .assessAgain: Bilingual("（kaohe assess）", " (kaohe assess)")
        case .useStoredUnitCode: Bilingual(" — 请使用 kaohe areas list 中的代码", " — use a code from kaohe areas list")
        case .seeFindings: Bilingual(" — 请查看 kaohe flag list", " — see kaohe flag list")
        case .seeSummonses: Bilingual(" — 请查看 kaohe summons list", " — see kaohe summons list")
        case .seeAccountabilityDecisions: Bilingual(" — 请查看 kaohe accountability list", " — see kaohe accountability list")
        case .giveProgress: Bilingual("（--progress）", " (--progress)")
        case .giveProgressDate: Bilingual("（--date）", " (--date)")
        case .seeAccounts: Bilingual(" — 请用 kaohe users list 查看", " — see kaohe users list")
        case .giveFilingDays: Bilingual("（--published-on、--filed-on）", " (--published-on, --filed-on)")
        case .seeTargets: Bilingual(" — 请查看 kaohe targets list", " — see kaohe targets list")
        case .publishRevision: Bilingual("（kaohe publish）", " (kaohe publish)")
        case .withdrawSuccessionAsCorrection(let id):
            Bilingual("（kaohe areas succeed --withdraw \(id) --correction，再 kaohe assess、kaohe publish）",
                      " (kaohe areas succeed --withdraw \(id) --correction, then kaohe assess and kaohe publish)")
        case .withdrawSuccessionPlainly: Bilingual("（不加 --correction）", " (without --correction)")
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
