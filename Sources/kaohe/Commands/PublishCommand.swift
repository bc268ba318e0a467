import ArgumentParser
import KaoheCSV
import KaoheCore
import KaoheReport
import KaoheRules
import KaoheStore

struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish", abstract: helpText(PublishText.abstract))
    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Option(help: optionHelp(PublishText.yearHelp)) var year: Int
    @Flag(help: optionHelp(PublishText.finalHelp)) var final = false
    @Option(name: .customLong("run"), help: optionHelp(PublishText.runHelp)) var runID: Int64?
    @Option(help: optionHelp(PublishText.dateHelp)) var date: String
    @Option(help: optionHelp(PublishText.docHelp)) var doc: String
    @Flag(
        name: .customLong("confirm-no-data"),
        help: optionHelp(PublishText.confirmNoDataHelp))
    var confirmNoData = false

    mutating func validate() throws {
        doc = try FreeText.required(doc, option: "--doc", limit: FreeText.documentLimit, markup: false, ifEmpty: usageError(PublishProblem.noDocumentNumber))
    }

    func run() throws {
        let day = try parseDayOption(date, option: "--date")
        let db = try store.open(.write)
        let kind: AssessmentKind = final ? .final : .annual
        // The run's header only: `db.publish` reads the run itself, in its own transaction (issue 14).
        let target: AssessmentRun
        if let runID {
            target = try namedRun(db, id: runID, year: year, kind: kind, lang, withResults: false)
        } else {
            guard let r = try db.latestRun(year: year, kind: kind, withResults: false) else { throw CLIError(PublishProblem.noRun(year: year)) }
            target = r
        }
        // The consequences follow the rule set that scored the run, not the one in force today.
        let rules = try storedRules(of: target, lang)
        let outcome = try db.publish(
            runID: target.id, on: day, documentNumber: doc, rules: rules, today: today(), confirmNoData: confirmNoData, recordedBy: "kaohe publish")
        Console.out(AssessmentText.heading(outcome.run, lang: lang.lang))
        Console.out(AssessmentText.gradeCounts(outcome.run, lang: lang.lang))
        Console.out(ConsequencesText.published(outcome, lang: lang.lang), terminator: "")
    }
}
