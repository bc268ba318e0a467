import Foundation
import KaoheCore
import TOMLKit

/// Reads a rule-set file's TOML text into a validated `RuleSet`, reporting every problem with its place.
///
/// Takes text, not a path: the caller reads the file. `fileName` only labels diagnostics. All problems
/// found are thrown together as one `DiagnosticsError`, each `file:line:column: reason — fix`.
public enum RuleSetLoader {
    /// The built-in default rule set, loaded from its TOML text.
    public static func builtInDefault() throws -> RuleSet {
        try load(BuiltInRuleSets.default, fileName: BuiltInRuleSets.defaultFileName)
    }

    /// The built-in pass-plus-excess rule set, loaded from its TOML text.
    public static func builtInPassPlusExcess() throws -> RuleSet {
        try load(BuiltInRuleSets.passPlusExcess, fileName: BuiltInRuleSets.passPlusExcessFileName)
    }

    public static func load(_ text: String, fileName: String) throws(DiagnosticsError) -> RuleSet {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw DiagnosticsError([
                Diagnostic(file: fileName, line: error.source.begin.line, column: error.source.begin.column,
                           problem: RuleSetIssue.syntax(description: error.description)),
            ])
        } catch {
            throw DiagnosticsError([Diagnostic(file: fileName, line: 1, column: 1, problem: RuleSetIssue.notTOML)])
        }
        var reader = Reader(file: fileName, map: SourceMap(text: text), root: table)
        let ruleSet = reader.read(text: text)
        if !reader.problems.isEmpty { throw DiagnosticsError(reader.problems) }
        return ruleSet!
    }
}

/// Reads the tables of one rule-set file, collecting located problems; the tables are read in RuleSetTables.swift
/// (the `[succession]` table in RuleSetSuccession.swift).
struct Reader {
    let file: String
    let map: SourceMap
    let root: TOMLTable
    var problems: [Diagnostic] = []

    init(file: String, map: SourceMap, root: TOMLTable) {
        self.file = file
        self.map = map
        self.root = root
    }

    mutating func problem(_ path: [String], _ issue: RuleSetIssue) {
        let e = map.locate(path)
        problems.append(Diagnostic(file: file, line: e.line, column: e.column, problem: issue))
    }

    mutating func problem(_ path: [String], _ issue: RuleSetValueIssue) {
        let e = map.locate(path)
        problems.append(Diagnostic(file: file, line: e.line, column: e.column, problem: issue))
    }

    func name(_ path: [String]) -> String { path.joined(separator: ".") }

    func table(_ path: [String]) -> TOMLTable? {
        var t: TOMLTable? = root
        for k in path { t = t?[k]?.table }
        return t
    }

    mutating func checkKeys(_ path: [String], allowed: Set<String>) {
        guard let t = table(path) else { return }
        for k in t.keys.sorted() where !allowed.contains(k) {
            problem(path + [k], .unknownKey(key: k, table: name(path), allowed: allowed.sorted()))
        }
    }

    mutating func requireTable(_ path: [String]) -> TOMLTable? {
        if let t = table(path) { return t }
        problem(path, .missingTable(table: name(path)))
        return nil
    }

    mutating func string(_ path: [String]) -> String? {
        guard let v = value(path) else { return nil }
        if let s = v.string { return s }
        problem(path, .notText(path: name(path), key: path.last!))
        return nil
    }

    mutating func bool(_ path: [String]) -> Bool? {
        guard let v = value(path) else { return nil }
        if let b = v.bool { return b }
        problem(path, .notBool(path: name(path), key: path.last!))
        return nil
    }

    mutating func int(_ path: [String]) -> Int? {
        guard let v = value(path) else { return nil }
        if let i = v.int { return i }
        problem(path, .notWhole(path: name(path)))
        return nil
    }

    /// Numbers are read from their literal text so 0.35 stays exactly 0.35, never passing through Double.
    mutating func decimal(_ path: [String]) -> Decimal? {
        guard let v = value(path) else { return nil }
        if v.int != nil || v.double != nil,
            let raw = map.raw(path)?.replacingOccurrences(of: "_", with: ""),
            let d = Decimal(string: raw, locale: Locale(identifier: "en_US_POSIX"))
        {
            return d
        }
        if let i = v.int { return Decimal(i) }
        problem(path, .notNumber(path: name(path)))
        return nil
    }

    mutating func value(_ path: [String]) -> TOMLValueConvertible? {
        guard let parent = table(Array(path.dropLast())) else { return nil }
        if let v = parent[path.last!] { return v }
        problem(path.count > 1 ? Array(path.dropLast()) : [], .missingKey(key: path.last!, table: name(Array(path.dropLast()))))
        return nil
    }

    mutating func read(text: String) -> RuleSet? {
        checkKeys([], allowed: ["name", "pollutant", "period", "annual_shares", "quality", "rounding", "combination",
                                "grades", "consequences", "freeze", "monitoring", "tracking", "succession", "key_tasks", "provenance"])
        // One method per table (issue 13 item 4), in the order of the built-in file; each reports its own problems.
        let ruleName = string(["name"]) ?? ""
        let pollutant = readPollutant()
        let period = readPeriod()
        let shares = readAnnualShares(baseYear: period.base, finalYear: period.final)
        let formula = readQuality()
        let rounding = readRounding()
        let combination = readCombination()
        let bands = readGrades()
        let failing = readFailingGrades()
        let freeze = readFreeze()
        let monitoring = readMonitoring()
        let severeLag = readTracking()
        let succession = readSuccession()
        let keyTasks = readKeyTasks()
        let provenance = readProvenance()

        guard problems.isEmpty else { return nil }
        return RuleSet(
            name: ruleName, pollutant: pollutant, baseYear: period.base, firstYear: period.first, finalYear: period.final,
            annualShares: shares, qualityFormula: formula, rounding: rounding, keyTasks: keyTasks,
            combination: combination, gradeBands: bands, failingGrades: failing, freeze: freeze,
            excludeDustDays: monitoring.excludeDust, discrepancyTolerance: monitoring.tolerance, severeLagFraction: severeLag,
            succession: succession, provenance: provenance,
            sourceText: text)
    }
}

/// Bounds on the numbers a rule set may hold, so every date computed from them stays in the calendar.
public enum RuleSetLimits {
    /// Years of the plan period and base (D-47).
    public static let years = 1900...2100
    /// Longest minimum freeze duration: 100 years of days.
    public static let maximumFreezeDays = 36_525
}
