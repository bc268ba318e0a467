import Foundation
import KaoheCore
import KaoheDepartments

/// The departments template (部门): one row per municipal department assessed.
public enum DepartmentsFile {
    public static let schema = Schema(kind: .departments, columns: [code, name])

    /// Parses and validates a departments file; throws every problem at once, located.
    ///
    /// `storedCodes` are the departments already stored: a code differing from one only by case is refused
    /// (codes ignore case, as unit codes do, D-46). `areaCodes` are the stored areas: a department may not take
    /// an area's code, so no command can mistake one kind of body for the other (D-95).
    public static func parse(_ data: Data, file: String, storedCodes: Set<String> = [], areaCodes: Set<String> = []) throws -> ParsedFile<Department> {
        var firstLine: [String: (line: Int, code: String)] = [:]
        let stored = Dictionary(storedCodes.map { (Department.codeKey($0), $0) }, uniquingKeysWith: { a, _ in a })
        let areas = Dictionary(areaCodes.map { (Department.codeKey($0), $0) }, uniquingKeysWith: { a, _ in a })
        return try parseFile(data, file: file, schema: schema) { row in
            let deptCode = row.required(code, Cells.departmentCode)
            let deptName = row.required(name, Cells.name)
            if let deptCode {
                let key = Department.codeKey(deptCode)
                if let first = firstLine[key] {
                    row.problem(code, RegisterIssue.departmentListedTwice(code: deptCode, firstLine: first.line, first: first.code))
                } else {
                    firstLine[key] = (row.line, deptCode)
                }
                if let known = stored[key], known != deptCode {
                    row.problem(code, RegisterIssue.departmentDiffersByCaseFromStored(code: deptCode, stored: known))
                }
                if let area = areas[key] {
                    row.problem(code, RegisterIssue.departmentTakesAreaCode(code: deptCode, area: area))
                }
            }
            guard let deptCode, let deptName else { return nil }
            return Department(code: deptCode, name: deptName)
        }
    }
}

extension Cells {
    /// A department code: the same shape as a unit code (1–32 letters, digits or -), worded for departments.
    static func departmentCode(_ text: String) -> Result<String, FieldProblem> {
        if let hidden = invisibleProblem(text) { return .failure(hidden) }
        return Area.isValidCode(text)
            ? .success(text)
            : .failure(FieldProblem(CellIssue.notADepartmentCode(text: text)))
    }
}
