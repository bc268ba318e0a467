import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KaoheCore

/// Reads a worksheet part event by event (Foundation's XMLParser), handing each finished row on.
///
/// Cell values become the text a person sees (`SheetCells`): shared and inline strings as written, numbers in
/// at most 15 significant digits (as a spreadsheet shows them) without exponent, booleans as TRUE/FALSE, dated
/// cells as `2015-01-01` or `2015-01-01 13:00`. The byte scanner (`SheetDataScanner`) reads most sheets faster;
/// this reader is the reference it is tested against and what reads a sheet the scanner gives way on (D-111).
final class SheetReader: NSObject, XMLParserDelegate {
    private var state: SheetCells
    private let onRow: (SheetRow) -> Void
    private var value = ""
    private var inline = ""

    var problems: [CellProblem] { state.problems }
    /// Merged ranges as (first row, first column, last row, last column), 1-based.
    var merges: [(Int, Int, Int, Int)] { state.merges }

    init(shared: [String], styles: DateStyles, date1904: Bool, onRow: @escaping (SheetRow) -> Void) {
        state = SheetCells(shared: shared, styles: styles, date1904: date1904)
        self.onRow = onRow
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes a: [String: String] = [:]
    ) {
        switch localName(elementName) {
        case "row": state.startRow(number: attribute(a, "r").flatMap { Int($0) })
        case "c":
            state.startCell(
                column: attribute(a, "r").flatMap { parseCellReference($0)?.column }, type: SheetCells.CellType(attribute(a, "t")),
                style: attribute(a, "s").flatMap { Int($0) })
            value = ""
            inline = ""
        case "v": state.startValue()
        case "f": state.startFormula()
        case "t": state.startText()
        case "rPh": state.startPhonetic()
        case "mergeCell": state.mergeCell(ref: attribute(a, "ref"))
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        switch state.capture {
        case .value: value += string
        case .inlineText: inline += string
        default: break
        }
    }

    /// A CDATA section is text like any other (`<v><![CDATA[12]]></v>` holds 12); XMLParser hands it on apart.
    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch localName(elementName) {
        case "v", "f", "t": state.endCapture()
        case "rPh": state.endPhonetic()
        case "c": state.endCell(value: value, inline: inline)
        case "row": if let row = state.endRow() { onRow(row) }
        default: break
        }
    }
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
