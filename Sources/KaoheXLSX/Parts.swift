import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small XML part read whole into its elements of interest: the workbook, its relationships, the styles.
///
/// These parts are kilobytes even in a 100 MB workbook; only the sheet itself is read row by row.
final class ElementCollector: NSObject, XMLParserDelegate {
    /// Each element of interest with its attributes and its parent's local name, in document order.
    struct Element {
        var name: String
        var parent: String
        var attributes: [String: String]
    }

    private let wanted: Set<String>
    private var stack: [String] = []
    private(set) var elements: [Element] = []

    init(wanted: Set<String>) { self.wanted = wanted }

    static func collect(_ data: Data, wanted: Set<String>) -> [Element]? {
        guard isValidUTF8(data) else { return nil }
        let parser = XMLParser(data: data)
        let collector = ElementCollector(wanted: wanted)
        parser.delegate = collector
        parser.shouldProcessNamespaces = false
        guard parser.parse() else { return nil }
        return collector.elements
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        let name = localName(elementName)
        if wanted.contains(name) {
            elements.append(Element(name: name, parent: stack.last ?? "", attributes: attributeDict))
        }
        stack.append(name)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        _ = stack.popLast()
    }
}

/// The element name without its namespace prefix (`x:row` → `row`); producers differ in prefixing.
func localName(_ name: String) -> String {
    guard let colon = name.lastIndex(of: ":") else { return name }
    return String(name[name.index(after: colon)...])
}

/// An attribute looked up by local name, whatever prefix the producer used (`r:id`, `id`).
func attribute(_ attributes: [String: String], _ name: String) -> String? {
    if let v = attributes[name] { return v }
    return attributes.first { localName($0.key) == name }?.value
}

/// The shared-string table: each `si` item's text, rich-text runs joined, phonetic (`rPh`) runs left out.
final class SharedStringsReader: NSObject, XMLParserDelegate {
    private(set) var strings: [String] = []
    private var current = ""
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    static func read(_ data: Data) -> [String]? {
        guard isValidUTF8(data) else { return nil }
        let parser = XMLParser(data: data)
        let reader = SharedStringsReader()
        parser.delegate = reader
        guard parser.parse() else { return nil }
        return reader.strings
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        switch localName(elementName) {
        case "si": inItem = true; current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = inItem && phoneticDepth == 0
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch localName(elementName) {
        case "si": strings.append(decodeEscapes(current)); inItem = false
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    /// A CDATA section is text like any other; XMLParser hands it on apart (D-111).
    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if inText { current += String(decoding: CDATABlock, as: UTF8.self) }
    }
}

/// Decodes the `_xHHHH_` escapes OOXML uses for characters XML cannot carry (`_x000D_` is a carriage return).
func decodeEscapes(_ text: String) -> String {
    // Bytes first: Foundation's search costs more than reading the cell (nearly no cell holds `_x`).
    var previous: UInt8 = 0
    guard text.utf8.contains(where: { byte in
        defer { previous = byte }
        return previous == 0x5F && byte == 0x78
    }) else { return text }
    var out = ""
    var rest = Substring(text)
    while let start = rest.range(of: "_x") {
        out += rest[..<start.lowerBound]
        let after = rest[start.upperBound...]
        let hex = after.prefix(4)
        if hex.count == 4, after.dropFirst(4).first == "_", let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) {
            out.unicodeScalars.append(scalar)
            rest = after.dropFirst(5)
        } else {
            out += "_x"
            rest = after
        }
    }
    return out + rest
}

/// Whether `data` is well-formed UTF-8 (a byte-order mark allowed), checked before any XML reaches
/// Foundation's XMLParser.
///
/// OOXML parts are UTF-8 in every producer we know. libxml2, recovering from bytes that are not, hands the
/// parser a name that is not UTF-8, and Foundation's XMLParser then traps on a forced unwrap
/// (`_NSXMLParserStartElementNs`, found by scripts/fuzz): such a part is refused as damaged instead.
func isValidUTF8(_ data: Data) -> Bool {
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
        let b = raw.bindMemory(to: UInt8.self)
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                i += 1
                continue
            }
            guard let (length, lower, upper) = XMLText.utf8Lead(c) else { return false }
            guard i + length <= n, (lower...upper).contains(b[i + 1]) else { return false }
            for k in 2..<max(2, length) where !(0x80...0xBF).contains(b[i + k]) { return false }
            i += length
        }
        return true
    }
}

