import Foundation
import KaoheCore

/// What is wrong in a targets file (R-5 revised, R-6, R-7, R-8, R-11).
public enum TargetIssue: Explained, Hashable {
    /// Two rows of the file give a unit targets of different pollutants (`firstLine` holds the first).
    case mixedPollutants(unit: String, here: Pollutant, first: Pollutant, firstLine: Int)
    /// A file row's pollutant differs from the unit's stored targets (`storedYears`, e.g. "2015, 2016").
    case mixesWithStored(unit: String, stored: Pollutant, storedYears: String, here: Pollutant)
    case secondStoredFinal(unit: String, storedYear: Int)
    case baseRoundsToZero(base: Decimal)
    /// A target kind that takes no value (its Chinese name `kind`) given one.
    case valueNotTaken(kind: String, text: String)
    case baseYearNotBefore(baseYear: Int, year: Int)
    case secondTargetForYear(unit: String, year: Int, firstLine: Int)
    case secondFinal(unit: String, firstLine: Int)

    public var reason: Bilingual {
        switch self {
        case .mixedPollutants(let c, let here, let first, let line):
            Bilingual("区域 \(c) 的目标将混用 PM10 与 PM2.5：本行为 \(here.rawValue)，第 \(line) 行为 \(first.rawValue)",
                      "unit \(c) would hold targets of both PM10 and PM2.5: \(here.rawValue) here, \(first.rawValue) on line \(line)")
        case .mixesWithStored(let c, let stored, let years, let here):
            Bilingual("区域 \(c) 已存有 \(stored.rawValue) 目标（\(years)年），本行 \(here.rawValue) 目标将混用污染物",
                      "unit \(c) already holds stored \(stored.rawValue) targets (\(years)); this \(here.rawValue) target would mix pollutants")
        case .secondStoredFinal(let c, let y):
            Bilingual("区域 \(c) 已存有终期目标（\(y)年），不得再有第二个终期目标",
                      "unit \(c) already has a stored end-of-period target (year \(y)); a second one is not allowed")
        case .baseRoundsToZero(let b):
            Bilingual("基准浓度 \(b) 修约后为 0 μg/m³，无法据此计算下降率", "base concentration \(b) rounds to 0 μg/m³, so no decline can be computed from it")
        case .valueNotTaken(let k, let t): Bilingual("\(k)不需要目标值，但填写了“\(t)”", "\(k) takes no target value, but \"\(t)\" is given")
        case .baseYearNotBefore(let by, let y): Bilingual("基准年 \(by) 不早于考核年度 \(y)", "base year \(by) is not before the assessed year \(y)")
        case .secondTargetForYear(let c, let y, let first):
            Bilingual("区域 \(c) 的 \(y) 年目标重复（首次在第 \(first) 行）", "unit \(c) has a second target for \(y) (first on line \(first))")
        case .secondFinal(let c, let first):
            Bilingual("区域 \(c) 有第二个终期目标（首次在第 \(first) 行）", "unit \(c) has a second end-of-period target (first on line \(first))")
        }
    }

    public var fix: Bilingual? {
        switch self {
        case .mixedPollutants:
            Bilingual("同一规划期内一个区域只按一种污染物考核（R-5），请使该区域各行的考核指标一致",
                      "a unit is assessed on one pollutant in a plan period (R-5); use the same 考核指标 on every row of the unit")
        case .mixesWithStored(_, let stored, _, _):
            Bilingual("同一规划期内一个区域只按一种污染物考核（R-5）；请改用 \(stored.rawValue)，或先撤回已存储的目标",
                      "a unit is assessed on one pollutant in a plan period (R-5); use \(stored.rawValue), or withdraw the stored targets first")
        case .secondStoredFinal:
            Bilingual("请不要将本行标为终期目标，或先撤回已存储的终期目标", "do not mark this row as 终期目标, or withdraw the stored one first")
        case .baseRoundsToZero: Bilingual("请以 μg/m³ 填写基准浓度（大于 0.5），如 102", "write the base in μg/m³ (above 0.5), e.g. 102")
        case .valueNotTaken: Bilingual("请将目标值留空，或改选其他目标类型", "leave 目标值 empty, or choose another 目标类型")
        case .baseYearNotBefore: Bilingual("基准年是计算下降幅度的起始年份，如 2013", "the base year is the year the decline is measured from, e.g. 2013")
        case .secondTargetForYear: Bilingual("每个区域每年只保留一行", "keep one row per unit and year")
        case .secondFinal: Bilingual("每个区域只能有一行标为终期目标", "mark only one row per unit as 终期目标")
        }
    }

    public var action: UserAction? {
        switch self {
        case .mixesWithStored(let c, _, _, _): .withdrawTarget(code: c, year: nil)
        case .secondStoredFinal(let c, let y): .withdrawTarget(code: c, year: y)
        default: nil
        }
    }
}
