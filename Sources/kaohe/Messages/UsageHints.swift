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
