import Foundation
import KaoheCore

/// The targets template (目标): one row per unit and year that has a target.
public enum TargetsFile {
    static let code = Column("区域代码", "area_code", required: true)
    static let year = Column("考核年度", "year", required: true)
    static let pollutant = Column("考核指标", "pollutant")
    static let baseYear = Column("基准年", "base_year", required: true)
    static let base = Column("基准浓度", "base_concentration", required: true)
    static let kind = Column("目标类型", "target_kind", required: true)
    static let value = Column("目标值", "target_value")
    static let isFinal = Column("终期目标", "is_final")

    public static let schema = Schema(kind: .targets, columns: [code, year, pollutant, baseYear, base, kind, value, isFinal])

    /// Parses and validates a targets file against the units already known; throws every problem at once.
    ///
    /// `knownAreas` holds the codes of stored units: a target may only name a known unit. `stored` are the
    /// targets already stored: a row for a stored (unit, year) in a file without the 考核指标 or 终期目标
    /// column keeps the stored pollutant or end-of-period mark instead of taking the template's default, so a
    /// file changes only what it carries (issue 12 item 3's rule).
    public static func parse(_ data: Data, file: String, knownAreas: Set<String>, stored: [Target] = []) throws -> ParsedFile<Target> {
        var firstLine: [String: Int] = [:]
        let storedByKey = Dictionary(stored.map { ("\($0.areaCode)/\($0.year)", $0) }, uniquingKeysWith: { a, _ in a })
        var finalLine: [String: Int] = [:]
        return try parseFile(data, file: file, schema: schema) { row in
            var areaCode = row.required(code, Cells.areaCode)
            if let c = areaCode, !knownAreas.contains(c) {
                let p = Cells.unknownUnit(c, known: knownAreas)
                row.problem(code, p.reason, fix: p.fix, reasonZh: p.reasonZh, fixZh: p.fixZh)
                areaCode = nil
            }
            let y = row.required(year, Cells.year)
            let old = areaCode.flatMap { c in y.flatMap { storedByKey["\(c)/\($0)"] } }
            let p = row.optional(pollutant, Cells.pollutant) ?? (row.header.index[pollutant] == nil ? old?.pollutant : nil) ?? .pm10
            let by = row.required(baseYear, Cells.year)
            var baseConcentration = row.required(base) { Cells.concentration($0, allowZero: false) }
            if let b = baseConcentration, b.roundedGB(0) == 0 {
                // Scores divide by the base rounded to whole μg/m³: it must not round to 0.
                row.problem(
                    base, "base concentration \(b) rounds to 0 μg/m³, so no decline can be computed from it",
                    fix: "write the base in μg/m³ (above 0.5), e.g. 102",
                    reasonZh: "基准浓度 \(b) 修约后为 0 μg/m³，无法据此计算下降率", fixZh: "请以 μg/m³ 填写基准浓度（大于 0.5），如 102")
                baseConcentration = nil
            }
            let k = row.required(kind, Cells.targetKind)
            var v: Decimal?
            if let k {
                if k.needsValue {
                    v = row.required(value) { Cells.targetValue($0, kind: k, base: baseConcentration) }
                } else if let t = row.text(value) {
                    row.problem(
                        value, "\(k.rawValue) takes no target value, but \"\(t)\" is given", fix: "leave 目标值 empty, or choose another 目标类型",
                        reasonZh: "\(k.rawValue)不需要目标值，但填写了“\(t)”", fixZh: "请将目标值留空，或改选其他目标类型")
                }
            }
            let f = row.optional(isFinal, Cells.yesNo) ?? (row.header.index[isFinal] == nil ? old?.isFinal : nil) ?? false
            if let y, let by, by >= y {
                row.problem(
                    baseYear, "base year \(by) is not before the assessed year \(y)", fix: "the base year is the year the decline is measured from, e.g. 2013",
                    reasonZh: "基准年 \(by) 不早于考核年度 \(y)", fixZh: "基准年是计算下降幅度的起始年份，如 2013")
            }
            if let areaCode, let y {
                let key = "\(areaCode)/\(y)"
                if let first = firstLine[key] {
                    row.problem(
                        year, "unit \(areaCode) has a second target for \(y) (first on line \(first))", fix: "keep one row per unit and year",
                        reasonZh: "区域 \(areaCode) 的 \(y) 年目标重复（首次在第 \(first) 行）", fixZh: "每个区域每年只保留一行")
                } else {
                    firstLine[key] = row.line
                }
            }
            if f, let areaCode {
                if let first = finalLine[areaCode] {
                    row.problem(
                        isFinal, "unit \(areaCode) has a second end-of-period target (first on line \(first))", fix: "mark only one row per unit as 终期目标",
                        reasonZh: "区域 \(areaCode) 有第二个终期目标（首次在第 \(first) 行）", fixZh: "每个区域只能有一行标为终期目标")
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
}
