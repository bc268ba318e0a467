import KaoheCore

/// Why the store refused an operation on assessment runs: storing, reading back or publishing one (R-22a).
///
/// Days and document numbers are given as stored (`publishedOn` is "?" when a published run has no day).
public enum RunRefusal: RefusalReason {
    case noSuchRun(id: Int64)
    case alreadyPublished(id: Int64, year: Int, revision: Int, publishedOn: String, document: String)
    /// A newer revision (`later`) of the same year and kind is already published.
    case newerRevisionPublished(id: Int64, year: Int, later: Int)
    /// A unit's result holds a value JSON cannot carry (a NaN from a division by zero).
    case unstorableValue(code: String)
    case unreadableResult(runID: Int64, code: String)
    case unreadableRecord(runID: Int64)
    case unreadableSettings(runID: Int64)

    public var wording: Bilingual {
        switch self {
        case .noSuchRun(let id):
            Bilingual("运行 #\(id) 不存在", "run \(id) does not exist")
        case .alreadyPublished(let id, let year, let revision, let on, let doc):
            Bilingual(
                "运行 #\(id)（\(year) 年第 \(revision) 版）已于 \(on) 以 \(doc) 发布 — 如需修改，请重新运行考核生成新的草稿版本",
                "run \(id) (\(year), revision \(revision)) was already published on \(on) as \(doc) — assess the year again to make a new draft revision")
        case .newerRevisionPublished(let id, let year, let later):
            Bilingual(
                "\(year) 年第 \(later) 版已发布，比运行 #\(id) 新 — 请发布更新的版本",
                "revision \(later) of \(year) is already published and is newer than run \(id) — publish a newer revision instead")
        case .unstorableValue(let code):
            Bilingual(
                "区域 \(code) 的结果含有无法存储的数值（非数字）— 请检查其目标和浓度；未存储任何数据",
                "the result for unit \(code) holds a value that cannot be stored (a number that is not a number) — check its target and concentrations; nothing was stored")
        case .unreadableResult(let id, let code):
            Bilingual(
                "考核运行 #\(id) 中区域 \(code) 的结果无法读取 — 请报告此问题，并重新运行该年度的考核",
                "run #\(id) holds a result for unit \(code) that cannot be read back — report this, and assess its year again")
        case .unreadableRecord(let id):
            Bilingual(
                "运行 #\(id) 发布时保存的通报记录无法由本版本 kaohe 读取 — 请使用发布时的版本，或报告此问题；记录本身完好无损",
                "the record issued with run \(id) cannot be read by this version of kaohe — use the version that published it, or report the problem; the record itself is intact")
        case .unreadableSettings(let id):
            Bilingual(
                "运行 #\(id) 发布时保存的公文设置无法由本版本 kaohe 读取 — 请使用发布时的版本，或报告此问题；记录本身完好无损",
                "the document settings issued with run \(id) cannot be read by this version of kaohe — use the version that published it, or report the problem; the record itself is intact")
        }
    }

    public var action: UserAction? {
        switch self {
        case .noSuchRun: .seeRuns
        case .unreadableResult: .assessAgain
        default: nil
        }
    }
}

/// Why the store refused a per-unit operation: the code names no stored unit (issue 12, item 23).
public enum UnitRefusal: RefusalReason {
    case unknownUnit(code: String)

    public var wording: Bilingual {
        switch self {
        case .unknownUnit(let code): Bilingual("区域代码 \(code) 不存在", "unknown unit \(code)")
        }
    }

    public var action: UserAction? { .useStoredUnitCode }
}

/// Why the store refused to record or remove a finding of falsified monitoring data.
public enum FindingRefusal: RefusalReason {
    case alreadyFound(area: String, year: Int, reference: String)
    case noFindingToRemove(area: String, year: Int)

    public var wording: Bilingual {
        switch self {
        case .alreadyFound(let area, let year, let reference):
            Bilingual(
                "\(area) \(year) 年已有数据造假认定（\(reference)）— 如需另行记录，请先撤销该认定",
                "\(area) already has a falsification finding for \(year) (\(reference)) — remove it first to record another")
        case .noFindingToRemove(let area, let year):
            Bilingual("\(area) \(year) 年没有可撤销的数据造假认定", "\(area) has no falsification finding for \(year) to remove")
        }
    }

    public var action: UserAction? {
        switch self {
        case .alreadyFound: nil
        case .noFindingToRemove: .seeFindings
        }
    }
}
