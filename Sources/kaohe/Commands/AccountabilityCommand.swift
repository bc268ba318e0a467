import ArgumentParser
import KaoheCore
import KaoheReport
import KaoheStore

struct AccountabilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accountability",
        abstract: helpText("终期考核不合格单位的加大问责力度决定：查看、记录进展、历史（R-21）。", "Stronger-accountability decisions (加大问责力度) of units failing the final assessment: list, record progress, history (R-21)."),
        subcommands: [List.self, Update.self, History.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("全部问责决定及其最新进展。", "Every decision with its newest progress entry."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let db = try store.open(.read)
            let decisions = try db.accountabilityDecisions()
            if decisions.isEmpty {
                Console.out(lang("尚无问责决定。", "No accountability decision is on record."))
                return
            }
            Console.out(ConsequencesText.decisionTable(decisions, updates: try db.accountabilityUpdates(), lang: lang.lang), terminator: "")
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("记录问责决定的落实情况；只增加记录，不修改、不删除。", "Record what was done on a decision; entries are added, never changed or deleted."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp("问责决定编号（见 kaohe accountability list）。", "The decision id (see kaohe accountability list).")) var id: Int64
        @Option(help: optionHelp("落实的日期，例如 2018-06-01。", "The day it was done, e.g. 2018-06-01.")) var date: String
        @Option(help: optionHelp("落实情况。", "What was done.")) var progress: String
        @Option(help: optionHelp("记载该情况的文件文号。", "The document recording it (文号).")) var doc: String?
        @Option(help: optionHelp("记录人（默认：登录名）。", "Who records it (default: the login name).")) var by: String?

        mutating func validate() throws {
            progress = try FreeText.required(progress, option: "--progress", limit: FreeText.noteLimit, markup: true, ifEmpty: usageError(
                "请用 --progress 写明落实情况", "say what was done with --progress"))
            doc = try doc.map { try FreeText.oneLine($0, option: "--doc", limit: FreeText.documentLimit, markup: false) }
            by = try by.map { try FreeText.oneLine($0, option: "--by", limit: FreeText.nameLimit) }
        }

        func run() throws {
            let day = try parseDayOption(date, option: "--date")
            let db = try store.open(.write)
            let update = try db.recordAccountabilityUpdate(decisionID: id, on: day, progress: progress, document: doc, today: today(), by: recorder(by))
            Console.out(lang(
                "已记录问责决定 #\(id) 的进展：\(update.on) \(update.progress)（kaohe accountability history \(id) 查看）。",
                "Progress recorded on accountability decision #\(id): \(update.on) \(update.progress) (see kaohe accountability history \(id))."))
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("一项问责决定及其全部进展记录。", "A decision and every progress entry recorded on it."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp("问责决定编号。", "The decision id.")) var id: Int64

        func run() throws {
            let db = try store.open(.read)
            guard let decision = try db.accountabilityDecisions().first(where: { $0.id == id }) else {
                throw CLIError(lang(
                    "没有编号为 \(id) 的问责决定 — 请查看 kaohe accountability list", "there is no accountability decision \(id) — see kaohe accountability list"))
            }
            let updates = try db.accountabilityUpdates().filter { $0.decisionID == id }
            Console.out(ConsequencesText.decisionTable([decision], updates: updates, lang: lang.lang), terminator: "")
            if updates.isEmpty {
                Console.out(lang("尚无进展记录。", "No progress recorded yet."))
            } else {
                Console.out(ConsequencesText.decisionHistory(updates, lang: lang.lang), terminator: "")
            }
        }
    }
}
