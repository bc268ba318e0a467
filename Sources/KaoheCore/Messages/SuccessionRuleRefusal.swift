/// Why a succession cannot be recorded (issue 21): the catalogue of `SuccessionRules.problem`.
public enum SuccessionRuleRefusal: RefusalReason {
    case succeedsItself(code: String)
    case unknownUnit(code: String)
    case effectiveOutOfBounds(effective: Day, earliestYear: Int, latestYear: Int)
    case effectiveAfterToday(effective: Day, today: Day)
    case alreadyRecorded(predecessor: String, successor: String)
    /// The predecessor was already succeeded by `by` on `on` under `document`.
    case predecessorAlreadySucceeded(predecessor: String, by: String, on: Day, document: String)
    /// The successor already succeeded `predecessor` on `on` under `document`.
    case successorAlreadyMade(successor: String, predecessor: String, on: Day, document: String)
    case furtherChangeOfSplit(code: String, kind: SuccessionKind)
    case cycle(predecessor: String, successor: String)
    /// The predecessor itself came into being on `on`.
    case beforeUnitExisted(code: String, on: Day)

    public var wording: Bilingual {
        switch self {
        case .succeedsItself(let code): Bilingual("\(code) 不能继承自身 — 请给出两个不同的单位", "\(code) cannot succeed itself — name two different units")
        case .unknownUnit(let code):
            Bilingual("未知单位 \(code) — 请先导入列有 \(code) 的区域文件", "unknown unit \(code) — import the areas file that lists \(code) first")
        case .effectiveOutOfBounds(let day, let earliest, let latest):
            Bilingual("生效日期 \(day) 不在 \(earliest)–\(latest) 年之内 — 请核对年份", "the effective day \(day) is outside \(earliest)–\(latest) — check the year")
        case .effectiveAfterToday(let day, let today):
            Bilingual(
                "生效日期 \(day) 晚于今天（\(today)）— 请在变更生效后再记录",
                "the effective day \(day) is after today (\(today)) — record a change once it has taken effect")
        case .alreadyRecorded(let old, let new):
            Bilingual("\(old) → \(new) 的承继关系已记录", "the succession \(old) → \(new) is already recorded")
        case .predecessorAlreadySucceeded(let old, let by, let on, let document):
            Bilingual(
                "\(old) 已于 \(on) 由 \(by) 承继（\(document)）— 一个单位只能被承继一次；拆分须以同一日期和文号列出各承继单位",
                "\(old) was already succeeded by \(by) on \(on) (\(document)) — a unit is succeeded once; a split names each successor with the same day and document")
        case .successorAlreadyMade(let new, let old, let on, let document):
            Bilingual(
                "\(new) 已于 \(on) 承继 \(old)（\(document)）— 一个单位只能承继一次；合并须以同一日期和文号列出各被承继单位",
                "\(new) already succeeded \(old) on \(on) (\(document)) — a unit is made once; a merge names each predecessor with the same day and document")
        case .furtherChangeOfSplit(let code, let kind):
            Bilingual("\(code) 已拆分 — 不能再对其\(kind.chinese)", "\(code) was split — a further \(kind.rawValue) of it is refused")
        case .cycle(let old, let new):
            Bilingual("\(new) 已是 \(old) 的前身 — 记录 \(old) → \(new) 将形成循环", "\(new) is already a predecessor of \(old) — recording \(old) → \(new) would make a cycle")
        case .beforeUnitExisted(let code, let on):
            Bilingual("\(code) 于 \(on) 设立 — 其被承继的生效日期须晚于该日", "\(code) came into being on \(on) — its own succession must take effect after that day")
        }
    }

    public var action: UserAction? {
        switch self {
        case .unknownUnit: .importAreas
        case .alreadyRecorded: .seeSuccessions
        default: nil
        }
    }
}

/// Why a merge cannot be resolved for an assessment (issue 21): the catalogue of `SuccessionMerging`.
///
/// `successor` is the merged unit as "name (code)" in English and "name（code）" in Chinese, so it is kept as its
/// parts.
public enum SuccessionMergeRefusal: RefusalReason {
    /// The rule set weights merges by recorded weights and this succession has none.
    case weightMissing(predecessor: String, successor: String, document: String)
    /// The successor has no targets and a predecessor has no final target to average.
    case predecessorWithoutFinalTarget(successorName: String, successorCode: String, predecessorName: String, predecessorCode: String)
    /// The successor has no targets and its predecessors' final targets differ (first odd one: `odd`).
    case finalTargetsDiffer(successorName: String, successorCode: String, odd: String)

    public var wording: Bilingual {
        switch self {
        case .weightMissing(let old, let new, let document):
            Bilingual(
                "规则集要求按记录的权重对合并加权，但 \(old) → \(new)（\(document)）未记录权重 — 请设 merge_weighting = \"plain\"，或记录承继的权重",
                "the rule set weights a merge by recorded weights, but \(old) → \(new) (\(document)) has none — set merge_weighting = \"plain\", or record the succession with its weight")
        case .predecessorWithoutFinalTarget(let name, let code, let oldName, let oldCode):
            Bilingual(
                "\(name)（\(code)）没有自己的目标，且被承继单位 \(oldName)（\(oldCode)）没有终期目标可供平均 — 请导入 \(code) 自己的目标",
                "\(name) (\(code)) has no targets of its own and its predecessor \(oldName) (\(oldCode)) has no final target to average — import \(code)'s own targets")
        case .finalTargetsDiffer(let name, let code, let odd):
            Bilingual(
                "\(name)（\(code)）没有自己的目标，且各被承继单位的终期目标考核指标或基准年不同（\(odd)）— 请导入 \(code) 自己的目标",
                "\(name) (\(code)) has no targets of its own and its predecessors' final targets differ in pollutant or base year (\(odd)) — import \(code)'s own targets")
        }
    }

    public var action: UserAction? {
        switch self {
        case .weightMissing: .recordSuccessionWeight
        case .predecessorWithoutFinalTarget, .finalTargetsDiffer: .importTargets
        }
    }
}
