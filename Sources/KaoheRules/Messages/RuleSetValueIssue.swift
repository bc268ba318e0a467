import Foundation
import KaoheCore

/// What is wrong with a value of a rule-set table (the catalogue of the `read…` methods in RuleSetTables.swift):
/// a value out of its bounds, an unknown name, grade bands or key-task points that do not fit together.
///
/// Grades are named by their Chinese name (`Grade.rawValue`), as the file and the printed rule set name them.
public enum RuleSetValueIssue: Explained, Hashable {
    case unknownPollutant(String)
    case yearOutOfBounds(key: String, value: Int, bounds: ClosedRange<Int>)
    case periodOutOfOrder(first: Int, final: Int, base: Int)
    case shareKeyNotAYear(key: String, first: Int, final: Int)
    case shareOutOfRange(key: String, share: Decimal)
    case pointsNotHundred(pass: Decimal, excess: Decimal)
    case unknownFormula(String)
    case placesOutOfRange(key: String, value: Int)
    case unknownCombination(String)
    case unknownFailingGrade(String)
    case negativeMinimumDays(Int)
    case tooManyMinimumDays(Int, maximum: Int)
    case negativeTolerance(Decimal)
    /// `known` lists the settings [provenance] may name.
    case unknownProvenanceSetting(key: String, known: [String])
    case unknownProvenance(key: String, value: String)
    case severeLagOutOfRange(Decimal)
    case unknownGrade(String)
    case missingGradeBand(Grade)
    case topBandBounded(Grade, below: Decimal)
    case bandWithoutUpperEnd(Grade, higherFrom: Decimal)
    case bandsOverlap(Grade, below: Decimal, higher: Grade, higherFrom: Decimal)
    case bandsGap(Grade, below: Decimal, higher: Grade, higherFrom: Decimal)
    case emptyBand(Grade, from: Decimal, below: Decimal)
    case gapFromZero(Grade, from: Decimal)
    case indicatorNotTable(code: String)
    case subIndicatorNotTable(code: String)
    case subIndicatorElsewhere(code: String, indicator: String)
    case negativeSubPoints(code: String, points: Decimal)
    case missingSubTable(code: String)
    case pointsNotSum(code: String, points: Decimal, sum: Decimal)
    case keyTasksNotHundred(Decimal)

    public var reason: Bilingual {
        switch self {
        case .unknownPollutant(let p): Bilingual("无法识别的污染物“\(p)”", "unknown pollutant \"\(p)\"")
        case .yearOutOfBounds(let k, let v, let b):
            Bilingual("\(k) = \(v) 不在 \(b.lowerBound)—\(b.upperBound) 之内", "\(k) = \(v) is outside \(b.lowerBound)–\(b.upperBound)")
        case .periodOutOfOrder(let first, let final, let base):
            Bilingual("考核期 \(first)–\(final) 与基准年 \(base) 的先后顺序不对", "the period \(first)–\(final) with base year \(base) is not in order")
        case .shareKeyNotAYear(let k, let first, let final):
            Bilingual("年度份额的键“\(k)”不是考核期 \(first)–\(final) 内的年份", "annual share key \"\(k)\" is not a year of the period \(first)–\(final)")
        case .shareOutOfRange(let k, let s): Bilingual("年度份额 \(k) = \(s) 超出 0…1", "annual share \(k) = \(s) is outside 0…1")
        case .pointsNotHundred(let p, let e):
            Bilingual("pass_points \(p) 与 excess_points \(e) 之和不等于 100", "pass_points \(p) and excess_points \(e) do not add up to 100")
        case .unknownFormula(let f): Bilingual("无法识别的质量得分公式“\(f)”", "unknown quality formula \"\(f)\"")
        case .placesOutOfRange(let k, let v): Bilingual("\(k) = \(v) 超出 0…6", "\(k) = \(v) is outside 0…6")
        case .unknownCombination(let m): Bilingual("无法识别的结果合成方式“\(m)”", "unknown combination mode \"\(m)\"")
        case .unknownFailingGrade(let n): Bilingual("failing_grades 中有无法识别的等级“\(n)”", "unknown grade \"\(n)\" in failing_grades")
        case .negativeMinimumDays(let d): Bilingual("minimum_days = \(d) 为负数", "minimum_days = \(d) is negative")
        case .tooManyMinimumDays(let d, let max):
            Bilingual("minimum_days = \(d) 超过 \(max) 天（100 年）", "minimum_days = \(d) is more than \(max) days (100 years)")
        case .negativeTolerance(let t): Bilingual("discrepancy_tolerance = \(t) 为负数", "discrepancy_tolerance = \(t) is negative")
        case .unknownProvenanceSetting(let k, _): Bilingual("[provenance] 中有无法识别的设置“\(k)”", "unknown setting \"\(k)\" in [provenance]")
        case .unknownProvenance(let k, let s):
            Bilingual("\(k) 的来源“\(s)”既不是 \"official\" 也不是 \"default\"", "provenance \"\(s)\" of \(k) is neither \"official\" nor \"default\"")
        case .severeLagOutOfRange(let p):
            Bilingual("severe_lag_percent = \(p) 不在 0…100 之间（不含两端）", "severe_lag_percent = \(p) is outside 0…100 (both excluded)")
        case .unknownGrade(let k): Bilingual("无法识别的等级“\(k)”", "unknown grade \"\(k)\"")
        case .missingGradeBand(let g): Bilingual("缺少等级区间“\(g.rawValue)”", "missing grade band \(g.rawValue)")
        case .topBandBounded(let g, let below):
            Bilingual(
                "最高等级区间“\(g.rawValue)”止于 \(below) 以下：\(below) 至 100 分没有对应等级",
                "the top grade band \(g.rawValue) ends below \(below): scores from \(below) to 100 get no grade")
        case .bandWithoutUpperEnd(let g, _):
            Bilingual("等级区间“\(g.rawValue)”不是最高区间，却没有上限", "grade band \(g.rawValue) has no upper end but is not the top band")
        case .bandsOverlap(let g, let below, let h, let from):
            Bilingual(
                "等级区间“\(g.rawValue)”与“\(h.rawValue)”重叠：“\(g.rawValue)”止于 \(below) 以下，而“\(h.rawValue)”从 \(from) 开始",
                "grade bands \(g.rawValue) and \(h.rawValue) overlap: \(g.rawValue) runs below \(below) but \(h.rawValue) starts at \(from)")
        case .bandsGap(let g, let below, let h, let from):
            Bilingual(
                "等级区间之间有空档：“\(g.rawValue)”止于 \(below) 以下，而“\(h.rawValue)”从 \(from) 开始",
                "grade bands leave a gap: \(g.rawValue) ends below \(below) but \(h.rawValue) starts at \(from)")
        case .emptyBand(let g, let from, let below):
            Bilingual("等级区间“\(g.rawValue)”为空：from \(from) 不小于 below \(below)", "grade band \(g.rawValue) is empty: from \(from) is not below \(below)")
        case .gapFromZero(_, let from): Bilingual("等级区间之间有空档：0 至 \(from) 分没有对应等级", "grade bands leave a gap: scores from 0 to \(from) get no grade")
        case .indicatorNotTable(let c): Bilingual("key_tasks.\(c) 应为表", "key_tasks.\(c) must be a table")
        case .subIndicatorNotTable(let c): Bilingual("子指标 \(c) 应为内联表", "sub-indicator \(c) must be an inline table")
        case .subIndicatorElsewhere(let c, let i): Bilingual("子指标代码 \(c) 不属于指标 \(i)", "sub-indicator code \(c) does not belong to indicator \(i)")
        case .negativeSubPoints(let c, let p): Bilingual("子指标 \(c) 的分值 \(p) 为负数", "sub-indicator \(c) has negative points \(p)")
        case .missingSubTable(let c): Bilingual("缺少表 [key_tasks.\(c).sub]", "missing table [key_tasks.\(c).sub]")
        case .pointsNotSum(let c, let p, let sum):
            Bilingual("指标 \(c) 的分值为 \(p)，但其子指标合计 \(sum)", "indicator \(c) has \(p) points but its sub-indicators add up to \(sum)")
        case .keyTasksNotHundred(let t): Bilingual("重点任务各指标合计 \(t) 分，不是 100 分", "the key-task indicators add up to \(t) points, not 100")
        }
    }

    public var fix: Bilingual? {
        switch self {
        case .unknownPollutant: Bilingual("请使用 \"PM10\" 或 \"PM2.5\"", "use \"PM10\" or \"PM2.5\"")
        case .yearOutOfBounds(_, _, let b):
            Bilingual("请填写 \(b.lowerBound) 至 \(b.upperBound) 之间的年份", "give a year from \(b.lowerBound) to \(b.upperBound)")
        case .periodOutOfOrder:
            Bilingual("请使 base_year ≤ first_year ≤ final_year，且 final_year 晚于 base_year", "make base_year ≤ first_year ≤ final_year, with final_year after base_year")
        case .shareKeyNotAYear(_, let first, let final):
            Bilingual(first >= final ? "请使用 \(final) 年" : "请使用 \(first) 至 \(final) 之间的年份", "use a year from \(first) to \(final)")
        case .shareOutOfRange: Bilingual("请用小数表示份额，如 0.35 表示 35%", "write the share as a fraction, e.g. 0.35 for 35 %")
        case .pointsNotHundred: Bilingual("请使 pass_points + excess_points = 100，如 60 和 40", "make pass_points + excess_points = 100, e.g. 60 and 40")
        case .unknownFormula: Bilingual("请使用 \"proportional\" 或 \"pass-plus-excess\"", "use \"proportional\" or \"pass-plus-excess\"")
        case .placesOutOfRange: Bilingual("请使用 0 至 6 之间的小数位数", "use a number of decimal places from 0 to 6")
        case .unknownCombination: Bilingual("请使用 \"quality-only\" 或 \"lower-of-both\"", "use \"quality-only\" or \"lower-of-both\"")
        case .unknownFailingGrade, .unknownGrade: Bilingual("请使用优秀、良好、合格或不合格", "use 优秀, 良好, 合格 or 不合格")
        case .negativeMinimumDays: Bilingual("不设最短天数请填 0", "use 0 for no minimum")
        case .tooManyMinimumDays(_, let max): Bilingual("请以天数填写最短期限，不超过 \(max)", "give a minimum duration in days, at most \(max)")
        case .negativeTolerance: Bilingual("请填写 0 或以上的容差（μg/m³）", "use a tolerance in μg/m³ of 0 or more")
        case .unknownProvenanceSetting(_, let known):
            Bilingual("请使用以下之一：\(known.joined(separator: ", "))", "use one of: \(known.joined(separator: ", "))")
        case .unknownProvenance:
            Bilingual(
                "仅当通知、国家文件或市级文件有规定时写 \"official\"，否则写 \"default\"",
                "write \"official\" only when a notice, national text or city document sets it, else \"default\"")
        case .severeLagOutOfRange: Bilingual("请填写大于 0、小于 100 的百分数，如 15", "give a percentage above 0 and below 100, e.g. 15")
        case .missingGradeBand(let g): Bilingual("请添加 \"\(g.rawValue)\" = { from = …, below = … }", "add \"\(g.rawValue)\" = { from = …, below = … }")
        case .topBandBounded(let g, _): Bilingual("请删除“\(g.rawValue)”的 below", "remove below from \(g.rawValue)")
        case .bandWithoutUpperEnd(_, let from): Bilingual("请添加 below = \(from)", "add below = \(from)")
        case .bandsOverlap(let g, _, _, let from), .bandsGap(let g, _, _, let from):
            Bilingual("请将“\(g.rawValue)”的 below 设为 \(from)", "set \(g.rawValue)'s below to \(from)")
        case .emptyBand: Bilingual("请使 from 小于 below", "make from smaller than below")
        case .gapFromZero(let g, _): Bilingual("请将“\(g.rawValue)”的 from 设为 0", "set \(g.rawValue)'s from to 0")
        case .indicatorNotTable(let c):
            Bilingual("请写成 [key_tasks.\(c)]，含 name、points 和 sub", "write it as [key_tasks.\(c)] with name, points and sub")
        case .subIndicatorNotTable(let c):
            Bilingual("请写成 \"\(c)\" = { name = \"…\", points = … }", "write \"\(c)\" = { name = \"…\", points = … }")
        case .subIndicatorElsewhere(_, let i): Bilingual("请使用以 \(i). 开头的代码", "use a code starting with \(i).")
        case .negativeSubPoints: Bilingual("请填写 0 或以上的分值", "use 0 or more points")
        case .missingSubTable(let c): Bilingual("请添加 [key_tasks.\(c).sub] 并列出其子指标", "add [key_tasks.\(c).sub] with its sub-indicators")
        case .pointsNotSum:
            Bilingual("请使 points 等于子指标分值之和，或更正子指标分值", "make points equal the sum of its sub-indicators, or correct the sub-indicator points")
        case .keyTasksNotHundred: Bilingual("请更正各指标分值，使合计为 100 分", "correct the indicator points so that they add up to 100")
        }
    }
}
