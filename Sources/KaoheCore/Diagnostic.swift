/// A problem found in an input, located like a compiler message so a person can open the file and fix it.
///
/// Printed as `file:line:column (header): reason — fix`. Lines are physical, 1-based lines of the file as
/// the user sees it in an editor; columns are 1-based field positions in the CSV row (or characters for
/// rule-set files), and `header` names the column when there is one.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable { case error, warning }

    public var severity: Severity
    public var file: String
    public var line: Int?
    public var column: Int?
    public var header: String?
    public var reason: String
    public var fix: String?

    public init(
        _ severity: Severity = .error, file: String, line: Int? = nil, column: Int? = nil,
        header: String? = nil, reason: String, fix: String? = nil
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.header = header
        self.reason = reason
        self.fix = fix
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        if let header { location += " (\(header))" }
        let prefix = severity == .warning ? "warning: " : ""
        if let fix { return "\(location): \(prefix)\(reason) — \(fix)" }
        return "\(location): \(prefix)\(reason)"
    }
}

/// A failure that carries every located problem found, so a rejected input is reported in full at once.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
