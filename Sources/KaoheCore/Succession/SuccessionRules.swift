/// Checks a succession against the units and the successions already recorded (issue 21), purely.
///
/// The store calls this inside its write transaction so the check and the append are one act.
public enum SuccessionRules {
    /// The bounds of an effective day: the years rule sets accept (1900–2100), and not after `today`.
    public static let earliestYear = 1900
    public static let latestYear = 2100

    /// The first reason `new` cannot be recorded, or nil when it can.
    ///
    /// Refused: a unit succeeding itself; an unknown code; a day outside 1900–2100 or after today; a shape the
    /// kind does not allow (rename/recode: one to one; merge: many to one; split: one to many); a predecessor
    /// already succeeded (except further successors of the same split) or a successor already made (except
    /// further predecessors of the same merge); the same pair twice; and a cycle (the successor is, through
    /// recorded successions, already a predecessor of the predecessor).
    public static func problem(with new: Succession, existing: [Succession], knownCodes: Set<String>, today: Day) -> Refusal? {
        let old = new.predecessor, successor = new.successor
        if old == successor { return Refusal(SuccessionRuleRefusal.succeedsItself(code: old)) }
        for code in [old, successor] where !knownCodes.contains(code) {
            return Refusal(SuccessionRuleRefusal.unknownUnit(code: code))
        }
        if new.effective.year < earliestYear || new.effective.year > latestYear {
            return Refusal(SuccessionRuleRefusal.effectiveOutOfBounds(effective: new.effective, earliestYear: earliestYear, latestYear: latestYear))
        }
        if new.effective > today { return Refusal(SuccessionRuleRefusal.effectiveAfterToday(effective: new.effective, today: today)) }
        if existing.contains(where: { $0.predecessor == old && $0.successor == successor }) {
            return Refusal(SuccessionRuleRefusal.alreadyRecorded(predecessor: old, successor: successor))
        }
        let fromOld = existing.filter { $0.predecessor == old }
        if let first = fromOld.first, !(new.kind == .split && fromOld.allSatisfy { $0.kind == .split && $0.effective == new.effective && $0.document == new.document }) {
            return Refusal(SuccessionRuleRefusal.predecessorAlreadySucceeded(predecessor: old, by: first.successor, on: first.effective, document: first.document))
        }
        let intoNew = existing.filter { $0.successor == successor }
        if let first = intoNew.first, !(new.kind == .merge && intoNew.allSatisfy { $0.kind == .merge && $0.effective == new.effective && $0.document == new.document }) {
            return Refusal(SuccessionRuleRefusal.successorAlreadyMade(successor: successor, predecessor: first.predecessor, on: first.effective, document: first.document))
        }
        if new.kind == .rename || new.kind == .recode || new.kind == .merge,
           existing.contains(where: { $0.predecessor == old && $0.kind == .split }) {
            return Refusal(SuccessionRuleRefusal.furtherChangeOfSplit(code: old, kind: new.kind))
        }
        if ancestors(of: old, in: existing).contains(successor) {
            return Refusal(SuccessionRuleRefusal.cycle(predecessor: old, successor: successor))
        }
        if let before = existing.filter({ $0.successor == old }).map(\.effective).max(), new.effective <= before {
            return Refusal(SuccessionRuleRefusal.beforeUnitExisted(code: old, on: before))
        }
        return nil
    }

    /// Every unit that, through recorded successions, came before `code` (its predecessors, theirs, …).
    public static func ancestors(of code: String, in successions: [Succession]) -> Set<String> {
        var seen = Set<String>(), queue = [code]
        while let next = queue.popLast() {
            for s in successions where s.successor == next && !seen.contains(s.predecessor) {
                seen.insert(s.predecessor)
                queue.append(s.predecessor)
            }
        }
        return seen
    }
}

extension SuccessionRules {
    /// The units that stand in `code`'s place on `day` through the successions in force by then, each with the
    /// day it took over; empty when `code` itself still exists on `day` (issue 21). A rename, recode or merge
    /// has one carrier; a split has one per successor, each bound by what the predecessor had (D-106). `day` nil
    /// asks about now: every succession not withdrawn, whatever its day.
    public static func carriers(of code: String, on day: Day?, in successions: [Succession]) -> [(code: String, since: Day)] {
        var result: [(code: String, since: Day)] = []
        var frontier: [(code: String, since: Day?)] = [(code, nil)]
        var seen: Set<String> = [code]
        while let (current, since) = frontier.popLast() {
            // A succession withdrawn as a correction still carries on the days before its withdrawal (D-143).
            let next = successions.filter { s in s.predecessor == current && s.carries(on: day) }
            if next.isEmpty {
                if let since { result.append((current, since)) }
                continue
            }
            for s in next where !seen.contains(s.successor) {
                seen.insert(s.successor)
                frontier.append((s.successor, s.effective))
            }
        }
        return result.sorted { $0.code < $1.code }
    }

    /// The one unit that stands in `code`'s place on `day` (the first by code when a split made several).
    public static func carrier(of code: String, on day: Day?, in successions: [Succession]) -> (code: String, since: Day)? {
        carriers(of: code, on: day, in: successions).first
    }

    /// The units whose place `code` holds on `day` (its predecessors, theirs, …), each once.
    public static func predecessorsCarried(by code: String, on day: Day?, in successions: [Succession]) -> [String] {
        var seen: Set<String> = []
        return successions.compactMap { s in
            guard !seen.contains(s.predecessor), carriers(of: s.predecessor, on: day, in: successions).contains(where: { $0.code == code }) else { return nil }
            seen.insert(s.predecessor)
            return s.predecessor
        }
    }
}
