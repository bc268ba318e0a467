import KaoheCore

/// Help texts of `kaohe areas succeed` and `kaohe areas successions` (issue 21).
enum AreasSucceedHelp {
    static let abstract = Bilingual("记录单位承继（更名、更改代码、合并、拆分）；记录只增不改。", "Record that one unit succeeds another (rename, recode, merge, split); records are kept, never changed.")
    static let discussion = Bilingual(
        "自生效日期所在年度起，承继单位在考核中代替原单位；原单位在其存在的年度仍以原名称保留在历史中。合并时对每个被承继单位各记录一次，拆分时对每个承继单位各记录一次，须用同一日期和文号。也可用 --file 导入单位承继文件（.csv 或 .xlsx，docs/input-files.md），全部通过才存储；用 --withdraw 撤回记录有误的承继（保留记录并登记撤回）；已发布的结果依据了该承继时，须加 --correction 作为更正撤回，再重新考核并发布该年度的新修订。",
        "From the year of the effective day the successor stands in the predecessor's place in assessments; the old unit stays in history under its old name for the years it existed. Record a merge once per predecessor and a split once per successor, with the same day and document. --file imports a successions file (.csv or .xlsx, docs/input-files.md), stored only when every row passes; --withdraw withdraws a wrongly recorded succession (it is kept, marked withdrawn); when a published result relied on it, add --correction, then assess and publish a new revision of that year.")
    static let old = Bilingual("被承继（原）单位代码。", "The predecessor's (old unit's) code.")
    static let new = Bilingual("承继单位代码（须已导入）。", "The successor's code (already imported).")
    static let on = Bilingual("生效日期，例如 2016-01-01。", "The effective day, e.g. 2016-01-01.")
    static let doc = Bilingual("批准变更（或撤回）的文号。", "The document number (文号) that made the change (or the withdrawal).")
    static let kind = Bilingual("变更类型：rename（更名）、recode（更改代码）、merge（合并）、split（拆分）；默认 recode。", "The kind: rename, recode, merge or split; default recode.")
    static let weight = Bilingual("合并时该被承继单位的权重（如人口），规则集 merge_weighting = \"recorded\" 时使用。", "A merge predecessor's weight (e.g. its population), used when the rule set says merge_weighting = \"recorded\".")
    static let base = Bilingual("拆分时承继单位自己的考核基数（μg/m³）；不给则承继原单位的基数。", "A split successor's own base concentration (μg/m³); without it the predecessor's base is inherited.")
    static let previous = Bilingual("拆分时承继单位自己的上年浓度（μg/m³）；不给则承继原单位的上年浓度。", "A split successor's own previous-year concentration (μg/m³); without it the predecessor's is inherited.")
    static let file = Bilingual("单位承继文件（.csv 或 .xlsx）；- 表示标准输入。", "A successions file (.csv or .xlsx); - is standard input.")
    static let withdraw = Bilingual("撤回该编号的承继记录（须给出 --doc 和 --reason）。", "Withdraw the succession with this id (with --doc and --reason).")
    static let reason = Bilingual("撤回的理由。", "Why the succession is withdrawn.")
    static let correction = Bilingual(
        "与 --withdraw 同用：已发布的考核结果依据了该承继时，作为更正撤回。自今日起该承继不再生效（此前的日期仍按当时的情况回答），已发布的通报保持原样，相关年度列为待更正，直至发布该年度的新修订（R-22c）。",
        "With --withdraw: withdraw a succession a published result relied on, as a correction. It is no longer in force from today (earlier days still answer as things were then); the published notices stay as issued, and each such year awaits correction until a new revision of it is published (R-22c).")
    static let by = Bilingual("记录的人（默认：登录名）。", "Who records it (default: the login name).")
    static let successionsAbstract = Bilingual("列出已记录的单位承继（含已撤回的）。", "List the recorded unit successions (withdrawn ones included).")
}

/// Usage errors of `kaohe areas succeed`, raised in `validate()` before anything is opened.
enum AreasSucceedUsage: Worded {
    case withdrawTakesOnlyDocAndReason
    case withdrawalDocMissing
    case withdrawalReasonMissing
    case correctionWithoutWithdraw
    case fileWithRowValues
    case oldMissing
    case newMissing
    case onMissing
    case docMissing
    /// `kind` is the value given to `--kind`.
    case unknownKind(kind: String)
    case weightWithoutMerge
    case baseOrPreviousWithoutSplit
    /// `option` is `--weight`, `--base` or `--previous`; `value` what was given.
    case notPositive(option: String, value: String)

    var wording: Bilingual {
        switch self {
        case .withdrawTakesOnlyDocAndReason:
            Bilingual("--withdraw 只需 --doc 和 --reason（及 --correction），不能同时给出单位、--on 或 --file", "--withdraw takes only --doc and --reason (and --correction), not units, --on or --file")
        case .withdrawalDocMissing: Bilingual("--doc 须给出撤回所依据的文号", "--doc must name the document number of the withdrawal")
        case .withdrawalReasonMissing: Bilingual("--reason 须说明撤回的理由", "--reason must say why the succession is withdrawn")
        case .correctionWithoutWithdraw: Bilingual("--correction 只能与 --withdraw 同用", "--correction goes only with --withdraw")
        case .fileWithRowValues:
            Bilingual("--file 与单位、--on、--doc、--weight、--base、--previous 不能同时使用 — 这些值写在文件各行中", "--file cannot be combined with units, --on, --doc, --weight, --base or --previous — the file's rows hold them")
        case .oldMissing: Bilingual("须给出原单位代码（或用 --file 导入文件）", "name the old unit's code (or import a file with --file)")
        case .newMissing: Bilingual("须给出承继单位代码", "name the successor's code")
        case .onMissing: Bilingual("须用 --on 给出生效日期", "give the effective day with --on")
        case .docMissing: Bilingual("--doc 须给出批准变更的文号", "--doc must name the document number (文号) that made the change")
        case .unknownKind(let kind): Bilingual("--kind \(kind) 无效 — 请用 rename、recode、merge 或 split", "--kind \(kind) is not known — use rename, recode, merge or split")
        case .weightWithoutMerge: Bilingual("--weight 仅用于合并（--kind merge）", "--weight is for a merge only (--kind merge)")
        case .baseOrPreviousWithoutSplit: Bilingual("--base 和 --previous 仅用于拆分（--kind split）", "--base and --previous are for a split only (--kind split)")
        case .notPositive(let option, let value): Bilingual("\(option) \(value) 不是大于 0 的数", "\(option) \(value) is not a number above 0")
        }
    }
}

/// A row of a successions file that the store refused (its shape check), located on that row.
enum SuccessionRowProblem: Explained {
    /// `refusal` is the store's sentence for the row.
    case refused(refusal: Bilingual)

    var reason: Bilingual {
        switch self {
        case .refused(let refusal): refusal
        }
    }

    var fix: Bilingual? { Bilingual("请更正或删除此行；文件中的记录均未存储", "correct or remove this row; nothing from the file was recorded") }
}

/// What `kaohe areas succeed` and `kaohe areas successions` print.
enum AreasSucceedText {
    /// One recorded succession; `old` and `new` are the units' labels (name and code).
    static func recorded(id: Int64, old: String, new: String, kind: SuccessionKind, effective: Day, document: String, predecessor: String, successor: String) -> Bilingual {
        Bilingual(
            "已记录承继 #\(id)：\(old) → \(new)（\(kind.chinese)），\(effective) 起生效，依据 \(document)。\(effective.year) 年起由 \(successor) 代替 \(predecessor) 参加考核。",
            "Recorded succession #\(id): \(old) → \(new) (\(kind.rawValue)), in effect from \(effective), by \(document). From \(effective.year) on \(successor) is assessed in place of \(predecessor).")
    }

    /// After a succession: the stored mapping still maps stations to the replaced code past its day (D-155).
    static func storedMappingReachesPast(file: String) -> Bilingual {
        Bilingual(
            "注意：以上为已存储的监测点对应关系（\(file)，在承继记录之前导入）；其国家监测数据仍按该关系计入原单位代码。如这些监测点自承继日起应对应承继单位，请导入更新后的对应关系（kaohe stations map 文件）。",
            "Note: the rows above are of the stored station mapping (\(file), imported before the succession was recorded); national data of those stations still go to the old code as it says. If the stations belong to the successor from the succession's day, import an updated mapping (kaohe stations map FILE).")
    }

    static func fileRecorded(file: String, count: Int) -> Bilingual {
        Bilingual("\(file)：已记录 \(count) 条承继。", "\(file): \(count) succession(s) recorded.")
    }

    /// A withdrawn succession; `document` and `reason` are the withdrawal's.
    static func withdrew(id: Int64, old: String, new: String, succession s: Succession, document: String, reason: String) -> Bilingual {
        Bilingual(
            "已撤回承继 #\(id)：\(old) → \(new)（\(s.kind.chinese)，\(s.effective)，\(s.document)），依据 \(document)，理由：\(reason)。该记录保留，不再生效。",
            "Withdrew succession #\(id): \(old) → \(new) (\(s.kind.rawValue), \(s.effective), \(s.document)), by \(document), because: \(reason). The record is kept and no longer in force.")
    }

    /// The lines after a withdrawal as a correction: from which day it is not in force, and each year awaiting
    /// correction with its published revision (D-143).
    static func correctionRecorded(from day: Day) -> Bilingual {
        Bilingual("作为更正撤回：自 \(day) 起不再生效；此前的日期仍按当时的情况回答。", "Withdrawn as a correction: not in force from \(day); earlier days still answer as things were then.")
    }

    static func awaiting(year: Int, kind: AssessmentKind, revision: Int, document: String, publishedOn: Day, withdrawal: String) -> Bilingual {
        Bilingual(
            "  \(year)年\(kind == .final ? "终期" : "年度")考核（第\(revision)版，\(document)，\(publishedOn) 发布）：待更正（\(withdrawal)）— 请重新考核并发布新修订",
            "  the \(year) \(kind == .final ? "final" : "annual") assessment (revision \(revision), \(document), published \(publishedOn)): awaiting correction (\(withdrawal)) — assess it again and publish a new revision")
    }

    /// The status of a succession withdrawn as a correction, with each relied year: awaiting or corrected.
    static func withdrawnAsCorrection(document: String, from day: Day, years: [Bilingual]) -> Bilingual {
        Bilingual(
            "已撤回（\(document)，更正，自 \(day) 起不再生效）；\(years.map(\.zh).joined(separator: "；"))",
            "withdrawn (\(document), correction, not in force from \(day)); \(years.map(\.en).joined(separator: "; "))")
    }

    static func yearAwaiting(_ year: Int, kind: AssessmentKind, withdrawal: String) -> Bilingual {
        Bilingual("\(year)年\(kind == .final ? "终期" : "")待更正（\(withdrawal)）", "\(year)\(kind == .final ? " final" : "") awaiting correction (\(withdrawal))")
    }

    static func yearCorrected(_ year: Int, kind: AssessmentKind, by document: String, revision: Int) -> Bilingual {
        Bilingual("\(year)年\(kind == .final ? "终期" : "")已由 \(document)（第\(revision)版）更正", "\(year)\(kind == .final ? " final" : "") corrected by \(document) (revision \(revision))")
    }

    /// The columns of the successions list.
    static let headers = [
        Bilingual("编号", "id"), Bilingual("原单位", "predecessor"), Bilingual("承继单位", "successor"), Bilingual("类型", "kind"),
        Bilingual("生效日期", "effective"), Bilingual("文号", "document"), Bilingual("记录人", "recorded by"), Bilingual("状态", "status"),
        Bilingual("记录的数值", "figures"),
    ]

    static func withdrawn(document: String) -> Bilingual { Bilingual("已撤回（\(document)）", "withdrawn (\(document))") }
    static let inForce = Bilingual("有效", "in force")
    static func count(_ n: Int) -> Bilingual { Bilingual("共 \(n) 条承继记录", "\(n) succession(s)") }
    static func weight(_ n: String) -> Bilingual { Bilingual("权重 \(n)", "weight \(n)") }
    static func base(_ n: String) -> Bilingual { Bilingual("基数 \(n)", "base \(n)") }
    static func previous(_ n: String) -> Bilingual { Bilingual("上年 \(n)", "previous \(n)") }
    static let figureSeparator = Bilingual("，", ", ")
}
