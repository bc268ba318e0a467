import KaoheCore

/// The help texts and printed lines of `kaohe rules` (issue 13 item 1).
enum RulesText {
    static let abstract = Bilingual("显示现行规则集，或检查本市自定的规则集文件。", "Show the rule set in force, or check a city's own rule-set file.")
    static let showAbstract = Bilingual("打印现行规则集，含注释和哈希值。", "Print the rule set in force, with its comments and hash.")
    static let checkAbstract = Bilingual(
        "检查规则集文件；每个问题都注明行号和列号。", "Validate a rule-set file; every problem is printed with its line and column.")
    static let fileHelp = Bilingual("规则集 TOML 文件。", "The rule-set TOML file.")

    /// `rules check` found no problem in `file`.
    static func passed(file: String, name: String, sha256: String) -> Bilingual {
        Bilingual("\(file): 通过 — 规则集“\(name)”，sha256:\(sha256)", "\(file): ok — rule set \"\(name)\", sha256:\(sha256)")
    }
}
