import ArgumentParser
import Foundation
import KaoheCore
import KaoheStore

/// An input file read whole, with the name the user gave and the hash of its bytes for the import log.
struct InputFile {
    let name: String
    let data: Data

    init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
                throw CLIError(isDir.boolValue ? "\(path): is a folder — give a CSV file" : "\(path): cannot be read — check its permissions")
            }
            throw CLIError("\(path)：文件不存在 — 请检查路径", "\(path): no such file — check the path")
        }
        self.name = path
        self.data = data
    }

    var importFile: ImportFile { ImportFile(name: name, sha256: sha256Hex(of: data)) }

    /// Reads the named files, and the supported files inside named folders (see `inputPaths`).
    static func collect(_ paths: [String], _ lang: LanguageOption) throws -> [InputFile] {
        try inputPaths(paths, lang).map(InputFile.init(path:))
    }
}

/// Extensions a folder import reads (D-39): CSV, the spreadsheet "Unicode text" export (.txt, UTF-16 with
/// tabs) and tab-separated text (.tsv).
let supportedExtensions = ["csv", "txt", "tsv"]

/// The named files, and the supported files inside named folders (recursively, in path order).
///
/// Every other file found in a folder is named on standard error with the reason it was skipped, so nothing
/// is left out silently; a folder with no supported file is an error.
func inputPaths(_ paths: [String], _ lang: LanguageOption) throws -> [String] {
    var files: [String] = []
    for path in paths {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else {
            files.append(path)
            continue
        }
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        var found: [String] = []
        for entry in (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted() {
            let full = "\(base)/\(entry)"
            var entryIsDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &entryIsDir), entryIsDir.boolValue { continue }
            let name = (entry as NSString).lastPathComponent
            let ext = (name as NSString).pathExtension.lowercased()
            if name.hasPrefix(".") {
                printError(lang("\(full)：已跳过 — 隐藏文件", "\(full): skipped — a hidden file"))
            } else if !supportedExtensions.contains(ext) {
                printError(lang(
                    "\(full)：已跳过 — 不是 .csv、.txt 或 .tsv 文件；如需导入，请另存为 CSV 后单独指定",
                    "\(full): skipped — not a .csv, .txt or .tsv file; save it as CSV and name it to import it"))
            } else {
                found.append(full)
            }
        }
        if found.isEmpty {
            throw CLIError(
                "\(path)：文件夹中没有 .csv、.txt 或 .tsv 文件 — 请指定文件或其他文件夹",
                "\(path): the folder holds no .csv, .txt or .tsv file — name the files or another folder")
        }
        files += found
    }
    return files
}

/// Prints diagnostics to standard error, errors and warnings alike, one per line, in the chosen language.
func report(_ diagnostics: [Diagnostic], _ lang: LanguageOption) {
    for d in diagnostics { printError(d.rendered(chinese: lang.chinese)) }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Runs a parse step; on rejection prints every problem and a closing line, then fails with exit code 1.
///
/// `files` names what was read; with more than one file the closing line says none of them was stored.
func parseOrReject<T>(_ files: [String], _ lang: LanguageOption, _ parse: () throws -> T) throws -> T {
    do {
        return try parse()
    } catch let error as DiagnosticsError {
        report(error.diagnostics, lang)
        let count = error.diagnostics.filter { $0.severity == .error }.count
        if files.count == 1 {
            printError(lang("\(files[0]): 共 \(count) 处错误，文件被拒绝，未存储任何数据。", "\(files[0]): \(count) error(s); the file was rejected and nothing from it was stored."))
        } else {
            printError(lang("共 \(count) 处错误，\(files.count) 个文件均被拒绝，未存储任何数据。", "\(count) error(s); all \(files.count) files were rejected and nothing from any of them was stored."))
        }
        throw ExitCode.failure
    }
}

/// Writes a document the user asked for with -o, replacing the file; the folder must exist.
func writeOutput(_ text: String, to path: String) throws {
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        throw CLIError("\(path)：无法写入（\(error.localizedDescription)）— 请检查文件夹是否存在且可写", "\(path): cannot be written (\(error.localizedDescription)) — check that the folder exists and is writable")
    }
}

/// Runs a store step that may refuse with located problems (`DiagnosticsError`): prints them and a closing
/// line, then fails with exit code 1; nothing was stored.
func refusingDiagnostics<T>(_ lang: LanguageOption, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as DiagnosticsError {
        report(error.diagnostics, lang)
        printError(lang("未存储任何数据。", "Nothing was stored."))
        throw ExitCode.failure
    }
}
