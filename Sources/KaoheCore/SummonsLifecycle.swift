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
            let state = s.status == .closed ? ("closed", "已整改销号") : ("withdrawn", "已撤销")
            return .failure(Refusal(
                "summons \(id) is \(state.0) — only --notes can still be recorded",
                zh: "约谈 \(id) 已\(state.1 == "已撤销" ? "撤销" : "整改销号") — 只能再记录 --notes"))
        }
        var status = s.status
        var held = s.heldOn
        var changes: [Change] = []
        if let heldOn {
            if heldOn < published {
                return .failure(Refusal(
                    "--held-on \(heldOn): before the result was published (\(published)) — a summons is held on or after its publication",
                    zh: "--held-on \(heldOn)：早于考核结果发布日期（\(published)）— 约谈应在发布之日或之后举行"))
            }
            if heldOn > today {
                return .failure(Refusal(
                    "--held-on \(heldOn): after today (\(today)) — record a summons once it has been held",
                    zh: "--held-on \(heldOn)：晚于今天（\(today)）— 约谈举行后再记录"))
            }
            if let due = rectificationDue ?? s.rectificationDue, due <= heldOn {
                return .failure(Refusal(
                    "--held-on \(heldOn): on or after the rectification due day \(due) — rectification is due after the summons",
                    zh: "--held-on \(heldOn)：不早于整改期限 \(due) — 整改期限应在约谈之后"))
            }
            if status == .planned { status = .held }
            held = heldOn
            if s.heldOn != heldOn { changes.append(("held_on", s.heldOn?.description, heldOn.description)) }
        }
        if let rectificationDue {
            guard let held else {
                return .failure(Refusal(
                    "--rectification-due \(rectificationDue): summons \(id) has not been held — give --held-on first (or with it)",
                    zh: "--rectification-due \(rectificationDue)：约谈 \(id) 尚未举行 — 请先（或同时）用 --held-on 记录约谈日期"))
            }
            if rectificationDue <= held {
                return .failure(Refusal(
                    "--rectification-due \(rectificationDue): not after the day the summons was held (\(held)) — give a later day",
                    zh: "--rectification-due \(rectificationDue)：不晚于约谈日期（\(held)）— 请给出约谈之后的日期"))
            }
            status = .rectifying
            if s.rectificationDue != rectificationDue {
                changes.append(("rectification_due", s.rectificationDue?.description, rectificationDue.description))
            }
        }
        if let closedOn {
            guard status == .rectifying, let held else {
                return .failure(Refusal(
                    "--closed-on \(closedOn): summons \(id) is not under rectification — give --rectification-due first",
                    zh: "--closed-on \(closedOn)：约谈 \(id) 尚未进入整改 — 请先用 --rectification-due 记录整改期限"))
            }
            if closedOn < held || closedOn > today {
                return .failure(Refusal(
                    "--closed-on \(closedOn): must be between the day held (\(held)) and today (\(today))",
                    zh: held == today
                        ? "--closed-on \(closedOn)：约谈于今天（\(today)）进行，销号日期只能是今天"
                        : "--closed-on \(closedOn)：应在约谈日期（\(held)）与今天（\(today)）之间"))
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

extension SummonsStatus {
    /// 待约谈 / 已约谈 / 整改中 / 已整改销号 / 已撤销.
    public static func chinese(_ s: SummonsStatus) -> String {
        switch s {
        case .planned: "待约谈"
        case .held: "已约谈"
        case .rectifying: "整改中"
        case .closed: "已整改销号"
        case .withdrawn: "已撤销"
        }
    }

    public static func english(_ s: SummonsStatus) -> String {
        switch s {
        case .planned: "planned"
        case .held: "held"
        case .rectifying: "rectifying"
        case .closed: "rectified and closed"
        case .withdrawn: "withdrawn"
        }
    }
}
