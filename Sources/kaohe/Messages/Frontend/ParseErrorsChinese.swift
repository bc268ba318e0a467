extension ParseErrors {
    /// The Chinese sentence for one of ArgumentParser's error sentences, or nil when it is not known.
    static func chinese(_ english: String) -> String? {
        if let name = quoted(english, after: "Missing expected argument ") {
            return "缺少必需的参数 \(name) — 请补上；用 --help 查看用法"
        }
        if let name = quoted(english, after: "Missing value for ") {
            return "\(name) 缺少取值 — 请在选项后给出值"
        }
        if let name = quoted(english, after: "Unknown option ") {
            return "未知选项 \(name) — 请检查拼写；用 --help 查看可用选项"
        }
        if let name = quoted(english, after: "Unexpected argument ") {
            return "多余的参数 \(name) — 请删去；含空格的值请加引号"
        }
        if english == "Missing required subcommand." {
            return "缺少子命令 — 用 --help 查看可用的子命令"
        }
        let invalid = "The value '"
        if english.hasPrefix(invalid), let end = english.range(of: "' is invalid for '") {
            let value = english[english.index(english.startIndex, offsetBy: invalid.count)..<end.lowerBound]
            let rest = english[end.upperBound...]
            guard let close = rest.firstIndex(of: "'") else { return nil }
            let option = rest[..<close]
            let after = rest[rest.index(after: close)...]
            let choices = "Please provide one of "
            if after.isEmpty { return "'\(option)' 的取值 '\(value)' 无效 — 请检查后重试" }
            if after.hasPrefix(". " + choices), after.hasSuffix(".") {
                // Two choices come as "'a' and 'b'", more as "'a', 'b' or 'c'".
                let list = after.dropFirst(2 + choices.count).dropLast()
                    .replacingOccurrences(of: " or ", with: "、").replacingOccurrences(of: " and ", with: "、").replacingOccurrences(of: ", ", with: "、")
                return "'\(option)' 的取值 '\(value)' 无效 — 可选值：\(list)"
            }
        }
        return nil
    }
}
