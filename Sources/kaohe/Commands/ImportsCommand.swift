import ArgumentParser
import KaoheCore
import KaoheReport
import KaoheStore

struct ImportsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "imports", abstract: helpText(ImportsHelp.abstract))
    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption

    func run() throws {
        let log = try store.open(.read).importLog()
        var table = TextTable(
            headers: ImportsText.headers.map { lang($0) } + ["SHA-256"],
            alignments: [.right, .left, .left, .right, .right, .right, .left, .left])
        for e in log {
            table.append([String(e.id ?? 0), e.importedAt, Labels.importKind(e.kind, lang.lang), String(e.rowCount), String(e.added), String(e.changed), e.fileName, e.sha256])
        }
        Console.out(table.render(), terminator: "")
        if log.contains(where: { ["report", "key-tasks", "projects", "funding"].contains($0.kind) }) {
            Console.out(lang(ImportsText.reportCounts))
        }
    }
}

/// The one-line result of an import, e.g. `areas.csv: 13 行；新增 13，修改 0，未变 0`.
func importSummary(file: String, rows: Int, outcome: ImportOutcome, lang: LanguageOption) -> String {
    let withdrawn = outcome.keptWithdrawn == 0 ? "" : lang(ImportsText.keptWithdrawn(outcome.keptWithdrawn))
    return lang(ImportsText.imported(
        file: file, rows: rows, added: outcome.added, changed: outcome.changed, unchanged: outcome.unchanged, importID: outcome.importID)) + withdrawn
}
