import ArgumentParser
import KaoheCore
import KaoheReport
import KaoheStore

struct SummonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summons",
        abstract: "Summonses (约谈) of units that failed: list, record their course (待约谈 → 已约谈 → 整改中 → 已整改销号), overdue rectifications, history (R-19, R-21).",
        subcommands: [List.self, Update.self, Overdue.self, History.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every summons, or those of one assessed year.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: "The assessed year of the failing result.") var year: Int?

        func run() throws {
            let summonses = try store.open().summonses(year: year)
            if summonses.isEmpty {
                print(lang("尚无约谈记录。", "No summons is on record."))
                return
            }
            print(ConsequencesText.summonsTable(summonses, lang: lang.lang), terminator: "")
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Amend a summons: held (--held-on), rectification under way (--rectification-due), rectified and closed (--closed-on), notes. Every change is kept in its history.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: "The summons id (see kaohe summons list).") var id: Int64
        @Option(name: .customLong("held-on"), help: "The day the summons took place; marks it held.") var heldOn: String?
        @Option(help: "Notes on the summons.") var notes: String?
        @Option(name: .customLong("rectification-due"), help: "The day rectification is due (after the day held); marks it 整改中.")
        var rectificationDue: String?
        @Option(name: .customLong("closed-on"), help: "The day the rectification was accepted; marks it 已整改销号.") var closedOn: String?
        @Option(help: "Who records the amendment (default: the login name).") var by: String?

        func validate() throws {
            if heldOn == nil && notes == nil && rectificationDue == nil && closedOn == nil {
                throw ValidationError("nothing to amend — give --held-on, --rectification-due, --closed-on or --notes")
            }
        }

        func run() throws {
            let held = try heldOn.map { try parseDayOption($0, option: "--held-on") }
            let due = try rectificationDue.map { try parseDayOption($0, option: "--rectification-due") }
            let closed = try closedOn.map { try parseDayOption($0, option: "--closed-on") }
            let db = try store.open()
            let (summons, amendments) = try refusingAsCLIError {
                try db.amendSummons(id: id, heldOn: held, notes: notes, rectificationDue: due, closedOn: closed, today: today(), by: recorder(by))
            }
            print(ConsequencesText.summonsTable([summons], lang: lang.lang), terminator: "")
            print(amendments.isEmpty
                ? lang("与记录相同，未作修改。", "Identical to the record: nothing amended.")
                : lang("已记录 \(amendments.count) 项修改（kaohe summons history \(id) 查看）。", "\(amendments.count) change(s) recorded (see kaohe summons history \(id))."))
        }
    }

    struct Overdue: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Summonses under rectification (整改中) whose due day is before a day (default today).")
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: "The day asked about, e.g. 2016-11-01 (default: today).") var on: String?

        func run() throws {
            let day = try on.map { try parseDayOption($0, option: "--on") } ?? today()
            let overdue = try store.open().overdueSummonses(on: day)
            if overdue.isEmpty {
                print(lang("\(day) 无逾期未完成的整改。", "No rectification is overdue on \(day)."))
                return
            }
            print(ConsequencesText.overdueTable(overdue, on: day, lang: lang.lang), terminator: "")
            print(lang("\(day) 共 \(overdue.count) 项整改逾期未销号", "\(overdue.count) rectification(s) overdue on \(day)"))
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A summons and every amendment made to it.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: "The summons id.") var id: Int64

        func run() throws {
            guard let (summons, amendments) = try store.open().summonsHistory(id: id) else {
                throw CLIError(lang("没有约谈 \(id) — 用 kaohe summons list 查看", "there is no summons \(id) — see kaohe summons list"))
            }
            print(ConsequencesText.summonsTable([summons], lang: lang.lang), terminator: "")
            if amendments.isEmpty {
                print(lang("尚无修改。", "No amendment yet."))
            } else {
                print(ConsequencesText.amendmentTable(amendments, lang: lang.lang), terminator: "")
            }
        }
    }
}
