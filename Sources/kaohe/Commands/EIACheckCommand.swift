import ArgumentParser
import KaoheCore
import KaoheReport
import KaoheStore

extension ProjectCategory: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}

struct EIACheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eia-check", abstract: "EIA approval questions: ask one (default), or read the log of every answer given.",
        subcommands: [EIAAskCommand.self, Log.self], defaultSubcommand: EIAAskCommand.self)

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every EIA question asked and its answer, with the freeze and the publication document behind a block.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: "Only this unit's questions.") var area: String?

        func run() throws {
            let entries = try store.open().eiaLog().filter { area == nil || $0.areaCode == area }
            if entries.isEmpty {
                print(lang("尚无环评审批查询记录。", "No EIA question is on record."))
                return
            }
            print(ConsequencesText.eiaLogTable(entries, lang: lang.lang), terminator: "")
        }
    }
}

struct EIAAskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "May a project's EIA approval proceed in a unit? Exit code 0 allowed, 3 blocked (R-19(b), R-20).",
        discussion: """
            Categories: 民生 (livelihood), 节能减排 (energy-saving), 不新增大气污染物排放 (no-new-emissions),
            新增大气污染物排放 (emitting: any other project that adds air-pollutant emissions).
            Every question and answer is logged.
            """)
    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Argument(help: "The unit's code.") var area: String
    @Option(help: "livelihood|energy-saving|no-new-emissions|emitting, or the Chinese name.") var category: ProjectCategory
    @Option(help: "The day asked about (default: today).") var on: String?
    @Option(help: "The project's name, for the answer and the log.") var project: String?

    func run() throws {
        let day = try on.map { try parseDayOption($0, option: "--on") } ?? today()
        let db = try store.open()
        let decision = try refusingAsCLIError { try db.checkEIA(area: area, category: category, on: day, project: project) }
        print(ConsequencesText.eiaAnswer(decision, project: project, lang: lang.lang), terminator: "")
        if !decision.allowed { throw ExitCode(3) }
    }
}
