import ArgumentParser
import KaoheCore
import KaoheReport
import KaoheStore

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: helpText(
            "一个单位的规划期情况：基准年至终期各年年均浓度、各年发布的等级及文号、重点任务各指标自评与核定得分、终期目标与终期结果。",
            "One unit over the plan period: annual means from the base year to the final year, each published grade with its document, key-task scores per indicator (self and verified), the final target against the final result."))
    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @OptionGroup var rules: RulesOptions
    @Argument(help: optionHelp("单位代码。", "The unit's code.")) var area: String

    func run() throws {
        let ruleSet = try rules.load(lang)
        let db = try store.open(.read)
        guard let unit = try db.areas().first(where: { $0.code == area }) else {
            throw CLIError(lang("区域 \(area) 不存在 — 请用 kaohe areas list 查看已有单位", "unit \(area) is not known — see kaohe areas list"))
        }
        var runs: [AssessmentRun] = []
        var keyTasks: [KeyTaskScore] = []
        for y in ruleSet.assessedYears {
            for k in AssessmentKind.allCases { runs += try db.runs(year: y, kind: k) }
            keyTasks += try db.report(area: unit.code, year: y).keyTasks
        }
        let history = PlanPeriodHistory.build(area: unit, rules: ruleSet, targets: try db.targets(), runs: runs, keyTasks: keyTasks)
        Console.out(history.text(lang.lang, rounding: ruleSet.rounding), terminator: "")
    }
}
