import ArgumentParser
import KaoheCore
import KaoheReport
import KaoheStore

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: helpText(
            "一个单位的规划期情况：基准年至终期各年年均浓度、各年发布的等级及文号、重点任务各指标自评与核定得分、终期目标与终期结果。",
            "One unit over the plan period: annual means from the base year to the final year, each published grade with its document, key-task scores per indicator (self and verified), the final target against the final result."),
        discussion: helpText(
            "只采用已发布的考核结果（每年最新的已发布版本）；格式与考核结果通报中的规划期附件相同：text（默认）、md、html（含小图）、csv（带 BOM）、json。",
            "Only published results count (the newest published revision of each year); the formats are those of the final notice's plan-period attachment: text (default), md, html (with a small chart), csv (with a BOM), json."))

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, html, csv, json }

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @OptionGroup var rules: RulesOptions
    @Argument(help: optionHelp("单位代码。", "The unit's code.")) var area: String
    @Option(help: optionHelp("text（默认）、md、html、csv 或 json。", "text (default), md, html, csv or json.")) var format: Format = .text
    @Option(name: [.customShort("o"), .long], help: optionHelp("写入该文件，而不是标准输出。", "Write to this file instead of standard output.")) var output: String?

    func run() throws {
        let ruleSet = try rules.load(lang)
        let db = try store.open(.read)
        guard let unit = try db.areas().first(where: { $0.code == area }) else {
            throw CLIError(lang("区域 \(area) 不存在 — 请用 kaohe areas list 查看已有单位", "unit \(area) is not known — see kaohe areas list"))
        }
        // The same builder as the final notice's plan-period attachment (issue 22): one view, several formats.
        let history = try db.planPeriod(area: unit, rules: ruleSet)
        let title = history.title(lang.lang), rounding = ruleSet.rounding
        let text: String =
            switch format {
            case .text: PlanPeriodRender.text([history], title: title, lang: lang.lang, rounding: rounding)
            case .md: PlanPeriodRender.markdown([history], title: title, lang: lang.lang, rounding: rounding)
            case .html: PlanPeriodRender.html([history], title: title, lang: lang.lang, rounding: rounding)
            case .csv: PlanPeriodRender.csv([history], lang: lang.lang, rounding: rounding)
            case .json: PlanPeriodRender.json([history], lang: lang.lang, rounding: rounding)
            }
        if let output {
            try writeOutput(text, to: output, database: store.path)
            Console.out(lang("已写入 \(output)", "wrote \(output)"))
        } else {
            Console.out(text, terminator: "")
        }
    }
}
