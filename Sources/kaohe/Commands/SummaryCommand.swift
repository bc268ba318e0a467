import ArgumentParser
import Foundation
import KaoheCore
import KaoheDocx
import KaoheReport
import KaoheRules
import KaoheStore
import KaoheTracking
import KaoheXLSX

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: helpText(SummaryText.abstract), discussion: helpText(SummaryText.discussion))

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, html, csv, json, docx, xlsx }

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @OptionGroup var which: AssessCommand.YearOptions
    @Option(name: .customLong("run"), help: optionHelp(SummaryText.runHelp)) var runID: Int64?
    @Option(help: optionHelp(SummaryText.formatHelp)) var format: Format = .text
    @Option(name: [.customShort("o"), .long], help: optionHelp(SummaryText.outputHelp)) var output: String?
    @Flag(name: .customLong("as-issued"), help: optionHelp(SummaryText.asIssuedHelp))
    var asIssued = false
    @Option(name: .customLong("as-of"), help: optionHelp(SummaryText.asOfHelp)) var asOf: String?

    func run() throws {
        let asOfDay = try asOf.map { try parseDayOption($0, option: "--as-of") } ?? today()
        let db = try store.open(.read)
        let streamed = format == .text || format == .html || format == .json
        // Made in a function of its own: the run and the record it is made from are let go once the summary holds
        // what it shows (issue 14, D-171).
        let (summary, shownRunID) = try summaryToShow(db, asOf: asOfDay, streamed: streamed)
        if format == .docx || format == .xlsx {
            // A Word file and a workbook (the CSV's rows with typed cells, D-79) are binary: they go to a file,
            // never to the terminal.
            guard let output else {
                throw CLIError(format == .docx ? SummaryProblem.docxNeedsOutput : SummaryProblem.xlsxNeedsOutput)
            }
            let data = format == .docx ? try SummaryDocx.data(summary, lang: lang.lang) : try SummaryXLSX.data(summary, lang: lang.lang)
            try writeOutput(bytes: Array(data), to: output, database: store.path)
            Console.out(lang(SummaryText.wrote(output)))
            return
        }
        // Text, HTML and JSON are written as they are rendered, never held whole (issue 14, D-156).
        let sink = try StreamedOutput.open(output, database: store.path)
        let language = lang.lang
        do {
            try db.withExplanationSteps(runID: shownRunID) { explanations in
                let steps = streamed ? explanations.steps(of:) : nil
                switch format {
                case .text: SummaryRender.text(summary, lang: language, steps: steps, into: sink.write)
                case .md: sink.write(SummaryRender.markdown(summary, lang: language))
                case .html: SummaryRender.html(summary, lang: language, steps: steps, into: sink.write)
                case .csv: sink.write(SummaryRender.csv(summary, lang: language))
                case .json: SummaryRender.json(summary, lang: language, steps: steps, into: sink.write)
                case .docx, .xlsx: break  // written above
                }
            }
        } catch {
            // A unit's explanation that does not read back (D-171): the file asked for with -o keeps what it had.
            sink.abandon()
            throw error
        }
        try sink.finish()
        if let output { Console.out(lang(SummaryText.wrote(output))) }
    }

    /// The summary of the run asked for, and the run's id, from one read of the store (issue 13 item 3).
    func summaryToShow(_ db: AppDatabase, asOf asOfDay: Day, streamed: Bool) throws -> (Summary, Int64) {
        // One read transaction for the run and everything printed about it (issue 13 item 3).
        var rules: RuleSet?
        // Text, HTML and JSON read the run without its explanations and key-task claims, and each unit's
        // explanation as it is written (issue 14, D-171); the other forms are made whole.
        let read = try db.summarySources(
            year: which.year, kind: which.kind, runID: runID, subsequentAsOf: asIssued ? nil : asOfDay, liveTrend: !asIssued,
            parts: streamed ? .summary : .whole
        ) { found in
            guard let found else {
                if let runID { throw missingRunError(runID, year: which.year, lang) }
                return nil  // no run: refused below
            }
            if runID != nil { try requireRun(found, of: which.year, kind: which.kind, lang) }
            rules = try storedRules(of: found, lang)
            return rules
        }
        guard let read, let rules else {
            throw CLIError(SummaryProblem.noRun(year: which.year, kind: Bilingual(Labels.kind(which.kind, .zh), which.kind.rawValue)))
        }
        // Issue 21: units succeeded after the year are named as they were, with the successor noted when the run
        // recorded it (a run issued before the succession prints as issued, R-22b).
        let run = SuccessionLabels.labelled(read.run, english: lang.lang == .en)
        if let n = read.newerDraft {
            // R-22c: the published revision is the result; a newer draft is only named, on standard error so
            // the document on standard output stays the notice.
            Console.err(lang(SummaryText.newerDraft(id: n.id, revision: n.revision, shown: run.revision)))
        }
        var summary = Summary.build(SummaryInput(run: run, rules: rules, record: read.record, lang: lang.lang))
        summary.replaces = read.issued?.replaces
        // The issuer, addressees and requirements frozen with the publication, or today's for a draft (R-22b).
        summary.settings = read.settings
        // the departments' results as they stood at publication (or now, for a draft), from the same read.
        summary.departments = try departmentSection(read.departments, year: which.year)
        if let events = read.subsequent {
            summary.subsequent = SubsequentSection(asOf: asOfDay, events: events)
        }
        if let snapshot = read.trend {
            summary.trend = planPeriodTrend(snapshot, year: run.year, units: summary.units.map(\.area), rules: rules)
        }
        return (summary, run.id)
    }

    /// The departments' section (R-31, D-99): for a published run the newest department run made before it was
    /// issued (R-22b: what was known then), for a draft the newest one; nil when the departments were not assessed.
    func departmentSection(_ read: SummaryDepartmentRun?, year: Int) throws -> SummaryDepartmentSection? {
        guard let read else { return nil }
        if let newest = read.newerUnshown {
            // Nothing dropped without a word: a department run made after publication is named, on standard error.
            Console.err(lang(SummaryText.newerDepartmentRun(revision: newest.revision, year: year)))
        }
        let run = read.run
        do {
            return SummaryDepartmentSection(run: run, places: try RuleSetLoader.load(read.ruleSetText, fileName: "department-run-\(run.id).toml").rounding.score)
        } catch {
            throw CLIError(SummaryProblem.departmentRulesDoNotLoad(revision: run.revision))
        }
    }
}

/// The plan-period trend of the units of a final assessment, from the monitoring data stored now (`snapshot`,
/// read with the rest of the summary): monthly means from the base year through 12-31 of the final year (or the
/// last day with data, if earlier), each unit on its own pollutant (R-5 revised). Nil when no monitoring data is
/// stored (D-91).
func planPeriodTrend(_ snapshot: TrackingSnapshot, year: Int, units: [Area], rules: RuleSet) -> TrendSection? {
    guard let yearEnd = Day(year: year, month: 12, day: 31), let last = snapshot.lastDay else { return nil }
    let through = min(last, yearEnd)
    let trends = units.map { a in
        Trends.trend(area: a, months: Trends.monthlyMeans(snapshot.series[a.code] ?? [], from: rules.baseYear, through: through, excludeDust: rules.excludeDustDays))
    }
    return TrendSection(through: through, trends: trends, pollutants: snapshot.pollutants, fallback: rules.pollutant)
}
