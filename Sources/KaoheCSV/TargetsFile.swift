import Foundation
import KaoheCore

/// The targets template (目标): one row per unit and year that has a target.
public enum TargetsFile {
    public static let schema = Schema(kind: .targets, columns: [code, year, pollutant, baseYear, base, kind, value, isFinal])

    /// Parses and validates a targets file against the units already known; throws every problem at once.
    ///
    /// `knownAreas` holds the codes of stored units: a target may only name a known unit. `stored` holds the
    /// targets in force (not withdrawn): a row replaces the stored one of its unit and year, and the file is
    /// rejected when the result would mix PM10 and PM2.5 for a unit or give it a second end-of-period target
    /// (R-5 revised), whether the clash is within the file or with what is stored. A row for a stored (unit,
    /// year) in a file without the 考核指标 or 终期目标 column keeps the stored pollutant or end-of-period mark
    /// instead of taking the template's default, so a file changes only what it carries (issue 12 item 3's rule).
    ///
    /// `oldCodes` checks rows under a code a succession replaced by their year (issue 21, D-145): a warning per code
    /// joins the warnings, or (refused) an error at each such row rejects the file.
    public static func parse(
        _ data: Data, file: String, knownAreas: Set<String>, stored: [Target] = [], oldCodes: OldCodeImports? = nil
    ) throws -> ParsedFile<Target> {
        var firstLine: [String: Int] = [:]
        let storedByKey = Dictionary(stored.map { ("\($0.areaCode)/\($0.year)", $0) }, uniquingKeysWith: { a, _ in a })
        var finalLine: [String: Int] = [:]
        var located: [Located] = []
        var parsed = try parseFile(data, file: file, schema: schema) { row -> Target? in
            guard let t = readRow(&row, knownAreas: knownAreas, stored: storedByKey, firstLine: &firstLine, finalLine: &finalLine) else { return nil }
            located.append(Located(target: t, code: row.location(code), pollutant: row.location(pollutant), isFinal: row.location(isFinal)))
            return t
        }
        let old = oldCodes.map { check in
            check.diagnostics(file: file, kind: .targets, uses: located.compactMap { r in
                Day(year: r.target.year, month: 12, day: 31).map {
                    OldCodeImports.Use(code: r.target.areaCode, day: $0, line: r.code.line, column: r.code.column, header: r.code.header)
                }
            })
        } ?? []
        let problems = unitConsistency(located, stored: stored, file: file) + old.filter { $0.severity == .error }
        if !problems.isEmpty { throw DiagnosticsError(parsed.warnings + problems) }
        parsed.warnings += old.filter { $0.severity == .warning }
        return parsed
    }

    /// A parsed row with where its pollutant and final-target cells are, for the checks across rows.
    struct Located {
        var target: Target
        var code: RowReader.Location
        var pollutant: RowReader.Location
        var isFinal: RowReader.Location
    }

    /// R-5 (revised): per unit, the targets after the import (stored rows not replaced by the file, plus the
    /// file's) hold one pollutant and at most one end-of-period target. Each offending file row is named.
    static func unitConsistency(_ rows: [Located], stored: [Target], file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let byUnit = Dictionary(grouping: rows, by: \.target.areaCode)
        for code in byUnit.keys.sorted() {
            let mine = byUnit[code]!
            let years = Set(mine.map(\.target.year))
            let kept = stored.filter { $0.areaCode == code && !years.contains($0.year) }.sorted { $0.year < $1.year }
            let first = mine[0]
            for r in mine.dropFirst() where r.target.pollutant != first.target.pollutant {
                problems.append(r.pollutant.diagnostic(
                    file: file,
                    problem: TargetIssue.mixedPollutants(unit: code, here: r.target.pollutant, first: first.target.pollutant, firstLine: first.pollutant.line)))
            }
            let filePollutants = Set(mine.map(\.target.pollutant))
            if filePollutants.count == 1, let other = kept.first(where: { $0.pollutant != first.target.pollutant }) {
                let storedYears = kept.filter { $0.pollutant == other.pollutant }.map { String($0.year) }.joined(separator: ", ")
                for r in mine {
                    problems.append(r.pollutant.diagnostic(
                        file: file,
                        problem: TargetIssue.mixesWithStored(unit: code, stored: other.pollutant, storedYears: storedYears, here: r.target.pollutant)))
                }
            }
            if let storedFinal = kept.first(where: \.isFinal) {
                for r in mine where r.target.isFinal {
                    problems.append(r.isFinal.diagnostic(file: file, problem: TargetIssue.secondStoredFinal(unit: code, storedYear: storedFinal.year)))
                }
            }
        }
        return problems
    }

    /// Reads and checks one data row (cells, base year before the assessed year, one row per unit and year,
    /// one end-of-period row per unit within the file); nil when a required value is missing or invalid.
    static func readRow(
        _ row: inout RowReader, knownAreas: Set<String>, stored: [String: Target], firstLine: inout [String: Int], finalLine: inout [String: Int]
    ) -> Target? {
        var areaCode = row.required(code, Cells.areaCode)
        if let c = areaCode, !knownAreas.contains(c) {
            row.problem(code, Cells.unknownUnit(c, known: knownAreas))
            areaCode = nil
        }
        let y = row.required(year, Cells.year)
        let old = areaCode.flatMap { c in y.flatMap { stored["\(c)/\($0)"] } }
        let p = row.optional(pollutant, Cells.pollutant) ?? (row.header.index[pollutant] == nil ? old?.pollutant : nil) ?? .pm10
        let by = row.required(baseYear, Cells.year)
        var baseConcentration = row.required(base) { Cells.concentration($0, allowZero: false) }
        if let b = baseConcentration, b.roundedGB(0) == 0 {
            // Scores divide by the base rounded to whole μg/m³: it must not round to 0.
            row.problem(base, TargetIssue.baseRoundsToZero(base: b))
            baseConcentration = nil
        }
        let k = row.required(kind, Cells.targetKind)
        var v: Decimal?
        if let k {
            if k.needsValue {
                v = row.required(value) { Cells.targetValue($0, kind: k, base: baseConcentration) }
            } else if let t = row.text(value) {
                row.problem(value, TargetIssue.valueNotTaken(kind: k.rawValue, text: t))
            }
        }
        let f = row.optional(isFinal, Cells.yesNo) ?? (row.header.index[isFinal] == nil ? old?.isFinal : nil) ?? false
        if let y, let by, by >= y {
            row.problem(baseYear, TargetIssue.baseYearNotBefore(baseYear: by, year: y))
        }
        if let areaCode, let y {
            let key = "\(areaCode)/\(y)"
            if let first = firstLine[key] {
                row.problem(year, TargetIssue.secondTargetForYear(unit: areaCode, year: y, firstLine: first))
            } else {
                firstLine[key] = row.line
            }
        }
        if f, let areaCode {
            if let first = finalLine[areaCode] {
                row.problem(isFinal, TargetIssue.secondFinal(unit: areaCode, firstLine: first))
            } else {
                finalLine[areaCode] = row.line
            }
        }
        guard let areaCode, let y, let by, let baseConcentration, let k else { return nil }
        if k.needsValue && v == nil { return nil }
        return Target(
            areaCode: areaCode, year: y, pollutant: p, baseYear: by, baseConcentration: baseConcentration,
            kind: k, value: v, isFinal: f)
    }
}
