import ArgumentParser
import Foundation
import KaoheCore
import KaoheReport
import KaoheXLSX

/// `--format text|csv|json|xlsx` and `-o` for the list commands (`freeze list`, `summons list`, `reports status`,
/// `assess show`, `stations list`), so every list can go to a spreadsheet the way the summary does (issue 16)
/// and to a program as JSON keyed by the columns' stable English keys (issue 18, D-139).
struct ListFormatOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, json, xlsx }

    @Option(help: optionHelp(OutputFileText.formatHelp))
    var format: Format = .text
    @Option(name: [.customShort("o"), .long], help: optionHelp(OutputFileText.outputHelp)) var output: String?

    /// Whether the table goes to the terminal as text, where a command may add its count lines.
    var isTerminalText: Bool { format == .text && output == nil }

    /// Writes the table in the chosen format: text and CSV to standard output or `-o`, a workbook to `-o` only.
    ///
    /// A workbook's cells are typed (numbers, percentages, dates) and its text neutralised against formula
    /// injection as in the CSV; `-o` never writes over the database (`writeOutput`).
    func emit(_ list: ListTable, database: String, _ lang: LanguageOption) throws {
        try emitList(list, format: format, output: output, database: database, lang)
    }
}

/// Writes a list table as text, CSV, JSON (standard output or `output`) or a workbook (to `output` only); shared
/// by the list commands and `track notice --format xlsx`.
func emitList(_ list: ListTable, format: ListFormatOptions.Format, output: String?, database: String, _ lang: LanguageOption) throws {
    switch format {
    case .xlsx:
        guard let output else {
            throw CLIError(OutputFileFailure.xlsxNeedsOutput)
        }
        let data = try SummaryXLSX.data(list, lang: lang.lang)
        try writeOutput(bytes: Array(data), to: output, database: database)
        Console.out(lang(OutputFileText.wrote(output)))
    case .csv, .text, .json:
        let text = switch format {
        case .csv: list.csv()
        case .json: list.json()
        default: list.text()
        }
        if let output {
            try writeOutput(text, to: output, database: database)
            Console.out(lang(OutputFileText.wrote(output)))
        } else {
            Console.out(text, terminator: "")
        }
    }
}
