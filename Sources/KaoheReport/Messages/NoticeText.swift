import KaoheCore

/// The words of the results notice itself (通报): attachments, title, opening and the body 一 to 五, in plain
/// official wording — no rule id, no hash, no run number.
enum NoticeText {
    /// An attachment's label, "附件1"; `n` counts from 1.
    static func attachmentLabel(_ n: Int) -> Bilingual { Bilingual("附件\(n)", "Attachment \(n)") }

    static func reportsAttachment(year: Int) -> Bilingual {
        Bilingual("\(year)年度自查报告报送及实施细则、年度计划备案情况", "Self-inspection reports and filing of rules and plans, \(year)")
    }

    static func projectsAttachment(year: Int) -> Bilingual { Bilingual("\(year)年度治理项目进展与资金投入情况", "Projects and funding, \(year)") }

    /// The years of the plan period in the plan-period attachment's title.
    static func planPeriodYears(baseYear: Int, finalYear: Int) -> Bilingual {
        Bilingual("（\(baseYear)—\(finalYear)年）", " (\(baseYear)–\(finalYear))")
    }

    /// The plan-period attachment's title (issue 22); `years` as `planPeriodYears` words them, or empty.
    static func planPeriodAttachment(years: String) -> Bilingual {
        Bilingual("各单位规划期\(years)考核情况", "Each unit over the plan period\(years)")
    }

    static let technicalAppendix = Bilingual("计算说明", "Technical appendix: how the results were computed")

    /// The notice's attachment list: "附件：1. …" first, the others indented under it.
    static func attachmentLine(_ n: Int, _ title: String) -> Bilingual {
        n == 1 ? Bilingual("附件：1. \(title)", "Attachments: 1. \(title)") : Bilingual("　　　\(n). \(title)", "             \(n). \(title)")
    }

    // Title, addressees and opening.

    static let finalKind = Bilingual("终期考核", "final assessment")
    static let annualKind = Bilingual("年度", "annual assessment")

    /// The title; `kind` as `finalKind` or `annualKind` words it.
    static func title(city: String, year: Int, kind: String) -> Bilingual {
        Bilingual(
            "\(city)关于\(year)\(kind)大气污染防治行动计划实施情况考核结果的通报",
            "\(city): notice of the results of the \(year) \(kind) of the Air Pollution Prevention Action Plan")
    }

    /// The colon after the addressees (主送机关).
    static let addresseesColon = Bilingual("：", ":")

    static func opening(issuer: String, year: Int, final: Bool) -> Bilingual {
        Bilingual(
            "根据大气污染防治行动计划实施情况考核办法，\(issuer)组织对各县（市、区）、园区\(year)年度大气污染防治行动计划实施情况进行了\(final ? "终期" : "")考核。现将考核结果通报如下。",
            "Under the assessment method of the Air Pollution Prevention Action Plan, \(issuer) assessed how the counties, districts and parks carried out the plan in \(year)\(final ? " (final assessment)" : ""). The results are as follows.")
    }

    /// The sentence of a corrected notice (R-22c); `issuedOn` written in running text.
    static func correction(documentNumber: String, issuedOn: String) -> Bilingual {
        Bilingual("本通报是对\(documentNumber)（\(issuedOn)印发）的更正，替代原通报。", " This notice corrects and replaces \(documentNumber) (issued \(issuedOn)).")
    }

    // 一、总体情况.

    static let overviewHeading = Bilingual("总体情况", "Overview")

    static func gradeCount(_ grade: String, count: Int) -> Bilingual { Bilingual("\(grade)\(count)个", "\(count) \(grade)") }
    static func notGradedCount(_ count: Int) -> Bilingual { Bilingual("未评定等级\(count)个", "\(count) not graded") }

    /// How many units and how many per grade; `counts` as `gradeCount` words them.
    static func assessedUnits(_ total: Int, counts: [String]) -> Bilingual {
        Bilingual("本次考核对象共\(total)个单位。考核结果为：\(counts.joined(separator: "，"))。", "\(total) units were assessed: \(counts.joined(separator: ", ")).")
    }

    /// A grade with the units that received it.
    static func gradeNames(_ grade: String, names: String) -> Bilingual { Bilingual("\(grade)：\(names)", "\(grade): \(names)") }

    /// The space before the list of grades with names, the separator between them and the full stop after them.
    static let namesLead = Bilingual("", " ")
    static let clauseSeparator = Bilingual("；", "; ")
    static let fullStop = Bilingual("。", ".")
    static let listSeparator = Bilingual("、", ", ")

    static let pm10 = Bilingual("可吸入颗粒物（PM10）", "PM10")
    static let pm25 = Bilingual("细颗粒物（PM2.5）", "PM2.5")
    static func lower(_ percent: String) -> Bilingual { Bilingual("下降\(percent)%", "\(percent)% lower") }
    static func higher(_ percent: String) -> Bilingual { Bilingual("上升\(percent)%", "\(percent)% higher") }
    static let unchanged = Bilingual("持平", "unchanged")

    /// One pollutant's mean of the units' annual means and its change; `direction` as `lower`/`higher`/`unchanged`.
    static func meanOfUnits(_ count: Int, pollutant: String, current: String, previous: String, direction: String) -> Bilingual {
        Bilingual(
            "\(count)个单位\(pollutant)年均浓度平均为\(current)微克/立方米，较上年（\(previous)微克/立方米）\(direction)",
            "the \(count) units' mean annual \(pollutant) concentration was \(current) μg/m³, \(direction) than the previous year (\(previous) μg/m³)")
    }

    /// The sentence of the means per pollutant; `parts` as `meanOfUnits` words them.
    static func means(_ parts: [String]) -> Bilingual {
        Bilingual(
            "有本年和上年年均浓度数据的单位中，" + parts.joined(separator: "；") + "。",
            "Of the units with this year's and last year's annual means, " + parts.joined(separator: "; ") + ".")
    }

    // 二、考核结果.

    static let resultsHeading = Bilingual("考核结果", "Results")
    static let resultsIntro = Bilingual(
        "各单位考核得分及等级见下表。通过考核的单位按考核得分由高到低排列，得分相同的名次并列；未通过考核的单位单列其后，不与通过考核的单位并列排名。考核等级作为各单位领导班子和领导干部综合考核评价的依据。",
        "Scores and grades are in the tables below. Units that passed are ranked by score, highest first, equal scores sharing a rank; units that failed are listed apart after them, never ranked beside the passing units. The grades feed the comprehensive evaluation of each unit's leadership.")
    static let resultHeaders = [
        Bilingual("名次", "Rank"), Bilingual("单位", "Unit"), Bilingual("年均浓度（微克/立方米）", "Annual mean (μg/m³)"),
        Bilingual("较基数下降", "Decline on base"), Bilingual("考核得分", "Score"), Bilingual("考核等级", "Grade"),
    ]

    /// The title of a ranking block in the notice (R-18a).
    static func rankBlock(_ block: Summary.RankBlock) -> Bilingual {
        switch block {
        case .passed: Bilingual("通过考核的单位", "Units that passed")
        case .failed: Bilingual("未通过考核的单位", "Units that failed")
        case .notGraded: Bilingual("未评定等级的单位", "Units not graded")
        }
    }

    static let departmentsSubheading = Bilingual("市级有关部门", "Municipal departments")
    static let noSelfReport = Bilingual("（未报送自查报告）", " (no self-report)")

    /// The departments' paragraph (R-31); `failing` names the failing departments, each as it is listed.
    static func departments(attachment: Int, failing: [String]) -> Bilingual {
        Bilingual(
            "市级有关部门年度任务考核结果见附件\(attachment)，不与各县（市、区）和园区排名。"
                + (failing.isEmpty ? "各部门均通过考核。" : "未通过考核的部门：\(failing.joined(separator: "、"))，考核结果作为其领导班子和领导干部综合考核评价的依据。"),
            "The municipal departments' results on their annual tasks are in Attachment \(attachment); they are not ranked with the counties, districts and parks. "
                + (failing.isEmpty ? "Every department passed." : "Departments that failed: \(failing.joined(separator: "; ")); the result feeds the evaluation of their leadership."))
    }

    /// A decline that was a rise, "上升1.0%" (never "-1.0%").
    static func rose(_ percent: Substring) -> Bilingual { Bilingual("上升\(percent)%", "rose \(percent)%") }
}
