import ArgumentParser
import Foundation
import KaoheCore
import KaoheDocx
import KaoheReport
import KaoheRules
import KaoheStore

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "The assessment results notice (考核结果通报) as terminal text, Markdown, printable HTML, CSV, JSON or Word (docx).",
        discussion: """
            Uses the newest published run of the year (else the newest draft, or --run N). An unpublished run is
            marked 草稿 / DRAFT. A published run is shown as issued (R-22b); what happened since follows in a
            dated section 后续处理情况（截至 D） that --as-issued leaves out.
            HTML is one self-contained file, printable on A4; CSV is UTF-8 with a BOM, one row per unit;
            the JSON fields are described in docs/summary-json.md.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, html, csv, json, docx }

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @OptionGroup var which: AssessCommand.YearOptions
    @Option(name: .customLong("run"), help: "Summarise this run (default: the newest of the year).") var runID: Int64?
    @Option(help: "text (default), md, html, csv, json or docx (a Word file; needs -o).") var format: Format = .text
    @Option(name: [.customShort("o"), .long], help: "Write to this file instead of standard output.") var output: String?
    @Flag(name: .customLong("as-issued"), help: "Leave out the subsequent-actions section: only the notice as issued (R-22b).")
    var asIssued = false
    @Option(name: .customLong("as-of"), help: "The day the subsequent-actions section runs to (default: today).") var asOf: String?

    func run() throws {
        let asOfDay = try asOf.map { try parseDayOption($0, option: "--as-of") } ?? today()
        let db = try store.open()
        let newest = try db.latestRun(year: which.year, kind: which.kind)
        let newestPublished = try db.latestRun(year: which.year, kind: which.kind, publishedOnly: true)
        let found = try runID.map { try db.run(id: $0) } ?? newestPublished ?? newest
        if runID == nil, let p = newestPublished, let n = newest, n.id != p.id {
            // R-22c: the published revision is the result; a newer draft is only named, on standard error so
            // the document on standard output stays the notice.
            FileHandle.standardError.write(Data(lang(
                "注意：另有更新的草稿 运行 #\(n.id)（第\(n.revision)版）未发布；以下为已发布的第\(p.revision)版。\n",
                "Note: a newer draft, run #\(n.id) (revision \(n.revision)), is not published; shown is published revision \(p.revision).\n").utf8))
        }
        guard let run = found else {
            throw CLIError(lang(
                "\(which.year) 年尚无\(Labels.kind(which.kind, .zh))运行 — 先运行 kaohe assess --year \(which.year)",
                "no \(which.kind.rawValue) assessment run for \(which.year) — run kaohe assess --year \(which.year) first"))
        }
        guard run.year == which.year, run.kind == which.kind else {
            throw CLIError("运行 #\(run.id) 属于 \(run.year) 年\(run.kind == .final ? "终期" : "年度")考核，不是 \(which.year) 年\(which.kind == .final ? "终期" : "年度")考核 — 请查看 kaohe assess show --year \(which.year)", "run \(run.id) is a \(run.year) \(run.kind.rawValue) run, not \(which.year) \(which.kind.rawValue) — see kaohe assess show --year \(which.year)")
        }
        let rules = try storedRules(of: run, lang)
        let issued = run.status == .published ? try refusingAsCLIError { try db.issuedRecord(runID: run.id) } : nil
        let record = try issued ?? db.liveRecord(run: run, defaultPollutant: rules.pollutant)
        var summary = Summary.build(SummaryInput(run: run, rules: rules, record: record, lang: lang.lang))
        summary.replaces = issued?.replaces
        // The issuer, addressees and requirements frozen with the publication, or today's for a draft (R-22b).
        summary.settings = try refusingAsCLIError { try db.documentSettings(for: run) }
        if let issued, !asIssued {
            summary.subsequent = SubsequentSection(asOf: asOfDay, events: try db.subsequentEvents(run: run, record: issued, asOf: asOfDay))
        }
        if format == .docx {
            // A Word file is binary: it goes to a file, never to the terminal.
            guard let output else {
                throw CLIError(lang("--format docx 需要用 -o 指定输出文件，例如 -o 通报.docx", "--format docx needs an output file, e.g. -o notice.docx"))
            }
            let data = try SummaryDocx.data(summary, lang: lang.lang)
            do {
                try data.write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw CLIError("\(output)：无法写入 — 请检查文件夹是否存在且可写", "\(output): cannot be written — check that the folder exists and is writable")
            }
            print(lang("已写入 \(output)", "wrote \(output)"))
            return
        }
        let text: String =
            switch format {
            case .text: SummaryRender.text(summary, lang: lang.lang)
            case .md: SummaryRender.markdown(summary, lang: lang.lang)
            case .html: SummaryRender.html(summary, lang: lang.lang)
            case .csv: SummaryRender.csv(summary, lang: lang.lang)
            case .json: SummaryRender.json(summary, lang: lang.lang)
            case .docx: ""  // written above
            }
        if let output {
            try writeOutput(text, to: output)
            print(lang("已写入 \(output)", "wrote \(output)"))
        } else {
            print(text, terminator: "")
        }
    }
}
