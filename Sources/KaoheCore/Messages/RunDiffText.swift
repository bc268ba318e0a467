import Foundation

/// Why a unit's result differs between two runs (`RunDiff.compare`): each reason as (zh, en), the input that
/// changed written out in full before and after.
public enum RunDiffText {
    public typealias Reason = (zh: String, en: String)

    public static let newlyAssessed: Reason = ("新增考核单位", "unit newly assessed")
    public static let noLongerAssessed: Reason = ("不再考核", "unit no longer assessed")

    /// The year's concentration changed.
    public static func current(_ a: SourcedConcentration?, _ b: SourcedConcentration?) -> Reason {
        ("本年浓度：\(conc(a)) → \(conc(b))", "current concentration: \(concEn(a)) → \(concEn(b))")
    }

    /// The previous year's concentration changed.
    public static func previous(_ a: SourcedConcentration?, _ b: SourcedConcentration?) -> Reason {
        ("上年浓度：\(conc(a)) → \(conc(b))", "previous concentration: \(concEn(a)) → \(concEn(b))")
    }

    /// The annual target changed.
    public static func annualTarget(_ a: Target?, _ b: Target?) -> Reason {
        ("年度目标：\(target(a, zh: true)) → \(target(b, zh: true))", "annual target: \(target(a, zh: false)) → \(target(b, zh: false))")
    }

    /// The final target changed.
    public static func finalTarget(_ a: Target?, _ b: Target?) -> Reason {
        ("终期目标：\(target(a, zh: true)) → \(target(b, zh: true))", "final target: \(target(a, zh: false)) → \(target(b, zh: false))")
    }

    /// Key-task claims changed: each code with its claim before and after.
    public static func keyTasks(_ changed: [(code: String, before: KeyTaskClaim?, after: KeyTaskClaim?)]) -> Reason {
        ("重点任务得分：" + changed.map { "\($0.code) \(claim($0.before, zh: true)) → \(claim($0.after, zh: true))" }.joined(separator: "；"),
         "key-task scores: " + changed.map { "\($0.code) \(claim($0.before, zh: false)) → \(claim($0.after, zh: false))" }.joined(separator: "; "))
    }

    /// The falsification finding changed.
    public static func falsification(_ a: String?, _ b: String?) -> Reason {
        ("数据造假认定：\(a ?? "无") → \(b ?? "无")", "falsification finding: \(a ?? "none") → \(b ?? "none")")
    }

    /// The report's receipt changed.
    public static func receipt(_ a: UnitInput, _ b: UnitInput) -> Reason {
        ("自查报告报送：\(receipt(a, zh: true)) → \(receipt(b, zh: true))", "report submission: \(receipt(a, zh: false)) → \(receipt(b, zh: false))")
    }

    /// The rule set changed (each as "name (hash prefix)").
    public static func ruleSet(old: String, new: String) -> Reason { ("规则集：\(old) → \(new)", "rule set: \(old) → \(new)") }

    /// A target in full, so a reader sees what it was and what it became.
    public static func target(_ t: Target?, zh: Bool) -> String {
        guard let t else { return zh ? "无" : "none" }
        let value = t.value.map { " \(GBRounding.display($0))\(t.kind.valueUnit == "%" ? "%" : " " + t.kind.valueUnit)" } ?? ""
        return zh
            ? "\(t.kind.rawValue)\(value)（\(t.year)年\(t.isFinal ? "，终期" : "")，\(t.pollutant.rawValue)，基准年\(t.baseYear) 基数 \(GBRounding.display(t.baseConcentration))）"
            : "\(t.kind.english)\(value) (\(t.year)\(t.isFinal ? ", final" : ""), \(t.pollutant.rawValue), base \(GBRounding.display(t.baseConcentration)) in \(t.baseYear))"
    }

    /// A key-task claim as self score and verified score.
    public static func claim(_ c: KeyTaskClaim?, zh: Bool) -> String {
        guard let c else { return zh ? "无" : "none" }
        let v = c.verifiedScore.map { GBRounding.display($0) } ?? "—"
        return zh ? "自评 \(GBRounding.display(c.selfScore))/核定 \(v)" : "self \(GBRounding.display(c.selfScore))/verified \(v)"
    }

    /// The report's receipt, with the correction date when there is one (R-3 revised).
    public static func receipt(_ i: UnitInput, zh: Bool) -> String {
        var text: String
        switch i.report {
        case .notSubmitted: text = zh ? "未报送" : "not submitted"
        case .submitted(let d): text = zh ? "首次报送 \(d)" : "first received \(d)"
        }
        if let c = i.reportCorrectedOn { text += zh ? "，更正日期 \(c)" : ", corrected \(c)" }
        return text
    }

    public static func conc(_ c: SourcedConcentration?) -> String {
        c.map { "\(GBRounding.display($0.value)) μg/m³（\($0.source)）" } ?? "无"
    }

    public static func concEn(_ c: SourcedConcentration?) -> String {
        c.map { "\(GBRounding.display($0.value)) μg/m³ (\($0.sourceEn))" } ?? "none"
    }
}
