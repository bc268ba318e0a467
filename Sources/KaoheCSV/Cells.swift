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
            : .failure(FieldProblem(CellIssue.notAUnitCode(text: text)))
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
            return FieldProblem(CellIssue.unitDiffersByCase(code: code, spelled: spelled))
        }
        return FieldProblem(CellIssue.unknownUnit(code: code))
    }

    static func areaType(_ text: String) -> Result<AreaType, FieldProblem> {
        if let t = AreaType(rawValue: text) ?? AreaType.allCases.first(where: { $0.english == text.lowercased() }) {
            return .success(t)
        }
        return .failure(FieldProblem(CellIssue.notAUnitType(text: text, types: AreaType.allCases.map(\.rawValue))))
    }

    static func pollutant(_ text: String) -> Result<Pollutant, FieldProblem> {
        switch text.uppercased().replacingOccurrences(of: " ", with: "") {
        case "PM10": .success(.pm10)
        case "PM2.5", "PM25": .success(.pm25)
        default:
            .failure(FieldProblem(CellIssue.notAPollutant(text: text)))
        }
    }

    static func targetKind(_ text: String) -> Result<TargetKind, FieldProblem> {
        let aliases: [String: TargetKind] = [
            "percent_decline": .percentDecline, "absolute_reduction": .absoluteReduction, "ceiling": .ceiling,
            "continuous_improvement": .continuousImprovement,
        ]
        if let k = TargetKind(rawValue: text) ?? aliases[text.lowercased()] { return .success(k) }
        return .failure(FieldProblem(CellIssue.notATargetKind(text: text)))
    }

    static func year(_ text: String) -> Result<Int, FieldProblem> {
        integer(text).flatMap { y in
            plausibleYears.contains(y)
                ? .success(y)
                : .failure(FieldProblem(CellIssue.yearOutOfRange(year: y)))
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
                return .failure(FieldProblem(CellIssue.concentrationOutOfRange(text: text, allowZero: allowZero)))
            }
            return .success(v)
        }
    }

    /// A target value in the unit of its kind, checked against the base when the base is known.
    static func targetValue(_ text: String, kind: TargetKind, base: Decimal?) -> Result<Decimal, FieldProblem> {
        let parsed = Result { () throws(FieldProblem) in try parseDecimal(text, allowPercent: true) }
        return parsed.flatMap { (v, hadPercent) in
            if hadPercent && kind != .percentDecline {
                return .failure(FieldProblem(CellIssue.percentForConcentrationKind(text: text, kind: kind.rawValue)))
            }
            switch kind {
            case .percentDecline where v < 0 || v >= 100:
                return .failure(FieldProblem(CellIssue.declineOutOfRange(text: text)))
            case .absoluteReduction where v < 0 || (base.map { v >= $0 } ?? false):
                return .failure(FieldProblem(CellIssue.reductionOutOfRange(text: text)))
            case .ceiling where v <= 0 || v > 1000:
                return .failure(FieldProblem(CellIssue.ceilingOutOfRange(text: text)))
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
                ? .failure(FieldProblem(CellIssue.negativeAmount(text: text)))
                : .success(v)
        }
    }
}
