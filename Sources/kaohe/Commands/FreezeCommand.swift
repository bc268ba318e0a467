import ArgumentParser
import KaoheCore
import KaoheReport
import KaoheStore

struct FreezeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "freeze", abstract: helpText("未通过考核单位的环评限批：查看与解除（R-19、R-21、R-22）。", "Approval freezes (环评限批) of units that failed: list them, lift them (R-19, R-21, R-22)."),
        subcommands: [List.self, Lift.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("某日（默认今天）处于环评限批的单位；--all 列出历次限批，包括已解除的。", "The units under a freeze on a day (default today); --all for every freeze ever, lifted ones included."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp("查询的日期，例如 2016-06-01（默认：今天）。", "The day asked about, e.g. 2016-06-01 (default: today).")) var on: String?
        @Flag(help: optionHelp("历次限批，含解除日期、文号和理由。", "Every freeze ever created, with its lift date, document and reason.")) var all = false
        @OptionGroup var output: ListFormatOptions

        func run() throws {
            let day = try on.map { try parseDayOption($0, option: "--on") } ?? today()
            let db = try store.open(.read)
            let freezes = all ? try db.freezes() : try db.freezes(inForceOn: day)
            if freezes.isEmpty && output.isTerminalText {
                Console.out(all ? lang("尚无环评限批记录。", "No freeze has ever been recorded.") : lang("\(day) 无单位处于环评限批。", "No unit is under an approval freeze on \(day)."))
                return
            }
            // A file (CSV or workbook) is written even when empty: its header says what was asked (issue 16).
            try output.emit(ListTables.freezes(freezes, on: day, history: all, lang: lang.lang), database: store.path, lang)
            guard output.isTerminalText else { return }
            // Units, not freezes: a unit frozen by two revisions or two years is one unit under a freeze.
            let units = Set(freezes.map { $0.heldBy?.code ?? $0.area.code }).count
            Console.out(all ? lang("共 \(freezes.count) 项限批，涉及 \(units) 个单位（截至 \(day) 的限批天数）", "\(freezes.count) freeze(s) of \(units) unit(s) (days in force as of \(day))")
                : lang("\(day) 共 \(units) 个单位处于环评限批", "\(units) unit(s) under an approval freeze on \(day)"))
        }
    }

    struct Lift: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("记录解除某单位环评限批的决定；未满最短期限时须加 --force。", "Record the decision that lifts a unit's freeze; refused before the minimum duration unless --force."),
            discussion: helpText(
                "最短期限，以及此后考核合格是否解除限批，是本工具规则集的默认设置（R-22），并非官方规定。",
                "The minimum duration, and whether a later passing assessment lifts a freeze, are defaults of this tool's rule set (R-22), not official rules."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp("单位代码。", "The unit's code.")) var area: String
        @Option(help: optionHelp("限批不再适用的第一天，例如 2016-09-01。", "The first day the freeze no longer applies, e.g. 2016-09-01.")) var date: String
        @Option(help: optionHelp("解除决定的文号。", "The lifting decision's document number (文号).")) var doc: String
        @Option(help: optionHelp("解除限批的理由。", "Why the freeze is lifted.")) var reason: String
        @Flag(help: optionHelp("在最短期限届满前解除（须附 --reason）。", "Lift before the minimum duration has elapsed (needs --reason).")) var force = false
        @Option(help: optionHelp("记录决定的人（默认：登录名）。", "Who records the decision (default: the login name).")) var by: String?

        mutating func validate() throws {
            doc = try FreeText.required(doc, option: "--doc", limit: FreeText.documentLimit, markup: false, ifEmpty: usageError(
                "--doc 须给出解除决定的文号", "--doc must name the lifting decision's document number (文号)"))
            reason = try FreeText.required(reason, option: "--reason", limit: FreeText.noteLimit, ifEmpty: force
                ? usageError("--force 须附理由：请用 --reason 说明为何在最短期限前解除", "--force needs a reason: say with --reason why the freeze ends before its minimum duration")
                : usageError("--reason 须说明解除的理由", "--reason must say why the freeze is lifted"))
            by = try by.map { try FreeText.oneLine($0, option: "--by", limit: FreeText.nameLimit) }
        }

        func run() throws {
            let day = try parseDayOption(date, option: "--date")
            let db = try store.open(.write)
            let lifted = try db.liftFreezes(area: area, on: day, document: doc, reason: reason, force: force, by: recorder(by))
            for f in lifted {
                Console.out(lang(
                    "已解除：\(ConsequencesText.unit(f, lang.lang)) 限批 #\(f.id)（自 \(f.startedOn)，\(f.document)），\(day) 起解除，依据 \(doc)。",
                    "Lifted: \(ConsequencesText.unit(f, lang.lang)) freeze #\(f.id) (since \(f.startedOn), \(f.document)), no longer in force from \(day), by \(doc)."))
                if f.lift?.forced == true {
                    Console.out(lang("注意：未满最短期限 \(f.terms.minimumDays) 天（R-22，本工具默认设置），已按 --force 解除。", "Note: before the minimum duration of \(f.terms.minimumDays) days (R-22, a default of this tool); lifted with --force."))
                }
            }
        }
    }
}
