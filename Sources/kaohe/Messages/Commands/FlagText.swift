import KaoheCore

/// Help texts of `kaohe flag`.
enum FlagHelp {
    static let abstract = Bilingual("记录考核机关作出的、改变评级的认定（R-17）。", "Record the assessor's findings that override a grade (R-17).")
    static let falsificationAbstract = Bilingual("记录篡改、伪造监测数据的认定（加 --remove 则记录撤销该认定）。", "Record (or with --remove, record the removal of) a finding of falsified monitoring data.")
    static let area = Bilingual("单位代码。", "The unit's code.")
    static let year = Bilingual("考核年度。", "The assessed year.")
    static let ref = Bilingual("认定所依据的文号或说明（必填）。", "Document number or note the finding rests on (required).")
    static let remove = Bilingual("记录该认定已撤销；认定本身仍保留在记录中。", "Record that the finding is withdrawn; the finding stays on record.")
    static let listAbstract = Bilingual("历次记录的全部认定，包括已撤销的。", "Every finding ever recorded, including withdrawn ones.")
}

/// Usage errors of `kaohe flag falsification`.
enum FlagUsage: Worded {
    case refMissing

    var wording: Bilingual {
        switch self {
        case .refMissing: Bilingual("--ref 须给出认定所依据的文号或说明", "--ref must give the document number or note of the finding")
        }
    }
}

/// Failures of `kaohe flag falsification` while it runs.
enum FlagFailure: Worded {
    /// `years` is the rule set's span of assessed years.
    case yearNotAssessed(year: Int, ruleSet: String, years: ClosedRange<Int>)

    var wording: Bilingual {
        switch self {
        case .yearNotAssessed(let year, let ruleSet, let years):
            Bilingual(
                "年度 \(year) 不在规则集 \(ruleSet) 的考核年度 \(years.lowerBound)—\(years.upperBound) 之内 — 请给出考核年度",
                "year \(year) is outside the assessed years \(years.lowerBound)–\(years.upperBound) of rule set \(ruleSet) — give an assessed year")
        }
    }
}

/// What `kaohe flag` prints.
enum FlagText {
    /// `reference` is the finding's, `removal` the document that withdraws it.
    static func removed(area: String, year: Int, reference: String, removal: String) -> Bilingual {
        Bilingual(
            "已记录撤销：\(area) \(year) 数据造假认定（\(reference)），撤销依据 \(removal)。重新运行 kaohe assess 后生效。",
            "Removal recorded: falsification finding for \(area) \(year) (\(reference)), withdrawn by \(removal). Assess the year again for it to take effect.")
    }
    static func recorded(area: String, year: Int, reference: String) -> Bilingual {
        Bilingual(
            "已记录：\(area) \(year) 篡改、伪造监测数据认定（\(reference)），该单位评为不合格（R-17）。重新运行 kaohe assess 后生效。",
            "Recorded: falsification finding for \(area) \(year) (\(reference)); the unit is graded 不合格 (R-17). Assess the year again for it to take effect.")
    }
    static let headers = [Bilingual("区域代码", "code"), Bilingual("年度", "year"), Bilingual("依据", "reference"), Bilingual("记录时间", "recorded"), Bilingual("撤销", "withdrawn")]
}
