import ArgumentParser
import Foundation
import KaoheReport
import KaoheXLSX

/// `--format text|csv|xlsx` and `-o` for the list commands (`freeze list`, `summons list`, `reports status`,
/// `assess show`), so every list can go to a spreadsheet the way the summary does (issue 16).
struct ListFormatOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, xlsx }

    @Option(help: optionHelp("text（默认）、csv（带 BOM 的 UTF-8）或 xlsx（Excel 工作簿，须用 -o）。", "text (default), csv (UTF-8 with a BOM) or xlsx (an Excel workbook; needs -o)."))
    var format: Format = .text
    @Option(name: [.customShort("o"), .long], help: optionHelp("写入该文件，而不是标准输出。", "Write to this file instead of standard output.")) var output: String?

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

/// Writes a list table as text, CSV (standard output or `output`) or a workbook (to `output` only); shared by
/// the list commands and `track notice --format xlsx`.
func emitList(_ list: ListTable, format: ListFormatOptions.Format, output: String?, database: String, _ lang: LanguageOption) throws {
    switch format {
    case .xlsx:
        guard let output else {
            throw CLIError(lang("--format xlsx 需要用 -o 指定输出文件，例如 -o 清单.xlsx", "--format xlsx needs an output file, e.g. -o list.xlsx"))
        }
        let data = try SummaryXLSX.data(list, lang: lang.lang)
        try writeOutput(bytes: Array(data), to: output, database: database)
        Console.out(lang("已写入 \(output)", "wrote \(output)"))
    case .csv, .text:
        let text = format == .csv ? list.csv() : list.text()
        if let output {
            try writeOutput(text, to: output, database: database)
            Console.out(lang("已写入 \(output)", "wrote \(output)"))
        } else {
            Console.out(text, terminator: "")
        }
    }
}
