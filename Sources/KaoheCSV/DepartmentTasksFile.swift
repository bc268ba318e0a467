import Foundation
import KaoheCore
import KaoheDepartments

/// The task decomposition template (部门任务分解): one row per department, year and task.
public enum DepartmentTasksFile {
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
                    row.problem(task, DepartmentFileIssue.taskListedTwice(task: taskCode, department: dept, year: y, firstLine: first))
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
            diagnostics.append(at.first.diagnostic(
                file: file,
                problem: DepartmentFileIssue.pointsNotHundred(
                    department: list.departmentCode, year: list.year, lines: at.lines, sum: GBRounding.display(sum))))
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
                : .failure(FieldProblem(CellIssue.taskPointsOutOfRange(text: text)))
        }
    }
}

extension RowReader {
    /// The stored spelling of the department in `column`, or nil after reporting an unknown or miscased code.
    mutating func knownDepartment(_ column: Column, _ known: [String: String]) -> String? {
        required(column, Cells.departmentCode).flatMap { c -> String? in
            guard let stored = known[Department.codeKey(c)] else {
                problem(column, DepartmentFileIssue.unknownDepartment(code: c))
                return nil
            }
            if stored != c {
                problem(column, DepartmentFileIssue.departmentDiffersByCase(code: c, stored: stored))
                return nil
            }
            return stored
        }
    }
}
