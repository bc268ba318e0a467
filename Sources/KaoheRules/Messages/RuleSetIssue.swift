import KaoheCore

/// What is wrong with the shape of a rule-set file: TOML syntax, unknown or missing keys and tables, values of the
/// wrong type (the catalogue of `RuleSetLoader` and `Reader`).
///
/// `path` is the key's dotted path (`freeze.minimum_days`), `table` the dotted path of its table, `key` the last
/// component.
public enum RuleSetIssue: Explained, Hashable {
    case syntax(description: String)
    case notTOML
    /// A key not allowed here; `table` is empty at the top level, `allowed` the keys that are.
    case unknownKey(key: String, table: String, allowed: [String])
    case missingTable(table: String)
    case notText(path: String, key: String)
    case notBool(path: String, key: String)
    case notWhole(path: String)
    case notNumber(path: String)
    /// A missing key; `table` is empty at the top level.
    case missingKey(key: String, table: String)
    case unknownMergeWeighting(value: String)
    case unknownOldCodes(value: String)

    public var reason: Bilingual {
        switch self {
        case .syntax(let d): Bilingual("TOML 语法错误：\(d)", "TOML syntax error: \(d)")
        case .notTOML: Bilingual("无法按 TOML 解析该文件", "cannot parse the file as TOML")
        case .unknownKey(let k, let table, _):
            Bilingual("\(table.isEmpty ? "" : "[\(table)] 中")有无法识别的键“\(k)”", "unknown key \"\(k)\"\(table.isEmpty ? "" : " in [\(table)]")")
        case .missingTable(let t): Bilingual("缺少表 [\(t)]", "missing table [\(t)]")
        case .notText(let p, _): Bilingual("\(p) 应为带引号的文本", "\(p) must be a text in quotes")
        case .notBool(let p, _): Bilingual("\(p) 应为 true 或 false", "\(p) must be true or false")
        case .notWhole(let p): Bilingual("\(p) 应为整数", "\(p) must be a whole number")
        case .notNumber(let p): Bilingual("\(p) 应为数字", "\(p) must be a number")
        case .missingKey(let k, let table):
            Bilingual("\(table.isEmpty ? "" : "[\(table)] 中")缺少键“\(k)”", "missing key \"\(k)\"\(table.isEmpty ? "" : " in [\(table)]")")
        case .unknownMergeWeighting(let w): Bilingual("merge_weighting = \"\(w)\" 无法识别", "merge_weighting = \"\(w)\" is not known")
        case .unknownOldCodes(let o): Bilingual("old_codes = \"\(o)\" 无法识别", "old_codes = \"\(o)\" is not known")
        }
    }

    public var fix: Bilingual? {
        switch self {
        case .syntax: Bilingual("请更正此处的 TOML 语法", "correct the TOML syntax at this position")
        case .notTOML: Bilingual("请确认这是 TOML 文本", "check that it is a TOML text")
        case .unknownKey(_, _, let allowed):
            Bilingual("请删除该键，或使用以下之一：\(allowed.joined(separator: ", "))", "remove it or use one of: \(allowed.joined(separator: ", "))")
        case .missingTable(let t): Bilingual("请添加 [\(t)] 表，可参照内置规则集", "add the [\(t)] table; see the built-in rule set")
        case .notText(_, let k): Bilingual("请写成 \(k) = \"…\"", "write it as \(k) = \"…\"")
        case .notBool(_, let k): Bilingual("请写成 \(k) = true 或 \(k) = false", "write \(k) = true or \(k) = false")
        case .notWhole: Bilingual("请填写整数，如 0", "write a whole number such as 0")
        case .notNumber: Bilingual("请填写数字，如 0.35", "write a number such as 0.35")
        case .missingKey(let k, _): Bilingual("请添加 \(k) = …（可参照内置规则集）", "add \(k) = … (see the built-in rule set)")
        case .unknownMergeWeighting:
            Bilingual(
                "请写 \"plain\"（各被承继单位的简单平均）或 \"recorded\"（按各被承继单位记录的权重加权）",
                "write \"plain\" (the plain mean of the predecessors) or \"recorded\" (weighted by the weight recorded with each predecessor)")
        case .unknownOldCodes:
            Bilingual(
                "请写 \"warn\"（接受该行并提示承继单位）或 \"refuse\"（拒绝导入）",
                "write \"warn\" (accept the row with a warning naming the successor) or \"refuse\" (refuse the import)")
        }
    }
}
