import Foundation
import ArgumentParser
import KaoheCSV
import KaoheCore
import KaoheReport

struct AreasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "areas", abstract: helpText(AreasHelp.abstract),
        subcommands: [Import.self, List.self, Succeed.self, Successions.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(AreasHelp.importAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var sheet: SheetOption
        @Argument(help: optionHelp(AreasHelp.file)) var file: String
        @Flag(name: .long, help: optionHelp(AreasHelp.reinstate))
        var reinstate = false

        func run() throws {
            let input = try InputFile.single(file, sheet: sheet.sheet, kind: .areas, lang)
            // A database is created only for a file that passes (issue 12 item 15); an existing one supplies the
            // stored codes, so a code differing only by case from a stored one is refused at its line (item 18).
            let existing = FileManager.default.fileExists(atPath: store.path) ? try store.open(.create) : nil
            let stored = Set(try existing?.areas().map(\.code) ?? [])
            let parsed = try parseOrReject([input.name]) { try AreasFile.parse(input.data, file: input.name, storedCodes: stored) }
            // D-95: an area may not take a department's code (the departments import refuses the converse).
            let departments = try existing?.departments() ?? []
            let taken = parsed.rows.compactMap { a in departments.first { $0.code.uppercased() == a.code.uppercased() }.map { (a.code, $0.name) } }
            if !taken.isEmpty {
                throw CLIError(AreasFailure.codesOfDepartments(file: input.name, taken: taken.map { (code: $0.0, department: $0.1) }))
            }
            let db = try existing ?? store.open(.create)
            report(parsed.warnings, lang)
            let outcome = try refusingDiagnostics { try db.importAreas(parsed.rows, file: input.importFile, reinstate: reinstate) }
            Console.out(importSummary(file: input.name, rows: parsed.rows.count, outcome: outcome, lang: lang))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(AreasHelp.listAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let areas = try store.open(.read).areas()
            var table = TextTable(headers: AreasText.headers.map { lang($0) })
            for a in areas {
                table.append([a.code, a.name, lang(Bilingual(a.type.rawValue, a.type.english)), a.parentCode ?? ""])
            }
            Console.out(table.render(), terminator: "")
            Console.out(lang(AreasText.count(areas.count)))
        }
    }
}
