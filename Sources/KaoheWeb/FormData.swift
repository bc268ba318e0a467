import Foundation

/// A POSTed form: its text fields and uploaded files, from `application/x-www-form-urlencoded` or
/// `multipart/form-data` (parsed here so the CSRF token of an upload is checked like any other).
struct FormData: Sendable {
    struct File: Sendable {
        var name: String
        var fileName: String
        var data: Data
    }

    var fields: [String: String] = [:]
    var files: [File] = []

    subscript(_ key: String) -> String? { fields[key] }

    /// A trimmed, non-empty field, or nil.
    func text(_ key: String) -> String? {
        guard let v = fields[key]?.trimmingCharacters(in: .whitespacesAndNewlines), !v.isEmpty else { return nil }
        return v
    }

    /// Parses a body by its content type; an unknown type or a malformed body gives an empty form.
    static func parse(_ body: Data, contentType: String?) -> FormData {
        let type = contentType?.lowercased() ?? ""
        if type.hasPrefix("application/x-www-form-urlencoded") { return urlEncoded(String(decoding: body, as: UTF8.self)) }
        if type.hasPrefix("multipart/form-data"), let boundary = boundary(of: contentType ?? "") { return multipart(body, boundary: boundary) }
        return FormData()
    }

    static func urlEncoded(_ text: String) -> FormData {
        var form = FormData()
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (s: Substring) in String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "" }
            let key = decode(parts[0])
            if form.fields[key] == nil { form.fields[key] = parts.count > 1 ? decode(parts[1]) : "" }
        }
        return form
    }

    static func boundary(of contentType: String) -> String? {
        for part in contentType.split(separator: ";") {
            let p = part.trimmingCharacters(in: .whitespaces)
            if p.lowercased().hasPrefix("boundary=") {
                let b = String(p.dropFirst("boundary=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return b.isEmpty || b.count > 200 ? nil : b
            }
        }
        return nil
    }

    /// RFC 7578: parts separated by `--boundary`, each headers, a blank line, then its bytes.
    static func multipart(_ body: Data, boundary: String) -> FormData {
        var form = FormData()
        let delimiter = Data("--\(boundary)".utf8)
        let crlf2 = Data("\r\n\r\n".utf8)
        var cursor = body.startIndex
        guard let first = body.range(of: delimiter, in: cursor..<body.endIndex) else { return form }
        cursor = first.upperBound
        while cursor < body.endIndex {
            // After a delimiter: "--" ends the body, else CRLF and a part.
            if body[cursor...].starts(with: Data("--".utf8)) { break }
            guard body[cursor...].starts(with: Data("\r\n".utf8)) else { break }
            let partStart = cursor + 2
            guard let headerEnd = body.range(of: crlf2, in: partStart..<body.endIndex),
                let next = body.range(of: Data("\r\n".utf8) + delimiter, in: headerEnd.upperBound..<body.endIndex)
            else { break }
            let headers = String(decoding: body[partStart..<headerEnd.lowerBound], as: UTF8.self)
            let content = body[headerEnd.upperBound..<next.lowerBound]
            if let disposition = headers.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-disposition:") }) {
                let params = parameters(String(disposition))
                if let name = params["name"] {
                    if let fileName = params["filename"] {
                        if !fileName.isEmpty || !content.isEmpty {
                            form.files.append(File(name: name, fileName: sanitizedFileName(fileName), data: Data(content)))
                        }
                    } else if form.fields[name] == nil {
                        form.fields[name] = String(decoding: content, as: UTF8.self)
                    }
                }
            }
            cursor = next.upperBound
        }
        return form
    }

    /// `name="x"; filename="y"` parameters of a Content-Disposition header.
    static func parameters(_ header: String) -> [String: String] {
        var result: [String: String] = [:]
        for piece in header.split(separator: ";").dropFirst() {
            let kv = piece.split(separator: "=", maxSplits: 1)
            guard kv.count == 2 else { continue }
            let key = kv[0].trimmingCharacters(in: .whitespaces).lowercased()
            var value = kv[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            result[key] = value
        }
        return result
    }

    /// The last path component of a browser-sent file name, without control characters, at most 120 characters.
    static func sanitizedFileName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }.map(Character.init))
        let cut = String(clean.prefix(120))
        return cut.isEmpty ? "upload.csv" : cut
    }
}
