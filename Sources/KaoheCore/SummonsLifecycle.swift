/// The states of a summons and the dates that move it along: 待约谈 → 已约谈 → 整改中 → 已整改销号, and 已撤销
/// (only by a correcting publication, R-22c).
public enum SummonsLifecycle {
    /// One field to change: the column name, the stored text and the new text.
    public typealias Change = (field: String, old: String?, new: String?)

    /// The changes an amendment makes to `s`, published on `published`, with today being `today`; or why it
    /// is refused. Only values that differ from the record are changed.
    ///
    /// - `heldOn` marks the summons held (已约谈): on or after the publication and not after today.
    /// - `rectificationDue` starts rectification (整改中): the summons must be held, and the due day after
    ///   the day it was held.
    /// - `closedOn` closes it (已整改销号): only during rectification, on or after the day held, not after
    ///   today.
    /// - A closed or withdrawn summons takes notes only.
    public static func amend(
        _ s: Summons, published: Day, today: Day, heldOn: Day?, rectificationDue: Day?, closedOn: Day?, notes: String?
    ) -> Result<[Change], Refusal> {
        let id = "#\(s.id) \(s.area.code) \(s.area.name)"
        if s.status.isFinished && (heldOn != nil || rectificationDue != nil || closedOn != nil) {
            return .failure(Refusal(SummonsAmendRefusal.finished(summons: id, withdrawn: s.status != .closed)))
        }
        var status = s.status
        var held = s.heldOn
        var changes: [Change] = []
        if let heldOn {
            if heldOn < published { return .failure(Refusal(SummonsAmendRefusal.heldBeforePublication(heldOn: heldOn, published: published))) }
            if heldOn > today { return .failure(Refusal(SummonsAmendRefusal.heldAfterToday(heldOn: heldOn, today: today))) }
            if let due = rectificationDue ?? s.rectificationDue, due <= heldOn {
                return .failure(Refusal(SummonsAmendRefusal.heldNotBeforeDue(heldOn: heldOn, due: due)))
            }
            if status == .planned { status = .held }
            held = heldOn
            if s.heldOn != heldOn { changes.append(("held_on", s.heldOn?.description, heldOn.description)) }
        }
        if let rectificationDue {
            guard let held else { return .failure(Refusal(SummonsAmendRefusal.dueButNotHeld(due: rectificationDue, summons: id))) }
            if rectificationDue <= held { return .failure(Refusal(SummonsAmendRefusal.dueNotAfterHeld(due: rectificationDue, held: held))) }
            status = .rectifying
            if s.rectificationDue != rectificationDue {
                changes.append(("rectification_due", s.rectificationDue?.description, rectificationDue.description))
            }
        }
        if let closedOn {
            guard status == .rectifying, let held else {
                return .failure(Refusal(SummonsAmendRefusal.closedNotRectifying(closedOn: closedOn, summons: id)))
            }
            if closedOn < held || closedOn > today {
                return .failure(Refusal(SummonsAmendRefusal.closedOutOfRange(closedOn: closedOn, held: held, today: today)))
            }
            status = .closed
            changes.append(("closed_on", s.closedOn?.description, closedOn.description))
        }
        if status != s.status { changes.insert(("status", s.status.rawValue, status.rawValue), at: 0) }
        if let notes, s.notes != notes { changes.append(("notes", s.notes, notes)) }
        return .success(changes)
    }

    /// Summonses under rectification whose due day is before `day`, by due day then unit.
    public static func overdue(_ summonses: [Summons], on day: Day) -> [Summons] {
        summonses.filter { $0.status == .rectifying && ($0.rectificationDue.map { $0 < day } ?? false) }
            .sorted { ($0.rectificationDue!, $0.area.code, $0.id) < ($1.rectificationDue!, $1.area.code, $1.id) }
    }
}
