import ArgumentParser
import Foundation
import KaoheCSV
import KaoheCore
import KaoheXLSX

/// `--sheet NAME`: the worksheet to read from each .xlsx input (D-64).
struct SheetOption: ParsableArguments {
    @Option(
        name: .long,
        help: optionHelp(SharedOptionHelp.sheet))
    var sheet: String?
}

/// The sheets read in this run, so a diagnostic about a sheet's CSV form names the sheet's cell
/// (`file.xlsx:Sheet!D7`) wherever it is printed.
final class SheetLocations: @unchecked Sendable {
    static let shared = SheetLocations()
    private let lock = NSLock()
    private var sheets: [String: (sheet: SheetText, rows: [Int])] = [:]

    /// Forgets the sheets of an earlier in-process run.
    func reset() { lock.withLock { sheets = [:] } }

    func register(_ sheet: SheetText) {
        let rows = sheet.rowOfLine
        lock.withLock { sheets[sheet.name] = (sheet, rows) }
    }

    /// Registers a sheet with its line map given (a streamed sheet keeps no rows to compute it from).
    func register(_ sheet: SheetText, rowOfLine rows: [Int]) {
        lock.withLock { sheets[sheet.name] = (sheet, rows) }
    }

    func locate(_ d: Diagnostic) -> Diagnostic {
        guard let entry = lock.withLock({ sheets[d.file] }) else { return d }
        return entry.sheet.locate(d, rowOfLine: entry.rows)
    }
}

/// Whether a file is read as a workbook: by its extension, or by its first bytes (a ZIP or an .xls), so a
/// workbook on standard input or misnamed is not read as text.
func isWorkbook(path: String, data: Data?) -> Bool {
    if ["xlsx", "xlsm", "xls"].contains((path as NSString).pathExtension.lowercased()) { return true }
    guard let data else { return false }
    return data.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]) || XLSXReader.looksLikeXLS(data)
}

/// The sheet names that mark each file kind: its Chinese name and its English name.
func sheetNames(_ kinds: [FileKind]) -> [String] {
    kinds.flatMap { [$0.chinese, $0.rawValue] }
}

/// Reads workbook bytes into the sheets to validate, each registered for located messages; a workbook
/// problem is printed with the closing line and exits like any rejected file.
///
/// With `all`, every visible sheet named after one of `kinds` is read (a report workbook with one sheet per
/// part), else the first visible sheet; otherwise one sheet is chosen as `XLSXReader.read` does.
func readSheets(_ data: Data, name: String, sheet: String?, kinds: [FileKind], all: Bool, _ lang: LanguageOption) throws -> [SheetText] {
    let sheets = try parseOrReject([name]) { () throws -> [SheetText] in
        if all && sheet == nil {
            let found = try XLSXReader.readAll(data, file: name, named: sheetNames(kinds))
            if !found.isEmpty { return found }
        }
        return [try XLSXReader.read(data, file: name, sheet: sheet, preferred: sheetNames(kinds))]
    }
    sheets.forEach(SheetLocations.shared.register)
    return sheets
}

extension InputFile {
    init(name: String, data: Data) {
        self.name = name
        self.data = data
    }

    /// The file at `path` ready for a CSV validator: as read, or, for a workbook, the chosen sheet(s) in CSV form.
    static func read(_ path: String, sheet: String?, kinds: [FileKind], all: Bool = false, _ lang: LanguageOption) throws -> [InputFile] {
        let file = try InputFile(path: path)
        guard isWorkbook(path: path, data: file.data) else { return [file] }
        return try readSheets(file.data, name: file.name, sheet: sheet, kinds: kinds, all: all, lang).map { InputFile(name: $0.name, data: $0.csv) }
    }

    /// `collect` for workbooks too: each workbook gives the sheets `read` picks.
    static func collect(_ paths: [String], sheet: String?, kinds: [FileKind], all: Bool = false, _ lang: LanguageOption) throws -> [InputFile] {
        let files = try inputPaths(paths, lang)
        try refuseRepeatedFiles(files)
        return try files.flatMap { try read($0, sheet: sheet, kinds: kinds, all: all, lang) }
    }

    /// The one input of a single-file import; a workbook gives its chosen sheet.
    static func single(_ path: String, sheet: String?, kind: FileKind, _ lang: LanguageOption) throws -> InputFile {
        try read(path, sheet: sheet, kinds: [kind], lang)[0]
    }
}
