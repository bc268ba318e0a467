import KaoheCore

/// What is wrong in the files that register units and what they file: areas, departments, filings and
/// successions (D-46, D-95, R-2, issue 21).
public enum RegisterIssue: Explained, Hashable {
    case unitListedTwice(code: String, firstLine: Int)
    /// A unit code differing only by case from `other`, listed on `firstLine` of the same file.
    case unitDiffersByCaseInFile(code: String, other: String, firstLine: Int)
    case unitDiffersByCaseFromStored(code: String, stored: String)
    /// A department code given twice, the first time on `firstLine` spelled `first`.
    case departmentListedTwice(code: String, firstLine: Int, first: String)
    case departmentDiffersByCaseFromStored(code: String, stored: String)
    /// A department taking the code of the stored area `area`.
    case departmentTakesAreaCode(code: String, area: String)
    case unknownFilingKind(text: String)
    case noFilingDay
    case filedBeforePublished(filed: Day, published: Day)
    case unknownSuccessionKind(text: String)
    case weightNotPositive(text: String)
    case weightNotForKind(kind: SuccessionKind)
    case ownFigureNotForKind(kind: SuccessionKind)

    public var reason: Bilingual {
        switch self {
        case .unitListedTwice(let c, let l): Bilingual("区域 \(c) 重复列出（首次在第 \(l) 行）", "unit \(c) is listed twice (first on line \(l))")
        case .unitDiffersByCaseInFile(let c, let o, let l):
            Bilingual("区域 \(c) 与第 \(l) 行的 \(o) 仅大小写不同；区域代码不区分大小写",
                      "unit \(c) differs only by case from \(o) on line \(l); codes ignore case")
        case .unitDiffersByCaseFromStored(let c, let k):
            Bilingual("区域 \(c) 与已存储的区域 \(k) 仅大小写不同；区域代码不区分大小写",
                      "unit \(c) differs only by case from the stored unit \(k); codes ignore case")
        case .departmentListedTwice(let c, let l, let f):
            Bilingual("部门 \(c) 重复列出（首次在第 \(l) 行，写作 \(f)）；部门代码不区分大小写",
                      "department \(c) is listed twice (first on line \(l), as \(f)); codes ignore case")
        case .departmentDiffersByCaseFromStored(let c, let k):
            Bilingual("部门 \(c) 与已存储的部门 \(k) 仅大小写不同；部门代码不区分大小写",
                      "department \(c) differs only by case from the stored department \(k); codes ignore case")
        case .departmentTakesAreaCode(let c, let a):
            Bilingual("\(c) 是区域 \(a) 的代码；部门须使用自己的代码", "\(c) is the code of the area \(a); a department needs a code of its own")
        case .unknownFilingKind(let t): Bilingual("文件类别 \(t) 无法识别", "kind \(t) is not known")
        case .noFilingDay: Bilingual("公开日期与备案日期均为空", "neither 公开日期 nor 备案日期 is given")
        case .filedBeforePublished(let f, let p): Bilingual("备案日期 \(f) 早于公开日期 \(p)", "filed on \(f), before it was published on \(p)")
        case .unknownSuccessionKind(let t): Bilingual("变更类型 \(t) 无法识别", "kind \(t) is not known")
        case .weightNotPositive(let t): Bilingual("权重 \(t) 不大于 0", "weight \(t) is not above 0")
        case .weightNotForKind(let k): Bilingual("\(k.chinese)不使用权重", "a weight is given for a \(k.rawValue)")
        case .ownFigureNotForKind(let k):
            Bilingual("\(k.chinese)不使用承继单位自有数值", "an own figure of the successor is given for a \(k.rawValue)")
        }
    }

    public var fix: Bilingual? {
        switch self {
        case .unitListedTwice: Bilingual("每个区域只保留一行", "keep one row per unit")
        case .unitDiffersByCaseInFile: Bilingual("每个区域只保留一行，并统一写法", "keep one row per unit, spelled one way")
        case .unitDiffersByCaseFromStored(_, let k), .departmentDiffersByCaseFromStored(_, let k):
            Bilingual("请将代码写为 \(k)", "write the code as \(k)")
        case .departmentListedTwice: Bilingual("每个部门只保留一行", "keep one row per department")
        case .departmentTakesAreaCode:
            Bilingual("请为部门另设区域未使用的代码（如简称 HBJ）", "give the department a code no area uses (e.g. its abbreviation, such as HBJ)")
        case .unknownFilingKind: Bilingual("请填写 实施细则（rules）或 年度实施计划（plan）", "write 实施细则 (rules) or 年度实施计划 (plan)")
        case .noFilingDay:
            Bilingual("请填写公开日期、备案日期或两者（YYYY-MM-DD）", "fill in the publication day, the filing day or both (YYYY-MM-DD)")
        case .filedBeforePublished: Bilingual("请核对两个日期", "check the two days")
        case .unknownSuccessionKind:
            Bilingual("请填写 更名（rename）、更改代码（recode）、合并（merge）或 拆分（split）",
                      "write 更名 (rename), 更改代码 (recode), 合并 (merge) or 拆分 (split)")
        case .weightNotPositive: Bilingual("请填写正数权重，如被承继单位的人口", "give a positive weight, e.g. the predecessor's population")
        case .weightNotForKind: Bilingual("仅在合并行填写权重，否则请留空", "give a weight only on a merge row (变更类型 合并), or leave it empty")
        case .ownFigureNotForKind:
            Bilingual("仅在拆分行填写承继单位的考核基数或上年浓度，否则请留空",
                      "give the successor's own base or previous year only on a split row (变更类型 拆分), or leave it empty")
        }
    }
}
