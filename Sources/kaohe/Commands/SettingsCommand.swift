import ArgumentParser
import Foundation
import KaoheCore
import KaoheReport
import KaoheRules
import KaoheStore

/// `kaohe settings`: the issuer, addressees, copies and work requirements of the results notice (R-22b).
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: helpText("考核结果通报和月度通报的公文设置（发文机关、主送、抄送、印发、工作要求）：查看、设置、历史。", "Document settings of the results notice and the monthly notice (发文机关、主送、抄送、印发、工作要求): show, set, history."),
        discussion: helpText(
            """
            设置连同历史一并保存，从不就地修改；发布时冻结当时有效的设置，已印发的通报重印时完全相同（R-22b）。
            从未设置的项目取本工具的默认值。
            """,
            "Settings are kept with their history and never edited in place; a publication freezes those in force, "
                + "so an issued notice re-prints identically (R-22b). A field never set takes this tool's default."),
        subcommands: [Show.self, Set.self, Import.self, History.self], defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("现行设置，默认值另行标明。", "The settings in force, defaults marked."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let db = try store.open(.read)
            Console.out(DocumentSettingsText.show(try db.documentSettings(), lang: lang.lang), terminator: "")
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("记录新的设置值；原有的值保留在历史中。", "Record new values; the earlier ones stay in the history."),
            discussion: helpText("--requirements 中的换行（或 \\n）开始“五、工作要求”的新一段。", "In --requirements a line break (or \\n) starts a new paragraph of 五、工作要求."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp("城市名称，例如 绵阳市。", "The city's name, e.g. 绵阳市.")) var city: String?
        @Option(help: optionHelp("发文机关，例如 绵阳市环境保护局。", "The issuing authority (发文机关), e.g. 绵阳市环境保护局.")) var issuer: String?
        @Option(name: .customLong("doc-pattern"), help: optionHelp("发文字号格式，{年} 为年份，{号} 为序号，例如 绵环发〔{年}〕{号}号。", "Document number pattern, {年} the year, {号} the number, e.g. 绵环发〔{年}〕{号}号."))
        var docPattern: String?
        @Option(help: optionHelp("主送机关，以“，”分隔。", "The addressees (主送机关), separated by ，")) var to: String?
        @Option(help: optionHelp("抄送机关，以“，”分隔。", "Copies to (抄送机关), separated by ，")) var cc: String?
        @Option(name: .customLong("printed-by"), help: optionHelp("印发机关。", "Printed and issued by (印发机关).")) var printedBy: String?
        @Option(help: optionHelp("成文日期上方的发文机关署名。", "The signature above the date (发文机关署名).")) var signature: String?
        @Option(help: optionHelp("“五、工作要求”的正文。", "The text of 五、工作要求.")) var requirements: String?
        @Option(name: .customLong("reset"), help: optionHelp("将某项恢复为本工具的默认值（city、issuer、doc-pattern、to、cc、printed-by、signature、requirements）。", "Return a field to this tool's default (city, issuer, doc-pattern, to, cc, printed-by, signature, requirements)."))
        var reset: [String] = []
        @Option(help: optionHelp("记录人（默认：登录名）。", "Who records it (default: the login name).")) var by: String?

        mutating func validate() throws {
            // One printable line each (issue 12 item 20's rule); the requirements may hold paragraphs.
            city = try city.map { try FreeText.oneLine($0, option: "--city", limit: FreeText.nameLimit) }
            issuer = try issuer.map { try FreeText.oneLine($0, option: "--issuer", limit: FreeText.nameLimit) }
            docPattern = try docPattern.map { try FreeText.oneLine($0, option: "--doc-pattern", limit: FreeText.documentLimit, markup: false) }
            to = try to.map { try FreeText.oneLine($0, option: "--to", limit: FreeText.noteLimit) }
            cc = try cc.map { try FreeText.oneLine($0, option: "--cc", limit: FreeText.noteLimit) }
            printedBy = try printedBy.map { try FreeText.oneLine($0, option: "--printed-by", limit: FreeText.nameLimit) }
            signature = try signature.map { try FreeText.oneLine($0, option: "--signature", limit: FreeText.nameLimit) }
            by = try by.map { try FreeText.oneLine($0, option: "--by", limit: FreeText.nameLimit) }
        }

        func run() throws {
            typealias F = DocumentSettings.Field
            var changes: [(F, String?)] = []
            let given: [(F, String?)] = [
                (.city, city), (.issuer, issuer), (.documentNumberPattern, docPattern), (.mainRecipients, to), (.copiesTo, cc),
                (.printedBy, printedBy), (.signature, signature), (.workRequirements, requirements),
            ]
            for (field, value) in given {
                guard let value else { continue }
                let clean = value.replacingOccurrences(of: "\\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
                if clean.isEmpty {
                    throw CLIError(lang(
                        "--\(field.rawValue) 不能为空 — 如需恢复默认值，请用 --reset \(field.rawValue)",
                        "--\(field.rawValue) cannot be empty — to return to the default, use --reset \(field.rawValue)"))
                }
                if field == .documentNumberPattern && !clean.contains("{号}") {
                    throw CLIError(lang(
                        "--doc-pattern \(clean)：缺少序号占位符 {号} — 例如 绵环发〔{年}〕{号}号",
                        "--doc-pattern \(clean): the number placeholder {号} is missing — e.g. 绵环发〔{年}〕{号}号"))
                }
                changes.append((field, clean))
            }
            for name in reset {
                guard let field = F(rawValue: name) else {
                    let names = F.allCases.map(\.rawValue).joined(separator: ", ")
                    throw CLIError(lang("--reset \(name)：没有这个设置项 — 可选：\(names)", "--reset \(name): no such setting — one of: \(names)"))
                }
                if changes.contains(where: { $0.0 == field }) {
                    throw CLIError(lang("\(name) 同时被设置和恢复默认值 — 请只选其一", "\(name) is both set and reset — choose one"))
                }
                changes.append((field, nil))
            }
            if changes.isEmpty {
                throw CLIError(lang(
                    "没有给出要设置的项目 — 例如 kaohe settings set --city 绵阳市 --issuer 绵阳市环境保护局",
                    "nothing to set — e.g. kaohe settings set --city 绵阳市 --issuer 绵阳市环境保护局"))
            }
            let db = try store.open(.write)
            try db.setDocumentSettings(changes, by: recorder(by))
            Console.out(lang("已记录 \(changes.count) 项公文设置（kaohe settings show 查看）。", "Recorded \(changes.count) document setting(s) (see kaohe settings show)."))
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("记录 TOML 文件中的设置（键名同 settings set 的选项）；全部记录或全不记录。", "Record the settings of a TOML file (keys as the options of settings set); all or nothing."),
            discussion: """
                示例 / Example:
                  city = "绵阳市"
                  issuer = "绵阳市环境保护局"
                  doc-pattern = "绵环发〔{年}〕{号}号"
                  requirements = "第一段。\\n第二段。"
                """)
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp("设置文件（TOML，UTF-8）。", "The settings file (TOML, UTF-8).")) var file: String
        @Option(help: optionHelp("记录人（默认：登录名）。", "Who records it (default: the login name).")) var by: String?

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CLIError(lang("\(file)：文件不存在 — 请给出公文设置文件（TOML）", "\(file): no such file — name a document-settings file (TOML)"))
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw CLIError(lang("\(file)：不是 UTF-8 文本 — 请另存为 UTF-8", "\(file): not UTF-8 text — save it as UTF-8"))
            }
            let changes = try parseOrReject([file]) { try DocumentSettingsFile.parse(text, fileName: file) }
            let db = try store.open(.write)
            try db.setDocumentSettings(changes, by: recorder(by))
            Console.out(lang("已从 \(file) 记录 \(changes.count) 项公文设置（kaohe settings show 查看）。", "Recorded \(changes.count) document setting(s) from \(file) (see kaohe settings show)."))
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("历次记录的全部修改，按时间先后。", "Every recorded change, oldest first."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let db = try store.open(.read)
            Console.out(DocumentSettingsText.history(try db.documentSettingsHistory(), lang: lang.lang), terminator: "")
        }
    }
}
