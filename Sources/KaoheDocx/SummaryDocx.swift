import Foundation
import KaoheCore
import KaoheReport
import ZIPFoundation

/// The results notice as a Word file (.docx, WordprocessingML in an OPC ZIP package), laid out after
/// GB/T 9704-2012 like the printed HTML: A4, margins 37/26/35/28 mm, 仿宋 16 pt body at 22 lines a page,
/// 小标宋 22 pt title, 黑体 and 楷体 headings, page numbers "— n —" right on odd and left on even pages,
/// signature and date at the right, the foot (版记) between rules, attachments on landscape pages.
///
/// Pure: builds the package in memory and returns its bytes; the caller writes the file.
public enum SummaryDocx {
    /// A failure to assemble the package, worded for people; never ZIPFoundation's own text.
    public struct Failure: UserFacingError, CustomStringConvertible {
        public init() {}
        public func message(chinese: Bool) -> String {
            DocxProblem.packagingFailed.wording.text(chinese: chinese)
        }
        public var description: String { message(chinese: false) }
    }

    /// The package's parts by path, in the order they are written.
    public static func parts(_ s: Summary, lang: Language) -> [(path: String, xml: String)] {
        let doc = SummaryDocument(s, lang: lang)
        return [
            ("[Content_Types].xml", WordParts.contentTypes),
            ("_rels/.rels", WordParts.packageRels),
            ("docProps/core.xml", WordParts.core(title: doc.title, lang: lang)),
            ("word/_rels/document.xml.rels", WordParts.documentRels),
            ("word/document.xml", DocumentXML(doc: doc).xml()),
            ("word/styles.xml", WordParts.styles),
            ("word/settings.xml", WordParts.settings),
            ("word/footer1.xml", WordParts.footer(odd: true)),
            ("word/footer2.xml", WordParts.footer(odd: false)),
        ]
    }

    /// The .docx bytes. Entries are deflated and dated 1980-01-01 so the same notice gives the same bytes.
    public static func data(_ s: Summary, lang: Language) throws -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            let date = Date(timeIntervalSince1970: 315_532_800)
            for part in parts(s, lang: lang) {
                let bytes = Data(part.xml.utf8)
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date, compressionMethod: .deflate
                ) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw Failure() }
            return data
        } catch {
            throw Failure()
        }
    }
}

/// Text made safe for XML content and attribute values: & < > " escaped, characters XML 1.0 forbids
/// (control characters other than tab and line breaks) dropped.
func xmlEscape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "\t", "\n", "\r": out += " "
        default:
            if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) || (0xD800...0xDFFF).contains(scalar.value) { continue }
            out.unicodeScalars.append(scalar)
        }
    }
    return out
}
