import KaoheCore

/// What is wrong in a department's task decomposition or self-report file (R-13, R-31).
public enum DepartmentFileIssue: Explained, Hashable {
    case unknownDepartment(code: String)
    case departmentDiffersByCase(code: String, stored: String)
    case taskListedTwice(task: String, department: String, year: Int, firstLine: Int)
    /// A department-year's points sum to `sum` (displayed), not 100; `lines` are its rows.
    case pointsNotHundred(department: String, year: Int, lines: [Int], sum: String)
    case noTaskList(department: String, year: Int)
    case taskNotInList(task: String, department: String, year: Int, version: Int, tasks: [String])
    /// A score outside 0…`maximum` (displayed) for `task`.
    case scoreOutOfRange(text: String, task: String, maximum: String)
    case secondSubmissionDate(department: String, year: Int, day: Day, first: Day, firstLine: Int)
    case submittedInTheFuture(day: Day, today: Day)
    case taskReportedTwice(task: String, department: String, year: Int, firstLine: Int)
    case tasksMissing(department: String, year: Int, missing: [String], version: Int)

    public var reason: Bilingual {
        switch self {
        case .unknownDepartment(let c): Bilingual("部门代码 \(c) 不存在", "unknown department \(c)")
        case .departmentDiffersByCase(let c, let s):
            Bilingual("部门 \(c) 与已存储的部门 \(s) 仅大小写不同", "department \(c) differs only by case from the stored department \(s)")
        case .taskListedTwice(let t, let d, let y, let l):
            Bilingual("部门 \(d) \(y) 年的任务 \(t) 重复列出（首次在第 \(l) 行）", "task \(t) of \(d) for \(y) is listed twice (first on line \(l))")
        case .pointsNotHundred(let d, let y, let lines, let sum):
            Bilingual("部门 \(d) \(y) 年各项任务（第 \(lines.map(String.init).joined(separator: "、")) 行）分值合计 \(sum) 分，不是 100 分",
                      "the points of \(d)'s \(y) tasks (\(lines.count == 1 ? "line \(lines[0])" : "lines \(lines.map(String.init).joined(separator: ", "))")) sum to \(sum), not 100")
        case .noTaskList(let d, let y):
            Bilingual("部门 \(d) 没有 \(y) 年的任务分解，无法核对其自查报告", "\(d) has no task list for \(y), so its report cannot be checked")
        case .taskNotInList(let t, let d, let y, let v, _):
            Bilingual("任务 \(t) 不在部门 \(d) \(y) 年的任务分解（第 \(v) 版）中", "task \(t) is not in \(d)'s \(y) task list (version \(v))")
        case .scoreOutOfRange(let t, let task, let m):
            Bilingual("得分 \(t) 超出任务 \(task) 的分值范围 0–\(m)", "score \(t) is outside 0–\(m) for task \(task)")
        case .secondSubmissionDate(let d, let y, let day, let first, let l):
            Bilingual("部门 \(d) \(y) 年自查报告此处报送日期为 \(day)，第 \(l) 行为 \(first)；一份报告只有一个报送日期",
                      "\(d)'s \(y) report gives \(day) here but \(first) on line \(l); a report has one submission date")
        case .submittedInTheFuture(let day, let today):
            Bilingual("\(day) 晚于今天（\(today)）：报送日期不能在将来", "\(day) is after today (\(today)): a report cannot have been received in the future")
        case .taskReportedTwice(let t, let d, let y, let l):
            Bilingual("部门 \(d) \(y) 年的任务 \(t) 重复填报（首次在第 \(l) 行）", "task \(t) of \(d) for \(y) is reported twice (first on line \(l))")
        case .tasksMissing(let d, let y, let missing, let v):
            Bilingual("部门 \(d) \(y) 年自查报告缺少任务分解（第 \(v) 版）中的任务 \(missing.joined(separator: "、"))",
                      "\(d)'s \(y) report has no row for task(s) \(missing.joined(separator: ", ")) of its task list (version \(v))")
        }
    }

    public var fix: Bilingual? {
        switch self {
        case .unknownDepartment(let c):
            Bilingual("请先导入列有该部门的部门文件，或更正代码", "import the departments file that lists \(c) first, or correct the code")
        case .departmentDiffersByCase(_, let s): Bilingual("请将代码写为 \(s)", "write the code as \(s)")
        case .taskListedTwice, .taskReportedTwice: Bilingual("每项任务只保留一行", "keep one row per task")
        case .pointsNotHundred:
            Bilingual("请更正分值，使该部门该年度任务分值合计恰为 100 分", "correct the points so the department's tasks for the year sum to exactly 100")
        case .noTaskList: Bilingual("请先导入该部门的任务分解", "import the department's task list first")
        case .taskNotInList(_, _, _, _, let tasks):
            Bilingual("请填写以下之一：\(tasks.joined(separator: "、"))", "use one of \(tasks.joined(separator: ", "))")
        case .scoreOutOfRange(_, _, let m): Bilingual("请填写 0 至 \(m) 之间的得分", "write a score from 0 to \(m)")
        case .secondSubmissionDate: Bilingual("请在报告各行填写相同的报送日期", "write the same 报送日期 on every row of the report")
        case .submittedInTheFuture: Bilingual("请填写实际报送的日期", "write the day the report was received")
        case .tasksMissing:
            Bilingual("请为任务分解中的每项任务填写一行，未完成的任务自评得分填 0", "add a row for each task of the list, with self-score 0 for a task not done")
        }
    }

    public var action: UserAction? {
        switch self {
        case .unknownDepartment: .importDepartments
        case .noTaskList: .importDepartmentTasks
        default: nil
        }
    }
}
