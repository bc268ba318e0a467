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
        abstract: helpText("考核结果通报：终端文本、Markdown、可打印的 HTML、CSV、JSON、Word（docx）或 Excel（xlsx）。", "The assessment results notice (考核结果通报) as terminal text, Markdown, printable HTML, CSV, JSON, Word (docx) or Excel (xlsx)."),
        discussion: helpText(
            """
            使用该年度最新的已发布考核结果（没有则用最新的草稿，或 --run N）。
            未发布的结果标为“草稿 / DRAFT”。
            已发布的结果按印发时原样显示（R-22b）；此后的情况列在注明日期的“后续处理情况（截至 D）”一节，--as-issued 可略去该节。
            HTML 为单个自包含文件，可按 A4 打印。
            CSV 为带 BOM 的 UTF-8，每个单位一行。
            JSON 字段见 docs/summary-json.md。
            docx 为 Word 文件，须用 -o 指定输出文件。
            xlsx 为 Excel 工作簿（与 CSV 相同的行，数字为数值单元格，另有报送情况表），须用 -o 指定输出文件。
            -o 不会写入数据库文件；符号链接、设备和管道按原样写入。
            """,
            "Uses the newest published run of the year (else the newest draft, or --run N). An unpublished run is marked 草稿 / DRAFT. "
                + "A published run is shown as issued (R-22b); what happened since follows in a dated section 后续处理情况（截至 D） that --as-issued leaves out. "
                + "HTML is one self-contained file, printable on A4; CSV is UTF-8 with a BOM, one row per unit; "
                + "the JSON fields are described in docs/summary-json.md; docx is a Word file and needs -o; "
                + "xlsx is an Excel workbook (the CSV's rows with numbers as number cells, plus a report-status sheet) and needs -o. -o never writes over the database; "
                + "a symlink, device or pipe is written through in place."))

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, html, csv, json, docx, xlsx }

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @OptionGroup var which: AssessCommand.YearOptions
    @Option(name: .customLong("run"), help: optionHelp("汇总指定编号的考核结果（默认：该年度最新的已发布结果，没有则最新的草稿）。", "Summarise this run (default: the newest published of the year, else the newest draft).")) var runID: Int64?
    @Option(help: optionHelp("text（默认）、md、html、csv、json、docx（Word 文件，须用 -o）或 xlsx（Excel 工作簿，须用 -o）。", "text (default), md, html, csv, json, docx (a Word file; needs -o) or xlsx (an Excel workbook; needs -o).")) var format: Format = .text
    @Option(name: [.customShort("o"), .long], help: optionHelp("写入该文件，而不是标准输出。", "Write to this file instead of standard output.")) var output: String?
    @Flag(name: .customLong("as-issued"), help: optionHelp("略去“后续处理情况”一节，只输出印发时的通报（R-22b）。", "Leave out the subsequent-actions section: only the notice as issued (R-22b)."))
    var asIssued = false
    @Option(name: .customLong("as-of"), help: optionHelp("“后续处理情况”一节截至的日期（默认：今天）。", "The day the subsequent-actions section runs to (default: today).")) var asOf: String?

    func run() throws {
        let asOfDay = try asOf.map { try parseDayOption($0, option: "--as-of") } ?? today()
        let db = try store.open(.read)
        // One read transaction for the run and everything printed about it (issue 13 item 3).
        var rules: RuleSet?
        let read = try db.summarySources(
            year: which.year, kind: which.kind, runID: runID, subsequentAsOf: asIssued ? nil : asOfDay, liveTrend: !asIssued
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
            throw CLIError(lang(
                "\(which.year) 年尚无\(Labels.kind(which.kind, .zh))运行 — 先运行 kaohe assess --year \(which.year)",
                "no \(which.kind.rawValue) assessment run for \(which.year) — run kaohe assess --year \(which.year) first"))
        }
        // Issue 21: units succeeded after the year are named as they were, with the successor noted when the run
        // recorded it (a run issued before the succession prints as issued, R-22b).
        let run = SuccessionLabels.labelled(read.run, english: lang.lang == .en)
        if let n = read.newerDraft {
            // R-22c: the published revision is the result; a newer draft is only named, on standard error so
            // the document on standard output stays the notice.
            Console.err(lang(
                "注意：另有更新的草稿 运行 #\(n.id)（第\(n.revision)版）未发布；以下为已发布的第\(run.revision)版。",
                "Note: a newer draft, run #\(n.id) (revision \(n.revision)), is not published; shown is published revision \(run.revision)."))
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
        if format == .docx {
            // A Word file is binary: it goes to a file, never to the terminal.
            guard let output else {
                throw CLIError(lang("--format docx 需要用 -o 指定输出文件，例如 -o 通报.docx", "--format docx needs an output file, e.g. -o notice.docx"))
            }
            let data = try SummaryDocx.data(summary, lang: lang.lang)
            try writeOutput(bytes: Array(data), to: output, database: store.path)
            Console.out(lang("已写入 \(output)", "wrote \(output)"))
            return
        }
        if format == .xlsx {
            // A workbook is binary too (D-79): the CSV's rows with typed cells, to a file only.
            guard let output else {
                throw CLIError(lang("--format xlsx 需要用 -o 指定输出文件，例如 -o 通报.xlsx", "--format xlsx needs an output file, e.g. -o summary.xlsx"))
            }
            let data = try SummaryXLSX.data(summary, lang: lang.lang)
            try writeOutput(bytes: Array(data), to: output, database: store.path)
            Console.out(lang("已写入 \(output)", "wrote \(output)"))
            return
        }
        let text: String =
            switch format {
            case .text: SummaryRender.text(summary, lang: lang.lang)
            case .md: SummaryRender.markdown(summary, lang: lang.lang)
            case .html: SummaryRender.html(summary, lang: lang.lang)
            case .csv: SummaryRender.csv(summary, lang: lang.lang)
            case .json: SummaryRender.json(summary, lang: lang.lang)
            case .docx, .xlsx: ""  // written above
            }
        if let output {
            try writeOutput(text, to: output, database: store.path)
            Console.out(lang("已写入 \(output)", "wrote \(output)"))
        } else {
            Console.out(text, terminator: "")
        }
    }

    /// The departments' section (R-31, D-99): for a published run the newest department run made before it was
    /// issued (R-22b: what was known then), for a draft the newest one; nil when the departments were not assessed.
    func departmentSection(_ read: SummaryDepartmentRun?, year: Int) throws -> SummaryDepartmentSection? {
        guard let read else { return nil }
        if let newest = read.newerUnshown {
            // Nothing dropped without a word: a department run made after publication is named, on standard error.
            Console.err(lang(
                "注意：部门考核第 \(newest.revision) 次评分在通报发布后产生，未列入已发布的通报；请用 kaohe departments show --year \(year) 查看。",
                "Note: department run \(newest.revision) was made after the notice was published and is not in it; kaohe departments show --year \(year) shows it."))
        }
        let run = read.run
        do {
            return SummaryDepartmentSection(run: run, places: try RuleSetLoader.load(read.ruleSetText, fileName: "department-run-\(run.id).toml").rounding.score)
        } catch {
            throw CLIError(lang(
                "部门考核第 \(run.revision) 次评分保存的规则集已无法加载 — 请重新运行 kaohe departments assess",
                "the rule set stored with department run \(run.revision) no longer loads — run kaohe departments assess again"))
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
