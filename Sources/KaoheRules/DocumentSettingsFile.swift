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
                    problem: RuleSetIssue.syntax(description: error.description))
            ])
        } catch {
            throw DiagnosticsError([
                Diagnostic(file: fileName, line: 1, column: 1, problem: RuleSetIssue.notTOML)
            ])
        }
        let map = SourceMap(text: text)
        var problems: [Diagnostic] = []
        var changes: [(DocumentSettings.Field, String)] = []
        func problem(_ key: String, _ issue: DocumentSettingsIssue) {
            let e = map.locate([key])
            problems.append(Diagnostic(file: fileName, line: e.line, column: e.column, problem: issue))
        }
        let names = DocumentSettings.Field.allCases.map(\.rawValue).joined(separator: ", ")
        for key in table.keys.sorted() {
            guard let field = DocumentSettings.Field(rawValue: key) else {
                problem(key, .unknownSetting(key: key, known: names))
                continue
            }
            guard let raw = table[key]?.string else {
                problem(key, .notText(key: key))
                continue
            }
            let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty {
                problem(key, .empty(key: key))
                continue
            }
            if field == .documentNumberPattern && !value.contains(DocumentNumberPattern.number) {
                problem(key, .numberPlaceholderMissing)
                continue
            }
            changes.append((field, value))
        }
        if changes.isEmpty && problems.isEmpty {
            problems.append(Diagnostic(file: fileName, line: 1, column: 1, problem: DocumentSettingsIssue.setsNothing))
        }
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        // In the order of `kaohe settings show`.
        return changes.sorted { a, b in
            DocumentSettings.Field.allCases.firstIndex(of: a.0)! < DocumentSettings.Field.allCases.firstIndex(of: b.0)!
        }
    }
}
