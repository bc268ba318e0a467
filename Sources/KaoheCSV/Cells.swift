import Foundation
import KaoheCore

/// Interpreters for the cell kinds the templates share, each giving the value or the reason and fix.
enum Cells {
    /// Years accepted anywhere in the templates; outside this a year is a typing slip.
    static let plausibleYears = 2000...2100

    static func areaCode(_ text: String) -> Result<String, FieldProblem> {
        if let hidden = invisibleProblem(text) { return .failure(hidden) }
        return Area.isValidCode(text)
            ? .success(text)
            : .failure(
                FieldProblem(
                    reason: "\"\(text)\" is not a unit code",
                    fix: "write the GB/T 2260 code (e.g. 510703) or the park code: 1–32 letters, digits or -, with at least one letter or digit",
                    reasonZh: "“\(text)”不是区域代码",
                    fixZh: "请填写 GB/T 2260 行政区划代码（如 510703）或园区代码：1–32 个字母、数字或 -，至少含一个字母或数字"))
    }

    /// A name (区域名称, 项目名称, 填报人, …): visible text, no invisible character; a line break, which a
    /// spreadsheet cell may hold and every output shows, is allowed.
    static func name(_ text: String) -> Result<String, FieldProblem> {
        if let hidden = invisibleProblem(text, allowingLineBreaks: true) { return .failure(hidden) }
        return .success(text)
    }

    /// Why a unit code is not known, naming the known spelling when the codes differ only by case.
    static func unknownUnit(_ code: String, known: some Collection<String>) -> FieldProblem {
        if let spelled = known.first(where: { Area.codeKey($0) == Area.codeKey(code) }) {
            return FieldProblem(
                reason: "unit \(code) is not known; the unit \(spelled) differs only by case", fix: "write the code as \(spelled)",
                reasonZh: "区域代码 \(code) 不存在；已有区域 \(spelled) 仅大小写不同", fixZh: "请将代码写为 \(spelled)")
        }
        return FieldProblem(
            reason: "unknown unit \(code)", fix: "import the areas file that lists \(code) first, or correct the code",
            reasonZh: "区域代码 \(code) 不存在", fixZh: "请先导入列有该区域的区域文件，或更正代码")
    }

    static func areaType(_ text: String) -> Result<AreaType, FieldProblem> {
        if let t = AreaType(rawValue: text) ?? AreaType.allCases.first(where: { $0.english == text.lowercased() }) {
            return .success(t)
        }
        return .failure(
            FieldProblem(
                reason: "\"\(text)\" is not a unit type",
                fix: "write one of \(AreaType.allCases.map(\.rawValue).joined(separator: ", "))",
                reasonZh: "“\(text)”不是区域类型",
                fixZh: "请填写以下之一：\(AreaType.allCases.map(\.rawValue).joined(separator: "、"))"))
    }

    static func pollutant(_ text: String) -> Result<Pollutant, FieldProblem> {
        switch text.uppercased().replacingOccurrences(of: " ", with: "") {
        case "PM10": .success(.pm10)
        case "PM2.5", "PM25": .success(.pm25)
        default:
            .failure(
                FieldProblem(
                    reason: "\"\(text)\" is not an assessed pollutant", fix: "write PM10 or PM2.5",
                    reasonZh: "“\(text)”不是考核指标", fixZh: "请填写 PM10 或 PM2.5"))
        }
    }

    static func targetKind(_ text: String) -> Result<TargetKind, FieldProblem> {
        let aliases: [String: TargetKind] = [
            "percent_decline": .percentDecline, "absolute_reduction": .absoluteReduction, "ceiling": .ceiling,
            "continuous_improvement": .continuousImprovement,
        ]
        if let k = TargetKind(rawValue: text) ?? aliases[text.lowercased()] { return .success(k) }
        return .failure(
            FieldProblem(
                reason: "\"\(text)\" is not a target kind",
                fix: "write one of 下降比例, 消减值, 浓度限值, 持续改善 (or percent_decline, absolute_reduction, ceiling, continuous_improvement)",
                reasonZh: "“\(text)”不是目标类型",
                fixZh: "请填写下降比例、消减值、浓度限值或持续改善（也可填 percent_decline、absolute_reduction、ceiling、continuous_improvement）"))
    }

    static func year(_ text: String) -> Result<Int, FieldProblem> {
        integer(text).flatMap { y in
            plausibleYears.contains(y)
                ? .success(y)
                : .failure(
                    FieldProblem(
                        reason: "year \(y) is out of range", fix: "write a four-digit year between 2000 and 2100",
                        reasonZh: "年份 \(y) 超出范围", fixZh: "请填写 2000 至 2100 之间的四位年份"))
        }
    }

    static func integer(_ text: String) -> Result<Int, FieldProblem> {
        Result { () throws(FieldProblem) in try parseInteger(text) }
    }

    static func decimal(_ text: String) -> Result<Decimal, FieldProblem> {
        Result { () throws(FieldProblem) in try parseDecimal(text) }
    }

    /// A concentration in μg/m³ within 0–1000 (input-files.md); the base must be above zero.
    static func concentration(_ text: String, allowZero: Bool = true) -> Result<Decimal, FieldProblem> {
        decimal(text).flatMap { v in
            if v < 0 || v > 1000 || (!allowZero && v == 0) {
                return .failure(
                    FieldProblem(
                        reason: "concentration \(text) is out of range",
                        fix: allowZero ? "write μg/m³ between 0 and 1000" : "write μg/m³ above 0 and at most 1000",
                        reasonZh: "浓度 \(text) 超出范围",
                        fixZh: allowZero ? "请填写 0 至 1000 之间的浓度（μg/m³）" : "请填写大于 0、不超过 1000 的浓度（μg/m³）"))
            }
            return .success(v)
        }
    }

    /// A target value in the unit of its kind, checked against the base when the base is known.
    static func targetValue(_ text: String, kind: TargetKind, base: Decimal?) -> Result<Decimal, FieldProblem> {
        let parsed = Result { () throws(FieldProblem) in try parseDecimal(text, allowPercent: true) }
        return parsed.flatMap { (v, hadPercent) in
            if hadPercent && kind != .percentDecline {
                return .failure(
                    FieldProblem(
                        reason: "\(text) is a percentage, but \(kind.rawValue) is in μg/m³", fix: "drop the %, or set 目标类型 to 下降比例",
                        reasonZh: "\(text) 是百分数，但\(kind.rawValue)的单位是 μg/m³", fixZh: "请去掉 %，或将目标类型改为下降比例"))
            }
            switch kind {
            case .percentDecline where v < 0 || v >= 100:
                return .failure(
                    FieldProblem(
                        reason: "decline \(text) is out of range", fix: "write a percentage from 0 to below 100, e.g. 10 for 10 %",
                        reasonZh: "下降比例 \(text) 超出范围", fixZh: "请填写不小于 0、小于 100 的百分数，如 10 表示 10%"))
            case .absoluteReduction where v < 0 || (base.map { v >= $0 } ?? false):
                return .failure(
                    FieldProblem(
                        reason: "reduction \(text) μg/m³ is out of range", fix: "write μg/m³ from 0 to below the base concentration",
                        reasonZh: "消减值 \(text) μg/m³ 超出范围", fixZh: "请填写不小于 0、小于基准浓度的数值（μg/m³）"))
            case .ceiling where v <= 0 || v > 1000:
                return .failure(
                    FieldProblem(
                        reason: "ceiling \(text) μg/m³ is out of range", fix: "write μg/m³ above 0 and at most 1000",
                        reasonZh: "浓度限值 \(text) μg/m³ 超出范围", fixZh: "请填写大于 0、不超过 1000 的浓度（μg/m³）"))
            default:
                return .success(v)
            }
        }
    }

    static func yesNo(_ text: String) -> Result<Bool, FieldProblem> {
        Result { () throws(FieldProblem) in try parseYesNo(text) }
    }

    static func day(_ text: String) -> Result<Day, FieldProblem> {
        Result { () throws(FieldProblem) in try parseDay(text) }
    }
}

extension Cells {
    /// An amount of money in 万元 (10,000 CNY), zero or more.
    static func amount(_ text: String) -> Result<Decimal, FieldProblem> {
        decimal(text).flatMap { v in
            v < 0
                ? .failure(
                    FieldProblem(
                        reason: "amount \(text) 万元 is negative", fix: "write an amount of 0 or more, in 万元",
                        reasonZh: "金额 \(text) 万元为负数", fixZh: "请填写 0 或以上的金额（万元）"))
                : .success(v)
        }
    }
}
