import Foundation
import ArgumentParser
import KaoheCore
import KaoheReport
import KaoheStore

extension AreasCommand {
    /// `kaohe areas succeed OLD NEW --on DATE --doc 文号 [--kind …]`: records that NEW carries on OLD (issue 21).
    struct Succeed: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("记录单位承继（更名、更改代码、合并、拆分）；记录只增不改。", "Record that one unit succeeds another (rename, recode, merge, split); records are kept, never changed."),
            discussion: helpText(
                "自生效日期所在年度起，承继单位在考核中代替原单位；原单位在其存在的年度仍以原名称保留在历史中。合并时对每个被承继单位各记录一次，拆分时对每个承继单位各记录一次，须用同一日期和文号。",
                "From the year of the effective day the successor stands in the predecessor's place in assessments; the old unit stays in history under its old name for the years it existed. Record a merge once per predecessor and a split once per successor, with the same day and document."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: optionHelp("被承继（原）单位代码。", "The predecessor's (old unit's) code.")) var old: String
        @Argument(help: optionHelp("承继单位代码（须已导入）。", "The successor's code (already imported).")) var new: String
        @Option(help: optionHelp("生效日期，例如 2016-01-01。", "The effective day, e.g. 2016-01-01.")) var on: String
        @Option(help: optionHelp("批准变更的文号。", "The document number (文号) that made the change.")) var doc: String
        @Option(help: optionHelp("变更类型：rename（更名）、recode（更改代码）、merge（合并）、split（拆分）；默认 recode。", "The kind: rename, recode, merge or split; default recode."))
        var kind: String = SuccessionKind.recode.rawValue
        @Option(help: optionHelp("记录的人（默认：登录名）。", "Who records it (default: the login name).")) var by: String?

        mutating func validate() throws {
            old = try FreeText.required(old, option: "OLD", limit: FreeText.nameLimit, markup: false, ifEmpty: usageError("须给出原单位代码", "name the old unit's code"))
            new = try FreeText.required(new, option: "NEW", limit: FreeText.nameLimit, markup: false, ifEmpty: usageError("须给出承继单位代码", "name the successor's code"))
            doc = try FreeText.required(doc, option: "--doc", limit: FreeText.documentLimit, markup: false, ifEmpty: usageError(
                "--doc 须给出批准变更的文号", "--doc must name the document number (文号) that made the change"))
            guard SuccessionKind(rawValue: kind) != nil else {
                throw usageError("--kind \(kind) 无效 — 请用 rename、recode、merge 或 split", "--kind \(kind) is not known — use rename, recode, merge or split")
            }
            by = try by.map { try FreeText.oneLine($0, option: "--by", limit: FreeText.nameLimit) }
        }

        func run() throws {
            let day = try parseDayOption(on, option: "--on")
            let s = Succession(predecessor: old, successor: new, effective: day, document: doc, kind: SuccessionKind(rawValue: kind)!)
            let db = try store.open(.write)
            let entry = try db.recordSuccession(s, today: today(), by: recorder(by))
            let names = Dictionary(try db.areas().map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
            Console.out(lang(
                "已记录承继 #\(entry.id)：\(Self.label(old, names)) → \(Self.label(new, names))（\(s.kind.chinese)），\(day) 起生效，依据 \(doc)。\(day.year) 年起由 \(new) 代替 \(old) 参加考核。",
                "Recorded succession #\(entry.id): \(Self.label(old, names)) → \(Self.label(new, names)) (\(s.kind.rawValue)), in effect from \(day), by \(doc). From \(day.year) on \(new) is assessed in place of \(old)."))
        }

        static func label(_ code: String, _ names: [String: String]) -> String {
            names[code].map { "\($0)（\(code)）" } ?? code
        }
    }

    /// `kaohe areas successions`: lists the recorded successions, oldest first.
    struct Successions: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("列出已记录的单位承继。", "List the recorded unit successions."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let db = try store.open(.read)
            let entries = try db.successions()
            let names = Dictionary(try db.areas().map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
            var table = TextTable(headers: [lang("编号", "id"), lang("原单位", "predecessor"), lang("承继单位", "successor"), lang("类型", "kind"),
                                            lang("生效日期", "effective"), lang("文号", "document"), lang("记录人", "recorded by")])
            for e in entries {
                let s = e.succession
                table.append(["\(e.id)", Succeed.label(s.predecessor, names), Succeed.label(s.successor, names),
                              lang(s.kind.chinese, s.kind.rawValue), s.effective.description, s.document, e.recordedBy])
            }
            Console.out(table.render(), terminator: "")
            Console.out(lang("共 \(entries.count) 条承继记录", "\(entries.count) succession(s)"))
        }
    }
}

/// The refusal of an assessment of a year in which a merge or split is in force (D-63).
func unresolvedSuccessionError(_ s: Succession, year: Int, lang: LanguageOption) -> CLIError {
    CLIError(lang(
        "\(s.predecessor) → \(s.successor) 为\(s.kind.chinese)（\(s.effective)，\(s.document)）：本工具尚不能对合并或拆分后的年度进行考核 — \(year) 年考核未运行",
        "\(s.predecessor) → \(s.successor) is a \(s.kind.rawValue) (\(s.effective), \(s.document)): this tool cannot yet assess a year after a merge or split — the \(year) assessment was not run"))
}
