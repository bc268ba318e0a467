import Foundation
import KaoheCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a document the user asked for with `-o PATH` (docs/decisions.md, "How -o writes").
///
/// - A path that is the database or one of its companion files (`-wal`, `-shm`, `-journal`) is refused,
///   however it is spelled: relative, through symlinks, or as a hard link (same device and inode).
/// - A regular file (or a new one) is replaced atomically: the text goes to a temporary file in the same
///   folder, which is renamed over the target, so a crash leaves the old document or the new one. An
///   existing file keeps its permission bits. A symlink is written through: its target is replaced and the
///   link stays.
/// - Anything else (a device such as `/dev/null`, a FIFO, a terminal) is written in place and never
///   replaced by a regular file.
func writeOutput(_ text: String, to path: String, database: String) throws {
    let output = try StreamedOutput.open(path, database: database)
    output.write(text)
    try output.finish()
}

/// Writes a document's bytes (text, or a binary file such as a Word notice) with the same rules as the text form:
/// one `StreamedOutput` given the whole document, so the rules of `-o` live in one place.
func writeOutput(bytes: [UInt8], to path: String, database: String) throws {
    let output = try StreamedOutput.open(path, database: database)
    output.write(bytes: bytes)
    try output.finish()
}

/// The file-system work behind `writeOutput`.
enum OutputPath {
    /// The database file (or companion) that `path` names, or nil when it names none of them.
    static func databaseFile(matching path: String, database: String) -> String? {
        let candidates = [database, database + "-wal", database + "-shm", database + "-journal"]
        var target = stat()
        let targetExists = stat(path, &target) == 0
        let targetPath = canonical(path)
        for candidate in candidates {
            var other = stat()
            if targetExists && stat(candidate, &other) == 0 {
                if other.st_dev == target.st_dev && other.st_ino == target.st_ino { return candidate }
            } else if canonical(candidate) == targetPath {
                return candidate
            }
        }
        return nil
    }

    /// The absolute path with every symlink resolved, also for a file that does not exist yet (its folder
    /// is resolved, and a dangling symlink is followed to where it points).
    static func canonical(_ path: String, depth: Int = 0) -> String {
        if let resolved = realPath(path) { return resolved }
        var info = stat()
        if depth < 40, lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK,
            let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: path)
        {
            let next = destination.hasPrefix("/") ? destination : (folder(of: path) as NSString).appendingPathComponent(destination)
            return canonical(next, depth: depth + 1)
        }
        let name = (path as NSString).lastPathComponent
        let parent = realPath(folder(of: path)) ?? absolute(folder(of: path))
        return (parent as NSString).appendingPathComponent(name)
    }

    static func folder(of path: String) -> String {
        let parent = (path as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Creates a new temporary file beside `target` (`.name.kaohe-N`, never an existing one), for a replacement
    /// renamed over `target` once it is written whole.
    static func openTemporary(beside target: String, shownAs name: String) throws -> (fd: Int32, path: String) {
        let folder = folder(of: target)
        let base = (target as NSString).lastPathComponent
        var temporary = ""
        var fd: Int32 = -1
        for _ in 0..<100 {
            temporary = (folder as NSString).appendingPathComponent(".\(base).kaohe-\(UInt32.random(in: 0...UInt32.max))")
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw failure(name, errno) }
        return (fd, temporary)
    }

    /// Puts a replacement written to `temporary` in place: the existing file's owner and mode, `fsync`, close, and
    /// rename over `target`; on any failure (`failed`: the errno of a failed write before) the temporary file is
    /// removed, `target` is left as it was, and the sentence for the failure is thrown.
    static func finishReplacement(_ fd: Int32, temporary: String, target: String, keeping existing: stat?, failed: Int32?, shownAs name: String) throws {
        var failed = failed
        if failed == nil, let existing {
            _ = fchown(fd, existing.st_uid, existing.st_gid)
            if fchmod(fd, existing.st_mode & 0o7777) != 0 { failed = errno }
        }
        if failed == nil, fsync(fd) != 0 { failed = errno }
        if close(fd) != 0, failed == nil { failed = errno }
        if failed == nil, rename(temporary, target) != 0 { failed = errno }
        if let failed {
            unlink(temporary)
            throw failure(name, failed)
        }
    }

    /// Writes every byte; the errno of a failure, else nil.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        return nil
    }

    /// The sentence for a failed write of `path`.
    static func failure(_ path: String, _ code: Int32) -> CLIError {
        switch code {
        case ENOSPC: CLIError(OutputFileFailure.diskFull(path: path))
        case ENOENT, ENOTDIR: CLIError(OutputFileFailure.noFolder(path: path))
        case EACCES, EPERM, EROFS: CLIError(OutputFileFailure.notWritable(path: path))
        default: CLIError(OutputFileFailure.cannotWrite(path: path, errno: code))
        }
    }
}
