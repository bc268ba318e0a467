import KaoheCore

/// Help texts of `kaohe areas`, `areas import` and `areas list`.
enum AreasHelp {
    static let abstract = Bilingual("导入与查看被考核单位（区域）。", "Import and list the assessed units (区域).")
    static let importAbstract = Bilingual("导入区域文件；已有单位将被更新。", "Import an areas file; known units are updated.")
    static let file = Bilingual("区域文件（.csv 或 .xlsx）；- 表示标准输入。", "The areas file (.csv or .xlsx); - is standard input.")
    static let reinstate = Bilingual("导入以前导入过、但其中部分行已被后来的导入修改的文件（撤销那些修改）。", "Import a file imported before even though later imports changed some of its rows (undoing those changes).")
    static let listAbstract = Bilingual("列出已有单位。", "List the known units.")
}

/// Failures of `kaohe areas import`.
enum AreasFailure: Worded {
    /// `taken` pairs each refused unit code with the department that has it (D-95).
    case codesOfDepartments(file: String, taken: [(code: String, department: String)])

    var wording: Bilingual {
        switch self {
        case .codesOfDepartments(let file, let taken):
            Bilingual(
                "\(file): 区域代码 \(taken.map { "\($0.code)（已是部门 \($0.department) 的代码）" }.joined(separator: "、")) 不可用 — 请为区域使用部门未使用的代码；未存储任何数据",
                "\(file): the unit code(s) \(taken.map { "\($0.code) (already the code of the department \($0.department))" }.joined(separator: ", ")) cannot be used — give the unit a code no department uses; nothing was stored")
        }
    }
}

/// What `kaohe areas list` prints.
enum AreasText {
    static let headers = [Bilingual("区域代码", "code"), Bilingual("区域名称", "name"), Bilingual("区域类型", "type"), Bilingual("上级区域代码", "parent")]
    static func count(_ n: Int) -> Bilingual { Bilingual("共 \(n) 个单位", "\(n) unit(s)") }
}
