import ArgumentParser
import KaoheCSV
import KaoheCore
import KaoheReport
import KaoheRules
import KaoheStore

struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish", abstract: "Publish the newest draft run of a year: it becomes immutable and dated, and failing units get a summons and an approval freeze.")
    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Option(help: "The assessed year.") var year: Int
    @Flag(help: "Publish the final assessment (终期考核).") var final = false
    @Option(name: .customLong("run"), help: "Publish this run instead of the newest draft.") var runID: Int64?
    @Option(help: "Publication date, e.g. 2016-03-15.") var date: String
    @Option(help: "The publishing document's number (文号).") var doc: String

    func validate() throws {
        if doc.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--doc must name the document number (文号), e.g. 绵府办函〔2016〕12号") }
    }

    func run() throws {
        let day = try parseDayOption(date, option: "--date")
        let db = try store.open(.write)
        let kind: AssessmentKind = final ? .final : .annual
        let target: AssessmentRun
        if let runID {
            guard let r = try db.run(id: runID), r.year == year, r.kind == kind else { throw CLIError("运行 #\(runID) 不是 \(year) 年\(kind == .final ? "终期" : "年度")考核的运行 — 请查看 kaohe assess show --year \(year)", "run \(runID) is not a \(year) \(kind.rawValue) run — see kaohe assess show --year \(year)") }
            target = r
        } else {
            guard let r = try db.latestRun(year: year, kind: kind) else { throw CLIError("\(year) 年尚无考核运行 — 请先运行 kaohe assess --year \(year)", "no run for \(year) — run kaohe assess --year \(year) first") }
            target = r
        }
        // The consequences follow the rule set that scored the run, not the one in force today.
        let rules = try storedRules(of: target, lang)
        let outcome = try refusingAsCLIError { try db.publish(runID: target.id, on: day, documentNumber: doc, rules: rules) }
        Console.out(AssessmentText.heading(outcome.run, lang: lang.lang))
        Console.out(AssessmentText.gradeCounts(outcome.run, lang: lang.lang))
        Console.out(ConsequencesText.published(outcome, lang: lang.lang), terminator: "")
    }
}
