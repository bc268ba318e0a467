import Foundation
import KaoheCore

extension MonitoringData {
    /// The old-code check of what this monitoring file is about to store (issue 21, D-145): its station-days under a
    /// code a succession in force replaced by their day, one warning (or error) per code with the count, the first
    /// line and the first and last day. Read from the parsed parts, so the parsers are not changed.
    public func oldCodeDiagnostics(file: String, check: OldCodeImports) -> [Diagnostic] {
        check.diagnostics(
            file: file, kind: .monitoring,
            uses: parts.lazy.filter { check.mayReplace($0.areaCode) }.map { OldCodeImports.Use(code: $0.areaCode, day: $0.day, line: $0.line) })
    }
}
