/// The one place that makes text safe to show on a terminal (docs/decisions.md, "Terminal output is
/// sanitised in one place").
///
/// Names, codes, notes and document numbers come from files and from the command line; a terminal obeys
/// the control characters in them (ESC starts a sequence that can clear the screen, move the cursor or set
/// the window title; C1 controls do the same on some terminals; bidi overrides reorder what the reader
/// sees). Every such character is shown as a visible symbol instead: C0 controls and DEL as their Unicode
/// control pictures (ESC → `␛`), C1 controls, bidi controls and line/paragraph separators as `<U+XXXX>`.
public enum TerminalText {
    /// One line made safe for a terminal; a tab stays (it only moves to the next tab stop).
    public static func line(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { isUnsafe($0) && $0 != "\t" }) else { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if scalar == "\t" || !isUnsafe(scalar) {
                out.append(scalar)
            } else {
                out.append(contentsOf: visible(scalar).unicodeScalars)
            }
        }
        return String(out)
    }

    /// Text made safe for a terminal, line by line; line breaks (`\n`, and `\r\n` as in CSV) are kept.
    public static func lines(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { isUnsafe($0) && $0 != "\t" && $0 != "\n" && $0 != "\r" }) || s.contains("\r") else { return s }
        return s.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { scalars in
            if scalars.last == "\r" { return line(String(String.UnicodeScalarView(scalars.dropLast()))) + "\r" }
            return line(String(String.UnicodeScalarView(scalars)))
        }.joined(separator: "\n")
    }

    /// Whether the scalar is a control, bidi or separator character a terminal would act on.
    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x061C || v == 0x200E || v == 0x200F
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x2028 || v == 0x2029
    }

    /// The visible stand-in for an unsafe scalar: `␛` for ESC, `<U+202E>` for a bidi override.
    static func visible(_ s: Unicode.Scalar) -> String {
        switch s.value {
        case 0..<0x20: return String(Unicode.Scalar(0x2400 + s.value)!)
        case 0x7F: return "\u{2421}"
        default:
            let hex = String(s.value, radix: 16, uppercase: true)
            return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
        }
    }
}

/// One value made fit for one line of a layout: line breaks and tabs become spaces, every other unsafe
/// character becomes visible (`TerminalText.line`).
public func terminalSafe(_ s: String) -> String {
    var text = s
    if text.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" }) {
        text = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }))
    }
    return TerminalText.line(text)
}
