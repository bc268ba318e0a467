import Foundation

/// One stored run of the assessment of a year: the rule set, the inputs used and the results.
///
/// Runs are drafts until published; a published run never changes, and assessing the year again makes a
/// new revision.
public struct AssessmentRun: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable, Codable { case draft, published }

    public var id: Int64
    public var year: Int
    public var kind: AssessmentKind
    /// 1, 2, … per (year, kind).
    public var revision: Int
    public var ruleSetName: String
    /// SHA-256 of the rule set's text, lowercase hex.
    public var ruleSetHash: String
    public var ruleSetText: String
    public var createdAt: String
    public var status: Status
    public var publishedOn: Day?
    /// 文号 of the document that published the result.
    public var documentNumber: String?
    public var inputs: [UnitInput]
    public var results: [UnitAssessment]

    public init(
        id: Int64, year: Int, kind: AssessmentKind, revision: Int, ruleSetName: String, ruleSetHash: String, ruleSetText: String,
        createdAt: String, status: Status, publishedOn: Day? = nil, documentNumber: String? = nil, inputs: [UnitInput],
        results: [UnitAssessment]
    ) {
        self.id = id
        self.year = year
        self.kind = kind
        self.revision = revision
        self.ruleSetName = ruleSetName
        self.ruleSetHash = ruleSetHash
        self.ruleSetText = ruleSetText
        self.createdAt = createdAt
        self.status = status
        self.publishedOn = publishedOn
        self.documentNumber = documentNumber
        self.inputs = inputs
        self.results = results
    }
}

/// What changed for one unit between two runs, and the input differences that explain it.
public struct UnitChange: Sendable, Hashable {
    public var areaCode: String
    public var name: String
    public var before: UnitAssessment?
    public var after: UnitAssessment?
    /// Each changed input or outcome, one line per language.
    public var reasons: [(zh: String, en: String)]

    public static func == (a: UnitChange, b: UnitChange) -> Bool {
        a.areaCode == b.areaCode && a.before == b.before && a.after == b.after
            && a.reasons.map(\.zh) == b.reasons.map(\.zh) && a.reasons.map(\.en) == b.reasons.map(\.en)
    }

    public func hash(into h: inout Hasher) { h.combine(areaCode) }
}

/// Compares two runs unit by unit (R-6 to R-18 inputs and results).
public enum RunDiff {
    /// The units whose result, grade, scores, flags or inputs differ between `old` and `new`, in code order.
    ///
    /// A changed rule set is given as a reason for each unit whose outcome changed; units whose outcome and
    /// inputs are the same are left out even when the explanation wording changed with the rule set.
    public static func compare(_ old: AssessmentRun, _ new: AssessmentRun) -> [UnitChange] {
        let oldResults = Dictionary(uniqueKeysWithValues: old.results.map { ($0.area.code, $0) })
        let newResults = Dictionary(uniqueKeysWithValues: new.results.map { ($0.area.code, $0) })
        let oldInputs = Dictionary(uniqueKeysWithValues: old.inputs.map { ($0.area.code, $0) })
        let newInputs = Dictionary(uniqueKeysWithValues: new.inputs.map { ($0.area.code, $0) })
        let rulesChanged = old.ruleSetHash != new.ruleSetHash
        var changes: [UnitChange] = []
        for code in Set(oldResults.keys).union(newResults.keys).sorted() {
            let a = oldResults[code], b = newResults[code]
            var reasons: [(zh: String, en: String)] = []
            let ia = oldInputs[code], ib = newInputs[code]
            if a == nil { reasons.append(("新增考核单位", "unit newly assessed")) }
            if b == nil { reasons.append(("不再考核", "unit no longer assessed")) }
            if let ia, let ib {
                if ia.current != ib.current {
                    reasons.append((
                        "本年浓度：\(conc(ia.current)) → \(conc(ib.current))",
                        "current concentration: \(concEn(ia.current)) → \(concEn(ib.current))"))
                }
                if ia.previous != ib.previous {
                    reasons.append(("上年浓度：\(conc(ia.previous)) → \(conc(ib.previous))", "previous concentration: \(concEn(ia.previous)) → \(concEn(ib.previous))"))
                }
                if ia.annualTarget != ib.annualTarget {
                    reasons.append((
                        "年度目标：\(target(ia.annualTarget, zh: true)) → \(target(ib.annualTarget, zh: true))",
                        "annual target: \(target(ia.annualTarget, zh: false)) → \(target(ib.annualTarget, zh: false))"))
                }
                if ia.finalTarget != ib.finalTarget {
                    reasons.append((
                        "终期目标：\(target(ia.finalTarget, zh: true)) → \(target(ib.finalTarget, zh: true))",
                        "final target: \(target(ia.finalTarget, zh: false)) → \(target(ib.finalTarget, zh: false))"))
                }
                if ia.keyTasks != ib.keyTasks {
                    let a = Dictionary(ia.keyTasks.map { ($0.code, $0) }) { x, _ in x }
                    let b = Dictionary(ib.keyTasks.map { ($0.code, $0) }) { x, _ in x }
                    let codes = Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted { $0.compare($1, options: .numeric) == .orderedAscending }
                    reasons.append((
                        "重点任务得分：" + codes.map { "\($0) \(claim(a[$0], zh: true)) → \(claim(b[$0], zh: true))" }.joined(separator: "；"),
                        "key-task scores: " + codes.map { "\($0) \(claim(a[$0], zh: false)) → \(claim(b[$0], zh: false))" }.joined(separator: "; ")))
                }
                if ia.falsificationReference != ib.falsificationReference {
                    reasons.append((
                        "数据造假认定：\(ia.falsificationReference ?? "无") → \(ib.falsificationReference ?? "无")",
                        "falsification finding: \(ia.falsificationReference ?? "none") → \(ib.falsificationReference ?? "none")"))
                }
                if ia.report != ib.report || ia.reportCorrectedOn != ib.reportCorrectedOn {
                    reasons.append((
                        "自查报告报送：\(receipt(ia, zh: true)) → \(receipt(ib, zh: true))",
                        "report submission: \(receipt(ia, zh: false)) → \(receipt(ib, zh: false))"))
                }
            }
            let outcomeChanged = a?.grade != b?.grade || a?.resultScore != b?.resultScore || a?.qualityScore != b?.qualityScore
                || a?.keyTaskScore != b?.keyTaskScore || a?.flags != b?.flags
            if rulesChanged, a != nil, b != nil, outcomeChanged {
                reasons.append(("规则集：\(old.ruleSetName) (\(old.ruleSetHash.prefix(12))) → \(new.ruleSetName) (\(new.ruleSetHash.prefix(12)))",
                                "rule set: \(old.ruleSetName) (\(old.ruleSetHash.prefix(12))) → \(new.ruleSetName) (\(new.ruleSetHash.prefix(12)))"))
            }
            guard outcomeChanged || !reasons.isEmpty else { continue }
            changes.append(UnitChange(areaCode: code, name: (b ?? a)!.area.name, before: a, after: b, reasons: reasons))
        }
        return changes
    }

    /// A target in full, so a reader sees what it was and what it became.
    static func target(_ t: Target?, zh: Bool) -> String {
        guard let t else { return zh ? "无" : "none" }
        let value = t.value.map { " \(GBRounding.display($0))\(t.kind.valueUnit == "%" ? "%" : " " + t.kind.valueUnit)" } ?? ""
        return zh
            ? "\(t.kind.rawValue)\(value)（\(t.year)年\(t.isFinal ? "，终期" : "")，\(t.pollutant.rawValue)，基准年\(t.baseYear) 基数 \(GBRounding.display(t.baseConcentration))）"
            : "\(t.kind.english)\(value) (\(t.year)\(t.isFinal ? ", final" : ""), \(t.pollutant.rawValue), base \(GBRounding.display(t.baseConcentration)) in \(t.baseYear))"
    }

    /// A key-task claim as self score and verified score.
    static func claim(_ c: KeyTaskClaim?, zh: Bool) -> String {
        guard let c else { return zh ? "无" : "none" }
        let v = c.verifiedScore.map { GBRounding.display($0) } ?? "—"
        return zh ? "自评 \(GBRounding.display(c.selfScore))/核定 \(v)" : "self \(GBRounding.display(c.selfScore))/verified \(v)"
    }

    /// The report's receipt, with the correction date when there is one (R-3 revised).
    static func receipt(_ i: UnitInput, zh: Bool) -> String {
        var text: String
        switch i.report {
        case .notSubmitted: text = zh ? "未报送" : "not submitted"
        case .submitted(let d): text = zh ? "首次报送 \(d)" : "first received \(d)"
        }
        if let c = i.reportCorrectedOn { text += zh ? "，更正日期 \(c)" : ", corrected \(c)" }
        return text
    }

    static func conc(_ c: SourcedConcentration?) -> String {
        c.map { "\(GBRounding.display($0.value)) μg/m³（\($0.source)）" } ?? "无"
    }

    static func concEn(_ c: SourcedConcentration?) -> String {
        c.map { "\(GBRounding.display($0.value)) μg/m³ (\($0.sourceEn))" } ?? "none"
    }
}
