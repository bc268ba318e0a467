import KaoheCore

/// The words of the summary's attachments after the notice: reports and filings, projects and funding, and the
/// technical appendix (计算说明) with the run, grades, ranking, failing units, discrepancies, rule notes and the
/// section of later events (R-22b).
enum AppendixText {
    // The record of the run.

    static let runHeading = Bilingual("考核运行", "The assessment run")

    static func published(documentNumber: String, date: Day) -> Bilingual {
        Bilingual("已发布：\(documentNumber)，\(date)", "published as \(documentNumber) on \(date)")
    }

    static let notPublished = Bilingual("未发布（草稿 / DRAFT），不得作为考核结果引用", "not published (草稿 / DRAFT); not to be cited as the assessment result")
    static let correctionLabel = Bilingual("更正", "Correction")

    /// The correction line of a notice that replaces an earlier one (R-22c).
    static func replaces(documentNumber: String, publishedOn: Day, revision: Int, runID: Int64, withdrawn: [CorrectedSuccession]? = nil) -> Bilingual {
        let w = withdrawn.map(CorrectionText.withdrawn) ?? Bilingual("", "")
        return Bilingual(
            "本通报替代 \(documentNumber)（\(publishedOn) 发布，第\(revision)版，运行 #\(runID)）（R-22c）\(w.zh)",
            "this notice replaces \(documentNumber) (published \(publishedOn), revision \(revision), run #\(runID)) (R-22c)\(w.en)")
    }

    static let yearLabel = Bilingual("考核年度", "Year")
    static func year(_ year: Int) -> Bilingual { Bilingual("\(year)年", "\(year)") }
    static let kindLabel = Bilingual("考核类别", "Kind")
    static let runLabel = Bilingual("考核运行", "Run")
    static func run(_ id: Int64, revision: Int) -> Bilingual { Bilingual("#\(id)（第\(revision)版）", "#\(id) (revision \(revision))") }
    static let ruleSetLabel = Bilingual("规则集", "Rule set")
    static func ruleSet(_ name: String, hash: String) -> Bilingual { Bilingual("\(name)（sha256:\(hash)）", "\(name) (sha256:\(hash))") }
    static let statusLabel = Bilingual("发布情况", "Status")

    // Grades.

    static let gradesHeading = Bilingual("考核等级统计", "Grades")
    static let gradeHeaders = [Bilingual("等级", "grade"), Bilingual("单位数", "units"), Bilingual("单位", "which")]
    static let gradeChart = Bilingual("等级分布（单位数）", "Grade distribution (units)")

    // The ranking with the computed figures (R-18a).

    static let rankingHeading = Bilingual("考核结果排名（含计算数据）", "Ranking with the computed figures")
    static let rankingHeaders = [
        Bilingual("名次", "rank"), Bilingual("区域代码", "code"), Bilingual("区域名称", "unit"), Bilingual("基数", "base"),
        Bilingual("上年", "prev."), Bilingual("本年", "current"), Bilingual("要求消减", "req. reduction"),
        Bilingual("要求下降", "req. decline"), Bilingual("实际下降", "actual decline"), Bilingual("达到要求", "reached"),
        Bilingual("质量得分", "quality"), Bilingual("重点任务", "key tasks"), Bilingual("考核得分", "result"), Bilingual("等级", "grade"),
        Bilingual("标记", "flags"),
    ]
    static let rankingOrder = Bilingual(
        "通过考核的单位按考核得分从高到低排列，得分相同的名次并列、按区域代码排列；未通过考核的单位不论得分单列其后，名次接续；未评定等级的单位列在最后（R-18a）。浓度单位 μg/m³；下降率相对考核基数（R-6）。",
        "Units that passed are ranked by result score, highest first; equal scores share a rank and are listed by code. Units that failed follow in their own block whatever their score, the numbering continuing; units not graded come last (R-18a). Concentrations in μg/m³; declines against the assessment base (R-6).")
    static let reachedNote = Bilingual(
        "达到要求：精确的实际下降率不低于精确的要求下降率（R-11）。未达到时质量得分 = 100 × (基数 − 本年) ÷ 要求消减（R-10）。",
        "Reached: the exact actual decline is at least the exact required decline (R-11). When not reached, quality score = 100 × (base − current) ÷ required reduction (R-10).")

    /// The note of a first assessed year whose previous year is the base year.
    static func firstYearNote(year: Int, baseYear: Int) -> Bilingual {
        Bilingual(
            "\(year)年为首个考核年度，上一年即基准年\(baseYear)年：上年栏为考核基数，标“基准年”（R-9）。",
            "\(year) is the first assessed year, so its previous year is the base year \(baseYear): the previous-year column shows the assessment base, marked \"base year\" (R-9).")
    }

    /// How the key-task score of a role counts.
    static func keyTaskNote(_ role: KeyTaskRole) -> Bilingual {
        switch role {
        case .evaluative: Bilingual("* 重点任务得分为评估性指标，不计入考核得分（R-14）。", "* The key-task score is an evaluative indicator and does not count in the result (R-14).")
        case .notUsedInFinal:
            Bilingual("* 终期考核只用空气质量指标，重点任务得分仅供参考（R-14）。", "* The final assessment uses the quality indicator only; the key-task score is for information (R-14).")
        case .counted: Bilingual("未加 * 的重点任务得分计入考核得分：取两项得分中较低者（双考核，R-14）。", "Key-task scores without * count: the result is the lower of the two scores (R-14).")
        }
    }

    static let gradeUseNote = Bilingual("各单位考核等级供领导班子和领导干部综合考核评价使用（R-23）。", "Each unit's grade is for the comprehensive evaluation of its leadership (R-23).")
    static let declineChart = Bilingual("要求下降与实际下降（%）", "Required and actual decline (%)")
    static let requiredSeries = Bilingual("要求下降", "required")
    static let actualSeries = Bilingual("实际下降", "actual")

    // Failing units and the rules applied.

    static let failingHeading = Bilingual("未通过考核的单位及处理依据", "Failing units and the rules applied")
    static let finalRule = Bilingual(
        "未通过终期考核的单位：暂停新增大气污染物排放建设项目的环评审批，加大问责力度，必要时约谈县（市、区）政府或园区管委会主要负责同志（R-21）。",
        "Units failing the final assessment: approval freeze for new projects adding air-pollutant emissions, stronger accountability, and where necessary a summons of the principal leaders (R-21).")
    static let annualRule = Bilingual(
        "未通过年度考核的单位：约谈相关责任人，暂停新增大气污染物排放建设项目的环评审批；民生项目与节能减排项目除外（R-19、R-20）。",
        "Units failing the annual assessment: the city summons the responsible persons, and environmental-impact approval of new projects adding air-pollutant emissions is suspended; livelihood and energy-saving projects are exempt (R-19, R-20).")
    static let noFailing = Bilingual("未通过考核的单位：无。", "Failing units: none.")
    static let notRecorded = Bilingual("未记录", "not recorded")
    static let belowPass = Bilingual("考核得分低于合格分数段（R-15）", "result below the passing band (R-15)")
    static let noFreeze = Bilingual("无", "none")
    static let failingHeaders = [
        Bilingual("区域代码", "code"), Bilingual("区域名称", "unit"), Bilingual("等级", "grade"), Bilingual("考核得分", "result"),
        Bilingual("原因", "reasons"), Bilingual("约谈", "summons"), Bilingual("暂停环评审批起始日", "approval freeze since"),
    ]
    static let noConsequences = Bilingual("已记录的约谈与暂停审批：无。", "Recorded summons and approval freezes: none.")

    // Attachment 1: reports and filings.

    static let submissionHeaders = [
        Bilingual("区域代码", "code"), Bilingual("区域名称", "unit"), Bilingual("报送情况", "submission"),
        Bilingual("完整性", "completeness"), Bilingual("实施细则", "implementation rules"), Bilingual("年度实施计划", "annual plan"),
    ]
    static let reportsDue = Bilingual(
        "。自查报告应于考核年度12月31日前报送，并涵盖空气质量改善、重点工作任务、治理项目进展、资金投入四项内容。",
        ". Reports are due by 31 December of the assessed year and must cover air quality, key tasks, projects and funding.")

    // Attachment 2: projects and funding.

    static let projectsHeading = Bilingual("（一）治理项目进展（按单位）", "(1) Projects by unit")
    static let projectHeaders = [Bilingual("区域代码", "code"), Bilingual("区域名称", "unit"), Bilingual("项目数", "projects")]
    static let investmentHeaders = [Bilingual("计划投资（万元）", "planned (10k CNY)"), Bilingual("完成投资（万元）", "completed (10k CNY)")]
    static let fundingHeading = Bilingual("（二）资金投入（按来源，万元）", "(2) Funding by source (10k CNY)")
    static let fundingHeaders = [Bilingual("资金来源", "source"), Bilingual("计划", "planned"), Bilingual("实际到位", "received")]

    // Discrepancies and findings.

    static let discrepanciesHeading = Bilingual("数据差异与数据造假认定", "Discrepancies and falsification findings")
    static let discrepanciesSubheading = Bilingual("自报数据与监测数据不一致（R-26）", "Self-reported vs monitored data (R-26)")
    static let discrepancyHeaders = [Bilingual("区域代码", "code"), Bilingual("区域名称", "unit"), Bilingual("情况", "what")]
    static let findingsSubheading = Bilingual("篡改、伪造监测数据的认定（R-17）", "Findings of falsified monitoring data (R-17)")
    static let findingHeaders = [
        Bilingual("区域代码", "code"), Bilingual("区域名称", "unit"), Bilingual("认定依据", "reference"), Bilingual("记录时间", "recorded"), Bilingual("状态", "status"),
    ]

    static func findingRemoved(reference: String, at: String) -> Bilingual {
        Bilingual("已撤销（\(reference)，\(at)）", "removed (\(reference), \(at))")
    }

    static let findingInForce = Bilingual("有效", "in force")

    // Notes on the rules.

    static let rulesHeading = Bilingual("规则说明", "Notes on the rules")

    static func computedUnder(_ name: String, hash: String) -> Bilingual {
        Bilingual(
            "本汇总按规则集 \(name)（sha256:\(hash)）计算，浓度、得分按 GB/T 8170 修约（R-11）。",
            "Computed under rule set \(name) (sha256:\(hash)); concentrations and scores are rounded per GB/T 8170 (R-11).")
    }

    static let noDefaultRules = Bilingual("规则集未将任何设置标为本工具默认规则。", "The rule set marks no setting as a default of this tool.")
    static let defaultRules = Bilingual(
        "以下设置为本工具默认规则，非官方规定，可在规则集中修改：", "These settings are defaults of this tool, not official rules, and can be changed in the rule set:")
    static let settingsAllSet = Bilingual("公文设置均已由使用单位设定（kaohe settings）。", "Every document setting was set by the user (kaohe settings).")
    static let defaultSettings = Bilingual(
        "以下公文设置未经设定，采用本工具默认值，非官方规定（可用 kaohe settings set 修改）：",
        "These document settings were not set and take this tool's defaults, not official rules (change them with kaohe settings set):")

    /// A document setting with its default value, "签发机关：……".
    static func setting(_ label: Bilingual, value: String) -> Bilingual {
        Bilingual("\(label.zh)：\(value)", "\(label.en): \(value)")
    }

    // The section of later events (R-22b).

    static func subsequentHeading(asOf: Day) -> Bilingual {
        Bilingual("后续处理情况（截至 \(asOf)）", "Subsequent actions (as of \(asOf))")
    }

    static let subsequentNote = Bilingual(
        "以下为通报发布后记录的情况，不属于通报原文，也不改变上文（R-22b）。",
        "What was recorded after publication; not part of the notice as issued, and it does not change it (R-22b).")

    // The plan-period attachment (issue 22).

    static func planPeriodNote(baseYear: Int, finalYear: Int) -> Bilingual {
        Bilingual(
            "下表列出各单位\(baseYear)年（基准年）至\(finalYear)年的年均浓度（微克/立方米），各年度考核得分、等级及发布文号，重点任务各项指标的自评与核定得分（自评/核定，未核定的为“—”），以及终期目标与终期考核结果。",
            "For each unit: the annual mean (μg/m³) of every year from \(baseYear) (base year) to \(finalYear), each year's result, grade and published document, the self and verified score of each key-task indicator (self/verified; \"—\" when not verified), and the final target against the final result.")
    }

    static let explanationsHeading = Bilingual("各单位考核说明", "Explanations per unit")
}
