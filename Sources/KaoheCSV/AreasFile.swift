import Foundation
import KaoheCore

/// The areas template (区域): one row per assessed unit.
public enum AreasFile {
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
                        row.problem(code, RegisterIssue.unitListedTwice(code: areaCode, firstLine: first.line))
                    } else {
                        row.problem(code, RegisterIssue.unitDiffersByCaseInFile(code: areaCode, other: first.code, firstLine: first.line))
                    }
                } else {
                    firstLine[key] = (row.line, areaCode)
                }
                if let known = stored[key], known != areaCode {
                    row.problem(code, RegisterIssue.unitDiffersByCaseFromStored(code: areaCode, stored: known))
                }
            }
            guard let areaCode, let areaName, let areaType else { return nil }
            return Area(code: areaCode, name: areaName, type: areaType, parentCode: parentCode)
        }
    }
}
