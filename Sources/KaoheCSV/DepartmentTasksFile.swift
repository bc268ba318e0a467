import Foundation
import KaoheCore
import KaoheDepartments

/// The task decomposition template (部门任务分解): one row per department, year and task.
public enum DepartmentTasksFile {
    static let code = Column("部门代码", "department_code", required: true)
    static let year = Column("考核年度", "year", required: true)
    static let task = Column("任务编号", "task_code", required: true)
    static let content = Column("任务内容", "task", required: true)
    static let points = Column("分值", "points", required: true)
    static let source = Column("任务来源", "source_clause", required: true)

    public static let schema = Schema(kind: .departmentTasks, columns: [code, year, task, content, points, source])

    /// Parses and validates a task decomposition file into one list per department and year, in file order.
    ///
    /// Every department must be stored (`departments`: stored codes), a task code appears once per department
    /// and year, points are above 0 and at most 100, and each department-year's points sum to exactly 100
    /// a list that does not is refused at the points cell of its first row, naming its lines and the
    /// sum found. Every problem is thrown at once.
    public static func parse(_ data: Data, file: String, departments: Set<String>) throws -> ParsedFile<DepartmentTaskList> {
        let known = Dictionary(departments.map { (Department.codeKey($0), $0) }, uniquingKeysWith: { a, _ in a })
        var order: [String] = []
        var lists: [String: DepartmentTaskList] = [:]
        var spans: [String: (first: RowReader.Location, lines: [Int])] = [:]
        var seenTask: [String: Int] = [:]
        var rowsOK: [String: Bool] = [:]
        let records = try CSVStreamParser.records(in: data, fileName: file)
        guard let headerRecord = records.first else { throw DiagnosticsError([emptyFile(file, expecting: schema.kind)]) }
        var diagnostics: [Diagnostic] = []
        _ = parseRows(records, schema: schema, file: file, diagnostics: &diagnostics) { row -> Int? in
            let dept = row.knownDepartment(code, known)
            let y = row.required(year, Cells.year)
            let taskCode = row.required(task, Cells.departmentCode)
            let text = row.required(content, Cells.name)
            let p = row.required(points, Cells.taskPoints)
            let clause = row.required(source, Cells.name)
            guard let dept, let y else { return nil }
            let key = "\(dept)/\(y)"
            if lists[key] == nil {
                order.append(key)
                lists[key] = DepartmentTaskList(departmentCode: dept, year: y, tasks: [])
                spans[key] = (row.location(points), [])
                rowsOK[key] = true
            }
            spans[key]!.lines.append(row.line)
            if let taskCode {
                let tkey = "\(key)/\(Department.codeKey(taskCode))"
                if let first = seenTask[tkey] {
                    row.problem(
                        task, "task \(taskCode) of \(dept) for \(y) is listed twice (first on line \(first))", fix: "keep one row per task",
                        reasonZh: "部门 \(dept) \(y) 年的任务 \(taskCode) 重复列出（首次在第 \(first) 行）", fixZh: "每项任务只保留一行")
                } else {
                    seenTask[tkey] = row.line
                }
            }
            guard row.diagnostics.isEmpty, let taskCode, let text, let p, let clause else {
                rowsOK[key] = false
                return nil
            }
            lists[key]!.tasks.append(DepartmentTask(code: taskCode, task: text, points: p, sourceClause: clause))
            return 0
        }
        // the points of each department-year sum to exactly 100, checked once every row was read; a list with
        // a bad row is not summed (its row errors say what to fix first).
        for key in order where rowsOK[key] == true {
            let list = lists[key]!, at = spans[key]!
            let sum = list.totalPoints
            guard sum != DepartmentTaskList.requiredTotal else { continue }
            let lines = at.lines.count == 1 ? "line \(at.lines[0])" : "lines \(at.lines.map(String.init).joined(separator: ", "))"
            let linesZh = at.lines.map(String.init).joined(separator: "、")
            let s = GBRounding.display(sum)
            diagnostics.append(at.first.diagnostic(
                file: file,
                reason: "the points of \(list.departmentCode)'s \(list.year) tasks (\(lines)) sum to \(s), not 100",
                fix: "correct the points so the department's tasks for the year sum to exactly 100",
                reasonZh: "部门 \(list.departmentCode) \(list.year) 年各项任务（第 \(linesZh) 行）分值合计 \(s) 分，不是 100 分",
                fixZh: "请更正分值，使该部门该年度任务分值合计恰为 100 分"))
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticsError(diagnostics) }
        if records.count == 1 { throw DiagnosticsError(diagnostics + [headerOnly(file, line: headerRecord.line)]) }
        return ParsedFile(kind: schema.kind, rows: order.map { lists[$0]! }, warnings: diagnostics)
    }
}

extension Cells {
    /// A task's points: a number above 0 and at most 100.
    static func taskPoints(_ text: String) -> Result<Decimal, FieldProblem> {
        decimal(text).flatMap { v in
            v > 0 && v <= 100
                ? .success(v)
                : .failure(
                    FieldProblem(
                        reason: "points \(text) are outside 0–100", fix: "write the task's points: above 0 and at most 100",
                        reasonZh: "分值 \(text) 超出 0–100 的范围", fixZh: "请填写大于 0、不超过 100 的分值"))
        }
    }
}

extension RowReader {
    /// The stored spelling of the department in `column`, or nil after reporting an unknown or miscased code.
    mutating func knownDepartment(_ column: Column, _ known: [String: String]) -> String? {
        required(column, Cells.departmentCode).flatMap { c -> String? in
            guard let stored = known[Department.codeKey(c)] else {
                problem(
                    column, "unknown department \(c)", fix: "import the departments file that lists \(c) first (kaohe departments import), or correct the code",
                    reasonZh: "部门代码 \(c) 不存在", fixZh: "请先用 kaohe departments import 导入列有该部门的部门文件，或更正代码")
                return nil
            }
            if stored != c {
                problem(column, "department \(c) differs only by case from the stored department \(stored)", fix: "write the code as \(stored)",
                        reasonZh: "部门 \(c) 与已存储的部门 \(stored) 仅大小写不同", fixZh: "请将代码写为 \(stored)")
                return nil
            }
            return stored
        }
    }
}
