/// The fixed words of a printed list of located problems (`Diagnostic`, `DiagnosticsError`).
public enum DiagnosticText {
    /// The prefix of a warning's text, before what is wrong.
    public static let warningPrefix = Bilingual("警告：", "warning: ")

    /// The last line of a list that kept only the first problems: how many errors were not listed.
    public static func notListed(_ count: Int) -> Bilingual {
        Bilingual("…… 另有 \(count) 处错误未列出", "… \(count) more error(s) not listed")
    }
}
