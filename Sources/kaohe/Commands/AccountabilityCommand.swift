import ArgumentParser
import KaoheCore
import KaoheReport
import KaoheStore

struct AccountabilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accountability",
        abstract: helpText(AccountabilityHelp.abstract),
        subcommands: [List.self, Update.self, History.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(AccountabilityHelp.listAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let db = try store.open(.read)
            let decisions = try db.accountabilityDecisions()
            if decisions.isEmpty {
                Console.out(lang(AccountabilityText.noDecision))
                return
            }
            Console.out(ConsequencesText.decisionTable(decisions, updates: try db.accountabilityUpdates(), lang: lang.lang), terminator: "")
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(AccountabilityHelp.updateAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp(AccountabilityHelp.updateID)) var id: Int64
        @Option(help: optionHelp(AccountabilityHelp.date)) var date: String
        @Option(help: optionHelp(AccountabilityHelp.progress)) var progress: String
        @Option(help: optionHelp(AccountabilityHelp.doc)) var doc: String?
        @Option(help: optionHelp(AccountabilityHelp.by)) var by: String?

        mutating func validate() throws {
            progress = try FreeText.required(progress, option: "--progress", limit: FreeText.noteLimit, markup: true, ifEmpty: usageError(AccountabilityUsage.progressMissing))
            doc = try doc.map { try FreeText.oneLine($0, option: "--doc", limit: FreeText.documentLimit, markup: false) }
            by = try by.map { try FreeText.oneLine($0, option: "--by", limit: FreeText.nameLimit) }
        }

        func run() throws {
            let day = try parseDayOption(date, option: "--date")
            let db = try store.open(.write)
            let update = try db.recordAccountabilityUpdate(decisionID: id, on: day, progress: progress, document: doc, today: today(), by: recorder(by))
            Console.out(lang(AccountabilityText.recorded(id: id, on: update.on, progress: update.progress)))
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(AccountabilityHelp.historyAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp(AccountabilityHelp.historyID)) var id: Int64

        func run() throws {
            let db = try store.open(.read)
            guard let decision = try db.accountabilityDecisions().first(where: { $0.id == id }) else {
                throw CLIError(AccountabilityFailure.noSuchDecision(id: id))
            }
            let updates = try db.accountabilityUpdates().filter { $0.decisionID == id }
            Console.out(ConsequencesText.decisionTable([decision], updates: updates, lang: lang.lang), terminator: "")
            if updates.isEmpty {
                Console.out(lang(AccountabilityText.noProgress))
            } else {
                Console.out(ConsequencesText.decisionHistory(updates, lang: lang.lang), terminator: "")
            }
        }
    }
}
