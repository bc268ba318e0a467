import ArgumentParser
import KaoheCSV
import KaoheCore
import KaoheReport

struct TargetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "targets", abstract: "Import and list PM10/PM2.5 targets (目标).",
        subcommands: [Import.self, List.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import a targets file; (unit, year) rows already stored are updated.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: "The targets CSV file.") var file: String
        @Flag(name: .long, help: "Import a file imported before even though later imports changed some of its rows (undoing those changes).")
        var reinstate = false

        func run() throws {
            let input = try InputFile(path: file)
            let db = try store.open()
            let known = Set(try db.areas().map(\.code))
            let stored = try db.targets()
            let parsed = try parseOrReject([file], lang) { try TargetsFile.parse(input.data, file: file, knownAreas: known, stored: stored) }
            report(parsed.warnings, lang)
            let outcome = try refusingDiagnostics(lang) { try db.importTargets(parsed.rows, file: input.importFile, reinstate: reinstate) }
            print(importSummary(file: file, rows: parsed.rows.count, outcome: outcome, lang: lang))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List targets, for one year or all.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: "Only this assessed year.") var year: Int?

        func run() throws {
            let db = try store.open()
            let names = Dictionary(uniqueKeysWithValues: try db.areas().map { ($0.code, $0.name) })
            let targets = try db.targets(year: year)
            var table = TextTable(
                headers: [
                    lang("区域代码", "code"), lang("区域名称", "name"), lang("考核年度", "year"), lang("指标", "pollutant"),
                    lang("基准年", "base year"), lang("基准浓度", "base μg/m³"), lang("目标类型", "kind"), lang("目标值", "value"),
                    lang("终期目标", "final"),
                ],
                alignments: [.left, .left, .right, .left, .right, .right, .left, .right, .left])
            for t in targets {
                table.append([
                    t.areaCode, names[t.areaCode] ?? "", String(t.year), t.pollutant.rawValue, String(t.baseYear),
                    "\(t.baseConcentration)", lang(t.kind.rawValue, t.kind.english),
                    t.value.map { "\($0)\(t.kind.valueUnit == "%" ? "%" : "")" } ?? "—", t.isFinal ? lang("是", "yes") : "",
                ])
            }
            print(table.render(), terminator: "")
            print(lang("共 \(targets.count) 条目标", "\(targets.count) target(s)"))
        }
    }
}
