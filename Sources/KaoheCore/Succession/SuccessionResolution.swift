/// Applies recorded renames and recodes to the records an assessment of one year reads (issue 21, item 2).
///
/// From the year of the effective day (`Succession.firstYearOfSuccessor`) the predecessor is no longer assessed
/// and the successor stands in its place: it carries the predecessor's targets (base, annual and final targets,
/// hence its R-8 shares) unless it has targets of its own, and the predecessor's previous-year concentration
/// (report or monitoring, R-9) and current-year report or monitoring unless it has its own. Years before the
/// change are untouched: the predecessor is assessed there under its own code and name. Merges and splits are
/// not resolved here (they are recorded, and an assessment with one refuses to guess: see `unresolved`).
public enum SuccessionResolution {
    /// One successor's inheritance in the assessed year, for the explanation.
    public struct Inheritance: Sendable, Equatable {
        public var successor: String
        public var predecessor: Area
        public var succession: Succession
        public var targets: Bool
        public var previous: Bool
        public var current: Bool
    }

    /// The records of `year` after successions: predecessors replaced, successors carrying what they inherit.
    public static func apply(_ records: [UnitRecord], successions: [Succession], year: Int) -> (records: [UnitRecord], inherited: [Inheritance]) {
        var byCode = Dictionary(records.map { ($0.area.code, $0) }, uniquingKeysWith: { a, _ in a })
        var order = records.map(\.area.code)
        var inherited: [Inheritance] = []
        let inForce = successions
            .filter { ($0.kind == .rename || $0.kind == .recode) && $0.firstYearOfSuccessor <= year }
            .sorted { $0.effective < $1.effective }
        // A successor did not exist before its first year: it is not assessed then (the predecessor is).
        for s in successions where s.firstYearOfSuccessor > year && byCode[s.successor] != nil {
            byCode[s.successor] = nil
            order.removeAll { $0 == s.successor }
        }
        for s in inForce {
            guard let old = byCode[s.predecessor], var new = byCode[s.successor] else { continue }
            let pollutant = old.targets.first?.pollutant
            let takeTargets = new.targets.isEmpty
            if takeTargets { new.targets = old.targets.map { var t = $0; t.areaCode = new.area.code; return t } }
            let own = new.targets.first?.pollutant
            // Concentrations are taken only when both units are assessed on the same pollutant (R-5 revised).
            let samePollutant = own == nil || pollutant == nil || own == pollutant
            let takePrevious = samePollutant && new.previousSummary == nil && new.previousMonitored == nil
                && (old.previousSummary != nil || old.previousMonitored != nil)
            if takePrevious {
                new.previousSummary = old.previousSummary
                new.previousMonitored = old.previousMonitored
            }
            let takeCurrent = samePollutant && new.report.summary == nil && new.monitored == nil
                && (old.report.summary != nil || old.monitored != nil)
            if takeCurrent {
                new.report = old.report
                new.monitored = old.monitored
            }
            if new.falsification == nil { new.falsification = old.falsification }
            byCode[s.successor] = new
            byCode[s.predecessor] = nil
            order.removeAll { $0 == s.predecessor }
            inherited.append(Inheritance(successor: s.successor, predecessor: old.area, succession: s, targets: takeTargets, previous: takePrevious, current: takeCurrent))
        }
        return (order.compactMap { byCode[$0] }, inherited)
    }

    /// The merges and splits in force in `year`, which this version does not resolve (D-63).
    public static func unresolved(_ successions: [Succession], year: Int) -> [Succession] {
        successions.filter { ($0.kind == .merge || $0.kind == .split) && $0.firstYearOfSuccessor <= year }
    }

    /// The explanation step that opens a successor's explanation: whom it succeeded and what it carries.
    public static func step(_ i: Inheritance) -> ExplanationStep {
        let p = i.predecessor, s = i.succession
        var zh: [String] = [], en: [String] = []
        if i.targets { zh.append("考核基数和目标（含终期目标分解比例）"); en.append("the base and targets (and so the shares of the final target)") }
        if i.previous { zh.append("上年浓度"); en.append("the previous year's concentration") }
        if i.current { zh.append("本年度自查报告或监测数据"); en.append("this year's report or monitoring data") }
        let whatZh = zh.isEmpty ? "无需承继的数据（均为本单位自有）" : zh.joined(separator: "、")
        let whatEn = en.isEmpty ? "nothing (all figures are its own)" : en.joined(separator: ", ")
        return ExplanationStep(
            ["R-6", "R-8", "R-9"],
            zh: "本单位自 \(s.effective) 起承继 \(p.name)（\(p.code)）（\(s.kind.chinese)，\(s.document)）：\(whatZh)取自 \(p.name)（\(p.code)）。",
            en: "This unit succeeded \(p.name) (\(p.code)) from \(s.effective) (\(s.kind.rawValue), \(s.document)): \(whatEn) come from \(p.name) (\(p.code)).")
    }
}
