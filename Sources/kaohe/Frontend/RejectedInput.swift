import KaoheCore

/// Input rejected with every located problem and a closing sentence saying what was not stored.
///
/// Thrown instead of printing and exiting where the problems are found, so the one exit path (`Failures`) prints
/// every rejection (issue 13 item 2). The diagnostics are located already (a workbook sheet's CSV line becomes
/// its cell, D-64); warnings found with the errors are listed with them.
struct RejectedInput: UserFacingError {
    var problems: DiagnosticsError
    /// The sentence after the problems, saying what was not stored.
    var closing: Bilingual

    init(_ error: DiagnosticsError, closing: Bilingual) {
        var located = error
        located.diagnostics = error.diagnostics.map(SheetLocations.shared.locate)
        problems = located
        self.closing = closing
    }

    /// The closing sentence in both languages as two strings (transition, issue 13 item 1: prefer a catalogue `Bilingual`).
    init(_ error: DiagnosticsError, closing zh: String, _ en: String) { self.init(error, closing: Bilingual(zh, en)) }

    func message(chinese: Bool) -> String {
        problems.cliText(chinese: chinese) + "\n" + closing.text(chinese: chinese)
    }

    var isLocatedList: Bool { true }
}
