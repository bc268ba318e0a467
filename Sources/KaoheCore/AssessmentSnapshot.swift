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

/// The scoring of one year unit by unit, for a run stored as it is scored (issue 14, D-169): what needs more
/// than one unit — the monitored means and the successions (issue 21) — is settled first, then
/// `score` turns each stored record into its input and result exactly as `prepare` and `score` do for the whole
/// snapshot.
///
/// A succession touches only the records of the codes it names (`involvedCodes`); those are read, merged with
/// their monitoring and resolved together when this value is made, so a succession's refusal comes before
/// anything is scored, as with the whole snapshot. Every other record is scored alone.
public struct UnitByUnitAssessment: Sendable {
    public let year: Int
    public let kind: AssessmentKind
    public let rules: RuleSet
    let means: [Pollutant: [String: Decimal]]
    let previousMeans: [Pollutant: [String: Decimal]]
    let involved: Set<String>
    /// The involved records after successions, by code; an involved code absent here is not assessed.
    let resolved: [String: UnitRecord]
    /// Each successor's inheritances, in the order they were made.
    let inherited: [String: [SuccessionResolution.Inheritance]]
    let notes: [String: Bilingual]
    let scoring: Scoring.Prepared

    /// The codes a succession names, predecessor or successor: the records to read before scoring begins.
    public static func involvedCodes(_ successions: [Succession]) -> Set<String> {
        Set(successions.flatMap { [$0.predecessor, $0.successor] })
    }

    /// Settles what needs more than one unit. `means` and `previousMeans` are each pollutant's monitored means of
    /// the year and the year before (`AssessmentPreparation.monitoredMeans`); `involvedRecords` are the stored
    /// records of `involvedCodes(successions)`, in snapshot order. Throws as `prepare` does for a succession.
    public init(
        year: Int, kind: AssessmentKind, rules: RuleSet, means: [Pollutant: [String: Decimal]], previousMeans: [Pollutant: [String: Decimal]],
        successions: [Succession], involvedRecords: [UnitRecord]
    ) throws(AssessmentPreparation.Refusal) {
        self.year = year
        self.kind = kind
        self.rules = rules
        scoring = Scoring.Prepared(rules)
        self.means = means
        self.previousMeans = previousMeans
        involved = Self.involvedCodes(successions)
        var resolved: [String: UnitRecord] = [:], inherited: [String: [SuccessionResolution.Inheritance]] = [:]
        var notes: [String: Bilingual] = [:]
        if !successions.isEmpty {
            let merged = involvedRecords.map { Self.withMonitoring($0, means: means, previousMeans: previousMeans, rules: rules) }
            let result: (records: [UnitRecord], inherited: [SuccessionResolution.Inheritance])
            do {
                result = try SuccessionResolution.apply(
                    merged, successions: successions, year: year, settings: rules.succession, places: rules.rounding.concentration)
            } catch { throw .succession(error) }
            for r in result.records { resolved[r.area.code] = r }
            for i in result.inherited { inherited[i.successor, default: []].append(i) }
            // A successor's name in the note is read from the records before successions, as `prepare` reads it.
            let names = Dictionary(involvedRecords.map { ($0.area.code, $0.area.name) }, uniquingKeysWith: { a, _ in a })
            for r in result.records {
                notes[r.area.code] = SuccessionLabels.note(code: r.area.code, year: year, successions: successions, names: names)
            }
        }
        self.resolved = resolved
        self.inherited = inherited
        self.notes = notes
    }

    /// The unit's input and result, or nil when a succession put another unit in its place this year.
    ///
    /// `record` is the stored record as the snapshot reads it (monitored means not set).
    public func score(_ record: UnitRecord) -> (input: UnitInput, result: UnitAssessment)? {
        let unit: UnitRecord
        if involved.contains(record.area.code) {
            guard let r = resolved[record.area.code] else { return nil }
            unit = r
        } else {
            unit = Self.withMonitoring(record, means: means, previousMeans: previousMeans, rules: rules)
        }
        let input = AssessmentInputs.build(unit, year: year, kind: kind, rules: rules)
        var result = Scoring.assess(input, prepared: scoring)
        // As `AssessmentPreparation.score`: each inheritance's step is put first, in the order they were made.
        for i in inherited[unit.area.code] ?? [] { result.steps.insert(SuccessionResolution.step(i), at: 0) }
        result.successorNote = notes[unit.area.code]
        return (input, result)
    }

    /// The record with its monitored means of its own pollutant (R-5 revised, R-26).
    static func withMonitoring(
        _ record: UnitRecord, means: [Pollutant: [String: Decimal]], previousMeans: [Pollutant: [String: Decimal]], rules: RuleSet
    ) -> UnitRecord {
        var unit = record
        let p = unit.pollutant(default: rules.pollutant)
        unit.monitored = means[p]?[unit.area.code]
        unit.previousMonitored = previousMeans[p]?[unit.area.code]
        return unit
    }
}
