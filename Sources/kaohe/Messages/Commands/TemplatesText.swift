import KaoheCore

/// The help texts and printed lines of `kaohe templates` (issue 13 item 1).
enum TemplatesText {
    static let abstract = Bilingual(
        "将填报模板写为 .xlsx 工作簿：区域、目标、自查报告（四个工作表）、备案登记、监测数据（日均值、小时值）；表头为中文，首行冻结，可选值有下拉列表。",
        "Write the input templates as .xlsx workbooks: areas, targets, reports (four sheets), filings, monitoring (daily, hourly); Chinese headers, header row frozen, drop-down lists for fixed values.")
    static let discussion = Bilingual(
        """
        每个工作表以其文件类型命名，填写后可直接导入（kaohe areas import 区域.xlsx 等）。
        给出 --year 时，另为每个单位（或 --area 指定的单位）写一份自查报告：已填好区域代码、年度和规则集的全部重点任务指标，
        文件名含单位代码、名称和年度。数据库中已有的单位作为“区域代码”的下拉列表。
        """,
        """
        Each sheet is named after its file kind, so a filled-in workbook imports as it is (kaohe areas import 区域.xlsx, …).
        With --year, a report workbook per unit (or per --area) is written too, with the unit's code, the year and every
        key-task sub-indicator of the rule set filled in, named after the unit's code, name and year. The units already
        stored make the drop-down list of 区域代码.
        """)
    static let outputHelp = Bilingual("写入模板的文件夹（不存在时创建）。", "The folder to write the templates into (created when missing).")
    static let yearHelp = Bilingual("为该年度写出各单位预填的自查报告。", "Also write each unit's prefilled report for this year.")
    static let areaHelp = Bilingual(
        "只为该单位写出预填的自查报告（可重复；须同时给出 --year）。", "Only this unit's prefilled report (repeatable; needs --year).")

    static func wrote(_ path: String) -> Bilingual { Bilingual("已写入 \(path)", "wrote \(path)") }
}

/// Why `kaohe templates` refuses (issue 13 item 1).
enum TemplatesProblem: Worded, Hashable {
    case areaNeedsYear
    case yearNotAssessed(year: Int, first: Int, last: Int)
    case noUnits
    case notAFolder(path: String)
    case cannotCreateFolder(path: String)

    var wording: Bilingual {
        switch self {
        case .areaNeedsYear: Bilingual("--area 须同时给出 --year（预填的自查报告属于某一年度）", "--area needs --year (a prefilled report is for one year)")
        case .yearNotAssessed(let year, let first, let last):
            Bilingual(
                "\(year) 年不在规则集的考核年度 \(first)–\(last) 之内 — 请给出要考核的年度",
                "\(year) is outside the rule set's assessed years \(first)–\(last) — give a year that is assessed")
        case .noUnits:
            Bilingual(
                "数据库中还没有单位 — 先导入区域（kaohe areas import），再用 --year 写出预填的自查报告",
                "no unit is stored yet — import the areas first (kaohe areas import), then write prefilled reports with --year")
        case .notAFolder(let p): Bilingual("\(p)：不是文件夹 — 请用 -o 指定文件夹", "\(p): is not a folder — name a folder with -o")
        case .cannotCreateFolder(let p):
            Bilingual("\(p)：无法创建文件夹 — 请检查路径和权限", "\(p): the folder cannot be created — check the path and permissions")
        }
    }
}
