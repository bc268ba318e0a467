import Foundation
import ArgumentParser
import KaoheCSV
import KaoheCore
import KaoheDepartments
import KaoheReport
import KaoheStore

extension DepartmentsCommand {
    /// `kaohe departments reports …`: the departments' self-reports and the bureau's verified scores.
    struct ReportsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reports", abstract: helpText("导入与查看部门自查报告（含核定得分）。", "Import and list the departments' self-reports (with verified scores)."),
            subcommands: [Import.self, List.self])

        struct Import: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: helpText(
                    "导入部门自查报告；核定得分填在“核定得分”列；再次导入为新版本，旧版本保留，是否逾期按首次报送日期判断。",
                    "Import department self-reports; verified scores go in the 核定得分 column; a later import is a new version, old ones are kept, and lateness is decided by the first submission."))
            @OptionGroup var store: StoreOptions
            @OptionGroup var lang: LanguageOption
            @OptionGroup var sheet: SheetOption
            @Argument(help: optionHelp("部门自查报告文件（.csv 或 .xlsx）；- 表示标准输入。", "The department self-report file (.csv or .xlsx); - is standard input.")) var file: String

            func run() throws {
                let input = try InputFile.single(file, sheet: sheet.sheet, kind: .departmentReport, lang)
                let db = try store.open(.write)
                let known = Set(try db.departments().map(\.code))
                let lists = try db.departmentTaskLists()
                let parsed = try parseOrReject([input.name]) {
                    try DepartmentReportFile.parse(input.data, file: input.name, departments: known, taskLists: lists, today: today())
                }
                report(parsed.warnings, lang)
                let outcome = try db.importDepartmentReports(parsed.rows, file: input.importFile)
                for v in outcome.newVersions {
                    let verified = v.hasVerifiedScores ? lang("（含核定得分）", " (with verified scores)") : ""
                    Console.out(lang("\(v.departmentCode) \(v.year) 年自查报告：存为第 \(v.version) 版\(verified)", "\(v.departmentCode) \(v.year) self-report: stored as version \(v.version)\(verified)"))
                }
                Console.out(lang(
                    "\(input.name): \(parsed.rows.count) 份报告；新版本 \(outcome.newVersions.count)，未变 \(outcome.unchanged)",
                    "\(input.name): \(parsed.rows.count) report(s); \(outcome.newVersions.count) new version(s), \(outcome.unchanged) unchanged"))
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: helpText("列出某年度各部门的报送情况。", "List each department's report status for a year."))
            @OptionGroup var store: StoreOptions
            @OptionGroup var lang: LanguageOption
            @Option(help: optionHelp("考核年度。", "The assessed year.")) var year: Int

            func run() throws {
                let db = try store.open(.read)
                var table = TextTable(headers: [
                    lang("部门代码", "department"), lang("部门名称", "name"), lang("报送情况", "status"), lang("首次报送日期", "first submitted"),
                    lang("版本", "versions"), lang("核定得分", "verified"),
                ])
                for d in try db.departments() {
                    guard let r = try db.departmentReport(department: d.code, year: year) else {
                        table.append([d.code, d.name, lang("未报送", "missing"), "", "", ""])
                        continue
                    }
                    let first = r.firstSubmittedOn ?? r.submittedOn
                    let late = first > DepartmentReport.deadline(year: year)
                    table.append([
                        d.code, d.name, late ? lang("逾期", "late") : lang("按时", "on time"), first.description, "\(r.version)",
                        r.tasks.contains { $0.verifiedScore != nil } ? lang("有", "yes") : lang("无", "no"),
                    ])
                }
                Console.out(table.render(), terminator: "")
            }
        }
    }
}
