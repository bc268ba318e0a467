import Foundation
import KaoheCore

/// The kept stations' hourly values of one national daily file, held compactly (D-179): each value's exact text in
/// one byte buffer and its place as a few integers, instead of a `NationalHourValue` (a station `String` and a
/// `Decimal`) per value.
///
/// A file of 1,500 kept stations has ~216,000 kept values; the staged import builds its day blocks straight from
/// these texts (`NationalFileBlocks`), and the in-memory import asks for them as `NationalHourValue`s.
public struct NationalKeptCells: Sendable, Equatable {
    /// One kept value: its column (1-based) and line, the row's hour label (0…23, R-24a), the pollutant's rank,
    /// and where its exact text is in `texts`.
    struct Cell: Sendable, Equatable {
        var column: Int32
        var line: Int32
        var label: UInt8
        var rank: UInt8
        var start: Int32
        var count: UInt8
    }

    var cells: [Cell] = []
    var texts: [UInt8] = []

    /// How many values are kept.
    public var count: Int { cells.count }

    /// Keeps a value whose exact text (`Decimal.exactText`'s) is `text`.
    mutating func append(column: Int, line: Int, label: Int, rank: Int, text: UnsafeBufferPointer<UInt8>) {
        cells.append(
            Cell(column: Int32(column), line: Int32(line), label: UInt8(label), rank: UInt8(rank), start: Int32(texts.count), count: UInt8(text.count)))
        texts.append(contentsOf: text)
    }

    /// Keeps the value of a cell `NationalCell.quick(bytes:)` judged `.nonNegative`, its exact text made from the
    /// cell's bytes (`NationalCell.appendExactText`).
    mutating func append(column: Int, line: Int, label: Int, rank: Int, cell: UnsafeBufferPointer<UInt8>) {
        let start = texts.count
        NationalCell.appendExactText(cell, to: &texts)
        cells.append(
            Cell(column: Int32(column), line: Int32(line), label: UInt8(label), rank: UInt8(rank), start: Int32(start), count: UInt8(texts.count - start)))
    }

    /// Keeps a value given as a `Decimal` (a cell the careful path read).
    mutating func append(column: Int, line: Int, label: Int, rank: Int, value: Decimal) {
        var text = value.exactText
        text.withUTF8 { append(column: column, line: line, label: label, rank: rank, text: $0) }
    }

    /// Calls `body` with the exact text of value `k`, valid during the call.
    func withText<R>(_ k: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let cell = cells[k]
        return try texts.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[Int(cell.start)..<(Int(cell.start) + Int(cell.count))]))
        }
    }
}

extension NationalCell {
    /// Appends the exact text of a cell `quick(bytes:)` judged `.nonNegative`: the text `Decimal.exactText` writes
    /// of the value `value(bytes:)` makes of it — the digits without the spaces around them, the integer part's
    /// leading zeros and the fraction's trailing zeros, a point only before a fraction left, `0` before a point
    /// with no integer digit, and `0` for zero (`NationalCellTextTests` compares them) — without the `Decimal`.
    static func appendExactText(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") { start += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        var point = start
        while point < end, bytes[point] != UInt8(ascii: ".") { point += 1 }
        var whole = start
        while whole < point, bytes[whole] == UInt8(ascii: "0") { whole += 1 }
        var fractionEnd = end
        if point < end {
            while fractionEnd > point + 1, bytes[fractionEnd - 1] == UInt8(ascii: "0") { fractionEnd -= 1 }
        }
        let hasFraction = point < end && fractionEnd > point + 1
        if whole == point {
            out.append(UInt8(ascii: "0"))
        } else {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[whole..<point]))
        }
        if hasFraction {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[point..<fractionEnd]))
        }
    }
}

extension NationalFileReading {
    /// The kept value `k` as a `NationalHourValue`: the station of its column, its natural day and end hour
    /// (R-24a), and the value of its exact text.
    public func value(at k: Int) -> NationalHourValue {
        let cell = kept.cells[k]
        let text = kept.withText(k) { String(decoding: $0, as: UTF8.self) }
        return NationalHourValue(
            station: columnStations[Int(cell.column) - 4], pollutant: NationalPollutant.allCases[Int(cell.rank)],
            hour: EndLabelledHour(fileDay: fileDay, label: Int(cell.label))!, value: Decimal(exactText: text)!, line: Int(cell.line),
            column: Int(cell.column))
    }

    /// Every kept value, in the file's order (its rows, then its columns).
    public var values: [NationalHourValue] { (0..<kept.count).map(value(at:)) }
}
