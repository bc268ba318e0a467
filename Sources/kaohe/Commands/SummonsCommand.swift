import ArgumentParser
import KaoheCore
import KaoheReport
import KaoheStore

struct SummonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summons",
        abstract: helpText("未通过考核单位的约谈：查看、记录其进程（待约谈 → 已约谈 → 整改中 → 已整改销号）、逾期整改、修改历史（R-19、R-21）。", "Summonses (约谈) of units that failed: list, record their course (待约谈 → 已约谈 → 整改中 → 已整改销号), overdue rectifications, history (R-19, R-21)."),
        subcommands: [List.self, Update.self, Overdue.self, History.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("全部约谈，或某一考核年度的约谈。", "Every summons, or those of one assessed year."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp("不合格结果所属的考核年度。", "The assessed year of the failing result.")) var year: Int?
        @OptionGroup var output: ListFormatOptions

        func run() throws {
            let summonses = try store.open(.read).summonses(year: year)
            if summonses.isEmpty && output.isTerminalText {
                Console.out(lang("尚无约谈记录。", "No summons is on record."))
                return
            }
            try output.emit(ListTables.summonses(summonses, lang: lang.lang), database: store.path, lang)
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("修改约谈记录：约谈日期、整改期限、销号日期、备注；每次修改都留有历史。", "Amend a summons: held (--held-on), rectification under way (--rectification-due), rectified and closed (--closed-on), notes. Every change is kept in its history."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp("约谈编号（见 kaohe summons list）。", "The summons id (see kaohe summons list).")) var id: Int64
        @Option(name: .customLong("held-on"), help: optionHelp("约谈举行的日期；记为已约谈。", "The day the summons took place; marks it held.")) var heldOn: String?
        @Option(help: optionHelp("约谈备注。", "Notes on the summons.")) var notes: String?
        @Option(name: .customLong("rectification-due"), help: optionHelp("整改期限（须晚于约谈日期）；记为整改中。", "The day rectification is due (after the day held); marks it 整改中."))
        var rectificationDue: String?
        @Option(name: .customLong("closed-on"), help: optionHelp("整改验收销号的日期；记为已整改销号。", "The day the rectification was accepted; marks it 已整改销号.")) var closedOn: String?
        @Option(help: optionHelp("记录修改的人（默认：登录名）。", "Who records the amendment (default: the login name).")) var by: String?

        mutating func validate() throws {
            if heldOn == nil && notes == nil && rectificationDue == nil && closedOn == nil {
                throw usageError("没有要修改的内容 — 请给出 --held-on、--rectification-due、--closed-on 或 --notes", "nothing to amend — give --held-on, --rectification-due, --closed-on or --notes")
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
            Console.out(amendments.isEmpty
                ? lang("与记录相同，未作修改。", "Identical to the record: nothing amended.")
                : lang("已记录 \(amendments.count) 项修改（kaohe summons history \(id) 查看）。", "\(amendments.count) change(s) recorded (see kaohe summons history \(id))."))
        }
    }

    struct Overdue: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("整改期限早于某日（默认今天）而仍在整改中的约谈。", "Summonses under rectification (整改中) whose due day is before a day (default today)."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp("查询的日期，例如 2016-11-01（默认：今天）。", "The day asked about, e.g. 2016-11-01 (default: today).")) var on: String?

        func run() throws {
            let day = try on.map { try parseDayOption($0, option: "--on") } ?? today()
            let overdue = try store.open(.read).overdueSummonses(on: day)
            if overdue.isEmpty {
                Console.out(lang("\(day) 无逾期未完成的整改。", "No rectification is overdue on \(day)."))
                return
            }
            Console.out(ConsequencesText.overdueTable(overdue, on: day, lang: lang.lang), terminator: "")
            Console.out(lang("\(day) 共 \(overdue.count) 项整改逾期未销号", "\(overdue.count) rectification(s) overdue on \(day)"))
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("一次约谈及其全部修改记录。", "A summons and every amendment made to it."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp("约谈编号。", "The summons id.")) var id: Int64

        func run() throws {
            guard let (summons, amendments) = try store.open(.read).summonsHistory(id: id) else {
                throw CLIError(lang("没有约谈 \(id) — 用 kaohe summons list 查看", "there is no summons \(id) — see kaohe summons list"))
            }
            Console.out(ConsequencesText.summonsTable([summons], lang: lang.lang), terminator: "")
            if amendments.isEmpty {
                Console.out(lang("尚无修改。", "No amendment yet."))
            } else {
                Console.out(ConsequencesText.amendmentTable(amendments, lang: lang.lang), terminator: "")
            }
        }
    }
}
