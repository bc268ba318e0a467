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
            commandName: "tasks", abstract: helpText(DepartmentTasksHelp.abstract),
            subcommands: [Import.self, List.self])

        struct Import: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: helpText(DepartmentTasksHelp.importAbstract))
            @OptionGroup var store: StoreOptions
            @OptionGroup var lang: LanguageOption
            @OptionGroup var sheet: SheetOption
            @Argument(help: optionHelp(DepartmentTasksHelp.file)) var file: String

            func run() throws {
                let input = try InputFile.single(file, sheet: sheet.sheet, kind: .departmentTasks, lang)
                let db = try store.open(.write)
                let known = Set(try db.departments().map(\.code))
                let parsed = try parseOrReject([input.name]) { try DepartmentTasksFile.parse(input.data, file: input.name, departments: known) }
                report(parsed.warnings, lang)
                let outcome = try db.importDepartmentTasks(parsed.rows, file: input.importFile)
                for v in outcome.newVersions {
                    Console.out(lang(DepartmentTasksText.stored(department: v.departmentCode, year: v.year, version: v.version)))
                }
                Console.out(lang(DepartmentTasksText.imported(
                    file: input.name, departmentYears: parsed.rows.count, newVersions: outcome.newVersions.count, unchanged: outcome.unchanged)))
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: helpText(DepartmentTasksHelp.listAbstract))
            @OptionGroup var store: StoreOptions
            @OptionGroup var lang: LanguageOption
            @Option(help: optionHelp(DepartmentTasksHelp.year)) var year: Int
            @Option(help: optionHelp(DepartmentTasksHelp.dept)) var dept: String?
            @Flag(help: optionHelp(DepartmentTasksHelp.history)) var history = false

            func run() throws {
                let db = try store.open(.read)
                let departments = try dept.map { [try resolveDepartment($0, in: db, lang)] } ?? db.departments()
                var table = TextTable(headers: DepartmentTasksText.headers.map { lang($0) })
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
                Console.out(lang(DepartmentTasksText.count(count)))
            }
        }
    }
}
