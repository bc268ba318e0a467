import Foundation
import KaoheCore
import KaoheReport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way the CLI writes to standard output and standard error.
///
/// Every line is made safe for a terminal here (`TerminalText`: ESC, C1 and bidi controls become visible
/// symbols), whatever command prints it, so a hostile name can never drive the user's terminal. Writes go
/// straight to the file descriptor, unbuffered, and a failed write to standard output (a full disk, a
/// closed pipe) is remembered: `Kaohe.main` then exits non-zero and says the output is incomplete, instead
/// of exiting 0 with a truncated document (issue 12, item 14).
enum Console {
    /// Why writing to standard output failed, once it has; later writes are skipped.
    nonisolated(unsafe) private(set) static var outputFailure: Int32?

    /// Where output goes instead of the file descriptors while a test runs a command in process; nil in `kaohe`.
    nonisolated(unsafe) static var capture: Capture?

    /// Standard output and standard error of an in-process run, as the terminal would have received them.
    final class Capture: @unchecked Sendable {
        private let lock = NSLock()
        private var out: [UInt8] = [], err: [UInt8] = []

        func append(_ text: String, toError: Bool) {
            lock.withLock { if toError { err += text.utf8 } else { out += text.utf8 } }
        }

        var standardOutput: String { lock.withLock { String(decoding: out, as: UTF8.self) } }
        var standardError: String { lock.withLock { String(decoding: err, as: UTF8.self) } }
    }

    /// Forgets a failed write of an earlier in-process run.
    static func reset() { outputFailure = nil }

    /// Writing to a closed pipe returns EPIPE instead of killing the process, so the failure can be reported.
    static func ignoreBrokenPipeSignal() { signal(SIGPIPE, SIG_IGN) }

    /// Prints text (made terminal-safe) to standard output, like `print`.
    static func out(_ text: String, terminator: String = "\n") {
        guard outputFailure == nil else { return }
        if let capture { return capture.append(TerminalText.lines(text) + terminator, toError: false) }
        if let errno = write(STDOUT_FILENO, TerminalText.lines(text) + terminator) { outputFailure = errno }
    }

    /// Prints text (made terminal-safe) to standard error; a failure there has nowhere to be reported.
    static func err(_ text: String, terminator: String = "\n") {
        if let capture { return capture.append(TerminalText.lines(text) + terminator, toError: true) }
        _ = write(STDERR_FILENO, TerminalText.lines(text) + terminator)
    }

    /// Draws on standard error as is: only for the progress line's own cursor controls around safe text.
    static func errRaw(_ text: String) {
        if let capture { return capture.append(text, toError: true) }
        _ = write(STDERR_FILENO, text)
    }

    /// Writes every byte, retrying after interruptions and short writes; the errno of a failure, else nil.
    private static func write(_ fd: Int32, _ text: String) -> Int32? {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer in
                #if canImport(Glibc)
                Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                Darwin.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
            }
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        bytes.removeAll()
        return nil
    }

    /// The sentence for a failed write to standard output, e.g. for ENOSPC or EPIPE.
    static func outputFailureMessage(_ code: Int32) -> CLIError {
        switch code {
        case EPIPE: CLIError(StandardOutputFailure.readerClosed)
        case ENOSPC: CLIError(StandardOutputFailure.diskFull)
        default: CLIError(StandardOutputFailure.failed(errno: code))
        }
    }
}
