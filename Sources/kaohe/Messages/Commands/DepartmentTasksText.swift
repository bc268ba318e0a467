import KaoheCore

/// Help texts of `kaohe departments tasks` (部门任务分解表, R-31).
enum DepartmentTasksHelp {
    static let abstract = Bilingual("导入与查看部门任务分解表。", "Import and show the departments' task lists.")
    static let importAbstract = Bilingual(
        "导入部门任务分解表；每个部门每年度的分值须合计 100 分；再次导入为新版本，旧版本保留。",
        "Import a task decomposition file; each department's points for a year must sum to 100; a later import is a new version, old ones are kept.")
    static let file = Bilingual("部门任务分解文件（.csv 或 .xlsx）；- 表示标准输入。", "The task decomposition file (.csv or .xlsx); - is standard input.")
    static let listAbstract = Bilingual("列出某年度各部门的任务（最新版本）。", "List the departments' tasks for a year (newest versions).")
    static let year = Bilingual("考核年度。", "The assessed year.")
    static let dept = Bilingual("只列出该部门（部门代码）。", "Only this department (its code).")
    static let history = Bilingual("列出每个版本，而不只是最新版本。", "List every version, not only the newest.")
}

/// What `kaohe departments tasks` prints.
enum DepartmentTasksText {
    static func stored(department: String, year: Int, version: Int) -> Bilingual {
        Bilingual("\(department) \(year) 年任务分解：存为第 \(version) 版", "\(department) \(year) task list: stored as version \(version)")
    }
    static func imported(file: String, departmentYears: Int, newVersions: Int, unchanged: Int) -> Bilingual {
        Bilingual(
            "\(file): \(departmentYears) 个部门年度；新版本 \(newVersions)，未变 \(unchanged)",
            "\(file): \(departmentYears) department-year(s); \(newVersions) new version(s), \(unchanged) unchanged")
    }
    static let headers = [
        Bilingual("部门代码", "department"), Bilingual("版本", "version"), Bilingual("任务编号", "task"), Bilingual("任务内容", "content"),
        Bilingual("分值", "points"), Bilingual("任务来源", "source"),
    ]
    static func count(_ n: Int) -> Bilingual { Bilingual("共 \(n) 份任务分解", "\(n) task list(s)") }
}
