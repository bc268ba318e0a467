import Foundation
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
struct CellProblem: Equatable {
    var row: Int
    var column: Int
    var issue: SheetCellIssue
}

/// What a worksheet's elements mean, element by element, whichever reader found them: Foundation's XMLParser
/// (`SheetReader`) or the byte scanner (`SheetDataScanner`, D-111).
///
/// Both readers call the same steps in document order with the same attribute values, so a sheet gives the same
/// rows and problems whichever read it; only the text inside `v` and `t` is gathered by each reader its own way
/// and handed in when the cell ends. A cell or row without an `r` attribute follows the previous one.
struct SheetCells {
    /// A cell's `t` attribute: how its `v` or inline text is read (absent or unknown reads as a number).
    enum CellType {
        case shared, str, inlineStr, bool, error, other

        init(_ t: String?) {
            switch t ?? "n" {
            case "s": self = .shared
            case "str": self = .str
            case "inlineStr": self = .inlineStr
            case "b": self = .bool
            case "e": self = .error
            default: self = .other
            }
        }
    }

    /// Which text the reader is gathering: a `v`, an inline string's `t`, a formula (not kept), or none.
    enum Capture { case none, value, inlineText, formula }

    let shared: [String]
    let styles: DateStyles
    let date1904: Bool

    private(set) var problems: [CellProblem] = []
    /// Merged ranges as (first row, first column, last row, last column), 1-based.
    private(set) var merges: [(Int, Int, Int, Int)] = []
    private(set) var capture: Capture = .none
    private(set) var rowNumber = 0
    private var cells: [String] = []
    private var column = 0
    private var cellType: CellType = .other
    private var cellStyle: Int?
    private var hasValue = false
    private var hasFormula = false
    private var phoneticDepth = 0
    private var inCell = false

    init(shared: [String], styles: DateStyles, date1904: Bool) {
        self.shared = shared
        self.styles = styles
        self.date1904 = date1904
    }

    /// `<row r=…>`: `number` is the `r` attribute read as `Int(…)`, nil when absent or not a number.
    mutating func startRow(number: Int?) {
        rowNumber = number ?? rowNumber + 1
        let width = cells.count
        cells = []
        cells.reserveCapacity(width)
        column = 0
    }

    /// `<c r=… t=… s=…>`: `column` from the `r` attribute (`parseCellReference`), nil when absent or no reference.
    mutating func startCell(column ref: Int?, type: CellType, style: Int?) {
        inCell = true
        column = ref ?? column + 1
        cellType = type
        cellStyle = style
        hasValue = false
        hasFormula = false
    }

    mutating func startValue() {
        guard inCell else { return }
        capture = .value
        hasValue = true
    }

    mutating func startFormula() {
        guard inCell else { return }
        capture = .formula
        hasFormula = true
    }

    /// `<t>`: text of an inline string unless inside a phonetic run.
    mutating func startText() {
        guard inCell, cellType == .inlineStr, phoneticDepth == 0 else { return }
        capture = .inlineText
        hasValue = true
    }

    mutating func startPhonetic() { phoneticDepth += 1 }
    mutating func endPhonetic() { phoneticDepth -= 1 }
    /// The end of a `v`, `f` or `t`.
    mutating func endCapture() { capture = .none }

    /// `<mergeCell ref="B1:C1">`.
    mutating func mergeCell(ref: String?) {
        guard let ref else { return }
        let ends = ref.split(separator: ":").compactMap { parseCellReference(String($0)) }
        if ends.count == 2 { merges.append((ends[0].row, ends[0].column, ends[1].row, ends[1].column)) }
    }

    /// `</c>`, with the text gathered in its `v` and in its inline string's `t` elements.
    mutating func endCell(value: String, inline: String) {
        inCell = false
        guard column >= 1, column <= 16_384 else { return }
        if let text = cellText(value: value, inline: inline) {
            if cells.count == column - 1 {
                cells.append(text)  // the usual case: the next column
            } else {
                if cells.count < column { cells += Array(repeating: "", count: column - cells.count) }
                cells[column - 1] = text
            }
        }
    }

    /// `</row>`: the row, unless it holds no value.
    mutating func endRow() -> SheetRow? {
        while let last = cells.last, last.isEmpty { cells.removeLast() }
        return cells.isEmpty ? nil : SheetRow(number: rowNumber, cells: cells)
    }

    /// The cell's text, or nil for an empty cell or one reported as a problem.
    private mutating func cellText(value: String, inline: String) -> String? {
        if cellType == .inlineStr { return hasValue ? decodeEscapes(inline) : nil }
        // A formula saved without computing it (openpyxl writes an empty <v/>) has no value to read; an
        // empty text result (t="str") is a value.
        if hasFormula && (!hasValue || (cellType != .str && trimmed(value).isEmpty)) {
            problem(.formulaWithoutResult)
            return nil
        }
        guard hasValue else { return nil }
        switch cellType {
        case .shared:
            guard let i = Int(trimmed(value)), i >= 0, i < shared.count else {
                problem(.missingSharedString)
                return nil
            }
            return shared[i]
        case .str: return decodeEscapes(value)
        case .bool:
            return trimmed(value) == "1" ? "TRUE" : "FALSE"
        case .error:
            problem(.errorValue(value: value))
            return nil
        case .inlineStr, .other:
            let raw = trimmed(value)
            if raw.isEmpty { return nil }
            guard let number = Double(raw), number.isFinite else { return raw }
            if styles.isDateStyle(cellStyle) {
                guard let text = dateText(serial: number, date1904: date1904) else {
                    problem(.dateOutsideCalendar(raw: raw))
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

    private mutating func problem(_ issue: SheetCellIssue) {
        problems.append(CellProblem(row: rowNumber, column: column, issue: issue))
    }
}

/// `text` without leading and trailing spaces and tabs (`.whitespaces`); a value holding none at its ends, as
/// nearly every cell, is returned without a Foundation call (a large sheet has millions of them).
func trimmed(_ text: String) -> String {
    if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return text }
    return text.trimmingCharacters(in: .whitespaces)
}

/// A stored number as a spreadsheet shows it: at most 15 significant digits, never an exponent.
///
/// A written decimal such as `45.6` is kept as written; `0.30000000000000004` (binary noise) shows as `0.3`.
func numberText(_ raw: String, _ number: Double) -> String {
    // Bytes, not Characters: the same test (ASCII digits, `.` and `-`; at most 15 digits after leading zeros).
    var digits = 0
    var leading = true
    var plain = true
    for byte in raw.utf8 {
        switch byte {
        case 0x30...0x39:
            if byte != 0x30 || !leading { leading = false; digits += 1 }
        case 0x2E, 0x2D: break
        default: plain = false
        }
        if !plain { break }
    }
    if plain && digits <= 15 { return raw }
    let rounded = String(format: "%.15g", number)
    guard let decimal = Decimal(string: rounded, locale: Locale(identifier: "en_US_POSIX")) else { return raw }
    return "\(decimal)"
}
