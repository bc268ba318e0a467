import Foundation
import ArgumentParser
import KaoheCSV
import KaoheCore
import KaoheDepartments
import KaoheReport
import KaoheStore

/// `kaohe departments …`: the municipal departments, assessed on their own task lists (R-31, issue 17).
struct DepartmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "departments",
        abstract: helpText("市级有关部门的考核：部门、任务分解、自查报告、评分与结果。", "Assess the municipal departments: departments, task lists, self-reports, scores and results."),
        discussion: helpText(
            "部门单独考核（R-31），不列入区域名单和排名，不涉及约谈和环评限批。",
            "Departments are assessed on their own (R-31): never in the area lists or rankings, never summoned or frozen."),
        subcommands: [Import.self, List.self, TasksCommand.self, ReportsCommand.self, Assess.self, Show.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("导入部门文件；已有部门的名称将被更新（旧名称保留）。", "Import a departments file; known departments' names are updated (old names kept)."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var sheet: SheetOption
        @Argument(help: optionHelp("部门文件（.csv 或 .xlsx）；- 表示标准输入。", "The departments file (.csv or .xlsx); - is standard input.")) var file: String

        func run() throws {
            let input = try InputFile.single(file, sheet: sheet.sheet, kind: .departments, lang)
            let db = try store.open(.write)
            let stored = Set(try db.departments().map(\.code))
            let areas = Set(try db.areas().map(\.code))
            let parsed = try parseOrReject([input.name]) {
                try DepartmentsFile.parse(input.data, file: input.name, storedCodes: stored, areaCodes: areas)
            }
            report(parsed.warnings, lang)
            let outcome = try db.importDepartments(parsed.rows, file: input.importFile)
            Console.out(importSummary(file: input.name, rows: parsed.rows.count, outcome: outcome, lang: lang))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("列出已有部门。", "List the known departments."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let departments = try store.open(.read).departments()
            var table = TextTable(headers: [lang("部门代码", "code"), lang("部门名称", "name")])
            for d in departments { table.append([d.code, d.name]) }
            Console.out(table.render(), terminator: "")
            Console.out(lang("共 \(departments.count) 个部门", "\(departments.count) department(s)"))
        }
    }
}

/// The stored department `code` names, matched ignoring case; an unknown code is a clear error.
func resolveDepartment(_ code: String, in db: AppDatabase, _ lang: LanguageOption) throws -> Department {
    if let d = try db.departments().first(where: { Department.codeKey($0.code) == Department.codeKey(code) }) { return d }
    throw CLIError(lang("部门代码 \(code) 不存在 — 请用 kaohe departments list 查看已有部门", "unknown department \(code) — kaohe departments list shows the known departments"))
}
