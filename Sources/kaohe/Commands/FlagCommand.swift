import ArgumentParser
import KaoheCore
import KaoheReport
import KaoheStore

struct FlagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flag", abstract: helpText(FlagHelp.abstract),
        subcommands: [Falsification.self, List.self])

    struct Falsification: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(FlagHelp.falsificationAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var rules: RulesOptions
        @Argument(help: optionHelp(FlagHelp.area)) var area: String
        @Argument(help: optionHelp(FlagHelp.year)) var year: Int
        @Option(help: optionHelp(FlagHelp.ref)) var ref: String
        @Flag(help: optionHelp(FlagHelp.remove)) var remove = false

        mutating func validate() throws {
            ref = try FreeText.required(ref, option: "--ref", limit: FreeText.nameLimit, ifEmpty: usageError(FlagUsage.refMissing))
        }

        func run() throws {
            // A finding is for a year the rule set assesses (issue 12 item 16).
            let ruleSet = try rules.load(lang)
            let years = ruleSet.assessedYears
            guard years.contains(year) else {
                throw CLIError(FlagFailure.yearNotAssessed(year: year, ruleSet: ruleSet.name, years: years))
            }
            let db = try store.open(.write)
            if remove {
                let f = try db.removeFalsification(area: area, year: year, reference: ref)
                Console.out(lang(FlagText.removed(area: f.areaCode, year: f.year, reference: f.reference, removal: ref)))
            } else {
                let f = try db.recordFalsification(area: area, year: year, reference: ref)
                Console.out(lang(FlagText.recorded(area: f.areaCode, year: f.year, reference: f.reference)))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(FlagHelp.listAbstract))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            var table = TextTable(headers: FlagText.headers.map { lang($0) })
            for f in try store.open(.read).falsificationFindings() {
                table.append([f.areaCode, String(f.year), f.reference, f.recordedAt, f.removedAt.map { "\($0) \(f.removalReference ?? "")" } ?? ""])
            }
            Console.out(table.render(), terminator: "")
        }
    }
}
