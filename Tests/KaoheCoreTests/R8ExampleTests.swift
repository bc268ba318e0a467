import Foundation
import Testing

@testable import KaoheCore

struct R8ExampleTests {
    static let area = Area(code: "510703", name: "涪城区", type: .district)

    static func example(current: Decimal = 94) -> UnitInput {
        UnitInput(
            area: area, year: 2014,
            finalTarget: Target(areaCode: "510703", year: 2017, baseYear: 2013, baseConcentration: 95,
                                kind: .ceiling, value: 85, isFinal: true),
            current: SourcedConcentration(current, source: "self-inspection report 2014-12-20"),
            keyTasks: [KeyTaskClaim(code: "5.1", selfScore: 8, verifiedScore: 6)],
            report: .submitted(on: Day(year: 2014, month: 12, day: 20)!))
    }

    /// Base 95, final ceiling 85, 2014: 10 % of 10/95 → required concentration 94 (R-8's own example).
    @Test func derivedRequirementMatchesTheRuleExample() {
        let a = Scoring.assess(Self.example(), rules: .builtInDefault)
        #expect(a.requiredDecline == Decimal(string: "0.1")! * 10 / 95)
        #expect(a.requiredDeclinePercent == Decimal(string: "1.1")!)
        #expect(a.requiredConcentration == Decimal(string: "94.0")!)
    }

    @Test func explanationStepsAreComplete() {
        let a = Scoring.assess(Self.example(current: Decimal(string: "94.5")!), rules: .builtInDefault)
        // C_year 94.5 rounds half to even to 94, which meets the required 94.
        let expected: [ExplanationStep] = [
            ExplanationStep(["R-1"],
                zh: "考核对象：涪城区（510703），2014年年度考核，规则集“kaohe-default-2014”，考核指标PM10。",
                en: "Unit 涪城区 (510703), annual assessment 2014, rule set \"kaohe-default-2014\", pollutant PM10."),
            ExplanationStep(["R-8"],
                zh: "无2014年明确目标，按终期目标的10%确定年度要求（本工具默认规则，非官方规定）；终期目标：浓度限值 85μg/m³（2017年，基准年2013）。",
                en: "No explicit target for 2014: the annual requirement is 10% of the final target (a default of this tool, not an official rule); final target: ceiling 85 μg/m³ (year 2017, base year 2013)."),
            ExplanationStep(["R-6", "R-11"],
                zh: "考核基数 C_base = 95 μg/m³（2013年，目标文件），修约到整数：95 μg/m³。",
                en: "Assessment base C_base = 95 μg/m³ (2013, targets file), rounded to whole μg/m³: 95 μg/m³."),
            ExplanationStep(["R-8"],
                zh: "终期目标折算为相对基数的下降：浓度限值 85 μg/m³ → 消减 95 − 85 = 10 μg/m³，下降 10 ÷ 95 = ≈10.5263%（本工具默认规则，非官方规定）。",
                en: "Final target written as a decline from the base: ceiling 85 μg/m³ → reduction 95 − 85 = 10 μg/m³, decline 10 ÷ 95 = ≈10.5263% (a default of this tool, not an official rule)."),
            ExplanationStep(["R-8"],
                zh: "年度要求下降 = 10% × 终期要求下降，即要求消减 0.1 × 10 = 1 μg/m³。",
                en: "Required decline = 10% × final decline, i.e. required reduction 0.1 × 10 = 1 μg/m³."),
            ExplanationStep(["R-7", "R-11"],
                zh: "要求下降率 = 要求消减 ÷ C_base = 1 ÷ 95 = ≈1.0526%（精确值，不先修约），显示为1.1%；要求浓度 = C_base − 要求消减 = 95 − 1 = 94，仅供参考，显示为94.0 μg/m³（不修约为整数比较）。",
                en: "Required decline = required reduction ÷ C_base = 1 ÷ 95 = ≈1.0526% (exact, not rounded first), shown as 1.1%; required concentration = C_base − required reduction = 95 − 1 = 94, for information, shown as 94.0 μg/m³ (not rounded to a whole number to compare)."),
            ExplanationStep(["R-3"],
                zh: "自查报告于2014-12-20收到，按期报送。",
                en: "Self-inspection report received 2014-12-20, on time."),
            ExplanationStep(["R-12", "R-13"],
                zh: "重点任务得分 = 各子指标核定得分（无核定则用自评得分）之和 = 5.1 核定6 = 6，修约后 6.0。未填报的子指标按 0 分计：1.1、1.2、1.3、1.4、2.1、3.2、3.4、4.1、4.2、5.2、6.1、6.2、7.1、7.2、7.4、7.5、8.1、9.1、10.1、10.2、10.9。",
                en: "Key-task score = sum of verified (else self) scores per sub-indicator = 5.1 verified 6 = 6, rounded 6.0. Sub-indicators with no score count 0: 1.1, 1.2, 1.3, 1.4, 2.1, 3.2, 3.4, 4.1, 4.2, 5.2, 6.1, 6.2, 7.1, 7.2, 7.4, 7.5, 8.1, 9.1, 10.1, 10.2, 10.9."),
            ExplanationStep(["R-6", "R-11"],
                zh: "2014年年均浓度 C_year = 94.5 μg/m³（来源：self-inspection report 2014-12-20），修约到整数：94 μg/m³。",
                en: "Annual mean C_year = 94.5 μg/m³ (source: self-inspection report 2014-12-20), rounded to whole μg/m³: 94 μg/m³."),
            ExplanationStep(["R-6", "R-11"],
                zh: "实际下降率 = (C_base − C_year) ÷ C_base = (95 − 94) ÷ 95 = ≈1.0526%，显示为1.1%。",
                en: "Actual decline = (C_base − C_year) ÷ C_base = (95 − 94) ÷ 95 = ≈1.0526%, shown as 1.1%."),
            // R-11 (revised): (95 − 94) / 95 ≥ 1 / 95 exactly, so reached.
            ExplanationStep(["R-11"],
                zh: "比较精确下降率：实际下降 ≈1.0526% ≥ 要求下降 ≈1.0526%（显示为 1.1% 与 1.1%），达到年度要求。",
                en: "Exact declines compared: actual ≈1.0526% ≥ required ≈1.0526% (shown as 1.1% and 1.1%): the annual requirement is reached."),
            ExplanationStep(["R-9"],
                zh: "2014年为首个考核年度，上一年即基准年2013，上年浓度取考核基数。",
                en: "2014 is the first assessed year: the previous year is the base year 2013, so the previous concentration is the base."),
            ExplanationStep(["R-9", "R-11"],
                zh: "上年浓度 C_prev = 95 μg/m³（来源：2013年考核基数），修约后 95；C_year 94 ≤ C_prev 95，未升高。",
                en: "Previous year C_prev = 95 μg/m³ (source: assessment base 2013), rounded 95; C_year 94 ≤ C_prev 95: not higher."),
            ExplanationStep(["R-10"],
                zh: "比例法（本工具默认规则，非官方规定）：达到要求下降，得分 100。",
                en: "Proportional formula (a default of this tool, not an official rule): the required decline is reached: score 100."),
            ExplanationStep(["R-11"],
                zh: "空气质量得分 100 修约到1位小数：100.0。",
                en: "Quality score 100 rounded to 1 decimal place: 100.0."),
            ExplanationStep(["R-14"],
                zh: "仅考核空气质量：考核得分 = 空气质量得分 = 100.0；重点任务得分 6.0 为评估性指标。",
                en: "Quality indicator only: result = quality score = 100.0; key-task score 6.0 is evaluative (评估性指标)."),
            ExplanationStep(["R-15"],
                zh: "考核得分 100.0 落在 ≥ 90：优秀。",
                en: "Result 100.0 falls in ≥ 90: 优秀 (excellent)."),
        ]
        #expect(a.steps == expected)
    }
}
