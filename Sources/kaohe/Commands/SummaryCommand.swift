import ArgumentParser
import Foundation
import KaoheCore
import KaoheReport
import KaoheRules
import KaoheStore

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: helpText("年度考核情况汇总：终端表格、Markdown、HTML、CSV 或 JSON。", "The assessment summary (年度考核情况汇总) as a terminal table, Markdown, HTML, CSV or JSON."),
        discussion: helpText(
            """
            使用该年度最新的考核结果（或 --run N）。
            未发布的结果标为“草稿 / DRAFT”。
            HTML 为单个自包含文件，可按 A4 打印。
            CSV 为带 BOM 的 UTF-8，每个单位一行。
            JSON 字段见 docs/summary-json.md。
            -o 不会写入数据库文件；符号链接、设备和管道按原样写入。
            """,
            "Uses the newest run of the year (or --run N). An unpublished run is marked 草稿 / DRAFT. "
                + "HTML is one self-contained file, printable on A4; CSV is UTF-8 with a BOM, one row per unit; "
                + "the JSON fields are described in docs/summary-json.md. -o never writes over the database; "
                + "a symlink, device or pipe is written through in place."))

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, html, csv, json }

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @OptionGroup var which: AssessCommand.YearOptions
    @Option(name: .customLong("run"), help: optionHelp("汇总指定编号的考核结果（默认：该年度最新的）。", "Summarise this run (default: the newest of the year).")) var runID: Int64?
    @Option(help: optionHelp("text（默认）、md、html、csv 或 json。", "text (default), md, html, csv or json.")) var format: Format = .text
    @Option(name: [.customShort("o"), .long], help: optionHelp("写入该文件，而不是标准输出。", "Write to this file instead of standard output.")) var output: String?

    func run() throws {
        let db = try store.open(.read)
        let found = try runID.map { try namedRun(db, id: $0, year: which.year, kind: which.kind, lang) } ?? db.latestRun(year: which.year, kind: which.kind)
        guard let run = found else {
            throw CLIError(lang(
                "\(which.year) 年尚无\(Labels.kind(which.kind, .zh))运行 — 先运行 kaohe assess --year \(which.year)",
                "no \(which.kind.rawValue) assessment run for \(which.year) — run kaohe assess --year \(which.year) first"))
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
