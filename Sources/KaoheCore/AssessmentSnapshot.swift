import Foundation

/// Everything the assessment of one year reads from the store, taken in one read transaction.
///
/// Issue 13 item 3: `assess` used to read areas, targets, findings, each unit's reports, each pollutant's
/// monitoring and the successions in separate transactions, so an import committed between two of them
/// could be half-seen. The store fills this value inside one transaction; `AssessmentPreparation` turns it
/// into the scoring inputs without touching the store again.
public struct AssessmentSnapshot: Sendable, Equatable {
    /// The assessed year.
    public var year: Int
    /// Every stored unit, ordered by code, with its targets, the year's newest report, the year before's
    /// newest summary and its active falsification finding; `monitored` fields are not set here.
    public var records: [UnitRecord]
    /// Stored station-days of the assessed year, for each pollutant some unit is assessed on (R-5 revised).
    public var monitoring: [Pollutant: [StationDay]]
    /// Stored station-days of the year before, for each of the same pollutants.
    public var previousMonitoring: [Pollutant: [StationDay]]
    /// Every recorded succession, oldest first (issue 21).
    public var successions: [Succession]

    public init(
        year: Int, records: [UnitRecord], monitoring: [Pollutant: [StationDay]] = [:],
        previousMonitoring: [Pollutant: [StationDay]] = [:], successions: [Succession] = []
    ) {
        self.year = year
        self.records = records
        self.monitoring = monitoring
        self.previousMonitoring = previousMonitoring
        self.successions = successions
    }
}

/// The scoring inputs of one assessment, prepared from a snapshot; pure.
public struct PreparedAssessment: Sendable {
    /// The records after monitoring means were merged and successions applied, in snapshot order.
    public var records: [UnitRecord]
    /// What each successor inherited (issue 21), for the first step of its explanation.
    public var inherited: [SuccessionResolution.Inheritance]
    /// One scoring input per record, in the same order.
    public var inputs: [UnitInput]
    /// For a unit succeeded after the assessed year, the note naming its successor (issue 21), by code.
    public var successorNotes: [String: Bilingual] = [:]
}

/// Turns a snapshot into scoring inputs, and the scores into results with succession steps; pure.
///
/// The pipeline of `assess` is load (`AssessmentSnapshot`) → prepare → score → save → render; this is the
/// prepare and score part, so the merge of monitored means lives in Core, not in the CLI.
public enum AssessmentPreparation {
    /// Why a snapshot cannot be assessed.
    public enum Refusal: Error, Sendable, Equatable {
        /// No unit is stored.
        case noUnits
        /// A succession in force in the year cannot be resolved: a merge's successor without targets of its own
        /// whose predecessors' cannot be averaged, or without a recorded weight the rule set asks for (D-104).
        case succession(KaoheCore.Refusal)
    }

    /// Each unit's valid monitored annual mean for `year`, μg/m³ exact, from its station-days.
    ///
    /// Only units with at least one station meeting R-24 appear; days outside `year` are ignored.
    public static func monitoredMeans(_ days: [StationDay], year: Int, pollutant: Pollutant, excludeDust: Bool) -> [String: Decimal] {
        var result: [String: Decimal] = [:]
        for unit in MonitoringAssessment.units(MonitoringAssessment.stationYears(days, year: year, pollutant: pollutant, excludeDust: excludeDust)) {
            if let mean = unit.mean { result[unit.areaCode] = mean }
        }
        return result
    }

    /// The records with monitored means merged, successions applied, and their scoring inputs.
    ///
    /// R-5 (revised): each unit's monitored mean is of the pollutant of its own targets, the rule set's only
    /// for a unit without targets. R-26: the monitored mean, when valid, is what scoring uses
    /// (`AssessmentInputs.build`). Issue 21: from the year of a succession the successor stands in the
    /// predecessor's place (a merge's successor in its predecessors').
    public static func prepare(_ snapshot: AssessmentSnapshot, kind: AssessmentKind, rules: RuleSet) throws(Refusal) -> PreparedAssessment {
        let year = snapshot.year
        var means: [Pollutant: [String: Decimal]] = [:], previousMeans: [Pollutant: [String: Decimal]] = [:]
        for (p, days) in snapshot.monitoring {
            means[p] = monitoredMeans(days, year: year, pollutant: p, excludeDust: rules.excludeDustDays)
        }
        for (p, days) in snapshot.previousMonitoring {
            previousMeans[p] = monitoredMeans(days, year: year - 1, pollutant: p, excludeDust: rules.excludeDustDays)
        }
        let withMonitoring = snapshot.records.map { unit in
            var unit = unit
            let p = unit.pollutant(default: rules.pollutant)
            unit.monitored = means[p]?[unit.area.code]
            unit.previousMonitored = previousMeans[p]?[unit.area.code]
            return unit
        }
        let resolved: (records: [UnitRecord], inherited: [SuccessionResolution.Inheritance])
        do {
            resolved = try SuccessionResolution.apply(
                withMonitoring, successions: snapshot.successions, year: year, settings: rules.succession,
                places: rules.rounding.concentration)
        } catch { throw .succession(error) }
        let (records, inherited) = resolved
        guard !records.isEmpty else { throw .noUnits }
        let inputs = records.map { AssessmentInputs.build($0, year: year, kind: kind, rules: rules) }
        let names = Dictionary(snapshot.records.map { ($0.area.code, $0.area.name) }, uniquingKeysWith: { a, _ in a })
        var notes: [String: Bilingual] = [:]
        for r in records {
            notes[r.area.code] = SuccessionLabels.note(code: r.area.code, year: year, successions: snapshot.successions, names: names)
        }
        return PreparedAssessment(records: records, inherited: inherited, inputs: inputs, successorNotes: notes)
    }

    /// Scores the prepared inputs and opens each successor's explanation with what it inherited.
    public static func score(_ prepared: PreparedAssessment, rules: RuleSet) -> [UnitAssessment] {
        var results = Scoring.assess(prepared.inputs, rules: rules)
        let index = Dictionary(results.indices.map { (results[$0].area.code, $0) }, uniquingKeysWith: { a, _ in a })
        for i in prepared.inherited {
            if let k = index[i.successor] { results[k].steps.insert(SuccessionResolution.step(i), at: 0) }
        }
        for k in results.indices { results[k].successorNote = prepared.successorNotes[results[k].area.code] }
        return results
    }
}
