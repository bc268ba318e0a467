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

    /// Reads the named files, and the `.csv` files inside named folders (recursively, in path order).
    static func collect(_ paths: [String]) throws -> [InputFile] {
        try csvPaths(paths).map(InputFile.init(path:))
    }
}

/// The named files, and the `.csv` files inside named folders (recursively, in path order).
func csvPaths(_ paths: [String]) throws -> [String] {
    var files: [String] = []
    for path in paths {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let found = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { $0.lowercased().hasSuffix(".csv") }.sorted()
            if found.isEmpty { throw CLIError("\(path)：文件夹中没有 .csv 文件 — 请指定报告文件或其他文件夹", "\(path): the folder holds no .csv file — name the report files or another folder") }
            files += found.map { "\(base)/\($0)" }
        } else {
            files.append(path)
        }
    }
    return files
}

/// Prints diagnostics to standard error, errors and warnings alike, one per line, in the chosen language.
func report(_ diagnostics: [Diagnostic], _ lang: LanguageOption) {
    for d in diagnostics { printError(d.rendered(chinese: lang.chinese)) }
}

func printError(_ text: String) { Console.err(text) }

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
