import KaoheCore

/// The words of the plan-period view (issue 22): its title, tables, final line, chart and spreadsheet columns.
enum PlanPeriodText {
    /// "安县（510724）2013—2017年规划期考核情况".
    static func title(_ name: String, code: String, baseYear: Int, finalYear: Int) -> Bilingual {
        Bilingual("\(name)（\(code)）\(baseYear)—\(finalYear)年规划期考核情况", "\(name) (\(code)), plan period \(baseYear)–\(finalYear)")
    }

    /// A unit with its code, "安县（510724）".
    static func unit(_ name: String, code: String) -> Bilingual { Bilingual("\(name)（\(code)）", "\(name) (\(code))") }

    /// A document with its publication day.
    static func published(_ document: String, on day: Day) -> Bilingual { Bilingual("\(document)（\(day)）", "\(document) (\(day))") }

    /// A year of a predecessor the unit succeeded (issue 21, D-141): "2014：安县（510724）", "2013（基准年）：安县（510724）".
    static func yearAs(_ year: String, name: String, code: String) -> Bilingual {
        Bilingual("\(year)：\(name)（\(code)）", "\(year): \(name) (\(code))")
    }

    /// The unit's name on a spreadsheet row of a predecessor's year: "安州区（本年为安县，510724）".
    static func heldBy(_ name: String, predecessor: String, code: String) -> Bilingual {
        Bilingual("\(name)（本年为\(predecessor)，\(code)）", "\(name) (this year \(predecessor), \(code))")
    }

    static let draft = Bilingual("未发布（草稿）", "not published (draft)")
    static func baseYear(_ year: Int) -> Bilingual { Bilingual("\(year)（基准年）", "\(year) (base year)") }
    static let assessmentBase = Bilingual("考核基数", "assessment base")
    static let notPublished = Bilingual("未发布", "not published")
    static let yearsHeaders = [
        Bilingual("年度", "year"), Bilingual("年均浓度", "annual mean"), Bilingual("考核", "assessment"), Bilingual("考核得分", "result"),
        Bilingual("等级", "grade"), Bilingual("发布文号", "published as"),
    ]
    static let indicatorHeaders = [Bilingual("重点任务指标", "key-task indicator"), Bilingual("分值", "points")]
    static func selfVerified(_ year: Int) -> Bilingual { Bilingual("\(year) 自评/核定", "\(year) self/verified") }

    // The final line (R-16).

    static let noFinalTarget = Bilingual("无终期目标", "No final target")
    static let finalTarget = Bilingual("终期目标：", "Final target: ")

    /// The final result against the final target; `grade` already in the output language.
    static func finalResult(required: String, actual: String, reached: Bool, grade: String) -> Bilingual {
        Bilingual(
            "；终期结果：要求下降 \(required)，实际下降 \(actual)，\(reached ? "达到" : "未达到")终期目标，\(grade)",
            "; final result: required decline \(required), actual \(actual), target \(reached ? "reached" : "not reached"), \(grade)")
    }

    static let finalNotPublished = Bilingual("；终期考核结果尚未发布", "; the final assessment is not yet published")

    /// The final target in words: "较 2013 年下降 12%", "浓度不高于 85 μg/m³" … (R-7); `value` as written.
    static func target(_ kind: TargetKind, value: String, baseYear: Int) -> Bilingual {
        switch kind {
        case .percentDecline: Bilingual("较 \(baseYear) 年下降 \(value)%", "\(value) % decline on \(baseYear)")
        case .absoluteReduction: Bilingual("较 \(baseYear) 年消减 \(value) μg/m³", "\(value) μg/m³ reduction on \(baseYear)")
        case .ceiling: Bilingual("浓度不高于 \(value) μg/m³", "at most \(value) μg/m³")
        case .continuousImprovement: Bilingual("持续改善", "continuous improvement")
        }
    }

    // The chart and the spreadsheet.

    static let chart = Bilingual("各单位年均浓度变化（μg/m³，虚线为终期目标）", "Annual mean by year (μg/m³; dashed: the final target)")
    static let targetSeries = Bilingual("终期目标", "final target")
    static let tableHeaders = [
        Bilingual("区域代码", "code"), Bilingual("区域名称", "unit"), Bilingual("年度", "year"), Bilingual("基准年", "base year"),
        Bilingual("年均浓度", "annual mean"), Bilingual("考核类别", "kind"), Bilingual("考核得分", "result"), Bilingual("等级", "grade"),
        Bilingual("发布文号", "document"), Bilingual("发布日期", "published on"),
    ]

    /// An indicator's two columns, "10.1 … 自评" and "10.1 … 核定".
    static func indicatorColumns(_ code: String, _ name: String) -> [Bilingual] {
        [Bilingual("\(code) \(name) 自评", "\(code) \(name) self"), Bilingual("\(code) \(name) 核定", "\(code) \(name) verified")]
    }

    static let finalHeaders = [
        Bilingual("终期目标", "final target"), Bilingual("终期要求下降（%）", "final required decline (%)"),
        Bilingual("终期实际下降（%）", "final actual decline (%)"), Bilingual("达到终期目标", "final target reached"),
    ]
    static let yes = Bilingual("是", "yes")
}
