import Foundation
import KaoheCore

/// The areas template (区域): one row per assessed unit.
public enum AreasFile {
    static let code = Column("区域代码", "area_code", required: true)
    static let name = Column("区域名称", "area_name", required: true)
    static let type = Column("区域类型", "area_type", required: true)
    static let parent = Column("上级区域代码", "parent_code")

    public static let schema = Schema(kind: .areas, columns: [code, name, type, parent])

    /// Parses and validates an areas file; throws every problem at once, located.
    ///
    /// `storedCodes` are the units already stored: a code that differs from one of them only by case is
    /// refused (codes compare case-insensitively, D-46), as is such a pair within the file.
    public static func parse(_ data: Data, file: String, storedCodes: Set<String> = []) throws -> ParsedFile<Area> {
        var firstLine: [String: (line: Int, code: String)] = [:]
        let stored = Dictionary(storedCodes.map { (Area.codeKey($0), $0) }, uniquingKeysWith: { a, _ in a })
        return try parseFile(data, file: file, schema: schema) { row in
            let areaCode = row.required(code, Cells.areaCode)
            let areaName = row.required(name, Cells.name)
            let areaType = row.required(type, Cells.areaType)
            let parentCode = row.optional(parent, Cells.areaCode)
            if let areaCode {
                let key = Area.codeKey(areaCode)
                if let first = firstLine[key] {
                    if first.code == areaCode {
                        row.problem(
                            code, "unit \(areaCode) is listed twice (first on line \(first.line))", fix: "keep one row per unit",
                            reasonZh: "区域 \(areaCode) 重复列出（首次在第 \(first.line) 行）", fixZh: "每个区域只保留一行")
                    } else {
                        row.problem(
                            code, "unit \(areaCode) differs only by case from \(first.code) on line \(first.line); codes ignore case",
                            fix: "keep one row per unit, spelled one way",
                            reasonZh: "区域 \(areaCode) 与第 \(first.line) 行的 \(first.code) 仅大小写不同；区域代码不区分大小写",
                            fixZh: "每个区域只保留一行，并统一写法")
                    }
                } else {
                    firstLine[key] = (row.line, areaCode)
                }
                if let known = stored[key], known != areaCode {
                    row.problem(
                        code, "unit \(areaCode) differs only by case from the stored unit \(known); codes ignore case",
                        fix: "write the code as \(known)",
                        reasonZh: "区域 \(areaCode) 与已存储的区域 \(known) 仅大小写不同；区域代码不区分大小写", fixZh: "请将代码写为 \(known)")
                }
            }
            guard let areaCode, let areaName, let areaType else { return nil }
            return Area(code: areaCode, name: areaName, type: areaType, parentCode: parentCode)
        }
    }
}
