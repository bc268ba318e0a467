import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KaoheCore

/// One row of a worksheet as text cells, dense from column A, with its 1-based row number.
public struct SheetRow: Sendable, Equatable {
    public var number: Int
    public var cells: [String]

    public init(number: Int, cells: [String]) {
        self.number = number
        self.cells = cells
    }
}

/// A cell the reader cannot turn into text (an error value, a formula without a cached result, a bad date).
struct CellProblem {
    var row: Int
    var column: Int
    var reason: String
    var fix: String
    var reasonZh: String
    var fixZh: String
}

/// Reads a worksheet part event by event (Foundation's XMLParser), handing each finished row on.
///
/// Cell values become the text a person sees: shared and inline strings as written, numbers in at most 15
/// significant digits (as a spreadsheet shows them) without exponent, booleans as TRUE/FALSE, dated cells as
/// `2015-01-01` or `2015-01-01 13:00`. A cell or row without an `r` attribute follows the previous one.
final class SheetReader: NSObject, XMLParserDelegate {
    private let shared: [String]
    private let styles: DateStyles
    private let date1904: Bool
    private let onRow: (SheetRow) -> Void

    private(set) var problems: [CellProblem] = []
    /// Merged ranges as (first row, first column, last row, last column), 1-based.
    private(set) var merges: [(Int, Int, Int, Int)] = []
    private(set) var sharedIndexOutOfRange = false

    private var rowNumber = 0
    private var cells: [String] = []
    private var column = 0
    private var cellType = ""
    private var cellStyle: Int?
    private var value = ""
    private var inline = ""
    private var hasValue = false
    private var hasFormula = false
    private var capture: Capture = .none
    private var phoneticDepth = 0
    private var inCell = false

    private enum Capture { case none, value, inlineText, formula }

    init(shared: [String], styles: DateStyles, date1904: Bool, onRow: @escaping (SheetRow) -> Void) {
        self.shared = shared
        self.styles = styles
        self.date1904 = date1904
        self.onRow = onRow
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes a: [String: String] = [:]
    ) {
        switch localName(elementName) {
        case "row":
            rowNumber = attribute(a, "r").flatMap { Int($0) } ?? rowNumber + 1
            cells = []
            column = 0
        case "c":
            inCell = true
            if let ref = attribute(a, "r"), let parsed = parseCellReference(ref) {
                column = parsed.column
            } else {
                column += 1
            }
            cellType = attribute(a, "t") ?? "n"
            cellStyle = attribute(a, "s").flatMap { Int($0) }
            value = ""
            inline = ""
            hasValue = false
            hasFormula = false
        case "v" where inCell: capture = .value; hasValue = true
        case "f" where inCell: capture = .formula; hasFormula = true
        case "rPh": phoneticDepth += 1
        case "t" where inCell && cellType == "inlineStr": if phoneticDepth == 0 { capture = .inlineText; hasValue = true }
        case "mergeCell":
            if let ref = attribute(a, "ref") {
                let ends = ref.split(separator: ":").compactMap { parseCellReference(String($0)) }
                if ends.count == 2 { merges.append((ends[0].row, ends[0].column, ends[1].row, ends[1].column)) }
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        switch capture {
        case .value: value += string
        case .inlineText: inline += string
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch localName(elementName) {
        case "v", "f", "t": capture = .none
        case "rPh": phoneticDepth -= 1
        case "c":
            inCell = false
            guard column >= 1, column <= 16_384 else { return }
            if let text = cellText() {
                if cells.count < column { cells += Array(repeating: "", count: column - cells.count) }
                cells[column - 1] = text
            }
        case "row":
            while let last = cells.last, last.isEmpty { cells.removeLast() }
            if !cells.isEmpty { onRow(SheetRow(number: rowNumber, cells: cells)) }
        default: break
        }
    }

    /// The cell's text, or nil for an empty cell or one reported as a problem.
    private func cellText() -> String? {
        if cellType == "inlineStr" { return hasValue ? decodeEscapes(inline) : nil }
        // A formula saved without computing it (openpyxl writes an empty <v/>) has no value to read; an
        // empty text result (t="str") is a value.
        if hasFormula && (!hasValue || (cellType != "str" && value.trimmingCharacters(in: .whitespaces).isEmpty)) {
            problem(
                "the formula has no saved result", fix: "open the workbook in Excel, WPS or LibreOffice and save it again, or type the value instead of the formula",
                reasonZh: "公式没有保存的计算结果", fixZh: "请用 Excel、WPS 或 LibreOffice 打开并重新保存，或直接填写数值而非公式")
            return nil
        }
        guard hasValue else { return nil }
        switch cellType {
        case "s":
            guard let i = Int(value.trimmingCharacters(in: .whitespaces)), i >= 0, i < shared.count else {
                problem("the cell points to a shared string the workbook does not have", fix: "save the workbook again from the spreadsheet program",
                        reasonZh: "单元格引用的共享字符串不存在", fixZh: "请用电子表格软件重新保存该工作簿")
                return nil
            }
            return shared[i]
        case "str": return decodeEscapes(value)
        case "b":
            return value.trimmingCharacters(in: .whitespaces) == "1" ? "TRUE" : "FALSE"
        case "e":
            problem(
                "the cell holds the error value \(value)", fix: "correct the cell (or the formula behind it) so it holds a value",
                reasonZh: "单元格为错误值 \(value)", fixZh: "请更正该单元格（或其公式），使其为有效数值")
            return nil
        default:
            let raw = value.trimmingCharacters(in: .whitespaces)
            if raw.isEmpty { return nil }
            guard let number = Double(raw), number.isFinite else { return raw }
            if styles.isDateStyle(cellStyle) {
                guard let text = dateText(serial: number, date1904: date1904) else {
                    problem(
                        "the cell is formatted as a date but \(raw) is no day of the calendar", fix: "type the date as 2015-01-01",
                        reasonZh: "单元格格式为日期，但 \(raw) 不是有效日期", fixZh: "请按 2015-01-01 的格式填写日期")
                    return nil
                }
                return text
            }
            if styles.isPercentStyle(cellStyle) {
                // 0.04 shown as 4%: the text a person sees, so a target of 4% reads as in the CSV twin.
                let shown = numberText(raw, number)
                guard let exact = Decimal(string: shown, locale: Locale(identifier: "en_US_POSIX")) else { return shown }
                return "\(exact * 100)%"
            }
            return numberText(raw, number)
        }
    }

    private func problem(_ reason: String, fix: String, reasonZh: String, fixZh: String) {
        problems.append(CellProblem(row: rowNumber, column: column, reason: reason, fix: fix, reasonZh: reasonZh, fixZh: fixZh))
    }
}

/// A stored number as a spreadsheet shows it: at most 15 significant digits, never an exponent.
///
/// A written decimal such as `45.6` is kept as written; `0.30000000000000004` (binary noise) shows as `0.3`.
func numberText(_ raw: String, _ number: Double) -> String {
    if raw.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
        raw.filter(\.isNumber).drop(while: { $0 == "0" }).count <= 15
    {
        return raw
    }
    let rounded = String(format: "%.15g", number)
    guard let decimal = Decimal(string: rounded, locale: Locale(identifier: "en_US_POSIX")) else { return raw }
    return "\(decimal)"
}

/// `D7` → row 7, column 4; nil when the text is not a cell reference.
func parseCellReference(_ ref: String) -> (row: Int, column: Int)? {
    var column = 0
    var digits = ""
    for ch in ref.replacingOccurrences(of: "$", with: "") {
        if digits.isEmpty, let a = ch.asciiValue, (65...90).contains(a) || (97...122).contains(a) {
            column = column * 26 + Int((a & 0xDF) - 64)
            if column > 16_384 { return nil }
        } else if ch.isASCII, ch.isNumber {
            digits.append(ch)
        } else {
            return nil
        }
    }
    guard column > 0, let row = Int(digits), row > 0 else { return nil }
    return (row, column)
}

/// Column 4 → `D`, as a spreadsheet names its columns.
public func columnLetters(_ column: Int) -> String {
    var n = column
    var letters = ""
    while n > 0 {
        let r = (n - 1) % 26
        letters = String(UnicodeScalar(UInt8(65 + r))) + letters
        n = (n - 1) / 26
    }
    return letters
}
