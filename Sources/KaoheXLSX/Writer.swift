import Foundation
import KaoheCore
import ZIPFoundation

/// One cell written to a workbook: text, or a number stored as a number.
public enum WorkbookCell: Sendable, Equatable {
    case text(String)
    case number(Decimal)
    /// A number shown with a fixed count of decimals (0…4, e.g. `100.0`), as a notice prints it.
    case fixed(Decimal, places: Int)
    /// A calendar day stored as a date (the 1900 system's serial number) shown as `yyyy-mm-dd`, so a
    /// spreadsheet sorts and filters it as a date.
    case date(Day)
    /// A fraction shown as a percentage with 0…4 decimals (0.123 with 1 place shows `12.3%`).
    case percent(Decimal, places: Int)
}

/// One sheet to write: its tab name, a bold frozen header row, the data rows and column widths in characters.
public struct WorkbookSheet: Sendable {
    public var name: String
    public var header: [String]
    public var rows: [[WorkbookCell]]
    public var widths: [Int]
    /// The format a column's cells take when someone types into them (by 0-based column).
    public var columnFormats: [Int: ColumnFormat] = [:]
    /// Data-validation rules on the rows below the header, each for one column.
    public var validations: [ColumnValidation] = []
    /// A hidden sheet (a template's value lists): readers skip hidden sheets when choosing one.
    public var hidden = false

    public init(name: String, header: [String], rows: [[WorkbookCell]] = [], widths: [Int]? = nil) {
        self.name = name
        self.header = header
        self.rows = rows
        self.widths = widths ?? header.map { max(10, $0.count * 2 + 4) }
    }
}

/// The number format of a template column, so a typed value is stored as the import expects it.
public enum ColumnFormat: Sendable, Equatable {
    /// Text (`@`): codes such as 0701 keep their leading zero.
    case text
    /// A day, shown `yyyy-mm-dd`.
    case date
    /// A number with 0…4 decimals.
    case decimals(Int)
}

/// A data-validation rule on one column of a template, from `firstRow` (default: under the header) to `lastRow`.
public struct ColumnValidation: Sendable, Equatable {
    public enum Rule: Sendable, Equatable {
        /// One of the values in a range of cells, e.g. `'选项'!$A$2:$A$7` (a list on a hidden sheet, so
        /// lists longer than the 255 characters an inline list allows work in Excel, WPS and LibreOffice).
        case list(range: String)
        /// A decimal number from `minimum`, up to `maximum` when given.
        case decimal(minimum: Decimal, maximum: Decimal?)
    }

    public var column: Int
    public var rule: Rule
    /// The message a spreadsheet shows when a typed value breaks the rule.
    public var error: String
    public var firstRow: Int
    public var lastRow: Int

    public init(column: Int, rule: Rule, error: String, firstRow: Int = 2, lastRow: Int = 2000) {
        self.column = column
        self.rule = rule
        self.error = error
        self.firstRow = firstRow
        self.lastRow = lastRow
    }
}

/// Writes .xlsx workbooks in memory (no file system): inline strings, numbers, a bold frozen header row.
public enum XLSXWriter {
    /// A failure to assemble the package, worded for people; never ZIPFoundation's own text.
    public struct Failure: UserFacingError {
        public init() {}
        public func message(chinese: Bool) -> String {
            WriterText.assemblyFailed.text(chinese: chinese)
        }
    }

    /// The workbook's bytes. Text that a spreadsheet could run as a formula once edited (starting with
    /// `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`, as in the CSV exports; numbers stay numbers.
    /// Entries are dated 1980-01-01 so the same sheets give the same bytes.
    public static func data(_ sheets: [WorkbookSheet]) throws -> Data {
        let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
        var parts: [(String, String)] = []
        var overrides = ""
        var sheetList = ""
        var rels = ""
        for (i, sheet) in sheets.enumerated() {
            let n = i + 1
            overrides += "<Override PartName=\"/xl/worksheets/sheet\(n).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            sheetList += "<sheet name=\"\(escape(sheetName(sheet.name)))\" sheetId=\"\(n)\"\(sheet.hidden ? " state=\"hidden\"" : "") r:id=\"rId\(n)\"/>"
            rels += "<Relationship Id=\"rId\(n)\" Type=\"\(rns)/worksheet\" Target=\"worksheets/sheet\(n).xml\"/>"
            parts.append(("xl/worksheets/sheet\(n).xml", worksheet(sheet, ns: ns)))
        }
        rels += "<Relationship Id=\"rIdStyles\" Type=\"\(rns)/styles\" Target=\"styles.xml\"/>"
        let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        parts += [
            ("[Content_Types].xml", head + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + overrides + "</Types>"),
            ("_rels/.rels", head + "<Relationships xmlns=\"\(pkg)\"><Relationship Id=\"rId1\" Type=\"\(rns)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", head + "<workbook xmlns=\"\(ns)\" xmlns:r=\"\(rns)\"><sheets>\(sheetList)</sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", head + "<Relationships xmlns=\"\(pkg)\">\(rels)</Relationships>"),
            // Style 0: default; 1: bold (the header); 2: text format (@), so typed codes such as 0701 keep their zero;
            // 3…7: numbers with 0…4 decimals (`fixed`), built-in formats 1 and 2 and custom ones 164…166;
            // 8: dates as yyyy-mm-dd (custom 167); 9…13: percentages with 0…4 decimals, built-in 9 and 10 and
            // custom 168…170. The `Normal` cell style is the default style that Excel and
            // openpyxl expect to find (without it openpyxl warns "Workbook contains no default style").
            ("xl/styles.xml", head + "<styleSheet xmlns=\"\(ns)\"><numFmts count=\"7\"><numFmt numFmtId=\"164\" formatCode=\"0.0\"/>"
                + "<numFmt numFmtId=\"165\" formatCode=\"0.000\"/><numFmt numFmtId=\"166\" formatCode=\"0.0000\"/>"
                + "<numFmt numFmtId=\"\(dateFormat)\" formatCode=\"yyyy-mm-dd\"/><numFmt numFmtId=\"168\" formatCode=\"0.0%\"/>"
                + "<numFmt numFmtId=\"169\" formatCode=\"0.000%\"/><numFmt numFmtId=\"170\" formatCode=\"0.0000%\"/></numFmts><fonts count=\"2\"><font><sz val=\"11\"/><name val=\"\(WriterText.fontName)\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"\(WriterText.fontName)\"/></font></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills><borders count=\"1\"><border/></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"14\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + fixedFormats.map { "<xf numFmtId=\"\($0)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" }.joined()
                + "<xf numFmtId=\"\(dateFormat)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + percentFormats.map { "<xf numFmtId=\"\($0)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" }.joined()
                + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"),
        ]
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            let date = Date(timeIntervalSince1970: 315_532_800)
            for (path, xml) in parts {
                let bytes = Data(xml.utf8)
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date, compressionMethod: .deflate
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

    static func worksheet(_ sheet: WorkbookSheet, ns: String) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"\(ns)\">"
        xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        if !sheet.widths.isEmpty {
            xml += "<cols>" + sheet.widths.enumerated().map { column, width in
                let style = sheet.columnFormats[column].map { " style=\"\(styleIndex($0))\"" } ?? ""
                return "<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(width)\"\(style) customWidth=\"1\"/>"
            }.joined() + "</cols>"
        }
        xml += "<sheetData>"
        let rows = [sheet.header.map(WorkbookCell.text)] + sheet.rows
        for (r, row) in rows.enumerated() {
            xml += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                let ref = "\(columnLetters(c + 1))\(r + 1)"
                switch cell {
                case .text(let text) where !text.isEmpty:
                    let style = r == 0 ? " s=\"1\"" : " s=\"2\""
                    xml += "<c r=\"\(ref)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(neutralised(text)))</t></is></c>"
                case .text: continue
                case .number(let n): xml += "<c r=\"\(ref)\"><v>\(n)</v></c>"
                case .fixed(let n, let places):
                    xml += "<c r=\"\(ref)\" s=\"\(3 + min(max(places, 0), fixedFormats.count - 1))\"><v>\(n)</v></c>"
                case .date(let day):
                    xml += "<c r=\"\(ref)\" s=\"8\"><v>\(serial(day))</v></c>"
                case .percent(let n, let places):
                    xml += "<c r=\"\(ref)\" s=\"\(9 + min(max(places, 0), percentFormats.count - 1))\"><v>\(n)</v></c>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if !sheet.validations.isEmpty {
            xml += "<dataValidations count=\"\(sheet.validations.count)\">"
            for v in sheet.validations {
                let column = columnLetters(v.column + 1)
                let common = "allowBlank=\"1\" showErrorMessage=\"1\" error=\"\(escape(v.error))\" sqref=\"\(column)\(v.firstRow):\(column)\(v.lastRow)\""
                switch v.rule {
                case .list(let range):
                    xml += "<dataValidation type=\"list\" \(common)><formula1>\(escape(range))</formula1></dataValidation>"
                case .decimal(let minimum, let maximum?):
                    xml += "<dataValidation type=\"decimal\" operator=\"between\" \(common)><formula1>\(minimum)</formula1><formula2>\(maximum)</formula2></dataValidation>"
                case .decimal(let minimum, nil):
                    xml += "<dataValidation type=\"decimal\" operator=\"greaterThanOrEqual\" \(common)><formula1>\(minimum)</formula1></dataValidation>"
                }
            }
            xml += "</dataValidations>"
        }
        return xml + "</worksheet>"
    }

    /// The cell format (`cellXfs` index) of a column format.
    static func styleIndex(_ format: ColumnFormat) -> Int {
        switch format {
        case .text: 2
        case .date: 8
        case .decimals(let places): 3 + min(max(places, 0), fixedFormats.count - 1)
        }
    }

    /// The custom number format of style 8: `yyyy-mm-dd`.
    static let dateFormat = 167

    /// The day's serial number in the 1900 date system: days since 1899-12-30, which counts Excel's
    /// phantom 1900-02-29 for every day from 1900-03-01 on (the only days kaohe writes; rule sets bound
    /// years to 1900–2100).
    static func serial(_ day: Day) -> Int { epoch.days(to: day) }

    /// Day 0 of the 1900 system as Excel counts from March 1900 on.
    static let epoch = Day(year: 1899, month: 12, day: 30)!

    /// The number formats of styles 9…13: 0%, 0.0%, 0.00%, 0.000% and 0.0000%.
    static let percentFormats = [9, 168, 10, 169, 170]

    /// The number formats of styles 3…7: 0, 0.0, 0.00, 0.000 and 0.0000.
    static let fixedFormats = [1, 164, 2, 165, 166]

    /// A leading `'` for text a spreadsheet would take as a formula when the cell is edited.
    static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    /// A tab name Excel accepts: at most 31 characters, none of `[]:*?/\`.
    static func sheetName(_ name: String) -> String {
        String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
    }

    /// XML text: markup escaped, characters XML 1.0 forbids dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
