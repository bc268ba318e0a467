import ArgumentParser
import Foundation
import KaoheCore
import KaoheReport
import KaoheRules
import KaoheStore

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "The assessment summary (年度考核情况汇总) as a terminal table, Markdown, HTML, CSV or JSON.",
        discussion: """
            Uses the newest run of the year (or --run N). An unpublished run is marked 草稿 / DRAFT.
            HTML is one self-contained file, printable on A4; CSV is UTF-8 with a BOM, one row per unit;
            the JSON fields are described in docs/summary-json.md.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, html, csv, json }

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @OptionGroup var which: AssessCommand.YearOptions
    @Option(name: .customLong("run"), help: "Summarise this run (default: the newest of the year).") var runID: Int64?
    @Option(help: "text (default), md, html, csv or json.") var format: Format = .text
    @Option(name: [.customShort("o"), .long], help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        let db = try store.open(.read)
        let found = try runID.map { try db.run(id: $0) } ?? db.latestRun(year: which.year, kind: which.kind)
        guard let run = found else {
            throw CLIError(lang(
                "\(which.year) 年尚无\(Labels.kind(which.kind, .zh))运行 — 先运行 kaohe assess --year \(which.year)",
                "no \(which.kind.rawValue) assessment run for \(which.year) — run kaohe assess --year \(which.year) first"))
        }
        guard run.year == which.year, run.kind == which.kind else {
            throw CLIError("运行 #\(run.id) 属于 \(run.year) 年\(run.kind == .final ? "终期" : "年度")考核，不是 \(which.year) 年\(which.kind == .final ? "终期" : "年度")考核 — 请查看 kaohe assess show --year \(which.year)", "run \(run.id) is a \(run.year) \(run.kind.rawValue) run, not \(which.year) \(which.kind.rawValue) — see kaohe assess show --year \(which.year)")
        }
        let rules = try storedRules(of: run, lang)
        let pollutants = try db.pollutants()
        var statuses: [ReportStatus] = []
        var projects: [Project] = []
        var funding: [Funding] = []
        for unit in run.results {
            let report = try db.report(area: unit.area.code, year: run.year)
            statuses.append(ReportStatus(areaCode: unit.area.code, year: run.year, pollutant: pollutants[unit.area.code] ?? rules.pollutant, report: report))
            projects += report.projects
            funding += report.funding
        }
        let findings = try db.falsificationFindings()
        let consequences = SummaryConsequence.from(
            summonses: try db.summonses(year: run.year), freezes: try db.freezes(), year: run.year, kind: run.kind, lang: lang.lang)
        let summary = Summary.build(SummaryInput(
            run: run, rules: rules, statuses: statuses, projects: projects, funding: funding, findings: findings, consequences: consequences))
        let text: String =
            switch format {
            case .text: SummaryRender.text(summary, lang: lang.lang)
            case .md: SummaryRender.markdown(summary, lang: lang.lang)
            case .html: SummaryRender.html(summary, lang: lang.lang)
            case .csv: SummaryRender.csv(summary, lang: lang.lang)
            case .json: SummaryRender.json(summary, lang: lang.lang)
            }
        if let output {
            try writeOutput(text, to: output, database: store.path)
            Console.out(lang("已写入 \(output)", "wrote \(output)"))
        } else {
            Console.out(text, terminator: "")
        }
    }
}
