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

/// Reads the tables of one rule-set file, collecting located problems (the `[succession]` table is read in
/// RuleSetSuccession.swift).
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
        let ruleName = string(["name"]) ?? ""
        var pollutant = Pollutant.pm10
        if let p = string(["pollutant"]) {
            if let v = Pollutant(rawValue: p) { pollutant = v } else {
                problem(["pollutant"], "unknown pollutant \"\(p)\"", "use \"PM10\" or \"PM2.5\"",
                        reasonZh: "无法识别的污染物“\(p)”", fixZh: "请使用 \"PM10\" 或 \"PM2.5\"")
            }
        }
        _ = requireTable(["period"])
        checkKeys(["period"], allowed: ["base_year", "first_year", "final_year"])
        let baseYear = int(["period", "base_year"]) ?? 2013
        let firstYear = int(["period", "first_year"]) ?? 2013
        let finalYear = int(["period", "final_year"]) ?? 2017
        // Years are bounded where they are read, so no date computed from them leaves the calendar (issue 12
        // item 12); D-47 gives the range.
        for (key, value) in [("base_year", baseYear), ("first_year", firstYear), ("final_year", finalYear)]
        where !RuleSetLimits.years.contains(value) {
            problem(["period", key], "\(key) = \(value) is outside \(RuleSetLimits.years.lowerBound)–\(RuleSetLimits.years.upperBound)",
                    "give a year from \(RuleSetLimits.years.lowerBound) to \(RuleSetLimits.years.upperBound)",
                    reasonZh: "\(key) = \(value) 不在 \(RuleSetLimits.years.lowerBound)—\(RuleSetLimits.years.upperBound) 之内",
                    fixZh: "请填写 \(RuleSetLimits.years.lowerBound) 至 \(RuleSetLimits.years.upperBound) 之间的年份")
        }
        if finalYear < firstYear || baseYear > firstYear || finalYear <= baseYear {
            problem(["period", "final_year"], "the period \(firstYear)–\(finalYear) with base year \(baseYear) is not in order",
                    "make base_year ≤ first_year ≤ final_year, with final_year after base_year",
                    reasonZh: "考核期 \(firstYear)–\(finalYear) 与基准年 \(baseYear) 的先后顺序不对",
                    fixZh: "请使 base_year ≤ first_year ≤ final_year，且 final_year 晚于 base_year")
        }

        var shares: [Int: Decimal] = [:]
        if let t = requireTable(["annual_shares"]) {
            for key in t.keys.sorted() {
                guard let year = Int(key), year > baseYear, year <= finalYear else {
                    problem(["annual_shares", key], "annual share key \"\(key)\" is not a year of the period \(baseYear + 1)–\(finalYear)",
                            "use a year from \(baseYear + 1) to \(finalYear)",
                            reasonZh: "年度份额的键“\(key)”不是考核期 \(baseYear + 1)–\(finalYear) 内的年份",
                            fixZh: baseYear + 1 >= finalYear ? "请使用 \(finalYear) 年" : "请使用 \(baseYear + 1) 至 \(finalYear) 之间的年份")
                    continue
                }
                guard let s = decimal(["annual_shares", key]) else { continue }
                if s < 0 || s > 1 {
                    problem(["annual_shares", key], "annual share \(key) = \(s) is outside 0…1",
                            "write the share as a fraction, e.g. 0.35 for 35 %",
                            reasonZh: "年度份额 \(key) = \(s) 超出 0…1", fixZh: "请用小数表示份额，如 0.35 表示 35%")
                }
                shares[year] = s
            }
        }

        var formula = QualityFormula.proportional
        if requireTable(["quality"]) != nil, let f = string(["quality", "formula"]) {
            switch f {
            case "proportional":
                checkKeys(["quality"], allowed: ["formula"])
            case "pass-plus-excess":
                checkKeys(["quality"], allowed: ["formula", "pass_points", "excess_points"])
                let pass = decimal(["quality", "pass_points"]) ?? 60
                let excess = decimal(["quality", "excess_points"]) ?? 40
                if pass < 0 || excess < 0 || pass + excess != 100 {
                    problem(["quality", "excess_points"], "pass_points \(pass) and excess_points \(excess) do not add up to 100",
                            "make pass_points + excess_points = 100, e.g. 60 and 40",
                            reasonZh: "pass_points \(pass) 与 excess_points \(excess) 之和不等于 100",
                            fixZh: "请使 pass_points + excess_points = 100，如 60 和 40")
                }
                formula = .passPlusExcess(passPoints: pass, excessPoints: excess)
            default:
                problem(["quality", "formula"], "unknown quality formula \"\(f)\"",
                        "use \"proportional\" or \"pass-plus-excess\"",
                        reasonZh: "无法识别的质量得分公式“\(f)”", fixZh: "请使用 \"proportional\" 或 \"pass-plus-excess\"")
            }
        }

        var rounding = RoundingPlaces()
        if requireTable(["rounding"]) != nil {
            checkKeys(["rounding"], allowed: ["concentration_places", "score_places", "decline_percent_places"])
            for (key, kp) in [("concentration_places", \RoundingPlaces.concentration), ("score_places", \.score),
                              ("decline_percent_places", \.declinePercent)] {
                guard let v = int(["rounding", key]) else { continue }
                if !(0...6).contains(v) {
                    problem(["rounding", key], "\(key) = \(v) is outside 0…6", "use a number of decimal places from 0 to 6",
                            reasonZh: "\(key) = \(v) 超出 0…6", fixZh: "请使用 0 至 6 之间的小数位数")
                } else {
                    rounding[keyPath: kp] = v
                }
            }
        }

        var combination = CombinationMode.qualityOnly
        if requireTable(["combination"]) != nil {
            checkKeys(["combination"], allowed: ["mode"])
            if let m = string(["combination", "mode"]) {
                if let c = CombinationMode(rawValue: m) { combination = c } else {
                    problem(["combination", "mode"], "unknown combination mode \"\(m)\"",
                            "use \"quality-only\" or \"lower-of-both\"",
                            reasonZh: "无法识别的结果合成方式“\(m)”", fixZh: "请使用 \"quality-only\" 或 \"lower-of-both\"")
                }
            }
        }

        let bands = readGrades()
        var failing: Set<Grade> = []
        if requireTable(["consequences"]) != nil {
            checkKeys(["consequences"], allowed: ["failing_grades"])
            if let v = value(["consequences", "failing_grades"]) {
                let names = v.array.map { a in (0..<a.count).compactMap { a[$0].string } } ?? []
                for n in names {
                    if let g = Grade(name: n) { failing.insert(g) } else {
                        problem(["consequences", "failing_grades"], "unknown grade \"\(n)\" in failing_grades",
                                "use 优秀, 良好, 合格 or 不合格",
                                reasonZh: "failing_grades 中有无法识别的等级“\(n)”", fixZh: "请使用优秀、良好、合格或不合格")
                    }
                }
            }
        }

        var freeze = FreezeSettings()
        if requireTable(["freeze"]) != nil {
            checkKeys(["freeze"], allowed: ["minimum_days", "lifted_by_passing_annual"])
            if let d = int(["freeze", "minimum_days"]) {
                if d < 0 {
                    problem(["freeze", "minimum_days"], "minimum_days = \(d) is negative", "use 0 for no minimum",
                            reasonZh: "minimum_days = \(d) 为负数", fixZh: "不设最短天数请填 0")
                }
                if d > RuleSetLimits.maximumFreezeDays {
                    problem(["freeze", "minimum_days"], "minimum_days = \(d) is more than \(RuleSetLimits.maximumFreezeDays) days (100 years)",
                            "give a minimum duration in days, at most \(RuleSetLimits.maximumFreezeDays)",
                            reasonZh: "minimum_days = \(d) 超过 \(RuleSetLimits.maximumFreezeDays) 天（100 年）",
                            fixZh: "请以天数填写最短期限，不超过 \(RuleSetLimits.maximumFreezeDays)")
                }
                freeze.minimumDays = min(max(0, d), RuleSetLimits.maximumFreezeDays)
            }
            freeze.liftedByPassingAnnual = bool(["freeze", "lifted_by_passing_annual"]) ?? false
        }

        var dust = false
        var tolerance: Decimal = 1
        if requireTable(["monitoring"]) != nil {
            checkKeys(["monitoring"], allowed: ["exclude_dust_days", "discrepancy_tolerance"])
            dust = bool(["monitoring", "exclude_dust_days"]) ?? false
            if let t = decimal(["monitoring", "discrepancy_tolerance"]) {
                if t < 0 {
                    problem(["monitoring", "discrepancy_tolerance"], "discrepancy_tolerance = \(t) is negative",
                            "use a tolerance in μg/m³ of 0 or more",
                            reasonZh: "discrepancy_tolerance = \(t) 为负数", fixZh: "请填写 0 或以上的容差（μg/m³）")
                }
                tolerance = t
            }
        }

        let severeLag = readTracking()
        let succession = readSuccession()
        let keyTasks = readKeyTasks()

        var provenance: [RuleSetting: Provenance] = [:]
        if let t = table(["provenance"]) {
            for key in t.keys.sorted() {
                guard let setting = RuleSetting(rawValue: key) else {
                    problem(["provenance", key], "unknown setting \"\(key)\" in [provenance]",
                            "use one of: \(RuleSetting.allCases.map(\.rawValue).joined(separator: ", "))",
                            reasonZh: "[provenance] 中有无法识别的设置“\(key)”",
                            fixZh: "请使用以下之一：\(RuleSetting.allCases.map(\.rawValue).joined(separator: ", "))")
                    continue
                }
                guard let s = string(["provenance", key]) else { continue }
                guard let p = Provenance(rawValue: s) else {
                    problem(["provenance", key], "provenance \"\(s)\" of \(key) is neither \"official\" nor \"default\"",
                            "write \"official\" only when a notice, national text or city document sets it, else \"default\"",
                            reasonZh: "\(key) 的来源“\(s)”既不是 \"official\" 也不是 \"default\"",
                            fixZh: "仅当通知、国家文件或市级文件有规定时写 \"official\"，否则写 \"default\"")
                    continue
                }
                provenance[setting] = p
            }
        }

        guard problems.isEmpty else { return nil }
        return RuleSet(
            name: ruleName, pollutant: pollutant, baseYear: baseYear, firstYear: firstYear, finalYear: finalYear,
            annualShares: shares, qualityFormula: formula, rounding: rounding, keyTasks: keyTasks,
            combination: combination, gradeBands: bands, failingGrades: failing, freeze: freeze,
            excludeDustDays: dust, discrepancyTolerance: tolerance, severeLagFraction: severeLag, succession: succession,
            provenance: provenance,
            sourceText: text)
    }

    /// The optional [tracking] table (R-29): rule sets written before it existed keep loading with 15 %.
    mutating func readTracking() -> Decimal {
        guard table(["tracking"]) != nil else { return RuleSet.defaultSevereLag }
        checkKeys(["tracking"], allowed: ["severe_lag_percent"])
        // An empty [tracking] table keeps the default; a value that is not a number is reported by decimal(_:).
        guard table(["tracking"])?["severe_lag_percent"] != nil, let p = decimal(["tracking", "severe_lag_percent"]) else {
            return RuleSet.defaultSevereLag
        }
        guard p > 0, p < 100 else {
            problem(["tracking", "severe_lag_percent"], "severe_lag_percent = \(p) is outside 0…100 (both excluded)",
                    "give a percentage above 0 and below 100, e.g. 15",
                    reasonZh: "severe_lag_percent = \(p) 不在 0…100 之间（不含两端）", fixZh: "请填写大于 0、小于 100 的百分数，如 15")
            return RuleSet.defaultSevereLag
        }
        return p / 100
    }

    mutating func readGrades() -> [GradeBand] {
        guard let t = requireTable(["grades"]) else { return [] }
        var bands: [GradeBand] = []
        for key in t.keys {
            guard let grade = Grade(name: key) else {
                problem(["grades", key], "unknown grade \"\(key)\"", "use 优秀, 良好, 合格 or 不合格",
                        reasonZh: "无法识别的等级“\(key)”", fixZh: "请使用优秀、良好、合格或不合格")
                continue
            }
            checkKeys(["grades", key], allowed: ["from", "below"])
            guard let from = decimal(["grades", key, "from"]) else { continue }
            let below = table(["grades", key])?["below"] != nil ? decimal(["grades", key, "below"]) : nil
            bands.append(GradeBand(grade: grade, from: from, below: below))
        }
        for g in Grade.allCases where t[g.rawValue] == nil && t[g.english] == nil {
            problem(["grades"], "missing grade band \(g.rawValue)", "add \"\(g.rawValue)\" = { from = …, below = … }",
                    reasonZh: "缺少等级区间“\(g.rawValue)”", fixZh: "请添加 \"\(g.rawValue)\" = { from = …, below = … }")
        }
        bands.sort { $0.from > $1.from }
        func key(_ g: Grade) -> String { t[g.rawValue] != nil ? g.rawValue : g.english }
        for (i, band) in bands.enumerated() {
            if i == 0 {
                if let below = band.below {
                    problem(["grades", key(band.grade), "below"], "the top grade band \(band.grade.rawValue) ends below \(below): scores from \(below) to 100 get no grade",
                            "remove below from \(band.grade.rawValue)",
                            reasonZh: "最高等级区间“\(band.grade.rawValue)”止于 \(below) 以下：\(below) 至 100 分没有对应等级",
                            fixZh: "请删除“\(band.grade.rawValue)”的 below")
                }
                continue
            }
            let higher = bands[i - 1]
            guard let below = band.below else {
                problem(["grades", key(band.grade)], "grade band \(band.grade.rawValue) has no upper end but is not the top band",
                        "add below = \(higher.from)",
                        reasonZh: "等级区间“\(band.grade.rawValue)”不是最高区间，却没有上限", fixZh: "请添加 below = \(higher.from)")
                continue
            }
            if below > higher.from {
                problem(["grades", key(band.grade), "below"], "grade bands \(band.grade.rawValue) and \(higher.grade.rawValue) overlap: \(band.grade.rawValue) runs below \(below) but \(higher.grade.rawValue) starts at \(higher.from)",
                        "set \(band.grade.rawValue)'s below to \(higher.from)",
                        reasonZh: "等级区间“\(band.grade.rawValue)”与“\(higher.grade.rawValue)”重叠：“\(band.grade.rawValue)”止于 \(below) 以下，而“\(higher.grade.rawValue)”从 \(higher.from) 开始",
                        fixZh: "请将“\(band.grade.rawValue)”的 below 设为 \(higher.from)")
            } else if below < higher.from {
                problem(["grades", key(band.grade), "below"], "grade bands leave a gap: \(band.grade.rawValue) ends below \(below) but \(higher.grade.rawValue) starts at \(higher.from)",
                        "set \(band.grade.rawValue)'s below to \(higher.from)",
                        reasonZh: "等级区间之间有空档：“\(band.grade.rawValue)”止于 \(below) 以下，而“\(higher.grade.rawValue)”从 \(higher.from) 开始",
                        fixZh: "请将“\(band.grade.rawValue)”的 below 设为 \(higher.from)")
            }
            if band.from >= below {
                problem(["grades", key(band.grade), "from"], "grade band \(band.grade.rawValue) is empty: from \(band.from) is not below \(below)",
                        "make from smaller than below",
                        reasonZh: "等级区间“\(band.grade.rawValue)”为空：from \(band.from) 不小于 below \(below)", fixZh: "请使 from 小于 below")
            }
        }
        if let last = bands.last, last.from != 0 {
            problem(["grades", key(last.grade), "from"], "grade bands leave a gap: scores from 0 to \(last.from) get no grade",
                    "set \(last.grade.rawValue)'s from to 0",
                    reasonZh: "等级区间之间有空档：0 至 \(last.from) 分没有对应等级", fixZh: "请将“\(last.grade.rawValue)”的 from 设为 0")
        }
        return bands
    }

    mutating func readKeyTasks() -> [KeyTaskIndicator] {
        guard let t = requireTable(["key_tasks"]) else { return [] }
        func order(_ code: String) -> [Int] { code.split(separator: ".").map { Int($0) ?? Int.max } }
        var indicators: [KeyTaskIndicator] = []
        var total: Decimal = 0
        for code in t.keys.sorted(by: { order($0).lexicographicallyPrecedes(order($1)) }) {
            let path = ["key_tasks", code]
            guard table(path) != nil else {
                problem(path, "key_tasks.\(code) must be a table", "write it as [key_tasks.\(code)] with name, points and sub",
                        reasonZh: "key_tasks.\(code) 应为表", fixZh: "请写成 [key_tasks.\(code)]，含 name、points 和 sub")
                continue
            }
            checkKeys(path, allowed: ["name", "points", "sub"])
            let name = string(path + ["name"]) ?? ""
            let points = decimal(path + ["points"]) ?? 0
            total += points
            var subs: [KeyTaskSubIndicator] = []
            if let subTable = table(path + ["sub"]) {
                for subCode in subTable.keys.sorted(by: { order($0).lexicographicallyPrecedes(order($1)) }) {
                    let sp = path + ["sub", subCode]
                    guard table(sp) != nil else {
                        problem(sp, "sub-indicator \(subCode) must be an inline table", "write \"\(subCode)\" = { name = \"…\", points = … }",
                                reasonZh: "子指标 \(subCode) 应为内联表", fixZh: "请写成 \"\(subCode)\" = { name = \"…\", points = … }")
                        continue
                    }
                    checkKeys(sp, allowed: ["name", "points"])
                    if !subCode.hasPrefix(code + ".") {
                        problem(sp, "sub-indicator code \(subCode) does not belong to indicator \(code)",
                                "use a code starting with \(code).",
                                reasonZh: "子指标代码 \(subCode) 不属于指标 \(code)", fixZh: "请使用以 \(code). 开头的代码")
                    }
                    let subName = string(sp + ["name"]) ?? ""
                    let subPoints = decimal(sp + ["points"]) ?? 0
                    if subPoints < 0 {
                        problem(sp + ["points"], "sub-indicator \(subCode) has negative points \(subPoints)", "use 0 or more points",
                                reasonZh: "子指标 \(subCode) 的分值 \(subPoints) 为负数", fixZh: "请填写 0 或以上的分值")
                    }
                    subs.append(KeyTaskSubIndicator(code: subCode, name: subName, points: subPoints))
                }
            } else {
                problem(path, "missing table [key_tasks.\(code).sub]", "add [key_tasks.\(code).sub] with its sub-indicators",
                        reasonZh: "缺少表 [key_tasks.\(code).sub]", fixZh: "请添加 [key_tasks.\(code).sub] 并列出其子指标")
            }
            let sum = subs.reduce(Decimal(0)) { $0 + $1.points }
            if !subs.isEmpty, sum != points {
                problem(path + ["points"], "indicator \(code) has \(points) points but its sub-indicators add up to \(sum)",
                        "make points equal the sum of its sub-indicators, or correct the sub-indicator points",
                        reasonZh: "指标 \(code) 的分值为 \(points)，但其子指标合计 \(sum)",
                        fixZh: "请使 points 等于子指标分值之和，或更正子指标分值")
            }
            indicators.append(KeyTaskIndicator(code: code, name: name, points: points, subIndicators: subs))
        }
        if total != 100 {
            problem(["key_tasks"], "the key-task indicators add up to \(total) points, not 100",
                    "correct the indicator points so that they add up to 100",
                    reasonZh: "重点任务各指标合计 \(total) 分，不是 100 分", fixZh: "请更正各指标分值，使合计为 100 分")
        }
        return indicators
    }
}

/// Bounds on the numbers a rule set may hold, so every date computed from them stays in the calendar.
public enum RuleSetLimits {
    /// Years of the plan period and base (D-47).
    public static let years = 1900...2100
    /// Longest minimum freeze duration: 100 years of days.
    public static let maximumFreezeDays = 36_525
}
