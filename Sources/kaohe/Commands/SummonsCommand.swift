import ArgumentParser
import KaoheCore
import KaoheReport
import KaoheStore

struct SummonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summons",
        abstract: helpText(SummonsText.abstract),
        subcommands: [List.self, Update.self, Overdue.self, History.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(SummonsText.listAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp(SummonsText.yearHelp)) var year: Int?
        @OptionGroup var output: ListFormatOptions

        func run() throws {
            let summonses = try store.open(.read).summonses(year: year)
            if summonses.isEmpty && output.isTerminalText {
                Console.out(lang(SummonsText.noSummons))
                return
            }
            try output.emit(ListTables.summonses(summonses, lang: lang.lang), database: store.path, lang)
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(SummonsText.updateAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp(SummonsText.idHelp)) var id: Int64
        @Option(name: .customLong("held-on"), help: optionHelp(SummonsText.heldOnHelp)) var heldOn: String?
        @Option(help: optionHelp(SummonsText.notesHelp)) var notes: String?
        @Option(name: .customLong("rectification-due"), help: optionHelp(SummonsText.rectificationDueHelp))
        var rectificationDue: String?
        @Option(name: .customLong("closed-on"), help: optionHelp(SummonsText.closedOnHelp)) var closedOn: String?
        @Option(help: optionHelp(SummonsText.byHelp)) var by: String?

        mutating func validate() throws {
            if heldOn == nil && notes == nil && rectificationDue == nil && closedOn == nil {
                throw usageError(SummonsProblem.nothingToAmend)
            }
            notes = try notes.map { try FreeText.oneLine($0, option: "--notes", limit: FreeText.noteLimit) }
            by = try by.map { try FreeText.oneLine($0, option: "--by", limit: FreeText.nameLimit) }
        }

        func run() throws {
            let held = try heldOn.map { try parseDayOption($0, option: "--held-on") }
            let due = try rectificationDue.map { try parseDayOption($0, option: "--rectification-due") }
            let closed = try closedOn.map { try parseDayOption($0, option: "--closed-on") }
            let db = try store.open(.write)
            let (summons, amendments) = try db.amendSummons(id: id, heldOn: held, notes: notes, rectificationDue: due, closedOn: closed, today: today(), by: recorder(by))
            Console.out(ConsequencesText.summonsTable([summons], lang: lang.lang), terminator: "")
            Console.out(lang(amendments.isEmpty ? SummonsText.nothingAmended : SummonsText.amended(count: amendments.count, id: id)))
        }
    }

    struct Overdue: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(SummonsText.overdueAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp(SummonsText.onHelp)) var on: String?

        func run() throws {
            let day = try on.map { try parseDayOption($0, option: "--on") } ?? today()
            let overdue = try store.open(.read).overdueSummonses(on: day)
            if overdue.isEmpty {
                Console.out(lang(SummonsText.noneOverdue(on: "\(day)")))
                return
            }
            Console.out(ConsequencesText.overdueTable(overdue, on: day, lang: lang.lang), terminator: "")
            Console.out(lang(SummonsText.overdueCount(overdue.count, on: "\(day)")))
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(SummonsText.historyAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp(SummonsText.historyIDHelp)) var id: Int64

        func run() throws {
            guard let (summons, amendments) = try store.open(.read).summonsHistory(id: id) else {
                throw CLIError(SummonsProblem.noSuchSummons(id: id))
            }
            Console.out(ConsequencesText.summonsTable([summons], lang: lang.lang), terminator: "")
            if amendments.isEmpty {
                Console.out(lang(SummonsText.noAmendment))
            } else {
                Console.out(ConsequencesText.amendmentTable(amendments, lang: lang.lang), terminator: "")
            }
        }
    }
}
