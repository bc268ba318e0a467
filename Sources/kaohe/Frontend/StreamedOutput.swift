import Foundation
import KaoheCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A document written piece by piece as a library renders it, to `-o PATH` or standard output, so the whole
/// text is never held in memory (issue 14: the summary of 30,000 units is 140 MB of HTML).
///
/// The rules of `-o` (`writeOutput` hands its whole document to this type too): the database and its companion files are refused, a folder is refused, a
/// regular file (or a new one) is replaced atomically — the pieces go to a temporary file beside it, renamed over
/// it by `finish()`, so a failure leaves the old document — and a device, FIFO or terminal is written in place.
/// Standard output goes through `Console.out` in chunks that end at a line break, so the terminal-safe
/// rewriting (`TerminalText.lines`, line by line) gives the same bytes as for the whole text.
final class StreamedOutput {
    private enum Destination {
        case standardOutput
        /// A temporary file to rename over `target` (with the existing file's owner and mode, if any).
        case replacing(fd: Int32, temporary: String, target: String, keeping: stat?)
        case inPlace(fd: Int32)
    }

    private let destination: Destination
    /// The path as the user wrote it, for messages; nil for standard output.
    private let shownAs: String?
    private var buffer: [UInt8] = []
    private var failure: Int32?
    private var finished = false
    /// Bytes gathered before they are written: large enough for few system calls, small beside the document.
    private let chunk: Int

    private init(_ destination: Destination, shownAs: String?, chunk: Int) {
        self.destination = destination
        self.shownAs = shownAs
        self.chunk = chunk
        buffer.reserveCapacity(chunk + 4096)
    }

    /// Standard output when `path` is nil, else the file at `path`, checked by the rules of `-o` (above);
    /// `chunk` bytes are gathered before a write (1 MiB; tests use a few).
    static func open(_ path: String?, database: String, chunk: Int = 1 << 20) throws -> StreamedOutput {
        guard let path else { return StreamedOutput(.standardOutput, shownAs: nil, chunk: chunk) }
        guard !path.isEmpty else { throw CLIError(OutputFileFailure.emptyPath) }
        if let companion = OutputPath.databaseFile(matching: path, database: database) {
            throw CLIError(OutputFileFailure.isDatabase(path: path, database: companion))
        }
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: return try replacing(OutputPath.canonical(path), keeping: info, shownAs: path, chunk: chunk)
            case S_IFDIR: throw CLIError(OutputFileFailure.isFolder(path: path))
            default:
                let fd = openFile(path, O_WRONLY | O_CLOEXEC)
                guard fd >= 0 else { throw OutputPath.failure(path, errno) }
                return StreamedOutput(.inPlace(fd: fd), shownAs: path, chunk: chunk)
            }
        }
        return try replacing(OutputPath.canonical(path), keeping: nil, shownAs: path, chunk: chunk)
    }

    private static func replacing(_ target: String, keeping existing: stat?, shownAs name: String, chunk: Int) throws -> StreamedOutput {
        let (fd, temporary) = try OutputPath.openTemporary(beside: target, shownAs: name)
        return StreamedOutput(.replacing(fd: fd, temporary: temporary, target: target, keeping: existing), shownAs: name, chunk: chunk)
    }

    private static func openFile(_ path: String, _ flags: Int32, _ mode: mode_t = 0) -> Int32 {
        #if canImport(Glibc)
        Glibc.open(path, flags, mode)
        #else
        Darwin.open(path, flags, mode)
        #endif
    }

    /// Appends a piece of the document; written out once a chunk has gathered.
    func write(_ piece: String) {
        buffer.append(contentsOf: piece.utf8)
        if buffer.count >= chunk { flush(final: false) }
    }

    /// Appends bytes of the document (a binary file, or text already encoded), likewise.
    func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= chunk { flush(final: false) }
    }

    /// Writes what is gathered: for standard output up to the last line break (all of it when `final`).
    private func flush(final: Bool) {
        guard !buffer.isEmpty else { return }
        switch destination {
        case .standardOutput:
            let end = Self.terminalChunkEnd(buffer, final: final)
            guard end > 0 else { return }
            Console.out(String(decoding: buffer[..<end], as: UTF8.self), terminator: "")
            buffer.removeSubrange(..<end)
        case .replacing(let fd, _, _, _), .inPlace(let fd):
            if failure == nil { failure = OutputPath.writeAll(fd, buffer) }
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// How much of `buffer` goes to standard output now: through its last line break (all of it when `final`), so
    /// each chunk is whole lines and `TerminalText.lines` of the chunks, joined, is that of the whole text.
    static func terminalChunkEnd(_ buffer: [UInt8], final: Bool) -> Int {
        final ? buffer.count : (buffer.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0)
    }

    /// Gives the document up after a failure while it was rendered: a temporary file is removed, so the file
    /// asked for keeps what it had (standard output has had what was written so far).
    func abandon() {
        guard !finished else { return }
        finished = true
        switch destination {
        case .standardOutput: return
        case .inPlace(let fd):
            flush(final: true)
            close(fd)
        case .replacing(let fd, let temporary, _, _):
            close(fd)
            unlink(temporary)
        }
    }

    /// Writes the rest and, for a file, puts it in place; throws the sentence for a failed write.
    func finish() throws {
        guard !finished else { return }
        finished = true
        flush(final: true)
        switch destination {
        case .standardOutput: return  // a failed write is remembered by Console and reported at exit
        case .inPlace(let fd):
            if close(fd) != 0, failure == nil { failure = errno }
            if let failure { throw OutputPath.failure(shownAs ?? "", failure) }
        case .replacing(let fd, let temporary, let target, let existing):
            try OutputPath.finishReplacement(fd, temporary: temporary, target: target, keeping: existing, failed: failure, shownAs: shownAs ?? "")
        }
    }
}
