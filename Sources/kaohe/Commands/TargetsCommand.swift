import ArgumentParser
import Foundation
import KaoheCSV
import KaoheCore
import KaoheReport
import KaoheStore

struct TargetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "targets", abstract: helpText(TargetsText.abstract),
        subcommands: [Import.self, List.self, Withdraw.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(TargetsText.importAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var rules: RulesOptions
        @OptionGroup var sheet: SheetOption
        @Argument(help: optionHelp(TargetsText.fileHelp)) var file: String
        @Flag(name: .long, help: optionHelp(TargetsText.reinstateHelp))
        var reinstate = false

        func run() throws {
            let input = try InputFile.single(file, sheet: sheet.sheet, kind: .targets, lang)
            let policy = try rules.load(lang).succession.oldCodes
            let db = try store.open(.write)
            let known = Set(try db.areas().map(\.code))
            let stored = try db.targets()
            // Rows under a code a succession replaced by their year: warned about or refused (issue 21, D-145).
            let oldCodes = try db.oldCodeImports(policy: policy)
            let parsed = try parseOrReject([input.name]) {
                try TargetsFile.parse(input.data, file: input.name, knownAreas: known, stored: stored, oldCodes: oldCodes)
            }
            report(parsed.warnings, lang)
            let outcome = try refusingDiagnostics { try db.importTargets(parsed.rows, file: input.importFile, reinstate: reinstate) }
            Console.out(importSummary(file: input.name, rows: parsed.rows.count, outcome: outcome, lang: lang))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(TargetsText.listAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp(TargetsText.yearHelp)) var year: Int?

        func run() throws {
            let db = try store.open(.read)
            let names = Dictionary(uniqueKeysWithValues: try db.areas().map { ($0.code, $0.name) })
            let entries = try db.targetEntries(year: year)
            var table = TextTable(
                headers: TargetsText.listHeaders.map { lang($0) },
                alignments: [.left, .left, .right, .left, .right, .right, .left, .right, .left, .left])
            for e in entries {
                let t = e.target
                let state = lang(e.withdrawnAt.map { TargetsText.withdrawn(at: "\($0)", reason: e.withdrawalReason ?? "") } ?? TargetsText.inForce)
                table.append([
                    t.areaCode, names[t.areaCode] ?? "", String(t.year), t.pollutant.rawValue, String(t.baseYear),
                    "\(t.baseConcentration)", lang(Bilingual(t.kind.rawValue, t.kind.english)),
                    t.value.map { "\($0)\(t.kind.valueUnit == "%" ? "%" : "")" } ?? "—", t.isFinal ? lang(TargetsText.isFinal) : "", state,
                ])
            }
            Console.out(table.render(), terminator: "")
            let withdrawn = entries.filter(\.isWithdrawn).count
            Console.out(lang(TargetsText.counts(total: entries.count, withdrawn: withdrawn)))
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(TargetsText.withdrawAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp(TargetsText.areaHelp)) var area: String
        @Argument(help: optionHelp(TargetsText.withdrawYearHelp)) var year: Int
        @Option(help: optionHelp(TargetsText.reasonHelp)) var reason: String

        mutating func validate() throws {
            reason = try FreeText.required(reason, option: "--reason", limit: FreeText.noteLimit, markup: true, ifEmpty: usageError(TargetsProblem.noReason))
        }

        func run() throws {
            let db = try store.open(.write)
            if try !db.isKnownUnit(area) { throw AppDatabase.unknownUnit(area) }
            let entry = try db.withdrawTarget(area: area, year: year, reason: reason)
            Console.out(lang(
                TargetsText.withdrew(
                    area: area, year: year, pollutant: entry.target.pollutant.rawValue, kind: Bilingual(entry.target.kind.rawValue, entry.target.kind.english),
                    reason: reason)))
        }
    }
}
