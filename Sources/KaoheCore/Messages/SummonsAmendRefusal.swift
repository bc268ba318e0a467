/// Why an amendment of a summons is refused (待约谈 → 已约谈 → 整改中 → 已整改销号): the catalogue of
/// `SummonsLifecycle.amend`.
///
/// `summons` is the summons as "#id code name".
public enum SummonsAmendRefusal: RefusalReason {
    /// A closed (`withdrawn` false) or withdrawn summons takes notes only.
    case finished(summons: String, withdrawn: Bool)
    case heldBeforePublication(heldOn: Day, published: Day)
    case heldAfterToday(heldOn: Day, today: Day)
    case heldNotBeforeDue(heldOn: Day, due: Day)
    case dueButNotHeld(due: Day, summons: String)
    case dueNotAfterHeld(due: Day, held: Day)
    case closedNotRectifying(closedOn: Day, summons: String)
    case closedOutOfRange(closedOn: Day, held: Day, today: Day)

    public var wording: Bilingual {
        switch self {
        case .finished(let id, let withdrawn):
            Bilingual(
                "约谈 \(id) 已\(withdrawn ? "撤销" : "整改销号") — 只能再记录备注",
                "summons \(id) is \(withdrawn ? "withdrawn" : "closed") — only notes can still be recorded")
        case .heldBeforePublication(let held, let published):
            Bilingual(
                "约谈日期 \(held)：早于考核结果发布日期（\(published)）— 约谈应在发布之日或之后举行",
                "held on \(held): before the result was published (\(published)) — a summons is held on or after its publication")
        case .heldAfterToday(let held, let today):
            Bilingual("约谈日期 \(held)：晚于今天（\(today)）— 约谈举行后再记录", "held on \(held): after today (\(today)) — record a summons once it has been held")
        case .heldNotBeforeDue(let held, let due):
            Bilingual(
                "约谈日期 \(held)：不早于整改期限 \(due) — 整改期限应在约谈之后",
                "held on \(held): on or after the rectification due day \(due) — rectification is due after the summons")
        case .dueButNotHeld(let due, let id):
            Bilingual(
                "整改期限 \(due)：约谈 \(id) 尚未举行 — 请先（或同时）记录约谈日期",
                "rectification due \(due): summons \(id) has not been held — record the day it was held first (or with it)")
        case .dueNotAfterHeld(let due, let held):
            Bilingual(
                "整改期限 \(due)：不晚于约谈日期（\(held)）— 请给出约谈之后的日期",
                "rectification due \(due): not after the day the summons was held (\(held)) — give a later day")
        case .closedNotRectifying(let closed, let id):
            Bilingual(
                "销号日期 \(closed)：约谈 \(id) 尚未进入整改 — 请先记录整改期限",
                "closed on \(closed): summons \(id) is not under rectification — record the rectification due day first")
        case .closedOutOfRange(let closed, let held, let today):
            Bilingual(
                held == today ? "销号日期 \(closed)：约谈于今天（\(today)）进行，销号日期只能是今天" : "销号日期 \(closed)：应在约谈日期（\(held)）与今天（\(today)）之间",
                "closed on \(closed): must be between the day held (\(held)) and today (\(today))")
        }
    }

    public var action: UserAction? {
        switch self {
        case .finished: .recordSummonsNotes
        case .dueButNotHeld: .recordSummonsHeld
        case .closedNotRectifying: .recordRectificationDue
        default: nil
        }
    }
}
