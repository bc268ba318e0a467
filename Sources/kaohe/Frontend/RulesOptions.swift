import ArgumentParser
import Foundation
import KaoheCore
import KaoheRules

/// Which rule set is in force: `--rules`, else `$KAOHE_RULES`, else the built-in default.
///
/// The value is a TOML file path or the name of a built-in rule set: `default` or `pass-plus-excess`.
struct RulesOptions: ParsableArguments {
    @Option(name: .long, help: optionHelp("规则集：TOML 文件，或内置的 'default'、'pass-plus-excess'（默认：$KAOHE_RULES，否则 'default'）。", "Rule set: a TOML file, or built-in 'default' or 'pass-plus-excess' (default: $KAOHE_RULES, else 'default')."))
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
                throw CLIError(lang(
                    "\(path): 规则集文件不存在 — 请给出 TOML 文件，或 'default'、'pass-plus-excess'",
                    "\(path): no such rule-set file — give a TOML file, or 'default' or 'pass-plus-excess'"))
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw CLIError(lang("\(path): 规则集不是 UTF-8 文本 — 请另存为 UTF-8", "\(path): the rule set is not UTF-8 text — save it as UTF-8"))
            }
            return (text, path)
        }
    }

    static func load(_ choice: String, _ lang: LanguageOption) throws -> RuleSet {
        let (text, fileName) = try source(of: choice, lang)
        do {
            return try RuleSetLoader.load(text, fileName: fileName)
        } catch {
            throw RejectedInput(error, closing: "\(fileName): 规则集无效，未执行任何操作。", "\(fileName): the rule set is invalid; nothing was done.")
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
        throw CLIError(lang(
            "运行 #\(run.id) 保存的规则集已无法加载 — 请重新运行该年度的考核",
            "the rule set stored with run #\(run.id) no longer loads — assess the year again"))
    }
}
