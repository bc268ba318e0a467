import ArgumentParser
import KaoheCore
import KaoheReport
import KaoheStore

struct FreezeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "freeze", abstract: "Approval freezes (环评限批) of units that failed: list them, lift them (R-19, R-21, R-22).",
        subcommands: [List.self, Lift.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The units under a freeze on a day (default today); --all for every freeze ever, lifted ones included.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: "The day asked about, e.g. 2016-06-01 (default: today).") var on: String?
        @Flag(help: "Every freeze ever created, with its lift date, document and reason.") var all = false

        func run() throws {
            let day = try on.map { try parseDayOption($0, option: "--on") } ?? today()
            let db = try store.open()
            let freezes = all ? try db.freezes() : try db.freezes(inForceOn: day)
            if freezes.isEmpty {
                print(all ? lang("尚无环评限批记录。", "No freeze has ever been recorded.") : lang("\(day) 无单位处于环评限批。", "No unit is under an approval freeze on \(day)."))
                return
            }
            print(ConsequencesText.freezeTable(freezes, on: day, history: all, lang: lang.lang), terminator: "")
            // Units, not freezes: a unit frozen by two revisions or two years is one unit under a freeze.
            let units = Set(freezes.map(\.area.code)).count
            print(all ? lang("共 \(freezes.count) 项限批，涉及 \(units) 个单位（截至 \(day) 的限批天数）", "\(freezes.count) freeze(s) of \(units) unit(s) (days in force as of \(day))")
                : lang("\(day) 共 \(units) 个单位处于环评限批", "\(units) unit(s) under an approval freeze on \(day)"))
        }
    }

    struct Lift: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the decision that lifts a unit's freeze; refused before the minimum duration unless --force.",
            discussion: "The minimum duration, and whether a later passing assessment lifts a freeze, are defaults of this tool's rule set (R-22), not official rules.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: "The unit's code.") var area: String
        @Option(help: "The first day the freeze no longer applies, e.g. 2016-09-01.") var date: String
        @Option(help: "The lifting decision's document number (文号).") var doc: String
        @Option(help: "Why the freeze is lifted.") var reason: String
        @Flag(help: "Lift before the minimum duration has elapsed (needs --reason).") var force = false
        @Option(help: "Who records the decision (default: the login name).") var by: String?

        func validate() throws {
            if doc.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--doc must name the lifting decision's document number (文号)") }
            if reason.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError(force ? "--force needs a reason: say with --reason why the freeze ends before its minimum duration" : "--reason must say why the freeze is lifted")
            }
        }

        func run() throws {
            let day = try parseDayOption(date, option: "--date")
            let db = try store.open()
            let lifted = try refusingAsCLIError {
                try db.liftFreezes(area: area, on: day, document: doc, reason: reason, force: force, by: recorder(by))
            }
            for f in lifted {
                print(lang(
                    "已解除：\(ConsequencesText.unit(f.area)) 限批 #\(f.id)（自 \(f.startedOn)，\(f.document)），\(day) 起解除，依据 \(doc)。",
                    "Lifted: \(ConsequencesText.unit(f.area)) freeze #\(f.id) (since \(f.startedOn), \(f.document)), no longer in force from \(day), by \(doc)."))
                if f.lift?.forced == true {
                    print(lang("注意：未满最短期限 \(f.terms.minimumDays) 天（R-22，本工具默认设置），已按 --force 解除。", "Note: before the minimum duration of \(f.terms.minimumDays) days (R-22, a default of this tool); lifted with --force."))
                }
            }
        }
    }
}
