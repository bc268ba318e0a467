import KaoheCore

/// Help texts of `kaohe departments assess` and `kaohe departments show` (R-31, D-98).
enum DepartmentAssessHelp {
    static let assessAbstract = Bilingual(
        "考核该年度的全部部门（得分 = 各任务核定得分或自评得分之和），并保存为新的一次评分；部门不排名、不约谈、不限批。",
        "Assess every department for the year (score = Σ verified-else-self task scores) and store it as a new run; departments are never ranked, summoned or frozen.")
    static let year = Bilingual("考核年度。", "The assessed year.")
    static let showAbstract = Bilingual("显示该年度最新一次部门考核结果；加 --dept 显示某部门的评分说明。", "Show the year's newest department results; with --dept, one department's explanation.")
    static let dept = Bilingual("只显示该部门的评分说明（部门代码）。", "Only this department's explanation (its code).")
}

/// Failures of `kaohe departments assess` and `kaohe departments show`.
enum DepartmentAssessFailure: Worded {
    /// `years` is the rule set's span of assessed years.
    case yearOutsideRules(year: Int, years: ClosedRange<Int>)
    case noDepartments
    case notAssessed(year: Int)
    /// `revision` is the run's number within the year.
    case departmentNotInRun(department: String, year: Int, revision: Int)
    case storedRulesDoNotLoad(revision: Int)

    var wording: Bilingual {
        switch self {
        case .yearOutsideRules(let year, let years):
            Bilingual(
                "\(year) 年不在规则集的考核年度 \(years.lowerBound)–\(years.upperBound) 之内 — 请指定该范围内的年度",
                "\(year) is outside the rule set's assessed years \(years.lowerBound)–\(years.upperBound) — give a year in that range")
        case .noDepartments:
            Bilingual("尚未存储任何部门 — 请先导入部门文件（kaohe departments import）", "no departments are stored — import the departments file first (kaohe departments import)")
        case .notAssessed(let year):
            Bilingual("\(year) 年尚未进行部门考核 — 请先运行 kaohe departments assess --year \(year)", "the departments have not been assessed for \(year) — run kaohe departments assess --year \(year) first")
        case .departmentNotInRun(let department, let year, let revision):
            Bilingual(
                "部门 \(department) 不在 \(year) 年第 \(revision) 次评分中（评分后才导入）— 请重新运行 kaohe departments assess",
                "department \(department) is not in run \(revision) of \(year) (imported after it) — run kaohe departments assess again")
        case .storedRulesDoNotLoad(let revision):
            Bilingual(
                "部门考核第 \(revision) 次评分保存的规则集已无法加载 — 请重新运行 kaohe departments assess",
                "the rule set stored with department run \(revision) no longer loads — run kaohe departments assess again")
        }
    }
}
