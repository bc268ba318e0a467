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
    public static func parse(_ data: Data, file: String) throws -> ParsedFile<Area> {
        var firstLine: [String: Int] = [:]
        return try parseFile(data, file: file, schema: schema) { row in
            let areaCode = row.required(code, Cells.areaCode)
            let areaName = row.required(name) { .success($0) }
            let areaType = row.required(type, Cells.areaType)
            let parentCode = row.optional(parent, Cells.areaCode)
            if let areaCode {
                if let first = firstLine[areaCode] {
                    row.problem(
                        code, "unit \(areaCode) is listed twice (first on line \(first))", fix: "keep one row per unit",
                        reasonZh: "区域 \(areaCode) 重复列出（首次在第 \(first) 行）", fixZh: "每个区域只保留一行")
                } else {
                    firstLine[areaCode] = row.line
                }
            }
            guard let areaCode, let areaName, let areaType else { return nil }
            return Area(code: areaCode, name: areaName, type: areaType, parentCode: parentCode)
        }
    }
}
