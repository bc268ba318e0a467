import Foundation
import KaoheReport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress display on standard error — rows, MB/s and time left — drawn only on a terminal.
///
/// When stderr is a file or a pipe nothing is drawn, so logs and tests see only the results.
final class ProgressLine {
    private let label: String
    private let totalBytes: Int
    private let start = Date()
    private var lastDraw = Date.distantPast
    private let enabled: Bool
    private var drawn = false

    init(label: String, totalBytes: Int, enabled: Bool = Console.capture == nil && isatty(STDERR_FILENO) == 1) {
        self.label = label
        self.totalBytes = totalBytes
        self.enabled = enabled
    }

    /// Redraws at most ten times a second; `bytes` read so far, `rows` parsed so far.
    func update(bytes: Int, rows: Int) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        drawn = true
        Console.errRaw("\r" + TerminalText.line(Self.line(label: label, bytes: bytes, total: totalBytes, rows: rows, seconds: now.timeIntervalSince(start))) + "\u{1B}[K")
    }

    /// Clears the line so the next message starts clean.
    func finish() {
        guard enabled, drawn else { return }
        Console.errRaw("\r\u{1B}[K")
    }

    /// The text of the line, e.g. `m.csv  42%  1,234,567 rows  180.3 MB/s  ETA 0:07`.
    static func line(label: String, bytes: Int, total: Int, rows: Int, seconds: Double) -> String {
        let rate = seconds > 0 ? Double(bytes) / seconds : 0
        let percent = total > 0 ? min(100, bytes * 100 / total) : 100
        let left = rate > 0 ? Int((Double(total - bytes) / rate).rounded()) : 0
        let eta = String(format: "%d:%02d", left / 60, left % 60)
        return "\(label)  \(percent)%  \(rows.formatted(.number.grouping(.automatic))) rows  \(String(format: "%.1f", rate / 1_000_000)) MB/s  ETA \(eta)"
    }
}
