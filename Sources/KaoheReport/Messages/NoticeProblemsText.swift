import Foundation
import KaoheCore

/// The words of the results notice's 三、存在问题, 四、处理意见 and 五、工作要求 (R-15 to R-21).
enum NoticeProblemsText {
    // 三、存在问题.

    static let problemsHeading = Bilingual("存在问题", "Problems found")
    static let failedSubheading = Bilingual("未通过考核", "Why units failed")
    static let noUnitFailed = Bilingual("本次考核无未通过考核的单位。", "No unit failed.")

    /// Why a unit failed, in official wording (R-16, R-17, R-18), for a flag that grades it 不合格 by itself.
    static func failReason(_ flag: AssessmentFlag) -> Bilingual? {
        switch flag {
        case .falsification: Bilingual("存在篡改、伪造监测数据行为", "monitoring data were tampered with or forged")
        case .noReportNoData: Bilingual("未报送自查报告且无监测数据", "no self-inspection report and no monitoring data")
        case .noConcentration: Bilingual("未提供年均浓度数据", "no annual mean concentration was provided")
        case .finalVeto: Bilingual("未完成终期空气质量改善目标（一票否决）", "the final air-quality target was not reached (veto)")
        default: nil
        }
    }

    static let rose = Bilingual("年均浓度不降反升", "the annual mean rose")

    static func scoreBelow(mark: String, score: String) -> Bilingual { Bilingual("考核得分低于\(mark)分（\(score)分）", "score below \(mark) (\(score))") }

    /// A failing unit with its reasons, as `failReason`, `rose` and `scoreBelow` word them.
    static func failed(_ name: String, reasons: [String]) -> Bilingual {
        Bilingual("\(name)：\(reasons.joined(separator: "；"))，考核等级为不合格。", "\(name): \(reasons.joined(separator: "; ")); graded fail.")
    }

    static func lateReport(_ name: String, days: Int) -> Bilingual { Bilingual("\(name)逾期\(days)天报送自查报告", "\(name) sent its report \(days) day(s) late") }
    static func missingReport(_ name: String) -> Bilingual { Bilingual("\(name)未报送自查报告", "\(name) sent no report") }
    static func undatedReport(_ name: String) -> Bilingual { Bilingual("\(name)自查报告缺少报告正文", "\(name)'s report lacks its summary") }

    /// A report lacking some of the four parts of R-4.
    static func incompleteReport(_ name: String, missing: [ReportPart]) -> Bilingual {
        Bilingual(
            "\(name)自查报告缺少\(missing.map(\.chinese).joined(separator: "、"))内容",
            "\(name)'s report lacks \(missing.map(\.english).joined(separator: ", "))")
    }

    static let reportsSubheading = Bilingual("自查报告报送", "Self-inspection reports")
    static let allOnTime = Bilingual("各单位均按时报送自查报告。", "Every unit sent its report on time.")

    /// A unit's self-reported mean that disagreed with the monitoring data (R-26).
    static func discrepancy(_ name: String, reported: Decimal, monitored: Decimal) -> Bilingual {
        Bilingual(
            "\(name)自报年均浓度（\(reported)微克/立方米）与监测数据（\(monitored)微克/立方米）不一致，已按监测数据核定",
            "\(name)'s reported annual mean (\(reported) μg/m³) disagreed with the monitoring data (\(monitored) μg/m³); the monitored value was used")
    }

    /// A finding of falsified monitoring data in force (R-17).
    static func falsified(_ name: String, reference: String) -> Bilingual {
        Bilingual("\(name)存在篡改、伪造监测数据行为（\(reference)）", "\(name): monitoring data tampered with or forged (\(reference))")
    }

    static let dataSubheading = Bilingual("监测数据质量", "Monitoring data")
    static let dataClean = Bilingual("未发现自报数据与监测数据不一致或篡改、伪造监测数据的情况。", "No disagreement with the monitoring data and no falsification was found.")

    // 四、处理意见.

    static let measuresHeading = Bilingual("处理意见", "Measures")
    static let noMeasures = Bilingual("本次考核无需约谈和实行环评限批的单位。", "No unit is summoned or placed under an approval restriction.")
    static let finalMeasures = Bilingual(
        "对未通过终期考核的单位，暂停审批其新增大气污染物排放的建设项目环境影响评价文件（环评限批），加大问责力度，必要时约谈县（市、区）人民政府或园区管委会主要负责同志。民生项目与节能减排项目不在限批之列。具体如下：",
        "For the units that failed the final assessment, environmental-impact approval of new projects adding air-pollutant emissions is suspended, accountability is strengthened, and where necessary the principal leaders are summoned. Livelihood and energy-saving or emission-reduction projects are exempt. In detail:")
    static let annualMeasures = Bilingual(
        "对未通过年度考核的单位，约谈其相关责任人，并暂停审批其新增大气污染物排放的建设项目环境影响评价文件（环评限批）。民生项目与节能减排项目不在限批之列。具体如下：",
        "For the units that failed the annual assessment, the responsible persons are summoned and environmental-impact approval of new projects adding air-pollutant emissions is suspended. Livelihood and energy-saving or emission-reduction projects are exempt. In detail:")

    /// The measures of a failing unit without a recorded consequence: from the day the notice is issued.
    static func unrecordedMeasures(_ name: String, final: Bool) -> Bilingual {
        Bilingual(
            "\(name)：\(final ? "加大问责力度" : "约谈相关责任人")；自本通报印发之日起实行环评限批。",
            "\(name): \(final ? "stronger accountability" : "summons of the responsible persons"); approval restriction from the day this notice is issued.")
    }

    /// The approval restriction from a day, written in running text.
    static func restrictedFrom(_ date: String) -> Bilingual { Bilingual("自\(date)起实行环评限批", "approval restriction from \(date)") }
    static let notRestricted = Bilingual("不实行环评限批", "no approval restriction")
    static let notSummoned = Bilingual("不约谈", "no summons")

    /// The mark of a planned summons in a summons state, which the notice leaves out (its state is not news).
    static let plannedMark = "（待约谈）"
    /// What replaces the unit's name in its summons state, the unit being named already.
    static let summonsOf = Bilingual("约谈", "summons of ")

    /// A failing unit's measures: its summons and its restriction.
    static func measures(_ name: String, summons: String, freeze: String) -> Bilingual {
        Bilingual("\(name)：\(summons)；\(freeze)。", "\(name): \(summons); \(freeze).")
    }

    // 五、工作要求.

    static let requirementsHeading = Bilingual("工作要求", "Requirements")
}
