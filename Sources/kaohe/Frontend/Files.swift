import ArgumentParser
import Foundation
import KaoheCore
import KaoheStore

/// An input file read whole, with the name the user gave and the hash of its bytes for the import log.
struct InputFile {
    let name: String
    let data: Data

    /// Reads the file at `path`; `-` is standard input, and pipes, FIFOs and `/dev/stdin` are read to
    /// their end like files (issue 12, item 24).
    init(path: String) throws {
        if path == standardInputArgument {
            self.name = standardInputName
            self.data = try readToEnd(FileHandle.standardInput, shownAs: standardInputName)
            return
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw CLIError(InputFileFailure.noSuchFile(path: path))
        }
        if isDir.boolValue { throw CLIError(InputFileFailure.isFolder(path: path)) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CLIError(InputFileFailure.cannotRead(path: path))
        }
        defer { try? handle.close() }
        self.name = path
        self.data = try readToEnd(handle, shownAs: path)
    }

    var importFile: ImportFile { ImportFile(name: name, sha256: sha256Hex(of: data)) }

    /// Reads the named files, and the supported files inside named folders (see `inputPaths`); a file named
    /// twice is refused.
    static func collect(_ paths: [String], _ lang: LanguageOption) throws -> [InputFile] {
        let files = try inputPaths(paths, lang)
        try refuseRepeatedFiles(files)
        return try files.map(InputFile.init(path:))
    }
}

/// The argument that names standard input, as in most Unix tools.
let standardInputArgument = "-"

/// The name standard input goes by in messages and the import log.
let standardInputName = "<stdin>"

/// Everything left to read from `handle`, or a sentence naming the file when reading fails.
func readToEnd(_ handle: FileHandle, shownAs name: String) throws -> Data {
    do {
        return try handle.readToEnd() ?? Data()
    } catch {
        throw CLIError(InputFileFailure.readingFailed(path: name))
    }
}

/// Refuses a command line that names one file twice — by the same or another spelling (relative path,
/// symlink, hard link, a file also inside a named folder, `-` and `/dev/stdin`) — so the file is never
/// reported as a duplicate of itself (issue 12, item 22).
func refuseRepeatedFiles(_ paths: [String]) throws {
    var seen: [FileIdentity: String] = [:]
    for path in paths {
        guard let id = FileIdentity(path) else { continue }
        if let first = seen[id] {
            throw first == path
                ? CLIError(InputFileFailure.givenTwice(path: path))
                : CLIError(InputFileFailure.sameFileTwice(path: path, first: first))
        }
        seen[id] = path
    }
}

/// A file's device and inode: equal for every name of one file.
struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64

    init?(_ path: String) {
        var info = stat()
        let found = path == standardInputArgument ? fstat(STDIN_FILENO, &info) == 0 : stat(path, &info) == 0
        guard found else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

/// Extensions a folder import reads (D-45): CSV, the spreadsheet "Unicode text" export (.txt, UTF-16 with
/// tabs), tab-separated text (.tsv) and Excel workbooks (.xlsx, D-64).
let supportedExtensions = ["csv", "txt", "tsv", "xlsx"]

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
                printError(lang(InputFileText.skippedHidden(full)))
            } else if !supportedExtensions.contains(ext) {
                printError(lang(InputFileText.skippedKind(full)))
            } else {
                found.append(full)
            }
        }
        if found.isEmpty {
            throw CLIError(InputFileFailure.folderHoldsNoInput(path: path))
        }
        files += found
    }
    return files
}

/// Prints diagnostics to standard error, errors and warnings alike, one per line, in the chosen language.
func report(_ diagnostics: [Diagnostic], _ lang: LanguageOption) {
    // A message about a workbook sheet's CSV form names the sheet's cell (D-64).
    for d in diagnostics { printError(SheetLocations.shared.locate(d).cliText(chinese: lang.chinese)) }
}

func printError(_ text: String) { Console.err(text) }

/// Runs a parse step; a rejection becomes `RejectedInput` with every problem and a closing line.
///
/// `files` names what was read; with more than one file the closing line says none of them was stored.
func parseOrReject<T>(_ files: [String], _ parse: () throws -> T) throws -> T {
    do {
        return try parse()
    } catch let error as DiagnosticsError {
        let count = error.diagnostics.filter { $0.severity == .error }.count
        if files.count == 1 {
            throw RejectedInput(error, closing: InputFileText.fileRejected(files[0], errors: count))
        }
        throw RejectedInput(error, closing: InputFileText.filesRejected(files: files.count, errors: count))
    }
}

/// Runs a store step that may refuse with located problems (`DiagnosticsError`); the refusal becomes
/// `RejectedInput` closed by "nothing was stored".
func refusingDiagnostics<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as DiagnosticsError {
        throw RejectedInput(error, closing: InputFileText.nothingStored)
    }
}
