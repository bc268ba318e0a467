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
                           reason: "TOML syntax error: \(error.description)",
                           fix: "correct the TOML syntax at this position",
                           reasonZh: "TOML 语法错误：\(error.description)", fixZh: "请更正此处的 TOML 语法"),
            ])
        } catch {
            throw DiagnosticsError([Diagnostic(file: fileName, line: 1, column: 1, reason: "cannot parse the file as TOML",
                                               fix: "check that it is a TOML text",
                                               reasonZh: "无法按 TOML 解析该文件", fixZh: "请确认这是 TOML 文本")])
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

    mutating func problem(_ path: [String], _ reason: String, _ fix: String, reasonZh: String, fixZh: String) {
        let e = map.locate(path)
        problems.append(Diagnostic(file: file, line: e.line, column: e.column, reason: reason, fix: fix, reasonZh: reasonZh, fixZh: fixZh))
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
            let list = allowed.sorted().joined(separator: ", ")
            problem(path + [k], "unknown key \"\(k)\"\(path.isEmpty ? "" : " in [\(name(path))]")",
                    "remove it or use one of: \(list)",
                    reasonZh: "\(path.isEmpty ? "" : "[\(name(path))] 中")有无法识别的键“\(k)”", fixZh: "请删除该键，或使用以下之一：\(list)")
        }
    }

    mutating func requireTable(_ path: [String]) -> TOMLTable? {
        if let t = table(path) { return t }
        problem(path, "missing table [\(name(path))]", "add the [\(name(path))] table; see the built-in rule set",
                reasonZh: "缺少表 [\(name(path))]", fixZh: "请添加 [\(name(path))] 表，可参照内置规则集")
        return nil
    }

    mutating func string(_ path: [String]) -> String? {
        guard let v = value(path) else { return nil }
        if let s = v.string { return s }
        problem(path, "\(name(path)) must be a text in quotes", "write it as \(path.last!) = \"…\"",
                reasonZh: "\(name(path)) 应为带引号的文本", fixZh: "请写成 \(path.last!) = \"…\"")
        return nil
    }

    mutating func bool(_ path: [String]) -> Bool? {
        guard let v = value(path) else { return nil }
        if let b = v.bool { return b }
        problem(path, "\(name(path)) must be true or false", "write \(path.last!) = true or \(path.last!) = false",
                reasonZh: "\(name(path)) 应为 true 或 false", fixZh: "请写成 \(path.last!) = true 或 \(path.last!) = false")
        return nil
    }

    mutating func int(_ path: [String]) -> Int? {
        guard let v = value(path) else { return nil }
        if let i = v.int { return i }
        problem(path, "\(name(path)) must be a whole number", "write a whole number such as 0",
                reasonZh: "\(name(path)) 应为整数", fixZh: "请填写整数，如 0")
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
        problem(path, "\(name(path)) must be a number", "write a number such as 0.35",
                reasonZh: "\(name(path)) 应为数字", fixZh: "请填写数字，如 0.35")
        return nil
    }

    mutating func value(_ path: [String]) -> TOMLValueConvertible? {
        guard let parent = table(Array(path.dropLast())) else { return nil }
        if let v = parent[path.last!] { return v }
        problem(path.count > 1 ? Array(path.dropLast()) : [],
                "missing key \"\(path.last!)\"\(path.count > 1 ? " in [\(name(Array(path.dropLast())))]" : "")",
                "add \(path.last!) = … (see the built-in rule set)",
                reasonZh: "\(path.count > 1 ? "[\(name(Array(path.dropLast())))] 中" : "")缺少键“\(path.last!)”",
                fixZh: "请添加 \(path.last!) = …（可参照内置规则集）")
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
