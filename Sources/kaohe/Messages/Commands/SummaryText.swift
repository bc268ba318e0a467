import KaoheCore

/// The help texts and printed lines of `kaohe summary` (issue 13 item 1).
enum SummaryText {
    static let abstract = Bilingual(
        "考核结果通报：终端文本、Markdown、可打印的 HTML、CSV、JSON、Word（docx）或 Excel（xlsx）。",
        "The assessment results notice (考核结果通报) as terminal text, Markdown, printable HTML, CSV, JSON, Word (docx) or Excel (xlsx).")
    static let discussion = Bilingual(
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
            + "a symlink, device or pipe is written through in place.")
    static let runHelp = Bilingual(
        "汇总指定编号的考核结果（默认：该年度最新的已发布结果，没有则最新的草稿）。",
        "Summarise this run (default: the newest published of the year, else the newest draft).")
    static let formatHelp = Bilingual(
        "text（默认）、md、html、csv、json、docx（Word 文件，须用 -o）或 xlsx（Excel 工作簿，须用 -o）。",
        "text (default), md, html, csv, json, docx (a Word file; needs -o) or xlsx (an Excel workbook; needs -o).")
    static let outputHelp = Bilingual("写入该文件，而不是标准输出。", "Write to this file instead of standard output.")
    static let asIssuedHelp = Bilingual(
        "略去“后续处理情况”一节，只输出印发时的通报（R-22b）。", "Leave out the subsequent-actions section: only the notice as issued (R-22b).")
    static let asOfHelp = Bilingual("“后续处理情况”一节截至的日期（默认：今天）。", "The day the subsequent-actions section runs to (default: today).")

    /// On standard error: a newer draft than the published revision shown (R-22c).
    static func newerDraft(id: Int64, revision: Int, shown: Int) -> Bilingual {
        Bilingual(
            "注意：另有更新的草稿 运行 #\(id)（第\(revision)版）未发布；以下为已发布的第\(shown)版。",
            "Note: a newer draft, run #\(id) (revision \(revision)), is not published; shown is published revision \(shown).")
    }

    static func wrote(_ path: String) -> Bilingual { Bilingual("已写入 \(path)", "wrote \(path)") }

    /// On standard error: a department run made after the notice was published (R-31, D-99).
    static func newerDepartmentRun(revision: Int, year: Int) -> Bilingual {
        Bilingual(
            "注意：部门考核第 \(revision) 次评分在通报发布后产生，未列入已发布的通报；请用 kaohe departments show --year \(year) 查看。",
            "Note: department run \(revision) was made after the notice was published and is not in it; kaohe departments show --year \(year) shows it.")
    }
}

/// Why `kaohe summary` refuses (issue 13 item 1).
enum SummaryProblem: Worded, Hashable {
    /// `kind` is the assessment's kind, worded (`年度考核` / `annual`).
    case noRun(year: Int, kind: Bilingual)
    case docxNeedsOutput
    case xlsxNeedsOutput
    case departmentRulesDoNotLoad(revision: Int)

    var wording: Bilingual {
        switch self {
        case .noRun(let year, let kind):
            Bilingual(
                "\(year) 年尚无\(kind.zh)运行 — 先运行 kaohe assess --year \(year)",
                "no \(kind.en) assessment run for \(year) — run kaohe assess --year \(year) first")
        case .docxNeedsOutput: Bilingual("--format docx 需要用 -o 指定输出文件，例如 -o 通报.docx", "--format docx needs an output file, e.g. -o notice.docx")
        case .xlsxNeedsOutput: Bilingual("--format xlsx 需要用 -o 指定输出文件，例如 -o 通报.xlsx", "--format xlsx needs an output file, e.g. -o summary.xlsx")
        case .departmentRulesDoNotLoad(let revision):
            Bilingual(
                "部门考核第 \(revision) 次评分保存的规则集已无法加载 — 请重新运行 kaohe departments assess",
                "the rule set stored with department run \(revision) no longer loads — run kaohe departments assess again")
        }
    }
}
