import ArgumentParser
import KaoheCore
import KaoheRules

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: helpText("显示现行规则集，或检查本市自定的规则集文件。", "Show the rule set in force, or check a city's own rule-set file."),
        subcommands: [Show.self, Check.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("打印现行规则集，含注释和哈希值。", "Print the rule set in force, with its comments and hash."))
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
        static let configuration = CommandConfiguration(abstract: helpText("检查规则集文件；每个问题都注明行号和列号。", "Validate a rule-set file; every problem is printed with its line and column."))
        @Argument(help: optionHelp("规则集 TOML 文件。", "The rule-set TOML file.")) var file: String
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let ruleSet = try RulesOptions.load(file, lang)
            Console.out(lang(
                "\(file): 通过 — 规则集“\(ruleSet.name)”，sha256:\(ruleSet.sourceHash ?? "")",
                "\(file): ok — rule set \"\(ruleSet.name)\", sha256:\(ruleSet.sourceHash ?? "")"))
        }
    }
}
