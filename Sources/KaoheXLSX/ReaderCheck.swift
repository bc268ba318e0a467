import Foundation
import KaoheCore

extension XLSXReader {
    /// One sheet read by the byte scanner and by XMLParser, each outcome as text (the rows, or the messages
    /// refusing the sheet), for the fuzzer's differential check (D-111); the scanner's is nil when it gave way.
    ///
    /// Nil when the workbook itself cannot be opened or has no such sheet.
    public static func readBothWays(_ data: Data, file: String, sheet: String) -> (scanner: String?, parser: String)? {
        guard let book = try? Book(data: data, file: file), let info = try? book.choose(named: sheet, preferred: []) else { return nil }
        func describe(_ body: () throws -> SheetText?) -> String? {
            do {
                return try body().map { "\($0.rows)" }
            } catch let e as DiagnosticsError {
                return e.diagnostics.map { $0.rendered(chinese: false) }.joined(separator: "\n")
            } catch {
                return "\(error)"
            }
        }
        let parsed = describe { try book.readParsing(info) } ?? ""
        return (describe { try book.readScanning(info) }, parsed)
    }
}
