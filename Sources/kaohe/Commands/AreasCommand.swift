import ArgumentParser
import KaoheCSV
import KaoheReport

struct AreasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "areas", abstract: "Import and list the assessed units (区域).",
        subcommands: [Import.self, List.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import an areas file; known units are updated.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: "The areas CSV file.") var file: String
        @Flag(name: .long, help: "Import a file imported before even though later imports changed some of its rows (undoing those changes).")
        var reinstate = false

        func run() throws {
            let input = try InputFile(path: file)
            let db = try store.open()
            let stored = Set(try db.areas().map(\.code))
            let parsed = try parseOrReject([file], lang) { try AreasFile.parse(input.data, file: file, storedCodes: stored) }
            report(parsed.warnings, lang)
            let outcome = try refusingDiagnostics(lang) { try db.importAreas(parsed.rows, file: input.importFile, reinstate: reinstate) }
            print(importSummary(file: file, rows: parsed.rows.count, outcome: outcome, lang: lang))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the known units.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let areas = try store.open().areas()
            var table = TextTable(headers: [lang("区域代码", "code"), lang("区域名称", "name"), lang("区域类型", "type"), lang("上级区域代码", "parent")])
            for a in areas {
                table.append([a.code, a.name, lang(a.type.rawValue, a.type.english), a.parentCode ?? ""])
            }
            print(table.render(), terminator: "")
            print(lang("共 \(areas.count) 个单位", "\(areas.count) unit(s)"))
        }
    }
}
