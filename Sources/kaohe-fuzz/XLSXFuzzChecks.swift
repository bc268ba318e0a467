import Foundation
import KaoheCSV
import KaoheCore
import KaoheXLSX
import ZIPFoundation

/// The .xlsx reader's properties under arbitrary bytes (issue 16): a workbook either reads or is refused with
/// a `DiagnosticsError` naming the file, whatever the zip container or the XML inside it holds.
///
/// Where the byte scanner reads a sheet, its reading must be XMLParser's, and the stream's CSV the whole
/// read's (D-111).
///
/// Each input is tried three ways: as the workbook's bytes (a mutated zip), as the sheet's XML inside a
/// well-formed package, and as the shared-string table behind a fixed sheet, so the XML parsing is reached
/// without libFuzzer having to rebuild a zip's checksums.
enum XLSXFuzzChecks {
    static func check(_ data: Data) {
        readEverySheet(data, "workbook bytes")
        if let wrapped = package(sheet: data, strings: nil) { readEverySheet(wrapped, "sheet XML") }
        let sheet = Data(#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c t="s"><v>3</v></c></row></sheetData></worksheet>"#.utf8)
        if let wrapped = package(sheet: sheet, strings: data) { readEverySheet(wrapped, "shared strings") }
    }

    /// Lists the sheets, reads each and validates it as an areas file, locating every diagnostic at its cell.
    static func readEverySheet(_ data: Data, _ what: String) {
        guard let infos = refused(what, { try XLSXReader.sheets(in: data, file: "fuzz.xlsx") }) else { return }
        for info in infos {
            // The byte scanner, when it reads the sheet, reads it as XMLParser does (D-111).
            if let both = XLSXReader.readBothWays(data, file: "fuzz.xlsx", sheet: info.name), let scanned = both.scanner {
                precondition(scanned == both.parser, "\(what): the scanner read \(scanned)\nXMLParser read \(both.parser)")
            }
            // The stream hands on the whole read's CSV (or says to read the sheet whole).
            var streamed = Data()
            let result = refused(what, { try SheetStream.csv(data, file: "fuzz.xlsx", sheet: info.name, onStart: { _ in streamed = Data() }) { streamed.append($0) } })
            guard let sheet = refused(what, { try XLSXReader.read(data, file: "fuzz.xlsx", sheet: info.name) }) else { continue }
            if let result, result != nil { precondition(streamed == sheet.csv, "\(what): the stream's CSV differs from the whole read's") }
            let map = sheet.rowOfLine
            precondition(map.count >= sheet.rows.count, "\(what): fewer CSV lines mapped than rows")
            do {
                _ = try AreasFile.parse(sheet.csv, file: sheet.name)
            } catch let error as DiagnosticsError {
                for d in error.diagnostics { _ = sheet.locate(d, rowOfLine: map) }
            } catch {
                fatalError("\(what): the sheet's CSV threw \(type(of: error)), not a DiagnosticsError")
            }
        }
    }

    /// Runs `body`; nil when it refused with a `DiagnosticsError` whose every diagnostic names the file; traps
    /// for any other error.
    static func refused<T>(_ what: String, _ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch let error as DiagnosticsError {
            precondition(!error.diagnostics.isEmpty, "\(what): an empty DiagnosticsError")
            for d in error.diagnostics { precondition(d.file.hasPrefix("fuzz.xlsx"), "\(what): a diagnostic not naming the workbook: \(d)") }
            return nil
        } catch {
            fatalError("\(what): threw \(type(of: error)), not a DiagnosticsError: \(error)")
        }
    }

    /// A well-formed package with one sheet holding `sheet` and, when given, a shared-string table.
    static func package(sheet: Data, strings: Data?) -> Data? {
        let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
        var rels = #"<Relationship Id="rId1" Type="\#(rns)/worksheet" Target="worksheets/sheet1.xml"/>"#
        if strings != nil { rels += #"<Relationship Id="rId2" Type="\#(rns)/sharedStrings" Target="sharedStrings.xml"/>"# }
        var parts: [(String, Data)] = [
            ("[Content_Types].xml", Data(#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>"#.utf8)),
            ("_rels/.rels", Data(#"<Relationships xmlns="\#(pkg)"><Relationship Id="rId1" Type="\#(rns)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.utf8)),
            ("xl/workbook.xml", Data(#"<workbook xmlns="\#(ns)" xmlns:r="\#(rns)"><sheets><sheet name="\#(FuzzFixtureWords.areasSheet)" sheetId="1" r:id="rId1"/></sheets></workbook>"#.utf8)),
            ("xl/_rels/workbook.xml.rels", Data(#"<Relationships xmlns="\#(pkg)">\#(rels)</Relationships>"#.utf8)),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
        if let strings { parts.append(("xl/sharedStrings.xml", strings)) }
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, bytes) in parts {
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .none) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            return archive.data
        } catch {
            return nil
        }
    }
}
