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
        if old == successor {
            return Refusal("\(old) cannot succeed itself — name two different units",
                                     zh: "\(old) 不能继承自身 — 请给出两个不同的单位")
        }
        for code in [old, successor] where !knownCodes.contains(code) {
            return Refusal("unknown unit \(code) — import the areas file that lists \(code) first (kaohe areas import)",
                                     zh: "未知单位 \(code) — 请先导入列有 \(code) 的区域文件（kaohe areas import）")
        }
        if new.effective.year < earliestYear || new.effective.year > latestYear {
            return Refusal("the effective day \(new.effective) is outside \(earliestYear)–\(latestYear) — check the year",
                                     zh: "生效日期 \(new.effective) 不在 \(earliestYear)–\(latestYear) 年之内 — 请核对年份")
        }
        if new.effective > today {
            return Refusal("the effective day \(new.effective) is after today (\(today)) — record a change once it has taken effect",
                                     zh: "生效日期 \(new.effective) 晚于今天（\(today)）— 请在变更生效后再记录")
        }
        if existing.contains(where: { $0.predecessor == old && $0.successor == successor }) {
            return Refusal("the succession \(old) → \(successor) is already recorded — see kaohe areas successions",
                                     zh: "\(old) → \(successor) 的承继关系已记录 — 请查看 kaohe areas successions")
        }
        let fromOld = existing.filter { $0.predecessor == old }
        if let first = fromOld.first, !(new.kind == .split && fromOld.allSatisfy { $0.kind == .split && $0.effective == new.effective && $0.document == new.document }) {
            return Refusal(
                "\(old) was already succeeded by \(first.successor) on \(first.effective) (\(first.document)) — a unit is succeeded once; a split names each successor with the same day and document",
                zh: "\(old) 已于 \(first.effective) 由 \(first.successor) 承继（\(first.document)）— 一个单位只能被承继一次；拆分须以同一日期和文号列出各承继单位")
        }
        let intoNew = existing.filter { $0.successor == successor }
        if let first = intoNew.first, !(new.kind == .merge && intoNew.allSatisfy { $0.kind == .merge && $0.effective == new.effective && $0.document == new.document }) {
            return Refusal(
                "\(successor) already succeeded \(first.predecessor) on \(first.effective) (\(first.document)) — a unit is made once; a merge names each predecessor with the same day and document",
                zh: "\(successor) 已于 \(first.effective) 承继 \(first.predecessor)（\(first.document)）— 一个单位只能承继一次；合并须以同一日期和文号列出各被承继单位")
        }
        if new.kind == .rename || new.kind == .recode || new.kind == .merge,
           existing.contains(where: { $0.predecessor == old && $0.kind == .split }) {
            return Refusal("\(old) was split — a further \(new.kind.rawValue) of it is refused",
                                     zh: "\(old) 已拆分 — 不能再对其\(new.kind.chinese)")
        }
        if ancestors(of: old, in: existing).contains(successor) {
            return Refusal(
                "\(successor) is already a predecessor of \(old) — recording \(old) → \(successor) would make a cycle",
                zh: "\(successor) 已是 \(old) 的前身 — 记录 \(old) → \(successor) 将形成循环")
        }
        if let before = existing.filter({ $0.successor == old }).map(\.effective).max(), new.effective <= before {
            return Refusal(
                "\(old) came into being on \(before) — its own succession must take effect after that day",
                zh: "\(old) 于 \(before) 设立 — 其被承继的生效日期须晚于该日")
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
    /// has one carrier; a split has one per successor, each bound by what the predecessor had (D-106).
    public static func carriers(of code: String, on day: Day?, in successions: [Succession]) -> [(code: String, since: Day)] {
        var result: [(code: String, since: Day)] = []
        var frontier: [(code: String, since: Day?)] = [(code, nil)]
        var seen: Set<String> = [code]
        while let (current, since) = frontier.popLast() {
            let next = successions.filter { s in s.predecessor == current && day.map { s.effective <= $0 } ?? true }
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
