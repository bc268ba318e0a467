import Foundation
import ArgumentParser
import KaoheCSV
import KaoheCore
import KaoheDepartments
import KaoheReport
import KaoheStore

extension DepartmentsCommand {
    /// `kaohe departments tasks …`: the task decomposition per department and year (部门任务分解表, R-31).
    struct TasksCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tasks", abstract: helpText("导入与查看部门任务分解表。", "Import and show the departments' task lists."),
            subcommands: [Import.self, List.self])

        struct Import: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: helpText(
                    "导入部门任务分解表；每个部门每年度的分值须合计 100 分；再次导入为新版本，旧版本保留。",
                    "Import a task decomposition file; each department's points for a year must sum to 100; a later import is a new version, old ones are kept."))
            @OptionGroup var store: StoreOptions
            @OptionGroup var lang: LanguageOption
            @OptionGroup var sheet: SheetOption
            @Argument(help: optionHelp("部门任务分解文件（.csv 或 .xlsx）；- 表示标准输入。", "The task decomposition file (.csv or .xlsx); - is standard input.")) var file: String

            func run() throws {
                let input = try InputFile.single(file, sheet: sheet.sheet, kind: .departmentTasks, lang)
                let db = try store.open(.write)
                let known = Set(try db.departments().map(\.code))
                let parsed = try parseOrReject([input.name]) { try DepartmentTasksFile.parse(input.data, file: input.name, departments: known) }
                report(parsed.warnings, lang)
                let outcome = try db.importDepartmentTasks(parsed.rows, file: input.importFile)
                for v in outcome.newVersions {
                    Console.out(lang("\(v.departmentCode) \(v.year) 年任务分解：存为第 \(v.version) 版", "\(v.departmentCode) \(v.year) task list: stored as version \(v.version)"))
                }
                Console.out(lang(
                    "\(input.name): \(parsed.rows.count) 个部门年度；新版本 \(outcome.newVersions.count)，未变 \(outcome.unchanged)",
                    "\(input.name): \(parsed.rows.count) department-year(s); \(outcome.newVersions.count) new version(s), \(outcome.unchanged) unchanged"))
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: helpText("列出某年度各部门的任务（最新版本）。", "List the departments' tasks for a year (newest versions)."))
            @OptionGroup var store: StoreOptions
            @OptionGroup var lang: LanguageOption
            @Option(help: optionHelp("考核年度。", "The assessed year.")) var year: Int
            @Option(help: optionHelp("只列出该部门（部门代码）。", "Only this department (its code).")) var dept: String?
            @Flag(help: optionHelp("列出每个版本，而不只是最新版本。", "List every version, not only the newest.")) var history = false

            func run() throws {
                let db = try store.open(.read)
                let departments = try dept.map { [try resolveDepartment($0, in: db, lang)] } ?? db.departments()
                var table = TextTable(headers: [
                    lang("部门代码", "department"), lang("版本", "version"), lang("任务编号", "task"), lang("任务内容", "content"),
                    lang("分值", "points"), lang("任务来源", "source"),
                ])
                var count = 0
                for d in departments {
                    let lists = history
                        ? try db.departmentTaskHistory(department: d.code, year: year)
                        : try db.departmentTaskList(department: d.code, year: year).map { [$0] } ?? []
                    for list in lists {
                        count += 1
                        for t in list.tasks {
                            table.append([d.code, "\(list.version)", t.code, t.task, GBRounding.display(t.points), t.sourceClause])
                        }
                    }
                }
                Console.out(table.render(), terminator: "")
                Console.out(lang("共 \(count) 份任务分解", "\(count) task list(s)"))
            }
        }
    }
}
