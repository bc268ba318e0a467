import ArgumentParser
import Foundation
import KaoheCSV
import KaoheCore
import KaoheReport
import KaoheStore

struct TargetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "targets", abstract: helpText("导入、查看与撤回 PM10/PM2.5 考核目标。", "Import, list and withdraw PM10/PM2.5 targets (目标)."),
        subcommands: [Import.self, List.self, Withdraw.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("导入目标文件；已存储的（单位，年度）目标将被更新。", "Import a targets file; (unit, year) rows already stored are updated."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var sheet: SheetOption
        @Argument(help: optionHelp("目标文件（.csv 或 .xlsx）；- 表示标准输入。", "The targets file (.csv or .xlsx); - is standard input.")) var file: String
        @Flag(name: .long, help: optionHelp("导入以前导入过、但其中部分行已被后来的导入修改的文件（撤销那些修改）。", "Import a file imported before even though later imports changed some of its rows (undoing those changes)."))
        var reinstate = false

        func run() throws {
            let input = try InputFile.single(file, sheet: sheet.sheet, kind: .targets, lang)
            let db = try store.open(.write)
            let known = Set(try db.areas().map(\.code))
            let stored = try db.targets()
            let parsed = try parseOrReject([input.name]) { try TargetsFile.parse(input.data, file: input.name, knownAreas: known, stored: stored) }
            report(parsed.warnings, lang)
            let outcome = try refusingDiagnostics { try db.importTargets(parsed.rows, file: input.importFile, reinstate: reinstate) }
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
            let entries = try db.targetEntries(year: year)
            var table = TextTable(
                headers: [
                    lang("区域代码", "code"), lang("区域名称", "name"), lang("考核年度", "year"), lang("指标", "pollutant"),
                    lang("基准年", "base year"), lang("基准浓度", "base μg/m³"), lang("目标类型", "kind"), lang("目标值", "value"),
                    lang("终期目标", "final"), lang("状态", "state"),
                ],
                alignments: [.left, .left, .right, .left, .right, .right, .left, .right, .left, .left])
            for e in entries {
                let t = e.target
                let state = e.withdrawnAt.map { at in
                    lang("已撤回（\(at)，\(e.withdrawalReason ?? "")）", "withdrawn (\(at), \(e.withdrawalReason ?? ""))")
                } ?? lang("有效", "in force")
                table.append([
                    t.areaCode, names[t.areaCode] ?? "", String(t.year), t.pollutant.rawValue, String(t.baseYear),
                    "\(t.baseConcentration)", lang(t.kind.rawValue, t.kind.english),
                    t.value.map { "\($0)\(t.kind.valueUnit == "%" ? "%" : "")" } ?? "—", t.isFinal ? lang("是", "yes") : "", state,
                ])
            }
            Console.out(table.render(), terminator: "")
            let withdrawn = entries.filter(\.isWithdrawn).count
            Console.out(lang(
                "共 \(entries.count) 条目标（有效 \(entries.count - withdrawn)，已撤回 \(withdrawn)；已撤回的目标不参与考核）",
                "\(entries.count) target(s) (\(entries.count - withdrawn) in force, \(withdrawn) withdrawn; withdrawn targets do not count)"))
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("撤回某单位某年度的目标（R-5）：保留在历史中，不删除，不再参与考核。", "Withdraw a unit's target for a year (R-5): kept in history, never deleted, no longer assessed."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp("单位代码。", "The unit's code.")) var area: String
        @Argument(help: optionHelp("目标所属年度（终期目标为规划期末年）。", "The year of the target (the final year for an end-of-period target).")) var year: Int
        @Option(help: optionHelp("撤回的理由（文号或说明）。", "Why the target is withdrawn (document number or note).")) var reason: String

        mutating func validate() throws {
            reason = try FreeText.required(reason, option: "--reason", limit: FreeText.noteLimit, markup: true, ifEmpty: usageError(
                "请用 --reason 给出撤回的理由", "give the reason for the withdrawal with --reason"))
        }

        func run() throws {
            let db = try store.open(.write)
            if try !db.isKnownUnit(area) { throw AppDatabase.unknownUnit(area) }
            let entry = try db.withdrawTarget(area: area, year: year, reason: reason)
            Console.out(lang(
                "已撤回 \(area) 的 \(year) 年目标（\(entry.target.pollutant.rawValue)，\(entry.target.kind.rawValue)），原因：\(reason)；该目标保留在历史中，不再参与考核。",
                "Withdrew the \(year) target of \(area) (\(entry.target.pollutant.rawValue), \(entry.target.kind.english)), reason: \(reason); it stays in the history and no longer counts for assessment."))
        }
    }
}
