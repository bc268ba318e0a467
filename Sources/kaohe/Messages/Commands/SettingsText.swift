import KaoheCore

/// The help texts and printed lines of `kaohe settings` (issue 13 item 1).
enum SettingsText {
    static let abstract = Bilingual(
        "考核结果通报和月度通报的公文设置（发文机关、主送、抄送、印发、工作要求）：查看、设置、历史。",
        "Document settings of the results notice and the monthly notice (发文机关、主送、抄送、印发、工作要求): show, set, history.")
    static let discussion = Bilingual(
        """
        设置连同历史一并保存，从不就地修改；发布时冻结当时有效的设置，已印发的通报重印时完全相同（R-22b）。
        从未设置的项目取本工具的默认值。
        """,
        "Settings are kept with their history and never edited in place; a publication freezes those in force, "
            + "so an issued notice re-prints identically (R-22b). A field never set takes this tool's default.")
    static let showAbstract = Bilingual("现行设置，默认值另行标明。", "The settings in force, defaults marked.")
    static let setAbstract = Bilingual("记录新的设置值；原有的值保留在历史中。", "Record new values; the earlier ones stay in the history.")
    static let setDiscussion = Bilingual(
        "--requirements 中的换行（或 \\n）开始“五、工作要求”的新一段。", "In --requirements a line break (or \\n) starts a new paragraph of 五、工作要求.")
    static let cityHelp = Bilingual("城市名称，例如 绵阳市。", "The city's name, e.g. 绵阳市.")
    static let issuerHelp = Bilingual("发文机关，例如 绵阳市环境保护局。", "The issuing authority (发文机关), e.g. 绵阳市环境保护局.")
    static let docPatternHelp = Bilingual(
        "发文字号格式，{年} 为年份，{号} 为序号，例如 绵环发〔{年}〕{号}号。", "Document number pattern, {年} the year, {号} the number, e.g. 绵环发〔{年}〕{号}号.")
    static let toHelp = Bilingual("主送机关，以“，”分隔。", "The addressees (主送机关), separated by ，")
    static let ccHelp = Bilingual("抄送机关，以“，”分隔。", "Copies to (抄送机关), separated by ，")
    static let printedByHelp = Bilingual("印发机关。", "Printed and issued by (印发机关).")
    static let signatureHelp = Bilingual("成文日期上方的发文机关署名。", "The signature above the date (发文机关署名).")
    static let requirementsHelp = Bilingual("“五、工作要求”的正文。", "The text of 五、工作要求.")
    static let resetHelp = Bilingual(
        "将某项恢复为本工具的默认值（city、issuer、doc-pattern、to、cc、printed-by、signature、requirements）。",
        "Return a field to this tool's default (city, issuer, doc-pattern, to, cc, printed-by, signature, requirements).")
    static let byHelp = Bilingual("记录人（默认：登录名）。", "Who records it (default: the login name).")
    static let importAbstract = Bilingual(
        "记录 TOML 文件中的设置（键名同 settings set 的选项）；全部记录或全不记录。", "Record the settings of a TOML file (keys as the options of settings set); all or nothing.")
    /// The example file under `settings import --help`, the same in both languages.
    static let importDiscussion = """
        示例 / Example:
          city = "绵阳市"
          issuer = "绵阳市环境保护局"
          doc-pattern = "绵环发〔{年}〕{号}号"
          requirements = "第一段。\\n第二段。"
        """
    static let fileHelp = Bilingual("设置文件（TOML，UTF-8）。", "The settings file (TOML, UTF-8).")
    static let historyAbstract = Bilingual("历次记录的全部修改，按时间先后。", "Every recorded change, oldest first.")

    /// After `settings set`: how many fields were recorded.
    static func recorded(count: Int) -> Bilingual {
        Bilingual("已记录 \(count) 项公文设置（kaohe settings show 查看）。", "Recorded \(count) document setting(s) (see kaohe settings show).")
    }

    /// After `settings import`: how many fields were recorded from which file.
    static func imported(count: Int, file: String) -> Bilingual {
        Bilingual("已从 \(file) 记录 \(count) 项公文设置（kaohe settings show 查看）。", "Recorded \(count) document setting(s) from \(file) (see kaohe settings show).")
    }
}

/// Why `kaohe settings` refuses what it was given (issue 13 item 1).
enum SettingsProblem: Worded, Hashable {
    /// `field` is the option's name without the dashes (`city`, `doc-pattern`).
    case emptyValue(field: String)
    case missingNumberPlaceholder(pattern: String)
    /// `choices` lists the settings' names, comma-separated.
    case unknownField(name: String, choices: String)
    case setAndReset(field: String)
    case nothingToSet
    case noSuchFile(path: String)
    case notUTF8(path: String)

    var wording: Bilingual {
        switch self {
        case .emptyValue(let f):
            Bilingual("--\(f) 不能为空 — 如需恢复默认值，请用 --reset \(f)", "--\(f) cannot be empty — to return to the default, use --reset \(f)")
        case .missingNumberPlaceholder(let p):
            Bilingual("--doc-pattern \(p)：缺少序号占位符 {号} — 例如 绵环发〔{年}〕{号}号", "--doc-pattern \(p): the number placeholder {号} is missing — e.g. 绵环发〔{年}〕{号}号")
        case .unknownField(let name, let choices):
            Bilingual("--reset \(name)：没有这个设置项 — 可选：\(choices)", "--reset \(name): no such setting — one of: \(choices)")
        case .setAndReset(let f): Bilingual("\(f) 同时被设置和恢复默认值 — 请只选其一", "\(f) is both set and reset — choose one")
        case .nothingToSet:
            Bilingual("没有给出要设置的项目 — 例如 kaohe settings set --city 绵阳市 --issuer 绵阳市环境保护局", "nothing to set — e.g. kaohe settings set --city 绵阳市 --issuer 绵阳市环境保护局")
        case .noSuchFile(let p): Bilingual("\(p)：文件不存在 — 请给出公文设置文件（TOML）", "\(p): no such file — name a document-settings file (TOML)")
        case .notUTF8(let p): Bilingual("\(p)：不是 UTF-8 文本 — 请另存为 UTF-8", "\(p): not UTF-8 text — save it as UTF-8")
        }
    }
}
