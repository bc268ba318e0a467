import KaoheCore
import KaoheCSV

/// Reports the old-code check of an import (issue 21, D-145): its errors reject `file` with every located problem,
/// else its warnings are printed and the import goes on.
func checkOldCodes(_ diagnostics: [Diagnostic], file: String, _ lang: LanguageOption) throws {
    let errors = diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty { _ = try parseOrReject([file]) { throw DiagnosticsError(errors) } }
    report(diagnostics, lang)
}

extension MonitoringCommand.Import {
    /// The old-code check of one monitoring file (D-145): its errors reject the file as its other problems do
    /// (nothing of it is stored), else its warnings are printed.
    func checkOldCodes(_ diagnostics: [Diagnostic], path: String) throws {
        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            let error = DiagnosticsError(errors.map(SheetLocations.shared.locate))
            throw FileRejected(error, path: path, errors: errors.count, lang)
        }
        report(diagnostics, lang)
    }
}
