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
            Cell(
                column: Int32(column), line: Int32(line), label: UInt8(label), rank: UInt8(rank), start: Int32(texts.count),
                count: UInt8(text.count)))
        texts.append(contentsOf: text)
    }

    /// Keeps the value of a cell `NationalCell.quick(bytes:)` judged `.nonNegative`, its exact text made from the
    /// cell's bytes (`NationalCell.appendExactText`).
    mutating func append(column: Int, line: Int, label: Int, rank: Int, cell: UnsafeBufferPointer<UInt8>) {
        let start = texts.count
        NationalCell.appendExactText(cell, to: &texts)
        cells.append(
            Cell(
                column: Int32(column), line: Int32(line), label: UInt8(label), rank: UInt8(rank), start: Int32(start),
                count: UInt8(texts.count - start)))
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
