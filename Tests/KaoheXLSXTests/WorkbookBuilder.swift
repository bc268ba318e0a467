import Foundation
import ZIPFoundation

/// Builds a minimal .xlsx in memory from hand-written XML parts, so each test states exactly what a
/// producer wrote.
struct WorkbookBuilder {
    /// Sheets in tab order: name, sheet XML body (inside `<worksheet>`), and state (nil is visible).
    var sheets: [(name: String, body: String, state: String?)] = []
    var sharedStrings: [String]? = nil  // raw `<si>` contents
    var stylesXML: String? = nil
    var date1904 = false
    /// The whole first sheet part, root element included, when a test needs its own (a prefixed root).
    var rawSheet: String? = nil
    /// The whole first sheet part as bytes, for XML that is not UTF-8.
    var rawSheetBytes: Data? = nil

    func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ text: String, bytes raw: Data? = nil) throws {
            let bytes = raw ?? Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        try add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
        try add(
            "_rels/.rels",
            "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(rns)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
        var sheetList = ""
        var rels = ""
        for (i, s) in sheets.enumerated() {
            let state = s.state.map { " state=\"\($0)\"" } ?? ""
            sheetList += "<sheet name=\"\(s.name)\" sheetId=\"\(i + 1)\"\(state) r:id=\"rId\(i + 1)\"/>"
            rels += "<Relationship Id=\"rId\(i + 1)\" Type=\"\(rns)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
            try add(
                "xl/worksheets/sheet\(i + 1).xml",
                i == 0 && rawSheet != nil ? rawSheet! : "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"\(ns)\" xmlns:r=\"\(rns)\">\(s.body)</worksheet>",
                bytes: i == 0 ? rawSheetBytes : nil)
        }
        if let sharedStrings {
            rels += "<Relationship Id=\"rIdS\" Type=\"\(rns)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            try add("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"\(ns)\">" + sharedStrings.map { "<si>\($0)</si>" }.joined() + "</sst>")
        }
        if let stylesXML {
            rels += "<Relationship Id=\"rIdT\" Type=\"\(rns)/styles\" Target=\"styles.xml\"/>"
            try add("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"\(ns)\">\(stylesXML)</styleSheet>")
        }
        let pr = date1904 ? "<workbookPr date1904=\"1\"/>" : ""
        try add("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"\(ns)\" xmlns:r=\"\(rns)\">\(pr)<sheets>\(sheetList)</sheets></workbook>")
        try add("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>")
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
