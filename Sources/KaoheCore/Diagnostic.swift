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
    /// The Chinese reason and fix, shown by default to users; nil falls back to the English form.
    public var reasonZh: String?
    public var fixZh: String?
    /// The action the fix asks for, named by a front end (`Diagnostic.rendered(chinese:naming:)`).
    public var action: UserAction?

    public init(
        _ severity: Severity = .error, file: String, line: Int? = nil, column: Int? = nil,
        header: String? = nil, reason: String, fix: String? = nil, reasonZh: String? = nil, fixZh: String? = nil
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.header = header
        self.reason = reason
        self.fix = fix
        self.reasonZh = reasonZh
        self.fixZh = fixZh
    }

    /// A catalogued problem located in a file (issue 13 item 1): its reason and fix come from the module's
    /// `Messages/` catalogue in both languages.
    public init(
        _ severity: Severity = .error, file: String, line: Int? = nil, column: Int? = nil, header: String? = nil,
        problem: some Explained
    ) {
        let reason = problem.reason, fix = problem.fix
        self.init(severity, file: file, line: line, column: column, header: header,
                  reason: reason.en, fix: fix?.en, reasonZh: reason.zh, fixZh: fix?.zh)
        action = problem.action
    }

    /// The English message; tests and logs rely on it.
    public var description: String { rendered(chinese: false) }

    /// The message for people: Chinese when asked and available (`警告：` marks a warning), else English.
    ///
    /// The location is the same in both languages; the fix follows ` — ` in both.
    public func rendered(chinese: Bool) -> String { rendered(chinese: chinese, naming: { _ in nil }) }

    /// The message with the action named after the fix in the front end's terms (`naming` gives the text
    /// appended, e.g. the CLI's "（kaohe areas import）"); nil leaves it unnamed.
    public func rendered(chinese: Bool, naming: (UserAction) -> Bilingual?) -> String {
        let named = action.flatMap(naming)?.text(chinese: chinese) ?? ""
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        if let header { location += " (\(header))" }
        let useChinese = chinese && reasonZh != nil
        let prefix = severity == .warning ? DiagnosticText.warningPrefix.text(chinese: useChinese) : ""
        let text = useChinese ? reasonZh! : reason
        let remedy = useChinese ? fixZh ?? fix : fix
        if let remedy { return "\(location): \(prefix)\(text) — \(remedy)\(named)" }
        return "\(location): \(prefix)\(text)\(named)"
    }
}

/// A failure that carries every located problem found, so a rejected input is reported in full at once.
///
/// The one error of rejected input (issue 13 item 2): the CSV readers, the monitoring importer and the store's
/// conflict checks all throw it. Large files can hold millions of bad rows, so a reader may keep only the first
/// problems and count the rest (`errorCount`); the message then ends with how many were not listed.
public struct DiagnosticsError: UserFacingError, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    /// Every error found, listed or not; at least the errors among `diagnostics`.
    public var errorCount: Int

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
        self.errorCount = diagnostics.filter { $0.severity == .error }.count
    }

    /// Problems of which only the first were kept: `errorCount` says how many errors there were in all.
    public init(diagnostics: [Diagnostic], errorCount: Int) {
        self.diagnostics = diagnostics
        self.errorCount = max(errorCount, diagnostics.filter { $0.severity == .error }.count)
    }

    public var description: String { rendered(chinese: false) }

    /// Every message, one per line, in Chinese when `chinese` (see `Diagnostic.rendered(chinese:)`), and a
    /// count of the errors not listed.
    public func rendered(chinese: Bool) -> String { rendered(chinese: chinese, naming: { _ in nil }) }

    /// Every message with its action named in the front end's terms (see `Diagnostic.rendered(chinese:naming:)`).
    public func rendered(chinese: Bool, naming: (UserAction) -> Bilingual?) -> String {
        let unlisted = errorCount - diagnostics.filter { $0.severity == .error }.count
        let more = unlisted > 0 ? [DiagnosticText.notListed(unlisted).text(chinese: chinese)] : []
        return (diagnostics.map { $0.rendered(chinese: chinese, naming: naming) } + more).joined(separator: "\n")
    }

    public func message(chinese: Bool) -> String { rendered(chinese: chinese) }
    public var isLocatedList: Bool { true }
}
