import Foundation
import KaoheCore
import KaoheDepartments

/// The department self-report template (部门自查报告): one row per department, year and task.
public enum DepartmentReportFile {
    public static let schema = Schema(kind: .departmentReport, columns: [code, year, task, completion, selfScore, evidence, submitted, verified])

    /// Parses and validates a department self-report file into one report per department and year, in file order.
    ///
    /// `taskLists` are the newest stored task lists (by `departmentCode/year`): a report is checked against its
    /// department-year's list — every task once, no task outside it, self and verified scores from 0 to the task's
    /// points. A department-year has one 报送日期, not after `today`. Every problem is thrown at once.
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
                    row.problem(code, DepartmentFileIssue.noTaskList(department: dept, year: y))
                }
                return nil
            }
            let spec = taskCode.flatMap { c in list.tasks.first { Department.codeKey($0.code) == Department.codeKey(c) } }
            if let taskCode, spec == nil {
                row.problem(
                    task, DepartmentFileIssue.taskNotInList(task: taskCode, department: dept, year: y, version: list.version, tasks: list.tasks.map(\.code)))
            }
            let score: (String) -> Result<Decimal, FieldProblem> = { t in
                Cells.decimal(t).flatMap { v in
                    guard let spec else { return .success(v) }
                    let max = GBRounding.display(spec.points)
                    return v < 0 || v > spec.points
                        ? .failure(FieldProblem(DepartmentFileIssue.scoreOutOfRange(text: t, task: spec.code, maximum: max)))
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
                    submitted,
                    DepartmentFileIssue.secondSubmissionDate(department: dept, year: y, day: day, first: r.submittedOn, firstLine: firstRow[key]!.line))
            }
            if let day, let today, day > today {
                row.problem(submitted, DepartmentFileIssue.submittedInTheFuture(day: day, today: today))
            }
            if let spec {
                let tkey = "\(key)/\(Department.codeKey(spec.code))"
                if let first = seenTask[tkey] {
                    row.problem(task, DepartmentFileIssue.taskReportedTwice(task: spec.code, department: dept, year: y, firstLine: first))
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
                problem: DepartmentFileIssue.tasksMissing(department: r.departmentCode, year: r.year, missing: missing, version: list.version)))
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticsError(diagnostics) }
        if records.count == 1 { throw DiagnosticsError(diagnostics + [headerOnly(file, line: headerRecord.line)]) }
        return ParsedFile(kind: schema.kind, rows: order.map { reports[$0]! }, warnings: diagnostics)
    }
}
