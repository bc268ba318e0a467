import Foundation
import KaoheCore
import KaoheDepartments

/// The departments template (部门): one row per municipal department assessed.
public enum DepartmentsFile {
    static let code = Column("部门代码", "department_code", required: true)
    static let name = Column("部门名称", "department_name", required: true)

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
                    row.problem(
                        code, "department \(deptCode) is listed twice (first on line \(first.line), as \(first.code)); codes ignore case",
                        fix: "keep one row per department",
                        reasonZh: "部门 \(deptCode) 重复列出（首次在第 \(first.line) 行，写作 \(first.code)）；部门代码不区分大小写", fixZh: "每个部门只保留一行")
                } else {
                    firstLine[key] = (row.line, deptCode)
                }
                if let known = stored[key], known != deptCode {
                    row.problem(
                        code, "department \(deptCode) differs only by case from the stored department \(known); codes ignore case",
                        fix: "write the code as \(known)",
                        reasonZh: "部门 \(deptCode) 与已存储的部门 \(known) 仅大小写不同；部门代码不区分大小写", fixZh: "请将代码写为 \(known)")
                }
                if let area = areas[key] {
                    row.problem(
                        code, "\(deptCode) is the code of the area \(area); a department needs a code of its own",
                        fix: "give the department a code no area uses (e.g. its abbreviation, such as HBJ)",
                        reasonZh: "\(deptCode) 是区域 \(area) 的代码；部门须使用自己的代码", fixZh: "请为部门另设区域未使用的代码（如简称 HBJ）")
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
            : .failure(
                FieldProblem(
                    reason: "\"\(text)\" is not a department code",
                    fix: "write the department's code: 1–32 letters, digits or -, with at least one letter or digit (e.g. HBJ)",
                    reasonZh: "“\(text)”不是部门代码",
                    fixZh: "请填写部门代码：1–32 个字母、数字或 -，至少含一个字母或数字（如 HBJ）"))
    }
}
