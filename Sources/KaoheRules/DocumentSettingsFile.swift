import Foundation
import KaoheCore
import TOMLKit

/// Reads a document-settings file (TOML) for `kaohe settings import`: top-level string keys named like the
/// options of `kaohe settings set` — city, issuer, doc-pattern, to, cc, printed-by, signature, requirements.
///
/// Takes text, not a path: the caller reads the file. Every problem is reported together, located
/// (`file:line:column: reason — fix`); nothing is returned unless the whole file is valid.
public enum DocumentSettingsFile {
    public static func parse(_ text: String, fileName: String) throws(DiagnosticsError) -> [(DocumentSettings.Field, String)] {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw DiagnosticsError([
                Diagnostic(
                    file: fileName, line: error.source.begin.line, column: error.source.begin.column,
                    reason: "TOML syntax error: \(error.description)", fix: "correct the TOML syntax at this position",
                    reasonZh: "TOML 语法错误：\(error.description)", fixZh: "请更正此处的 TOML 语法")
            ])
        } catch {
            throw DiagnosticsError([
                Diagnostic(
                    file: fileName, line: 1, column: 1, reason: "cannot parse the file as TOML", fix: "check that it is a TOML text",
                    reasonZh: "无法按 TOML 解析该文件", fixZh: "请确认这是 TOML 文本")
            ])
        }
        let map = SourceMap(text: text)
        var problems: [Diagnostic] = []
        var changes: [(DocumentSettings.Field, String)] = []
        func problem(_ key: String, _ reason: String, _ fix: String, _ reasonZh: String, _ fixZh: String) {
            let e = map.locate([key])
            problems.append(Diagnostic(file: fileName, line: e.line, column: e.column, reason: reason, fix: fix, reasonZh: reasonZh, fixZh: fixZh))
        }
        let names = DocumentSettings.Field.allCases.map(\.rawValue).joined(separator: ", ")
        for key in table.keys.sorted() {
            guard let field = DocumentSettings.Field(rawValue: key) else {
                problem(key, "unknown setting \"\(key)\"", "use one of \(names)", "未知的设置项“\(key)”", "请使用以下之一：\(names)")
                continue
            }
            guard let raw = table[key]?.string else {
                problem(key, "\(key) is not a text", "write it in quotes, e.g. \(key) = \"…\"", "\(key) 不是文本", "请加引号，例如 \(key) = \"…\"")
                continue
            }
            let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty {
                problem(key, "\(key) is empty", "give a value, or leave the key out to keep the current one", "\(key) 为空", "请填写内容，或删去此项以保留现有设置")
                continue
            }
            if field == .documentNumberPattern && !value.contains("{号}") {
                problem(key, "the number placeholder {号} is missing", "e.g. 绵环发〔{年}〕{号}号", "缺少序号占位符 {号}", "例如 绵环发〔{年}〕{号}号")
                continue
            }
            changes.append((field, value))
        }
        if changes.isEmpty && problems.isEmpty {
            problems.append(Diagnostic(
                file: fileName, line: 1, column: 1, reason: "the file sets nothing", fix: "add keys such as city = \"绵阳市\"",
                reasonZh: "文件中没有任何设置项", fixZh: "请添加设置项，例如 city = \"绵阳市\""))
        }
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        // In the order of `kaohe settings show`.
        return changes.sorted { a, b in
            DocumentSettings.Field.allCases.firstIndex(of: a.0)! < DocumentSettings.Field.allCases.firstIndex(of: b.0)!
        }
    }
}
