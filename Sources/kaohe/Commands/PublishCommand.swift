import ArgumentParser
import KaoheCSV
import KaoheCore
import KaoheReport
import KaoheRules
import KaoheStore

struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish", abstract: helpText("发布某年度最新的草稿考核结果：发布后不可更改并注明日期；不合格单位将被约谈并实行环评限批。", "Publish the newest draft run of a year: it becomes immutable and dated, and failing units get a summons and an approval freeze."))
    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Option(help: optionHelp("考核年度。", "The assessed year.")) var year: Int
    @Flag(help: optionHelp("发布终期考核。", "Publish the final assessment (终期考核).")) var final = false
    @Option(name: .customLong("run"), help: optionHelp("发布指定编号的考核结果，而不是最新的草稿。", "Publish this run instead of the newest draft.")) var runID: Int64?
    @Option(help: optionHelp("发布日期，例如 2016-03-15。", "Publication date, e.g. 2016-03-15.")) var date: String
    @Option(help: optionHelp("发布文件的文号。", "The publishing document's number (文号).")) var doc: String
    @Flag(
        name: .customLong("confirm-no-data"),
        help: optionHelp("确认发布：尽管过半参评单位仅因“未报送、无数据”而不合格（R-18、R-22a）。", "Publish although more than half of the graded units fail only for \"no report, no data\" (R-18, R-22a)."))
    var confirmNoData = false

    mutating func validate() throws {
        doc = try FreeText.required(doc, option: "--doc", limit: FreeText.documentLimit, markup: false, ifEmpty: usageError(
            "--doc 须给出文号，例如 绵府办函〔2016〕12号", "--doc must name the document number (文号), e.g. 绵府办函〔2016〕12号"))
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
            guard let r = try db.latestRun(year: year, kind: kind, withResults: false) else { throw CLIError("\(year) 年尚无考核运行 — 请先运行 kaohe assess --year \(year)", "no run for \(year) — run kaohe assess --year \(year) first") }
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
