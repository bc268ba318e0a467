import ArgumentParser
import Foundation
import KaoheCore
import KaoheRules

/// Which rule set is in force: `--rules`, else `$KAOHE_RULES`, else the built-in default.
///
/// The value is a TOML file path or the name of a built-in rule set: `default` or `pass-plus-excess`.
struct RulesOptions: ParsableArguments {
    @Option(name: .long, help: optionHelp(SharedOptionHelp.rules))
    var rules: String?

    var choice: String {
        if let rules { return rules }
        if let env = Invocation.variable("KAOHE_RULES"), !env.isEmpty { return env }
        return "default"
    }

    /// The rule set's source text and the name used for it in messages.
    func source(_ lang: LanguageOption) throws -> (text: String, fileName: String) { try Self.source(of: choice, lang) }

    /// Loads and validates the rule set in force; on problems prints each located error and exits 1.
    func load(_ lang: LanguageOption) throws -> RuleSet { try Self.load(choice, lang) }

    static func source(of choice: String, _ lang: LanguageOption) throws -> (text: String, fileName: String) {
        switch choice {
        case "default": return (BuiltInRuleSets.default, BuiltInRuleSets.defaultFileName)
        case "pass-plus-excess": return (BuiltInRuleSets.passPlusExcess, BuiltInRuleSets.passPlusExcessFileName)
        case let path:
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CLIError(RuleSetOptionFailure.noSuchFile(path: path))
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw CLIError(RuleSetOptionFailure.notUTF8(path: path))
            }
            return (text, path)
        }
    }

    static func load(_ choice: String, _ lang: LanguageOption) throws -> RuleSet {
        let (text, fileName) = try source(of: choice, lang)
        do {
            return try RuleSetLoader.load(text, fileName: fileName)
        } catch {
            throw RejectedInput(error, closing: InputFileText.ruleSetInvalid(fileName))
        }
    }
}

/// The rule set stored with a run: the one that scored it, whatever is in force today.
///
/// Publishing (consequences), showing (rounding) and summarising a run all follow these rules.
func storedRules(of run: AssessmentRun, _ lang: LanguageOption) throws -> RuleSet {
    do {
        return try RuleSetLoader.load(run.ruleSetText, fileName: "run-\(run.id):\(run.ruleSetName).toml")
    } catch {
        report(error.diagnostics, lang)
        throw CLIError(RuleSetOptionFailure.storedRulesDoNotLoad(run: run.id))
    }
}
