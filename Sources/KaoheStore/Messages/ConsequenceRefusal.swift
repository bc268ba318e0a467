import KaoheCore

/// Why the store refused to change a consequence: a freeze lift, a summons amendment, an accountability
/// progress entry.
///
/// `day` is the day given for the progress; `published` the day the decision's run was published, `document`
/// its document number; `today` the day the command ran.
public enum ConsequenceRefusal: RefusalReason {
    case noFreezeToLift(area: String)
    case noSuchSummons(id: Int64)
    case noSuchDecision(id: Int64)
    case emptyProgress
    case progressBeforeDecision(day: Day, published: Day, document: String)
    case progressAfterToday(day: Day, today: Day)

    public var wording: Bilingual {
        switch self {
        case .noFreezeToLift(let area): Bilingual("\(area) 没有可解除的环评限批", "\(area) has no freeze to lift")
        case .noSuchSummons(let id): Bilingual("没有编号为 \(id) 的约谈", "there is no summons \(id)")
        case .noSuchDecision(let id): Bilingual("没有编号为 \(id) 的问责决定", "there is no accountability decision \(id)")
        case .emptyProgress: Bilingual("落实情况为空 — 请写明落实情况", "the progress is empty — say what was done")
        case .progressBeforeDecision(let day, let published, let document):
            Bilingual(
                "落实日期 \(day) 早于问责决定的发布日期（\(published)，\(document)）— 请给出 \(published) 或之后的日期",
                "the progress date \(day) is before the decision was published (\(published), \(document)) — give \(published) or later")
        case .progressAfterToday(let day, let today):
            Bilingual("落实日期 \(day) 晚于今天（\(today)）— 请在落实后再记录", "the progress date \(day) is after today (\(today)) — record progress once it has happened")
        }
    }

    public var action: UserAction? {
        switch self {
        case .noFreezeToLift: .seeAllFreezes
        case .noSuchSummons: .seeSummonses
        case .noSuchDecision: .seeAccountabilityDecisions
        case .emptyProgress: .giveProgress
        case .progressBeforeDecision, .progressAfterToday: .giveProgressDate
        }
    }
}

/// Stored words the store writes with a publication's consequences (R-22c), kept in Chinese as recorded.
enum ConsequenceText {
    /// The reason recorded when a correction (`document`) replaces `replaced` and a unit no longer fails.
    static func correctionReason(document: String, replaced: String) -> String {
        "更正：本通报（\(document)）替代 \(replaced)，该单位不再列为不合格（R-22c）"
    }

    /// The progress recorded on an accountability decision a correction withdraws.
    static func withdrawalProgress(_ reason: String) -> String { "撤销：" + reason }
}
