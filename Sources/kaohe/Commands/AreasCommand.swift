import Foundation
import ArgumentParser
import KaoheCSV
import KaoheReport

struct AreasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "areas", abstract: helpText("导入与查看被考核单位（区域）。", "Import and list the assessed units (区域)."),
        subcommands: [Import.self, List.self, Succeed.self, Successions.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("导入区域文件；已有单位将被更新。", "Import an areas file; known units are updated."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var sheet: SheetOption
        @Argument(help: optionHelp("区域文件（.csv 或 .xlsx）；- 表示标准输入。", "The areas file (.csv or .xlsx); - is standard input.")) var file: String
        @Flag(name: .long, help: optionHelp("导入以前导入过、但其中部分行已被后来的导入修改的文件（撤销那些修改）。", "Import a file imported before even though later imports changed some of its rows (undoing those changes)."))
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
                throw CLIError(lang(
                    "\(input.name): 区域代码 \(taken.map { "\($0.0)（已是部门 \($0.1) 的代码）" }.joined(separator: "、")) 不可用 — 请为区域使用部门未使用的代码；未存储任何数据",
                    "\(input.name): the unit code(s) \(taken.map { "\($0.0) (already the code of the department \($0.1))" }.joined(separator: ", ")) cannot be used — give the unit a code no department uses; nothing was stored"))
            }
            let db = try existing ?? store.open(.create)
            report(parsed.warnings, lang)
            let outcome = try refusingDiagnostics { try db.importAreas(parsed.rows, file: input.importFile, reinstate: reinstate) }
            Console.out(importSummary(file: input.name, rows: parsed.rows.count, outcome: outcome, lang: lang))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("列出已有单位。", "List the known units."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let areas = try store.open(.read).areas()
            var table = TextTable(headers: [lang("区域代码", "code"), lang("区域名称", "name"), lang("区域类型", "type"), lang("上级区域代码", "parent")])
            for a in areas {
                table.append([a.code, a.name, lang(a.type.rawValue, a.type.english), a.parentCode ?? ""])
            }
            Console.out(table.render(), terminator: "")
            Console.out(lang("共 \(areas.count) 个单位", "\(areas.count) unit(s)"))
        }
    }
}
