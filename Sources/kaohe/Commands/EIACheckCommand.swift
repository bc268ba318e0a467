import ArgumentParser
import KaoheCore
import KaoheReport
import KaoheStore

extension ProjectCategory: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}

struct EIACheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eia-check",
        abstract: helpText(EIACheckHelp.abstract),
        subcommands: [EIAAskCommand.self, Log.self], defaultSubcommand: EIAAskCommand.self)

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(EIACheckHelp.logAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp(EIACheckHelp.logArea)) var area: String?

        func run() throws {
            let db = try store.open(.read)
            if let area, try !db.isKnownUnit(area) { throw AppDatabase.unknownUnit(area) }
            let entries = try db.eiaLog().filter { area == nil || $0.areaCode == area }
            if entries.isEmpty {
                Console.out(lang(EIACheckText.noQuestion))
                return
            }
            Console.out(ConsequencesText.eiaLogTable(entries, lang: lang.lang), terminator: "")
        }
    }
}

struct EIAAskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: helpText(EIACheckHelp.askAbstract),
        discussion: helpText(EIACheckHelp.askDiscussion))
    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Argument(help: optionHelp(EIACheckHelp.area)) var area: String
    @Option(help: optionHelp(EIACheckHelp.category)) var category: ProjectCategory
    @Option(help: optionHelp(EIACheckHelp.on)) var on: String?
    @Option(help: optionHelp(EIACheckHelp.project)) var project: String?

    mutating func validate() throws {
        project = try project.map { try FreeText.oneLine($0, option: "--project", limit: FreeText.nameLimit) }
    }

    func run() throws {
        let day = try on.map { try parseDayOption($0, option: "--on") } ?? today()
        let db = try store.open(.write)
        let decision = try db.checkEIA(area: area, category: category, on: day, project: project)
        Console.out(ConsequencesText.eiaAnswer(decision, project: project, lang: lang.lang), terminator: "")
        if !decision.allowed { throw ExitCode(3) }
    }
}
