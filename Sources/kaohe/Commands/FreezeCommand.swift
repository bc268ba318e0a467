import ArgumentParser
import KaoheCore
import KaoheReport
import KaoheStore

struct FreezeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "freeze", abstract: helpText(FreezeHelp.abstract),
        subcommands: [List.self, Lift.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(FreezeHelp.listAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp(FreezeHelp.on)) var on: String?
        @Flag(help: optionHelp(FreezeHelp.all)) var all = false
        @OptionGroup var output: ListFormatOptions

        func run() throws {
            let day = try on.map { try parseDayOption($0, option: "--on") } ?? today()
            let db = try store.open(.read)
            let freezes = all ? try db.freezes() : try db.freezes(inForceOn: day)
            if freezes.isEmpty && output.isTerminalText {
                Console.out(all ? lang(FreezeText.noneEver) : lang(FreezeText.noneOn(day)))
                return
            }
            // A file (CSV or workbook) is written even when empty: its header says what was asked (issue 16).
            try output.emit(ListTables.freezes(freezes, on: day, history: all, lang: lang.lang), database: store.path, lang)
            guard output.isTerminalText else { return }
            // Units, not freezes: a unit frozen by two revisions or two years is one unit under a freeze.
            let units = Set(freezes.map { $0.heldBy?.code ?? $0.area.code }).count
            Console.out(all ? lang(FreezeText.historyCount(freezes: freezes.count, units: units, day: day)) : lang(FreezeText.unitsOn(day, units: units)))
        }
    }

    struct Lift: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(FreezeHelp.liftAbstract),
            discussion: helpText(FreezeHelp.liftDiscussion))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp(FreezeHelp.area)) var area: String
        @Option(help: optionHelp(FreezeHelp.date)) var date: String
        @Option(help: optionHelp(FreezeHelp.doc)) var doc: String
        @Option(help: optionHelp(FreezeHelp.reason)) var reason: String
        @Flag(help: optionHelp(FreezeHelp.force)) var force = false
        @Option(help: optionHelp(FreezeHelp.by)) var by: String?

        mutating func validate() throws {
            doc = try FreeText.required(doc, option: "--doc", limit: FreeText.documentLimit, markup: false, ifEmpty: usageError(FreezeUsage.docMissing))
            reason = try FreeText.required(reason, option: "--reason", limit: FreeText.noteLimit, ifEmpty: force
                ? usageError(FreezeUsage.forceWithoutReason) : usageError(FreezeUsage.reasonMissing))
            by = try by.map { try FreeText.oneLine($0, option: "--by", limit: FreeText.nameLimit) }
        }

        func run() throws {
            let day = try parseDayOption(date, option: "--date")
            let db = try store.open(.write)
            let lifted = try db.liftFreezes(area: area, on: day, document: doc, reason: reason, force: force, by: recorder(by))
            for f in lifted {
                Console.out(lang(FreezeText.lifted(f, unit: ConsequencesText.unit(f, lang.lang), day: day, document: doc)))
                if f.lift?.forced == true {
                    Console.out(lang(FreezeText.forced(minimumDays: f.terms.minimumDays)))
                }
            }
        }
    }
}
