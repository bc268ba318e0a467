import KaoheCore

/// Why the store refused to record filings (R-2), withdraw a target (R-5 revised) or a succession (issue 21),
/// or store a station mapping.
public enum RecordRefusal: RefusalReason {
    /// Filing refusals name the unit, year and kind of the record refused.
    case filingOfUnknownUnit(area: String, year: Int, kind: FilingKind)
    case filingWithoutDays(area: String, year: Int, kind: FilingKind)
    case filedBeforePublished(area: String, year: Int, kind: FilingKind, filed: Day, published: Day)
    case filingAfterToday(area: String, year: Int, kind: FilingKind, day: Day, today: Day)
    case noTarget(area: String, year: Int)
    /// `at` is the ISO 8601 instant of the earlier withdrawal.
    case targetAlreadyWithdrawn(area: String, year: Int, at: String)
    case noSuchSuccession(id: Int64)
    case successionAlreadyWithdrawn(id: Int64, at: String, document: String)
    /// A later succession in force (`predecessor` → `successor` from `effective`, by `document`) builds on this
    /// one's successor.
    case successionBuiltOn(id: Int64, predecessor: String, successor: String, effective: Day, document: String)
    /// A published run (`runID` of `year`, published on `published` as `document`) assessed the successor.
    case successionRelied(id: Int64, year: Int, runID: Int64, published: String, document: String, successor: String)
    /// A withdrawal as a correction of a succession no published result relied on (D-143).
    case correctionWithoutPublishedResult(id: Int64)
    /// A draft run (`runID` of `year`) made while succession `id`, since withdrawn as a correction by `withdrawal`,
    /// was in force.
    case draftUnderWithdrawnSuccession(runID: Int64, year: Int, id: Int64, withdrawal: String)
    /// A station mapping (`file`) names units not stored.
    case mappingOfUnknownUnits(file: String, codes: [String])

    public var wording: Bilingual {
        switch self {
        case .filingOfUnknownUnit(let area, let year, let kind):
            Bilingual("\(area) \(year) \(kind.chinese)：区域 \(area) 不存在 — 请先导入", "\(area) \(year) \(kind.rawValue): unit \(area) is not known — import it first")
        case .filingWithoutDays(let area, let year, let kind):
            Bilingual(
                "\(area) \(year) \(kind.chinese)：既无公开日期也无备案日期 — 请给出其一或两者",
                "\(area) \(year) \(kind.rawValue): neither a publication day nor a filing day — give one or both")
        case .filedBeforePublished(let area, let year, let kind, let f, let p):
            Bilingual(
                "\(area) \(year) \(kind.chinese)：备案日期 \(f) 早于公开日期 \(p) — 请核对两个日期",
                "\(area) \(year) \(kind.rawValue): filed on \(f), before it was published on \(p) — check the two days")
        case .filingAfterToday(let area, let year, let kind, let d, let now):
            Bilingual(
                "\(area) \(year) \(kind.chinese)：\(d) 晚于今天（\(now)）— 请在公开或备案后再登记",
                "\(area) \(year) \(kind.rawValue): \(d) is after today (\(now)) — record a filing once it has happened")
        case .noTarget(let area, let year): Bilingual("\(area) 没有 \(year) 年的目标", "\(area) has no target for \(year)")
        case .targetAlreadyWithdrawn(let area, let year, let at):
            Bilingual("\(area) 的 \(year) 年目标已于 \(at) 撤回 — 无需再次撤回", "the \(year) target of \(area) was already withdrawn on \(at) — nothing to do")
        case .noSuchSuccession(let id): Bilingual("没有编号为 #\(id) 的承继记录", "there is no succession #\(id)")
        case .successionAlreadyWithdrawn(let id, let at, let document):
            Bilingual("承继记录 #\(id) 已于 \(at) 撤回（\(document)）", "succession #\(id) was already withdrawn on \(at) (\(document))")
        case .successionBuiltOn(let id, let predecessor, let successor, let effective, let document):
            Bilingual(
                "承继记录 #\(id) 之后还有 \(predecessor) → \(successor)（\(effective)，\(document)）以其为前提 — 请先撤回该记录",
                "succession #\(id) is built on by \(predecessor) → \(successor) (\(effective), \(document)) — withdraw that one first")
        case .successionRelied(let id, let year, let runID, let published, let doc, let successor):
            Bilingual(
                "承继记录 #\(id) 不能撤回：\(year) 年考核（#\(runID)）已于 \(published) 发布（\(doc)），其中 \(successor) 作为承继单位参加考核，已发布的结果按发布时原样保留（R-22b）— 只能作为更正撤回：撤回后自当日起不再生效，\(year) 年结果列为待更正，须重新考核并发布新修订，替代已发布的通报（R-22c）",
                "succession #\(id) cannot be withdrawn: the \(year) assessment (run #\(runID)), published on \(published) (\(doc)), assessed \(successor) as its successor, and a published result stays as issued (R-22b) — it can be withdrawn only as a correction: it stops being in force from that day, the \(year) result awaits correction, and a new revision of the \(year) assessment is assessed and published to supersede the issued one (R-22c)")
        case .draftUnderWithdrawnSuccession(let runID, let year, let id, let withdrawal):
            Bilingual(
                "运行 #\(runID)（\(year) 年）是在承继记录 #\(id) 作为更正撤回（\(withdrawal)）之前考核的，仍适用了该承继 — 不能发布；请重新考核该年度，再发布新的版本",
                "run #\(runID) (\(year)) was assessed before succession #\(id) was withdrawn as a correction (\(withdrawal)) and still applies it — it cannot be published; assess the year again and publish that revision")
        case .correctionWithoutPublishedResult(let id):
            Bilingual(
                "承继记录 #\(id) 没有已发布的结果依据它，无需作为更正撤回 — 请直接撤回",
                "no published result relied on succession #\(id), so there is nothing to correct — withdraw it without the correction")
        case .mappingOfUnknownUnits(let file, let codes):
            Bilingual(
                "\(file)：区域 \(codes.joined(separator: "、")) 未导入 — 请更正区域代码，或先导入区域",
                "\(file): unit(s) \(codes.joined(separator: ", ")) are not stored — correct the codes, or import the units first")
        }
    }

    public var action: UserAction? {
        switch self {
        case .filingOfUnknownUnit, .mappingOfUnknownUnits: .importAreas
        case .filingWithoutDays: .giveFilingDays
        case .noTarget: .seeTargets
        case .noSuchSuccession: .seeSuccessions
        case .successionRelied(let id, _, _, _, _, _): .withdrawSuccessionAsCorrection(id: id)
        case .correctionWithoutPublishedResult: .withdrawSuccessionPlainly
        case .draftUnderWithdrawnSuccession: .assessAgain
        default: nil
        }
    }
}
