import Foundation

/// Where each key of a TOML text sits, and the literal text of its value, found by scanning the lines.
///
/// TOMLKit 0.6.0 gives positions only for syntax errors, not for values, so semantic diagnostics locate a
/// key by its table header and name here. Lines and columns are 1-based; columns count characters. The raw
/// value text lets numbers be read as exact decimals instead of through `Double`.
struct SourceMap {
    struct Entry {
        var line: Int
        var column: Int
        var raw: String
    }

    private(set) var entries: [[String]: Entry] = [:]

    init(text: String) {
        var table: [String] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Array(rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine)
            var i = 0
            while i < line.count, line[i] == " " || line[i] == "\t" { i += 1 }
            guard i < line.count, line[i] != "#" else { continue }
            if line[i] == "[" {
                var body = String(line[i...])
                if let cut = SourceMap.outside(body, "#") { body = String(body[..<cut]) }
                body = body.trimmingCharacters(in: ["[", "]", " ", "\t"])
                table = SourceMap.keyPath(body)
                entries[table] = entries[table] ?? Entry(line: index + 1, column: i + 1, raw: "")
                continue
            }
            let rest = String(line[i...])
            guard let eq = SourceMap.outside(rest, "=") else { continue }
            let path = table + SourceMap.keyPath(String(rest[..<eq]))
            var value = String(rest[rest.index(after: eq)...])
            if let cut = SourceMap.outside(value, "#") { value = String(value[..<cut]) }
            value = value.trimmingCharacters(in: [" ", "\t"])
            entries[path] = Entry(line: index + 1, column: i + 1, raw: value)
            if value.hasPrefix("{") { addInline(value, path: path, line: index + 1, lineChars: line) }
        }
    }

    private mutating func addInline(_ value: String, path: [String], line: Int, lineChars: [Character]) {
        let inner = String(value.dropFirst().prefix { $0 != "}" })
        let startOfValue = String(lineChars).range(of: value).map { String(lineChars)[..<$0.lowerBound].count } ?? 0
        var offset = startOfValue + 1
        for part in SourceMap.split(inner, on: ",") {
            defer { offset += part.count + 1 }
            guard let eq = SourceMap.outside(part, "=") else { continue }
            let keyText = String(part[..<eq])
            let lead = keyText.prefix { $0 == " " || $0 == "\t" }.count
            let key = SourceMap.keyPath(keyText)
            let raw = String(part[part.index(after: eq)...]).trimmingCharacters(in: [" ", "\t"])
            entries[path + key] = Entry(line: line, column: offset + lead + 1, raw: raw)
        }
    }

    /// The entry for a key path, else the first line of a table under it, else the nearest enclosing one.
    func locate(_ path: [String]) -> Entry {
        var p = path
        while !p.isEmpty {
            if let e = entries[p] { return e }
            let below = entries.filter { $0.key.starts(with: p) }.min { $0.value.line < $1.value.line }
            if let below { return below.value }
            p.removeLast()
        }
        return Entry(line: 1, column: 1, raw: "")
    }

    func raw(_ path: [String]) -> String? { entries[path]?.raw }

    static func keyPath(_ text: String) -> [String] {
        split(text, on: ".").map { part in
            let t = part.trimmingCharacters(in: [" ", "\t"])
            if t.count >= 2, let f = t.first, f == "\"" || f == "'", t.last == f { return String(t.dropFirst().dropLast()) }
            return t
        }
    }

    /// The index of the first `target` outside quotes and braces.
    static func outside(_ text: String, _ target: Character) -> String.Index? {
        var quote: Character?
        var depth = 0
        for i in text.indices {
            let c = text[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "{" || c == "[" {
                if c == target { return i }
                depth += 1
            } else if c == "}" || c == "]" {
                depth -= 1
            } else if c == target && depth <= 0 {
                return i
            }
        }
        return nil
    }

    static func split(_ text: String, on separator: Character) -> [String] {
        var parts: [String] = []
        var rest = Substring(text)
        while let i = outside(String(rest), separator) {
            let idx = rest.index(rest.startIndex, offsetBy: String(rest)[..<i].count)
            parts.append(String(rest[..<idx]))
            rest = rest[rest.index(after: idx)...]
        }
        parts.append(String(rest))
        return parts
    }
}
