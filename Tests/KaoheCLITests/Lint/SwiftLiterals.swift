/// The string literals of a Swift source file, found by a small lexer that skips comments (issue 13's lint).
///
/// It knows what the lint needs and no more: line and block comments (nested), single-line and multi-line
/// literals, raw literals (`#"…"#`), escapes, and interpolations — whose code may hold literals of its own, which
/// are returned too. Each literal's text is returned without its interpolations, with the line it starts on.
enum SwiftLiterals {
    struct Literal: Equatable {
        var line: Int
        var text: String
    }

    static func literals(in source: String) -> [Literal] {
        var lexer = Lexer(Array(source.unicodeScalars))
        lexer.code(untilCloseParen: false)
        return lexer.found
    }

    private struct Lexer {
        let s: [Unicode.Scalar]
        var i = 0
        var line = 1
        var found: [Literal] = []

        init(_ s: [Unicode.Scalar]) { self.s = s }

        func at(_ offset: Int) -> Unicode.Scalar? { i + offset < s.count ? s[i + offset] : nil }

        mutating func advance() {
            if s[i] == "\n" { line += 1 }
            i += 1
        }

        /// Code until the end, or until the `)` that closes an interpolation.
        mutating func code(untilCloseParen: Bool) {
            var depth = 0
            while i < s.count {
                let c = s[i]
                if c == "/" && at(1) == "/" {
                    while i < s.count && s[i] != "\n" { advance() }
                } else if c == "/" && at(1) == "*" {
                    blockComment()
                } else if c == "#" || c == "\"" {
                    var hashes = 0
                    while at(hashes) == "#" { hashes += 1 }
                    if at(hashes) == "\"" {
                        for _ in 0..<hashes { advance() }
                        literal(hashes: hashes)
                    } else {
                        advance()
                    }
                } else if c == "(" {
                    depth += 1
                    advance()
                } else if c == ")" {
                    if untilCloseParen && depth == 0 { advance(); return }
                    depth -= 1
                    advance()
                } else {
                    advance()
                }
            }
        }

        mutating func blockComment() {
            var depth = 0
            repeat {
                if s[i] == "/" && at(1) == "*" { depth += 1; advance(); advance() }
                else if s[i] == "*" && at(1) == "/" { depth -= 1; advance(); advance() }
                else { advance() }
            } while i < s.count && depth > 0
        }

        /// A literal starting at its opening quote(s), after any `#`s.
        mutating func literal(hashes: Int) {
            let startLine = line
            let multiline = at(1) == "\"" && at(2) == "\""
            for _ in 0..<(multiline ? 3 : 1) { advance() }
            var text = ""
            func closes(_ lexer: Lexer) -> Bool {
                let quotes = multiline ? 3 : 1
                for k in 0..<quotes where lexer.at(k) != "\"" { return false }
                for k in 0..<hashes where lexer.at(quotes + k) != "#" { return false }
                return true
            }
            while i < s.count {
                if closes(self) {
                    for _ in 0..<((multiline ? 3 : 1) + hashes) { advance() }
                    break
                }
                if s[i] == "\\" && (0..<hashes).allSatisfy({ at(1 + $0) == "#" }) {
                    let after = at(1 + hashes)
                    for _ in 0...hashes { advance() }
                    if after == "(" {
                        advance()
                        code(untilCloseParen: true)
                    } else if i < s.count {
                        text.unicodeScalars.append(s[i])
                        advance()
                    }
                    continue
                }
                if !multiline && s[i] == "\n" { break }  // unterminated: stop at the line's end
                text.unicodeScalars.append(s[i])
                advance()
            }
            found.append(Literal(line: startLine, text: text))
        }
    }

    /// Whether `text` holds a Chinese character (a CJK unified ideograph).
    static func hasChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }
}
