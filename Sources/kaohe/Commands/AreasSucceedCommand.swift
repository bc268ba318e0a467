import Foundation
import ArgumentParser
import KaoheCore
import KaoheCSV
import KaoheReport
import KaoheStore

extension AreasCommand {
    /// `kaohe areas succeed OLD NEW --on DATE --doc 文号 [--kind …]`, `--file F` or `--withdraw ID`: records that
    /// NEW carries on OLD, a file of such records, or the withdrawal of a wrong one (issue 21).
    struct Succeed: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("记录单位承继（更名、更改代码、合并、拆分）；记录只增不改。", "Record that one unit succeeds another (rename, recode, merge, split); records are kept, never changed."),
            discussion: helpText(
                "自生效日期所在年度起，承继单位在考核中代替原单位；原单位在其存在的年度仍以原名称保留在历史中。合并时对每个被承继单位各记录一次，拆分时对每个承继单位各记录一次，须用同一日期和文号。也可用 --file 导入单位承继文件（.csv 或 .xlsx，docs/input-files.md），全部通过才存储；用 --withdraw 撤回记录有误的承继（保留记录并登记撤回）。",
                "From the year of the effective day the successor stands in the predecessor's place in assessments; the old unit stays in history under its old name for the years it existed. Record a merge once per predecessor and a split once per successor, with the same day and document. --file imports a successions file (.csv or .xlsx, docs/input-files.md), stored only when every row passes; --withdraw withdraws a wrongly recorded succession (it is kept, marked withdrawn)."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var sheet: SheetOption
        @Argument(help: optionHelp("被承继（原）单位代码。", "The predecessor's (old unit's) code.")) var old: String?
        @Argument(help: optionHelp("承继单位代码（须已导入）。", "The successor's code (already imported).")) var new: String?
        @Option(help: optionHelp("生效日期，例如 2016-01-01。", "The effective day, e.g. 2016-01-01.")) var on: String?
        @Option(help: optionHelp("批准变更（或撤回）的文号。", "The document number (文号) that made the change (or the withdrawal).")) var doc: String?
        @Option(help: optionHelp("变更类型：rename（更名）、recode（更改代码）、merge（合并）、split（拆分）；默认 recode。", "The kind: rename, recode, merge or split; default recode."))
        var kind: String = SuccessionKind.recode.rawValue
        @Option(help: optionHelp("合并时该被承继单位的权重（如人口），规则集 merge_weighting = \"recorded\" 时使用。", "A merge predecessor's weight (e.g. its population), used when the rule set says merge_weighting = \"recorded\"."))
        var weight: String?
        @Option(help: optionHelp("拆分时承继单位自己的考核基数（μg/m³）；不给则承继原单位的基数。", "A split successor's own base concentration (μg/m³); without it the predecessor's base is inherited."))
        var base: String?
        @Option(help: optionHelp("拆分时承继单位自己的上年浓度（μg/m³）；不给则承继原单位的上年浓度。", "A split successor's own previous-year concentration (μg/m³); without it the predecessor's is inherited."))
        var previous: String?
        @Option(help: optionHelp("单位承继文件（.csv 或 .xlsx）；- 表示标准输入。", "A successions file (.csv or .xlsx); - is standard input.")) var file: String?
        @Option(help: optionHelp("撤回该编号的承继记录（须给出 --doc 和 --reason）。", "Withdraw the succession with this id (with --doc and --reason).")) var withdraw: Int64?
        @Option(help: optionHelp("撤回的理由。", "Why the succession is withdrawn.")) var reason: String?
        @Option(help: optionHelp("记录的人（默认：登录名）。", "Who records it (default: the login name).")) var by: String?

        mutating func validate() throws {
            by = try by.map { try FreeText.oneLine($0, option: "--by", limit: FreeText.nameLimit) }
            if withdraw != nil {
                guard old == nil, new == nil, file == nil, on == nil else {
                    throw usageError("--withdraw 只需 --doc 和 --reason，不能同时给出单位、--on 或 --file", "--withdraw takes only --doc and --reason, not units, --on or --file")
                }
                doc = try FreeText.required(doc ?? "", option: "--doc", limit: FreeText.documentLimit, markup: false, ifEmpty: usageError(
                    "--doc 须给出撤回所依据的文号", "--doc must name the document number of the withdrawal"))
                reason = try FreeText.required(reason ?? "", option: "--reason", limit: FreeText.noteLimit, markup: false, ifEmpty: usageError(
                    "--reason 须说明撤回的理由", "--reason must say why the succession is withdrawn"))
                return
            }
            if file != nil {
                guard old == nil, new == nil, on == nil, doc == nil, weight == nil, base == nil, previous == nil else {
                    throw usageError("--file 与单位、--on、--doc、--weight、--base、--previous 不能同时使用 — 这些值写在文件各行中", "--file cannot be combined with units, --on, --doc, --weight, --base or --previous — the file's rows hold them")
                }
                return
            }
            old = try FreeText.required(old ?? "", option: "OLD", limit: FreeText.nameLimit, markup: false, ifEmpty: usageError("须给出原单位代码（或用 --file 导入文件）", "name the old unit's code (or import a file with --file)"))
            new = try FreeText.required(new ?? "", option: "NEW", limit: FreeText.nameLimit, markup: false, ifEmpty: usageError("须给出承继单位代码", "name the successor's code"))
            guard on != nil else { throw usageError("须用 --on 给出生效日期", "give the effective day with --on") }
            doc = try FreeText.required(doc ?? "", option: "--doc", limit: FreeText.documentLimit, markup: false, ifEmpty: usageError(
                "--doc 须给出批准变更的文号", "--doc must name the document number (文号) that made the change"))
            guard let k = SuccessionKind(rawValue: kind) else {
                throw usageError("--kind \(kind) 无效 — 请用 rename、recode、merge 或 split", "--kind \(kind) is not known — use rename, recode, merge or split")
            }
            if weight != nil && k != .merge { throw usageError("--weight 仅用于合并（--kind merge）", "--weight is for a merge only (--kind merge)") }
            if (base != nil || previous != nil) && k != .split {
                throw usageError("--base 和 --previous 仅用于拆分（--kind split）", "--base and --previous are for a split only (--kind split)")
            }
            for (name, value) in [("--weight", weight), ("--base", base), ("--previous", previous)] {
                if let value, Self.positive(value) == nil {
                    throw usageError("\(name) \(value) 不是大于 0 的数", "\(name) \(value) is not a number above 0")
                }
            }
        }

        static func positive(_ text: String) -> Decimal? {
            guard let d = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), d > 0,
                  text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
            return d
        }

        func run() throws {
            if let withdraw { return try withdrawOne(withdraw) }
            if let file { return try importFile(file) }
            let day = try parseDayOption(on!, option: "--on")
            let s = Succession(
                predecessor: old!, successor: new!, effective: day, document: doc!, kind: SuccessionKind(rawValue: kind)!,
                weight: weight.flatMap(Self.positive), ownBase: base.flatMap(Self.positive), ownPrevious: previous.flatMap(Self.positive))
            let db = try store.open(.write)
            let entry = try db.recordSuccession(s, today: today(), by: recorder(by))
            let names = Dictionary(try db.areas().map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
            Console.out(recorded(entry, names))
        }

        func recorded(_ entry: SuccessionEntry, _ names: [String: String]) -> String {
            let s = entry.succession, day = s.effective
            return lang(
                "已记录承继 #\(entry.id)：\(Self.label(s.predecessor, names)) → \(Self.label(s.successor, names))（\(s.kind.chinese)），\(day) 起生效，依据 \(s.document)。\(day.year) 年起由 \(s.successor) 代替 \(s.predecessor) 参加考核。",
                "Recorded succession #\(entry.id): \(Self.label(s.predecessor, names)) → \(Self.label(s.successor, names)) (\(s.kind.rawValue)), in effect from \(day), by \(s.document). From \(day.year) on \(s.successor) is assessed in place of \(s.predecessor).")
        }

        /// Imports a successions file: every row parsed and checked, then all recorded in one transaction or none.
        func importFile(_ path: String) throws {
            let input = try InputFile.single(path, sheet: sheet.sheet, kind: .successions, lang)
            let db = try store.open(.write)
            let units = Set(try db.areas().map(\.code))
            let parsed = try parseOrReject([input.name]) { try SuccessionsFile.parse(input.data, file: input.name, units: units) }
            report(parsed.warnings, lang)
            let entries = try parseOrReject([input.name]) { () throws -> [SuccessionEntry] in
                do {
                    return try db.recordSuccessions(parsed.rows.map(\.succession), today: today(), by: recorder(by))
                } catch let refusal as SuccessionRefusal {
                    // The store's shape check, located on the row it refused.
                    throw DiagnosticsError([Diagnostic(
                        file: input.name, line: parsed.rows[refusal.index].line,
                        reason: refusal.problem.message(chinese: false, naming: UsageHints.named),
                        fix: "correct or remove this row; nothing from the file was recorded",
                        reasonZh: refusal.problem.message(chinese: true, naming: UsageHints.named), fixZh: "请更正或删除此行；文件中的记录均未存储")])
                }
            }
            let names = Dictionary(try db.areas().map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
            for e in entries { Console.out(recorded(e, names)) }
            Console.out(lang("\(input.name)：已记录 \(entries.count) 条承继。", "\(input.name): \(entries.count) succession(s) recorded."))
        }

        func withdrawOne(_ id: Int64) throws {
            let db = try store.open(.write)
            let entry = try db.withdrawSuccession(id: id, document: doc!, reason: reason!, by: recorder(by))
            let names = Dictionary(try db.areas().map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
            let s = entry.succession
            Console.out(lang(
                "已撤回承继 #\(id)：\(Self.label(s.predecessor, names)) → \(Self.label(s.successor, names))（\(s.kind.chinese)，\(s.effective)，\(s.document)），依据 \(doc!)，理由：\(reason!)。该记录保留，不再生效。",
                "Withdrew succession #\(id): \(Self.label(s.predecessor, names)) → \(Self.label(s.successor, names)) (\(s.kind.rawValue), \(s.effective), \(s.document)), by \(doc!), because: \(reason!). The record is kept and no longer in force."))
        }

        static func label(_ code: String, _ names: [String: String]) -> String {
            names[code].map { "\($0)（\(code)）" } ?? code
        }
    }

    /// `kaohe areas successions`: lists the recorded successions, oldest first, withdrawn ones marked.
    struct Successions: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText("列出已记录的单位承继（含已撤回的）。", "List the recorded unit successions (withdrawn ones included)."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let db = try store.open(.read)
            let entries = try db.successions()
            let names = Dictionary(try db.areas().map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
            var table = TextTable(headers: [lang("编号", "id"), lang("原单位", "predecessor"), lang("承继单位", "successor"), lang("类型", "kind"),
                                            lang("生效日期", "effective"), lang("文号", "document"), lang("记录人", "recorded by"), lang("状态", "status"),
                                            lang("记录的数值", "figures")])
            for e in entries {
                let s = e.succession
                let status = e.withdrawal.map { lang("已撤回（\($0.document)）", "withdrawn (\($0.document))") } ?? lang("有效", "in force")
                table.append(["\(e.id)", Succeed.label(s.predecessor, names), Succeed.label(s.successor, names),
                              lang(s.kind.chinese, s.kind.rawValue), s.effective.description, s.document, e.recordedBy, status, figures(s)])
            }
            Console.out(table.render(), terminator: "")
            Console.out(lang("共 \(entries.count) 条承继记录", "\(entries.count) succession(s)"))
        }

        /// A merge's weight and a split's own base and previous year, as recorded (D-104, D-105); "—" when none.
        func figures(_ s: Succession) -> String {
            let n = { (d: Decimal) in GBRounding.display(d, maxPlaces: 4) }
            var parts: [String] = []
            if let w = s.weight { parts.append(lang("权重 \(n(w))", "weight \(n(w))")) }
            if let b = s.ownBase { parts.append(lang("基数 \(n(b))", "base \(n(b))")) }
            if let p = s.ownPrevious { parts.append(lang("上年 \(n(p))", "previous \(n(p))")) }
            return parts.isEmpty ? "—" : parts.joined(separator: lang("，", ", "))
        }
    }
}
