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
        let db = try store.open(.write)
        let decision = try refusingAsCLIError { try db.checkEIA(area: area, category: category, on: day, project: project) }
        Console.out(ConsequencesText.eiaAnswer(decision, project: project, lang: lang.lang), terminator: "")
        if !decision.allowed { throw ExitCode(3) }
    }
}
