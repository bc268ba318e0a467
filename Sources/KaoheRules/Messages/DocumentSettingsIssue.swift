import KaoheCore

/// What is wrong with a document-settings file (the catalogue of `DocumentSettingsFile`); its TOML syntax problems
/// are `RuleSetIssue.syntax` and `.notTOML`, worded alike.
public enum DocumentSettingsIssue: Explained, Hashable {
    /// `known` lists the setting keys.
    case unknownSetting(key: String, known: String)
    case notText(key: String)
    case empty(key: String)
    case numberPlaceholderMissing
    case setsNothing

    public var reason: Bilingual {
        switch self {
        case .unknownSetting(let k, _): Bilingual("未知的设置项“\(k)”", "unknown setting \"\(k)\"")
        case .notText(let k): Bilingual("\(k) 不是文本", "\(k) is not a text")
        case .empty(let k): Bilingual("\(k) 为空", "\(k) is empty")
        case .numberPlaceholderMissing:
            Bilingual("缺少序号占位符 \(DocumentNumberPattern.number)", "the number placeholder \(DocumentNumberPattern.number) is missing")
        case .setsNothing: Bilingual("文件中没有任何设置项", "the file sets nothing")
        }
    }

    public var fix: Bilingual? {
        switch self {
        case .unknownSetting(_, let known): Bilingual("请使用以下之一：\(known)", "use one of \(known)")
        case .notText(let k): Bilingual("请加引号，例如 \(k) = \"…\"", "write it in quotes, e.g. \(k) = \"…\"")
        case .empty: Bilingual("请填写内容，或删去此项以保留现有设置", "give a value, or leave the key out to keep the current one")
        case .numberPlaceholderMissing: Bilingual("例如 绵环发〔{年}〕{号}号", "e.g. 绵环发〔{年}〕{号}号")
        case .setsNothing: Bilingual("请添加设置项，例如 city = \"绵阳市\"", "add keys such as city = \"绵阳市\"")
        }
    }
}
