import KaoheCore

/// Help texts of `kaohe departments`, `departments import` and `departments list` (R-31, issue 17).
enum DepartmentsHelp {
    static let abstract = Bilingual("市级有关部门的考核：部门、任务分解、自查报告、评分与结果。", "Assess the municipal departments: departments, task lists, self-reports, scores and results.")
    static let discussion = Bilingual(
        "部门单独考核（R-31），不列入区域名单和排名，不涉及约谈和环评限批。",
        "Departments are assessed on their own (R-31): never in the area lists or rankings, never summoned or frozen.")
    static let importAbstract = Bilingual("导入部门文件；已有部门的名称将被更新（旧名称保留）。", "Import a departments file; known departments' names are updated (old names kept).")
    static let file = Bilingual("部门文件（.csv 或 .xlsx）；- 表示标准输入。", "The departments file (.csv or .xlsx); - is standard input.")
    static let listAbstract = Bilingual("列出已有部门。", "List the known departments.")
}

/// Failures of the department commands.
enum DepartmentsFailure: Worded {
    case unknownDepartment(code: String)

    var wording: Bilingual {
        switch self {
        case .unknownDepartment(let code):
            Bilingual("部门代码 \(code) 不存在 — 请用 kaohe departments list 查看已有部门", "unknown department \(code) — kaohe departments list shows the known departments")
        }
    }
}

/// What `kaohe departments list` prints.
enum DepartmentsText {
    static let headers = [Bilingual("部门代码", "code"), Bilingual("部门名称", "name")]
    static func count(_ n: Int) -> Bilingual { Bilingual("共 \(n) 个部门", "\(n) department(s)") }
}
