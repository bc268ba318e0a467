/// A plain-text table for the terminal that lines up Chinese text.
///
/// Chinese characters occupy two terminal columns (East Asian Wide and Fullwidth, UAX #11), so padding
/// by character count would skew every column; widths here are display columns.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var headers: [String]
    public var alignments: [Alignment]
    public var rows: [[String]] = []

    public init(headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
    }

    /// Adds a row; line breaks in cells become spaces and other control characters visible symbols
    /// (`terminalSafe`), so text from input files can neither break the layout nor send terminal escape
    /// sequences.
    public mutating func append(_ row: [String]) { rows.append(row.map(terminalSafe)) }

    /// The table with a rule under the header; columns separated by two spaces, no trailing spaces.
    public func render() -> String {
        var out = ""
        render { out += $0 }
        return out
    }

    /// The table handed to `sink` line by line, each line with its line break: `render()`'s text in pieces, so a
    /// long table is written without being held whole (issue 14).
    public func render(_ sink: (String) -> Void) {
        var widths = [Int](repeating: 0, count: headers.count)
        for row in [headers] + rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], displayWidth(cell)) }
        }
        sink(Self.line(headers, widths: widths, alignments: alignments) + "\n")
        sink(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n")
        for row in rows { sink(Self.line(row, widths: widths, alignments: alignments) + "\n") }
    }

    /// One row padded to `widths`, two spaces apart, without trailing spaces.
    static func line(_ row: [String], widths: [Int], alignments: [Alignment]) -> String {
        var text = ""
        for i in widths.indices {
            if i > 0 { text += "  " }
            let cell = i < row.count ? row[i] : ""
            let pad = String(repeating: " ", count: widths[i] - displayWidth(cell))
            text += alignments[i] == .right ? pad + cell : cell + pad
        }
        return trimmingTrailingSpaces(text)
    }

    /// `text` without its trailing spaces, taken as characters: a space is dropped only when it is a character
    /// of its own. After an ASCII character a space always is one, so those are dropped as bytes; otherwise the
    /// characters are walked (a preceding character may take the space into its cluster, e.g. a prepended mark).
    static func trimmingTrailingSpaces(_ text: String) -> String {
        let bytes = text.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: " ") { end = bytes.index(before: end) }
        if end == bytes.endIndex { return text }
        if end == bytes.startIndex || bytes[bytes.index(before: end)] < 0x80 { return String(text[..<end]) }
        return String(text.reversed().drop(while: { $0 == " " }).reversed())
    }
}

/// Terminal columns a string occupies: 2 for East Asian Wide/Fullwidth characters, 0 for combining
/// marks and zero-width characters, 1 otherwise.
public func displayWidth(_ s: String) -> Int {
    s.unicodeScalars.reduce(0) { $0 + scalarWidth($1) }
}

func scalarWidth(_ s: Unicode.Scalar) -> Int {
    let v = s.value
    // Below U+0300 nothing is wide or zero-width (issue 14: the table of 30,000 units is mostly digits).
    if v < 0x300 { return 1 }
    if v == 0x200B || v == 0xFEFF || (0x0300...0x036F).contains(v) || (0xFE00...0xFE0F).contains(v) { return 0 }
    let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
    return wide.contains { $0.contains(v) } ? 2 : 1
}
