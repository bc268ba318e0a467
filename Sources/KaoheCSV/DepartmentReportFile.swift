import Foundation
import KaoheCore
import KaoheDepartments

/// The department self-report template (部门自查报告): one row per department, year and task (R-3, R-13, R-31).
public enum DepartmentReportFile {
    static let code = Column("部门代码", "department_code", required: true)
    static let year = Column("考核年度", "year", required: true)
    static let task = Column("任务编号", "task_code", required: true)
    static let completion = Column("完成情况", "completion_note")
    static let selfScore = Column("自评得分", "self_score", required: true)
    static let evidence = Column("佐证材料", "evidence_note")
    static let submitted = Column("报送日期", "submitted_on", required: true)
    static let verified = Column("核定得分", "verified_score")

    public static let schema = Schema(kind: .departmentReport, columns: [code, year, task, completion, selfScore, evidence, submitted, verified])

    /// Parses and validates a department self-report file into one report per department and year, in file order.
    ///
    /// `taskLists` are the newest stored task lists (by `departmentCode/year`): a report is checked against its
    /// department-year's list — every task once, no task outside it, self and verified scores from 0 to the task's
    /// points (R-13). A department-year has one 报送日期, not after `today`. Every problem is thrown at once.
    public static func parse(
        _ data: Data, file: String, departments: Set<String>, taskLists: [String: DepartmentTaskList], today: Day? = nil
    ) throws -> ParsedFile<DepartmentReport> {
        let known = Dictionary(departments.map { (Department.codeKey($0), $0) }, uniquingKeysWith: { a, _ in a })
        var order: [String] = []
        var reports: [String: DepartmentReport] = [:]
        var firstRow: [String: (task: RowReader.Location, line: Int)] = [:]
        var seenTask: [String: Int] = [:]
        var groupOK: [String: Bool] = [:]
        var noList: Set<String> = []
        let records = try CSVStreamParser.records(in: data, fileName: file)
        guard let headerRecord = records.first else { throw DiagnosticsError([emptyFile(file, expecting: schema.kind)]) }
        var diagnostics: [Diagnostic] = []
        _ = parseRows(records, schema: schema, file: file, diagnostics: &diagnostics) { row -> Int? in
            let dept = row.knownDepartment(code, known)
            let y = row.required(year, Cells.year)
            let taskCode = row.required(task, Cells.departmentCode)
            let day = row.required(submitted, Cells.day)
            guard let dept, let y else {
                _ = row.optional(selfScore, Cells.decimal)
                return nil
            }
            let key = "\(dept)/\(y)"
            guard let list = taskLists[key] else {
                if !noList.contains(key) {
                    noList.insert(key)
                    row.problem(
                        code, "\(dept) has no task list for \(y), so its report cannot be checked",
                        fix: "import the department's task list first (kaohe departments tasks import)",
                        reasonZh: "部门 \(dept) 没有 \(y) 年的任务分解，无法核对其自查报告", fixZh: "请先用 kaohe departments tasks import 导入该部门的任务分解")
                }
                return nil
            }
            let spec = taskCode.flatMap { c in list.tasks.first { Department.codeKey($0.code) == Department.codeKey(c) } }
            if let taskCode, spec == nil {
                row.problem(
                    task, "task \(taskCode) is not in \(dept)'s \(y) task list (version \(list.version))",
                    fix: "use one of \(list.tasks.map(\.code).joined(separator: ", "))",
                    reasonZh: "任务 \(taskCode) 不在部门 \(dept) \(y) 年的任务分解（第 \(list.version) 版）中", fixZh: "请填写以下之一：\(list.tasks.map(\.code).joined(separator: "、"))")
            }
            let score: (String) -> Result<Decimal, FieldProblem> = { t in
                Cells.decimal(t).flatMap { v in
                    guard let spec else { return .success(v) }
                    let max = GBRounding.display(spec.points)
                    return v < 0 || v > spec.points
                        ? .failure(
                            FieldProblem(
                                reason: "score \(t) is outside 0–\(max) for task \(spec.code)", fix: "write a score from 0 to \(max)",
                                reasonZh: "得分 \(t) 超出任务 \(spec.code) 的分值范围 0–\(max)", fixZh: "请填写 0 至 \(max) 之间的得分"))
                        : .success(v)
                }
            }
            let selfValue = row.required(selfScore, score)
            let verifiedValue = row.optional(verified, score)
            if reports[key] == nil, let day {
                order.append(key)
                reports[key] = DepartmentReport(departmentCode: dept, year: y, submittedOn: day, tasks: [], taskListVersion: list.version)
                firstRow[key] = (row.location(task), row.line)
                groupOK[key] = true
            }
            if let day, let r = reports[key], r.submittedOn != day {
                row.problem(
                    submitted, "\(dept)'s \(y) report gives \(day) here but \(r.submittedOn) on line \(firstRow[key]!.line); a report has one submission date",
                    fix: "write the same 报送日期 on every row of the report",
                    reasonZh: "部门 \(dept) \(y) 年自查报告此处报送日期为 \(day)，第 \(firstRow[key]!.line) 行为 \(r.submittedOn)；一份报告只有一个报送日期",
                    fixZh: "请在报告各行填写相同的报送日期")
            }
            if let day, let today, day > today {
                row.problem(
                    submitted, "\(day) is after today (\(today)): a report cannot have been received in the future", fix: "write the day the report was received",
                    reasonZh: "\(day) 晚于今天（\(today)）：报送日期不能在将来", fixZh: "请填写实际报送的日期")
            }
            if let spec {
                let tkey = "\(key)/\(Department.codeKey(spec.code))"
                if let first = seenTask[tkey] {
                    row.problem(
                        task, "task \(spec.code) of \(dept) for \(y) is reported twice (first on line \(first))", fix: "keep one row per task",
                        reasonZh: "部门 \(dept) \(y) 年的任务 \(spec.code) 重复填报（首次在第 \(first) 行）", fixZh: "每项任务只保留一行")
                } else {
                    seenTask[tkey] = row.line
                }
            }
            guard row.diagnostics.isEmpty, reports[key] != nil, let spec, let selfValue else {
                if reports[key] != nil { groupOK[key] = false }
                return nil
            }
            reports[key]!.tasks.append(
                DepartmentTaskReport(
                    taskCode: spec.code, completionNote: row.text(completion), selfScore: selfValue, evidenceNote: row.text(evidence),
                    verifiedScore: verifiedValue))
            return 0
        }
        // Every task of the list is reported, once the whole file was read (a task not done is reported with 0).
        for key in order where groupOK[key] == true {
            let r = reports[key]!, list = taskLists[key]!
            let reported = Set(r.tasks.map { Department.codeKey($0.taskCode) })
            let missing = list.tasks.map(\.code).filter { !reported.contains(Department.codeKey($0)) }
            guard !missing.isEmpty else { continue }
            diagnostics.append(firstRow[key]!.task.diagnostic(
                file: file,
                reason: "\(r.departmentCode)'s \(r.year) report has no row for task(s) \(missing.joined(separator: ", ")) of its task list (version \(list.version))",
                fix: "add a row for each task of the list, with self-score 0 for a task not done",
                reasonZh: "部门 \(r.departmentCode) \(r.year) 年自查报告缺少任务分解（第 \(list.version) 版）中的任务 \(missing.joined(separator: "、"))",
                fixZh: "请为任务分解中的每项任务填写一行，未完成的任务自评得分填 0"))
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticsError(diagnostics) }
        if records.count == 1 { throw DiagnosticsError(diagnostics + [headerOnly(file, line: headerRecord.line)]) }
        return ParsedFile(kind: schema.kind, rows: order.map { reports[$0]! }, warnings: diagnostics)
    }
}
