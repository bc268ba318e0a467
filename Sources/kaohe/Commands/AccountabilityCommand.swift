import ArgumentParser
import KaoheCore
import KaoheReport
import KaoheStore

struct AccountabilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accountability",
        abstract: "Stronger-accountability decisions (加大问责力度) of units failing the final assessment: list, record progress, history (R-21).",
        subcommands: [List.self, Update.self, History.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every decision with its newest progress entry.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let db = try store.open()
            let decisions = try db.accountabilityDecisions()
            if decisions.isEmpty {
                print(lang("尚无问责决定。", "No accountability decision is on record."))
                return
            }
            print(ConsequencesText.decisionTable(decisions, updates: try db.accountabilityUpdates(), lang: lang.lang), terminator: "")
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record what was done on a decision; entries are added, never changed or deleted.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: "The decision id (see kaohe accountability list).") var id: Int64
        @Option(help: "The day it was done, e.g. 2018-06-01.") var date: String
        @Option(help: "What was done.") var progress: String
        @Option(help: "The document recording it (文号).") var doc: String?
        @Option(help: "Who records it (default: the login name).") var by: String?

        func run() throws {
            let day = try parseDayOption(date, option: "--date")
            let db = try store.open()
            let update = try refusingAsCLIError {
                try db.recordAccountabilityUpdate(decisionID: id, on: day, progress: progress, document: doc, today: today(), by: recorder(by))
            }
            print(lang(
                "已记录问责决定 #\(id) 的进展：\(update.on) \(update.progress)（kaohe accountability history \(id) 查看）。",
                "Progress recorded on accountability decision #\(id): \(update.on) \(update.progress) (see kaohe accountability history \(id))."))
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A decision and every progress entry recorded on it.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: "The decision id.") var id: Int64

        func run() throws {
            let db = try store.open()
            guard let decision = try db.accountabilityDecisions().first(where: { $0.id == id }) else {
                throw CLIError(lang(
                    "没有编号为 \(id) 的问责决定 — 请查看 kaohe accountability list", "there is no accountability decision \(id) — see kaohe accountability list"))
            }
            let updates = try db.accountabilityUpdates().filter { $0.decisionID == id }
            print(ConsequencesText.decisionTable([decision], updates: updates, lang: lang.lang), terminator: "")
            if updates.isEmpty {
                print(lang("尚无进展记录。", "No progress recorded yet."))
            } else {
                print(ConsequencesText.decisionHistory(updates, lang: lang.lang), terminator: "")
            }
        }
    }
}
