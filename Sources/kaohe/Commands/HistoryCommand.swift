import ArgumentParser
import KaoheCore
import KaoheReport
import KaoheStore

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: helpText(HistoryHelp.abstract),
        discussion: helpText(HistoryHelp.discussion))

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, html, csv, json }

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @OptionGroup var rules: RulesOptions
    @Argument(help: optionHelp(HistoryHelp.area)) var area: String
    @Option(help: optionHelp(HistoryHelp.format)) var format: Format = .text
    @Option(name: [.customShort("o"), .long], help: optionHelp(HistoryHelp.output)) var output: String?

    func run() throws {
        let ruleSet = try rules.load(lang)
        let db = try store.open(.read)
        guard let unit = try db.areas().first(where: { $0.code == area }) else {
            throw CLIError(HistoryFailure.unknownUnit(code: area))
        }
        // The same builder as the final notice's plan-period attachment (issue 22): one view, several formats.
        let history = try db.planPeriod(area: unit, rules: ruleSet)
        let title = history.title(lang.lang), rounding = ruleSet.rounding
        // A year awaiting correction is noted after the view in every form but CSV, one table (D-143, D-159).
        let awaiting = try db.awaitingCorrections().filter { $0.concerns(unit: area) }
        let text: String =
            switch format {
            case .text: PlanPeriodRender.text([history], title: title, lang: lang.lang, rounding: rounding) + notes(awaiting)
            case .md: PlanPeriodRender.markdown([history], title: title, lang: lang.lang, rounding: rounding, awaiting: awaiting)
            case .html: PlanPeriodRender.html([history], title: title, lang: lang.lang, rounding: rounding, awaiting: awaiting)
            case .csv: PlanPeriodRender.csv([history], lang: lang.lang, rounding: rounding)
            case .json: PlanPeriodRender.json([history], lang: lang.lang, rounding: rounding, awaiting: awaiting)
            }
        if let output {
            try writeOutput(text, to: output, database: store.path)
            Console.out(lang(OutputFileText.wrote(output)))
        } else {
            Console.out(text, terminator: "")
        }
    }

    /// The notes after the text view, one line each after a blank line (as Markdown's); empty when none. The
    /// view itself is the plan-period builder's, unchanged; `Console.out` makes the text terminal-safe.
    func notes(_ awaiting: [AwaitingCorrection]) -> String {
        awaiting.isEmpty ? "" : "\n" + awaiting.map { lang(AwaitingCorrectionText.note($0)) + "\n" }.joined()
    }
}
