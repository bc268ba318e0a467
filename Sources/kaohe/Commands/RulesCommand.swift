import ArgumentParser
import KaoheCore
import KaoheRules

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: helpText(RulesText.abstract),
        subcommands: [Show.self, Check.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(RulesText.showAbstract))
        @OptionGroup var rules: RulesOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let ruleSet = try rules.load(lang)
            let (text, fileName) = try rules.source(lang)
            Console.out("# \(fileName)  sha256:\(ruleSet.sourceHash ?? sha256Hex(of: text))")
            Console.out(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(RulesText.checkAbstract))
        @Argument(help: optionHelp(RulesText.fileHelp)) var file: String
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let ruleSet = try RulesOptions.load(file, lang)
            Console.out(lang(RulesText.passed(file: file, name: ruleSet.name, sha256: ruleSet.sourceHash ?? "")))
        }
    }
}
