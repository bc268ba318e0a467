import KaoheCore

/// Why the portal's executable did not start, printed in both languages (Chinese first) before it exits.
enum StartFailure: Worded {
    case missingValue(option: String)
    case unknownArgument(String)
    case badPort
    case unreadableRules(path: String)
    /// `problems` are the rule set's diagnostics, already worded in Chinese.
    case invalidRules(problems: String)
    case yearOutsideRules(lower: Int, upper: Int)
    case noDatabase(path: String)
    case cannotOpenDatabase(path: String)
    case invalidTemplates

    var wording: Bilingual {
        switch self {
        case .missingValue(let option): Bilingual("\(option) 缺少取值", "\(option) needs a value")
        case .unknownArgument(let a): Bilingual("未知参数 \(a)\n\(StartText.usage)", "unknown argument \(a)")
        case .badPort: Bilingual("--port 须为 1–65535", "--port must be 1–65535")
        case .unreadableRules(let path): Bilingual("\(path)：无法读取规则集文件", "\(path): cannot read the rule-set file")
        case .invalidRules(let problems): Bilingual("规则集无效：\(problems)", "the rule set is invalid")
        case .yearOutsideRules(let lower, let upper):
            Bilingual("--year 须在规则集的考核年度 \(lower)–\(upper) 之内", "--year must be within \(lower)–\(upper)")
        case .noDatabase(let path):
            Bilingual("数据库 \(path) 不存在 — 请先用 kaohe areas import 建立", "the database \(path) does not exist — create it with kaohe areas import")
        case .cannotOpenDatabase(let path): Bilingual("无法打开数据库 \(path)", "cannot open the database \(path)")
        case .invalidTemplates: Bilingual("页面模板无效", "the page templates are invalid")
        }
    }
}

/// The executable's usage and start-up lines.
enum StartText {
    static let usage = """
        用法 / usage: kaohe-web [--db kaohe.sqlite] [--host 127.0.0.1] [--port 8080] [--rules default|pass-plus-excess|FILE.toml]
                                [--year YEAR] [--secure-cookies]
          --secure-cookies  在 TLS 反向代理之后运行时使用（会话 Cookie 加 Secure）/ behind a TLS proxy: session cookie marked Secure
        """
}
