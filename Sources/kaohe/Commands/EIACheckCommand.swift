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
        abstract: helpText("环评审批查询：查询一次（默认），或查看全部答复记录。", "EIA approval questions: ask one (default), or read the log of every answer given."),
        subcommands: [EIAAskCommand.self, Log.self], defaultSubcommand: EIAAskCommand.self)

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("全部环评审批查询及答复，限批的附其限批措施和发布文号。", "Every EIA question asked and its answer, with the freeze and the publication document behind a block."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp("只列出该单位的查询。", "Only this unit's questions.")) var area: String?

        func run() throws {
            let db = try store.open(.read)
            if let area, try !db.isKnownUnit(area) { throw AppDatabase.unknownUnit(area) }
            let entries = try db.eiaLog().filter { area == nil || $0.areaCode == area }
            if entries.isEmpty {
                Console.out(lang("尚无环评审批查询记录。", "No EIA question is on record."))
                return
            }
            Console.out(ConsequencesText.eiaLogTable(entries, lang: lang.lang), terminator: "")
        }
    }
}

struct EIAAskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: helpText("某单位的项目环评审批能否进行？退出码 0 为允许，3 为限批（R-19(b)、R-20）。", "May a project's EIA approval proceed in a unit? Exit code 0 allowed, 3 blocked (R-19(b), R-20)."),
        discussion: helpText(
            """
            项目类别：民生 (livelihood)、节能减排 (energy-saving)、
            不新增大气污染物排放 (no-new-emissions)、
            新增大气污染物排放 (emitting：其他新增大气污染物排放的项目)。
            每次查询及答复都记入日志，因此本命令需要可写的数据库。
            """,
            "Categories: 民生 (livelihood), 节能减排 (energy-saving), 不新增大气污染物排放 (no-new-emissions), "
                + "新增大气污染物排放 (emitting: any other project that adds air-pollutant emissions). "
                + "Every question and answer is logged, so this command needs a writable database."))
    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Argument(help: optionHelp("单位代码。", "The unit's code.")) var area: String
    @Option(help: optionHelp("民生|节能减排|不新增大气污染物排放|新增大气污染物排放，或英文名 livelihood|energy-saving|no-new-emissions|emitting。", "livelihood|energy-saving|no-new-emissions|emitting, or the Chinese name.")) var category: ProjectCategory
    @Option(help: optionHelp("查询的日期（默认：今天）。", "The day asked about (default: today).")) var on: String?
    @Option(help: optionHelp("项目名称，用于答复和记录。", "The project's name, for the answer and the log.")) var project: String?

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
