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
        abstract: helpText(DepartmentsHelp.abstract),
        discussion: helpText(DepartmentsHelp.discussion),
        subcommands: [Import.self, List.self, TasksCommand.self, ReportsCommand.self, Assess.self, Show.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(DepartmentsHelp.importAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var sheet: SheetOption
        @Argument(help: optionHelp(DepartmentsHelp.file)) var file: String

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
        static let configuration = CommandConfiguration(abstract: helpText(DepartmentsHelp.listAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let departments = try store.open(.read).departments()
            var table = TextTable(headers: DepartmentsText.headers.map { lang($0) })
            for d in departments { table.append([d.code, d.name]) }
            Console.out(table.render(), terminator: "")
            Console.out(lang(DepartmentsText.count(departments.count)))
        }
    }
}

/// The stored department `code` names, matched ignoring case; an unknown code is a clear error.
func resolveDepartment(_ code: String, in db: AppDatabase, _ lang: LanguageOption) throws -> Department {
    if let d = try db.departments().first(where: { Department.codeKey($0.code) == Department.codeKey(code) }) { return d }
    throw CLIError(DepartmentsFailure.unknownDepartment(code: code))
}
