import ArgumentParser
import KaoheCSV
import KaoheCore
import KaoheReport

struct TargetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "targets", abstract: helpText("导入与查看 PM10/PM2.5 考核目标。", "Import and list PM10/PM2.5 targets (目标)."),
        subcommands: [Import.self, List.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("导入目标文件；已存储的（单位，年度）目标将被更新。", "Import a targets file; (unit, year) rows already stored are updated."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp("目标 CSV 文件；- 表示标准输入。", "The targets CSV file; - is standard input.")) var file: String

        func run() throws {
            let input = try InputFile(path: file)
            let db = try store.open(.write)
            let known = Set(try db.areas().map(\.code))
            let parsed = try parseOrReject([input.name], lang) { try TargetsFile.parse(input.data, file: input.name, knownAreas: known) }
            report(parsed.warnings, lang)
            let outcome = try db.importTargets(parsed.rows, file: input.importFile)
            Console.out(importSummary(file: input.name, rows: parsed.rows.count, outcome: outcome, lang: lang))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("列出考核目标，某一年度或全部。", "List targets, for one year or all."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp("只列出该考核年度。", "Only this assessed year.")) var year: Int?

        func run() throws {
            let db = try store.open(.read)
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
            Console.out(table.render(), terminator: "")
            Console.out(lang("共 \(targets.count) 条目标", "\(targets.count) target(s)"))
        }
    }
}
