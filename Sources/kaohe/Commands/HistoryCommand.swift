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
        let view: String =
            switch format {
            case .text: PlanPeriodRender.text([history], title: title, lang: lang.lang, rounding: rounding)
            case .md: PlanPeriodRender.markdown([history], title: title, lang: lang.lang, rounding: rounding)
            case .html: PlanPeriodRender.html([history], title: title, lang: lang.lang, rounding: rounding)
            case .csv: PlanPeriodRender.csv([history], lang: lang.lang, rounding: rounding)
            case .json: PlanPeriodRender.json([history], lang: lang.lang, rounding: rounding)
            }
        // Text and Markdown note a year awaiting correction after the view (D-143).
        let text = view + (format == .text || format == .md ? try awaitingCorrection(db) : "")
        if let output {
            try writeOutput(text, to: output, database: store.path)
            Console.out(lang(OutputFileText.wrote(output)))
        } else {
            Console.out(text, terminator: "")
        }
    }

    /// A note for each published year of this unit whose succession was withdrawn as a correction and that awaits its
    /// correcting revision (待更正, D-143); empty when none. The view itself is the plan-period builder's, unchanged.
    func awaitingCorrection(_ db: AppDatabase) throws -> String {
        var notes = ""
        for e in try db.successions() where [e.succession.predecessor, e.succession.successor].contains(area) {
            guard let w = e.withdrawal, let c = w.correction else { continue }
            for p in c.relied where p.awaitingCorrection {
                let r = p.revision
                notes += lang(HistoryCorrectionText.awaiting(
                    year: r.year, final: r.kind == .final, revision: r.revision, document: r.document, succession: e.id, withdrawal: w.document))
            }
        }
        return notes.isEmpty ? "" : "\n" + notes
    }
}
