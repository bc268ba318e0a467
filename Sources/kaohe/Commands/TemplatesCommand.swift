import ArgumentParser
import Foundation
import KaoheCore
import KaoheStore
import KaoheXLSX

/// `kaohe templates -o DIR [--year Y] [--area CODE]…`: the input templates as .xlsx workbooks, blank or with
/// each unit's report prefilled (issue 16, D-67, D-81).
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: helpText(
            "将填报模板写为 .xlsx 工作簿：区域、目标、自查报告（四个工作表）、备案登记、监测数据（日均值、小时值）；表头为中文，首行冻结，可选值有下拉列表。",
            "Write the input templates as .xlsx workbooks: areas, targets, reports (four sheets), filings, monitoring (daily, hourly); Chinese headers, header row frozen, drop-down lists for fixed values."),
        discussion: helpText(
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
            """))
    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @OptionGroup var rules: RulesOptions
    @Option(name: [.customShort("o"), .long], help: optionHelp("写入模板的文件夹（不存在时创建）。", "The folder to write the templates into (created when missing).")) var output: String
    @Option(help: optionHelp("为该年度写出各单位预填的自查报告。", "Also write each unit's prefilled report for this year.")) var year: Int?
    @Option(help: optionHelp("只为该单位写出预填的自查报告（可重复；须同时给出 --year）。", "Only this unit's prefilled report (repeatable; needs --year).")) var area: [String] = []

    mutating func validate() throws {
        if !area.isEmpty && year == nil {
            throw usageError("--area 须同时给出 --year（预填的自查报告属于某一年度）", "--area needs --year (a prefilled report is for one year)")
        }
    }

    func run() throws {
        let ruleSet = try rules.load(lang)
        if let year, !ruleSet.assessedYears.contains(year) {
            throw CLIError(lang(
                "\(year) 年不在规则集的考核年度 \(ruleSet.assessedYears.lowerBound)–\(ruleSet.assessedYears.upperBound) 之内 — 请给出要考核的年度",
                "\(year) is outside the rule set's assessed years \(ruleSet.assessedYears.lowerBound)–\(ruleSet.assessedYears.upperBound) — give a year that is assessed"))
        }
        // The units come from the database when there is one; blank templates need none.
        let stored: [Area] = FileManager.default.fileExists(atPath: store.path) ? try store.open(.read).areas() : []
        let context = Templates.Context(keyTasks: ruleSet.keyTasks, areas: stored)
        var books = Templates.blank(context)
        if let year {
            guard !stored.isEmpty else {
                throw CLIError(lang(
                    "数据库中还没有单位 — 先导入区域（kaohe areas import），再用 --year 写出预填的自查报告",
                    "no unit is stored yet — import the areas first (kaohe areas import), then write prefilled reports with --year"))
            }
            var units = stored
            if !area.isEmpty {
                units = try area.map { code in
                    guard let found = stored.first(where: { $0.code == code }) else { throw AppDatabase.unknownUnit(code) }
                    return found
                }
            }
            books += units.map { Templates.report(for: $0, year: year, context) }
        }
        try makeFolder()
        for book in books {
            let bytes = try XLSXWriter.data(book.sheets)
            let path = (output as NSString).appendingPathComponent(book.file)
            try writeOutput(bytes: Array(bytes), to: path, database: store.path)
            Console.out(lang("已写入 \(path)", "wrote \(path)"))
        }
    }

    /// The output folder, created when missing; a file of that name is refused.
    func makeFolder() throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDir) {
            guard isDir.boolValue else { throw CLIError(lang("\(output)：不是文件夹 — 请用 -o 指定文件夹", "\(output): is not a folder — name a folder with -o")) }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            } catch {
                throw CLIError(lang("\(output)：无法创建文件夹 — 请检查路径和权限", "\(output): the folder cannot be created — check the path and permissions"))
            }
        }
    }
}
