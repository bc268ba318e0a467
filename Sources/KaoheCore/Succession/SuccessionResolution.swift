import Foundation

/// Applies recorded successions to the records an assessment of one year reads (issue 21).
///
/// From the year of the effective day (`Succession.firstYearOfSuccessor`) the predecessor is no longer assessed
/// and the successor stands in its place. A rename or recode successor carries the predecessor's targets (base,
/// annual and final targets, hence its R-8 shares) unless it has targets of its own, and the predecessor's
/// previous-year concentration (report or monitoring, R-9) and current-year report or monitoring unless it has
/// its own (D-62). A merge's successor averages its predecessors (`SuccessionMerging.merge`); a split's
/// successors each inherit the predecessor's base and previous year unless given their own
/// (`SuccessionMerging.split`). Years before the change are untouched: the predecessor is assessed there under
/// its own code and name.
public enum SuccessionResolution {
    /// One successor's inheritance in the assessed year, for the explanation.
    public struct Inheritance: Sendable, Equatable {
        public var successor: String
        /// The units it stands in for: one for a rename, recode or split, each of a merge's predecessors.
        public var predecessors: [Area]
        /// The (first) recorded succession: its day, kind and document.
        public var succession: Succession
        public var targets: Bool
        public var previous: Bool
        public var current: Bool
        /// How each averaged or own figure was made (merge, split), one sentence each in both languages.
        public var details: [Bilingual]

        public init(
            successor: String, predecessors: [Area], succession: Succession, targets: Bool, previous: Bool, current: Bool,
            details: [Bilingual] = []
        ) {
            self.successor = successor
            self.predecessors = predecessors
            self.succession = succession
            self.targets = targets
            self.previous = previous
            self.current = current
            self.details = details
        }

        /// The first (for a rename, recode or split, the only) predecessor.
        public var predecessor: Area { predecessors[0] }
    }

    /// The records of `year` after successions: predecessors replaced, successors carrying what they inherit.
    ///
    /// `places` are the rule set's concentration places. Throws when a merge's successor cannot be given
    /// targets or weights (see `SuccessionMerging.merge`).
    public static func apply(
        _ records: [UnitRecord], successions: [Succession], year: Int, settings: SuccessionSettings = SuccessionSettings(),
        places: Int = 0
    ) throws(Refusal) -> (records: [UnitRecord], inherited: [Inheritance]) {
        var state = SuccessionMerging.State(records: records)
        // A successor did not exist before its first year: it is not assessed then (the predecessor is).
        for s in successions where s.firstYearOfSuccessor > year { state.remove(s.successor) }
        for event in events(successions, year: year) {
            switch event[0].kind {
            case .rename, .recode: carryOn(event[0], in: &state)
            case .merge: try SuccessionMerging.merge(event, year: year, weighting: settings.mergeWeighting, places: places, in: &state)
            case .split: SuccessionMerging.split(event, year: year, in: &state)
            }
        }
        return (state.order.compactMap { state.byCode[$0] }, state.inherited)
    }

    /// The successions in force in `year`, oldest first, as events: a rename or recode alone, a merge's rows
    /// grouped by successor, a split's rows grouped by predecessor.
    static func events(_ successions: [Succession], year: Int) -> [[Succession]] {
        var events: [[Succession]] = []
        for s in successions.filter({ $0.firstYearOfSuccessor <= year }).sorted(by: { $0.effective < $1.effective }) {
            let same: (Succession) -> Bool = {
                switch s.kind {
                case .merge: $0.kind == .merge && $0.successor == s.successor
                case .split: $0.kind == .split && $0.predecessor == s.predecessor
                case .rename, .recode: false
                }
            }
            if let i = events.firstIndex(where: { same($0[0]) }) { events[i].append(s) } else { events.append([s]) }
        }
        return events
    }

    /// A rename or recode: the successor carries what it has not of its own (D-62).
    static func carryOn(_ s: Succession, in state: inout SuccessionMerging.State) {
        guard let old = state.byCode[s.predecessor], var new = state.byCode[s.successor] else { return }
        let pollutant = old.targets.first?.pollutant
        let takeTargets = new.targets.isEmpty
        if takeTargets { new.targets = old.targets.map { var t = $0; t.areaCode = new.area.code; return t } }
        let own = new.targets.first?.pollutant
        // Concentrations are taken only when both units are assessed on the same pollutant (R-5 revised).
        let samePollutant = own == nil || pollutant == nil || own == pollutant
        let takePrevious = samePollutant && new.previousSummary == nil && new.previousMonitored == nil && new.previousOverride == nil
            && (old.previousSummary != nil || old.previousMonitored != nil || old.previousOverride != nil)
        if takePrevious {
            new.previousSummary = old.previousSummary
            new.previousMonitored = old.previousMonitored
            new.previousOverride = old.previousOverride
        }
        let takeCurrent = samePollutant && new.report.summary == nil && new.monitored == nil
            && (old.report.summary != nil || old.monitored != nil)
        if takeCurrent {
            new.report = old.report
            new.monitored = old.monitored
        }
        if new.falsification == nil { new.falsification = old.falsification }
        state.byCode[s.successor] = new
        state.remove(s.predecessor)
        state.inherited.append(Inheritance(
            successor: s.successor, predecessors: [old.area], succession: s, targets: takeTargets, previous: takePrevious, current: takeCurrent))
    }

    /// The explanation step that opens a successor's explanation: whom it succeeded and what it carries.
    public static func step(_ i: Inheritance) -> ExplanationStep {
        let s = i.succession
        let text = SuccessionText.inheritance(
            predecessors: i.predecessors, effective: s.effective, kind: s.kind, document: s.document, targets: i.targets, previous: i.previous,
            current: i.current, details: i.details)
        return ExplanationStep(["R-6", "R-8", "R-9"], zh: text.zh, en: text.en)
    }
}
