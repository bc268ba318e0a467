import Foundation
import KaoheCSV
import KaoheCore
import Testing
import ZIPFoundation

@testable import KaoheXLSX

/// The reader on workbooks written part by part in the test, each expectation written by hand from the XML.
@Suite struct XLSXReaderTests {
    func messages(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return ["accepted"]
        } catch let error as DiagnosticsError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    /// Built-in format 14 is a date; custom 164 is `yyyy"年"m"月"d"日"`; 165 is a number (`0.0`); 166 is a time.
    let styles = """
        <numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>\
        <numFmt numFmtId="165" formatCode="0.0"/><numFmt numFmtId="166" formatCode="yyyy-mm-dd hh:mm"/></numFmts>\
        <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>\
        <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs>
        """

    @Test func stringsOfEveryKindBooleansAndNumbersAreReadAsTheyShow() throws {
        var b = WorkbookBuilder()
        // Shared string 1 is rich text in two runs with a phonetic guide (rPh) that must not appear.
        b.sharedStrings = [
            "<t>区域代码</t>",
            "<r><rPr><b/></rPr><t>涪</t></r><r><t>城区</t></r><rPh sb=\"0\" eb=\"1\"><t>ふ</t></rPh>",
            "<t xml:space=\"preserve\">a_x000D_b</t>",
        ]
        b.sheets = [("区域", """
            <sheetData>\
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>区域类型</t></is></c></row>\
            <row r="3"><c r="A3"><v>510703</v></c><c r="B3" t="s"><v>1</v></c><c r="C3" t="b"><v>1</v></c></row>\
            <row><c t="str"><f>A3&amp;""</f><v>510703</v></c><c><v>0.30000000000000004</v></c><c><v>1.5E-3</v></c><c t="s"><v>2</v></c></row>\
            </sheetData>
            """, nil)]
        let sheet = try XLSXReader.read(try b.data(), file: "a.xlsx")
        // Row 4 has no r: it follows row 3; its cells without r fill A, B, C, D in turn.
        #expect(sheet.rows == [
            SheetRow(number: 1, cells: ["区域代码", "", "区域类型"]),
            SheetRow(number: 3, cells: ["510703", "涪城区", "TRUE"]),
            SheetRow(number: 4, cells: ["510703", "0.3", "0.0015", "a\rb"]),
        ])
        #expect(sheet.name == "a.xlsx:区域")
    }

    @Test func datesInBuiltInAndCustomFormatsIn1900And1904Systems() throws {
        // 42005 in the 1900 system: days after 1899-12-30 (serials past the false 1900-02-29) → 2015-01-01.
        // 41.5 with a date-time format: 1900-02-10 12:00 (before the false leap day, day 1 is 1900-01-01).
        // 42005.5416666667 → 2015-01-01 13:00 (0.5416666667 × 24 h = 13.000 h).
        let body = """
            <sheetData><row r="1"><c r="A1" s="1"><v>42005</v></c><c r="B1" s="2"><v>42005</v></c>\
            <c r="C1" s="3"><v>42005</v></c><c r="D1" s="4"><v>42005.5416666667</v></c><c r="E1" s="4"><v>41.5</v></c></row></sheetData>
            """
        var b = WorkbookBuilder()
        b.stylesXML = styles
        b.sheets = [("S", body, nil)]
        #expect(try XLSXReader.read(try b.data(), file: "d.xlsx").rows == [
            SheetRow(number: 1, cells: ["2015-01-01", "2015-01-01", "42005", "2015-01-01 13:00", "1900-02-10 12:00"])
        ])
        // The same serials in the 1904 system: 0 is 1904-01-01, so 42005 is 1462 days later than in the
        // 1900 system → 2019-01-02; 41.5 → 1904-02-11 12:00.
        b.date1904 = true
        #expect(try XLSXReader.read(try b.data(), file: "d.xlsx").rows == [
            SheetRow(number: 1, cells: ["2019-01-02", "2019-01-02", "42005", "2019-01-02 13:00", "1904-02-11 12:00"])
        ])
    }

    @Test func percentFormattedNumbersReadAsTheyShow() throws {
        // Built-in 9 is 0%, 10 is 0.00%; custom 164 `0.0"%"` has its % quoted, so it is a plain number.
        var b = WorkbookBuilder()
        b.stylesXML = """
            <numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot;%&quot;"/></numFmts>\
            <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="10"/><xf numFmtId="164"/></cellXfs>
            """
        b.sheets = [("S", "<sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"><v>0.04</v></c><c r=\"B1\" s=\"2\"><v>3.5000000000000003E-2</v></c><c r=\"C1\" s=\"3\"><v>4</v></c></row></sheetData>", nil)]
        // 0.04 × 100 = 4; 0.035 (15 digits) × 100 = 3.5; 4 stays 4.
        #expect(try XLSXReader.read(try b.data(), file: "p.xlsx").rows == [SheetRow(number: 1, cells: ["4%", "3.5%", "4"])])
    }

    @Test func dateFormatCodesAreRecognised() {
        #expect(DateStyles.isDateFormat("yyyy\"年\"m\"月\"d\"日\""))
        #expect(DateStyles.isDateFormat("[$-804]yyyy/m/d"))
        #expect(DateStyles.isDateFormat("[h]:mm"))
        #expect(DateStyles.isDateFormat("yyyy\\-mm\\-dd"))  // LibreOffice's escaped hyphens
        #expect(!DateStyles.isDateFormat("General"))  // LibreOffice writes General as a custom code
        #expect(!DateStyles.isDateFormat("0.0"))
        #expect(!DateStyles.isDateFormat("[Red]#,##0.00"))
        #expect(!DateStyles.isDateFormat("\"年\"0"))
        #expect(!DateStyles.isDateFormat("0.00_);(0.00)"))
    }

    @Test func errorCellsAndFormulasWithoutResultAreLocatedErrors() throws {
        var b = WorkbookBuilder()
        b.sheets = [("目标", """
            <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>\
            <row r="7"><c r="D7" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E7"><f>SUM(A1:A2)</f></c></row></sheetData>
            """, nil)]
        #expect(messages { _ = try XLSXReader.read(try b.data(), file: "t.xlsx") } == [
            "t.xlsx:目标!D7: the cell holds the error value #DIV/0! — correct the cell (or the formula behind it) so it holds a value",
            "t.xlsx:目标!E7: the formula has no saved result — open the workbook in Excel, WPS or LibreOffice and save it again, or type the value instead of the formula",
        ])
    }

    @Test func mergedHeaderCellsAreFilledAcrossAndHiddenSheetsSkipped() throws {
        var b = WorkbookBuilder()
        b.sheets = [
            ("说明", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>hidden</t></is></c></row></sheetData>", "hidden"),
            ("Sheet2", """
                <sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>h</t></is></c><c r="E2" t="inlineStr"><is><t>z</t></is></c></row>\
                <row r="3"><c r="C3"><v>1</v></c><c r="E3"><v>2</v></c><c r="F3"><v>3</v></c></row>\
                <row r="4"><c r="E4"><v>4</v></c></row></sheetData>\
                <mergeCells count="3"><mergeCell ref="B2:D2"/><mergeCell ref="E2:F2"/><mergeCell ref="C3:D3"/></mergeCells>
                """, nil),
        ]
        let sheet = try XLSXReader.read(try b.data(), file: "m.xlsx")
        #expect(sheet.sheet == "Sheet2")
        // Header row 2 (the first with values): "h" merged over B:D names C, the only column of B:D with data;
        // "z" merged over E:F names both E and F, which hold data (a validator then reports the column twice).
        // The merge C3:D3 in the data is not copied across.
        #expect(sheet.rows == [
            SheetRow(number: 2, cells: ["", "", "h", "", "z", "z"]), SheetRow(number: 3, cells: ["", "", "1", "", "2", "3"]),
            SheetRow(number: 4, cells: ["", "", "", "", "4"]),
        ])
        // A hidden sheet is still read when named.
        #expect(try XLSXReader.read(try b.data(), file: "m.xlsx", sheet: "说明").rows == [SheetRow(number: 1, cells: ["hidden"])])
    }

    @Test func sheetChoiceByKindNameOrOptionAndTheErrorsNamingTheSheets() throws {
        var b = WorkbookBuilder()
        let one = "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>"
        b.sheets = [("封面", one, nil), (" Targets ", one, nil), ("目标", one, "veryHidden")]
        let data = try b.data()
        #expect(try XLSXReader.read(data, file: "b.xlsx", preferred: ["目标", "targets"]).sheet == " Targets ")
        #expect(try XLSXReader.read(data, file: "b.xlsx").sheet == "封面")
        #expect(messages { _ = try XLSXReader.read(data, file: "b.xlsx", sheet: "区域") } == [
            "b.xlsx: the workbook has no sheet named 区域 — name one of its sheets: 封面,  Targets , 目标"
        ])
        #expect(messages { _ = try XLSXReader.read(Data("a,b\n".utf8), file: "c.xlsx") } == [
            "c.xlsx: the file is not an .xlsx workbook (it is not a ZIP package) — save it from the spreadsheet program as .xlsx (Excel workbook)"
        ])
        #expect(messages { _ = try XLSXReader.read(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]), file: "o.xlsx") } == [
            "o.xlsx: this is an .xls workbook (the old Excel format), which is not read — open it in Excel, WPS or LibreOffice and save it as .xlsx"
        ])
    }

    @Test func theCSVValidatorsReadTheSheetAndTheirMessagesPointAtCells() throws {
        // Header in row 2 starting at column B; a bad type in D5 (row 4 is empty and skipped); a name with a
        // line break in C4… row 5's C holds two lines, so the CSV has an extra physical line the map absorbs.
        var b = WorkbookBuilder()
        func s(_ ref: String, _ text: String) -> String { "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>" }
        b.sheets = [("区域", """
            <sheetData><row r="2">\(s("B2", "区域代码"))\(s("C2", "区域名称"))\(s("D2", "区域类型"))</row>\
            <row r="3"><c r="B3"><v>510703</v></c>\(s("C3", "涪城区"))\(s("D3", "区"))</row>\
            <row r="5"><c r="B5"><v>510704</v></c>\(s("C5", "游仙\nA"))\(s("D5", "镇"))</row>\
            <row r="6">\(s("B6", "510705"))\(s("C6", "安州区"))\(s("D6", "乡"))</row></sheetData>
            """, nil)]
        let sheet = try XLSXReader.read(try b.data(), file: "a.xlsx")
        let map = sheet.rowOfLine
        #expect(map == [2, 3, 5, 5, 6])
        #expect(messages {
            do {
                _ = try AreasFile.parse(sheet.csv, file: sheet.name)
            } catch let e as DiagnosticsError {
                throw DiagnosticsError(e.diagnostics.map { sheet.locate($0, rowOfLine: map) })
            }
        } == [
            "a.xlsx:区域!D5 (区域类型): \"镇\" is not a unit type — write one of 县, 自治县, 县级市, 区, 园区, 办事处",
            "a.xlsx:区域!D6 (区域类型): \"乡\" is not a unit type — write one of 县, 自治县, 县级市, 区, 园区, 办事处",
        ])
    }
}

/// The writer (templates, D-67) read back by the reader and the CSV validators.
@Suite struct XLSXWriterTests {
    @Test func writtenSheetsReadBackWithNumbersAsNumbersAndFormulaLikeTextNeutralised() throws {
        let data = try XLSXWriter.data([
            WorkbookSheet(name: "说明", header: ["x"]),
            WorkbookSheet(
                name: "区域", header: ["区域代码", "区域名称", "区域类型"],
                rows: [
                    [.number(510703), .text("涪城区"), .text("区")],
                    [.text("MY-GXQ"), .text("=HYPERLINK(\"http://x\")<&>"), .text("园区")],
                ]),
        ])
        let sheet = try XLSXReader.read(data, file: "w.xlsx", preferred: ["区域"])
        // The formula-like name gets a leading ' (and is then stored with it, as in the CSV exports); markup survives.
        #expect(sheet.rows == [
            SheetRow(number: 1, cells: ["区域代码", "区域名称", "区域类型"]),
            SheetRow(number: 2, cells: ["510703", "涪城区", "区"]),
            SheetRow(number: 3, cells: ["MY-GXQ", "'=HYPERLINK(\"http://x\")<&>", "园区"]),
        ])
        let parsed = try AreasFile.parse(sheet.csv, file: sheet.name)
        #expect(parsed.rows == [
            Area(code: "510703", name: "涪城区", type: .district), Area(code: "MY-GXQ", name: "'=HYPERLINK(\"http://x\")<&>", type: .park),
        ])
        // A number cell is written as <v>510703</v> without a type: a number, not text.
        #expect(try XLSXWriter.data([WorkbookSheet(name: "a", header: ["h"], rows: [[.number(12.5)]])]) == XLSXWriter.data([WorkbookSheet(name: "a", header: ["h"], rows: [[.number(12.5)]])]))
        #expect(XLSXWriter.worksheet(WorkbookSheet(name: "a", header: ["h"], rows: [[.number(12.5)]]), ns: "n").contains("<c r=\"A2\"><v>12.5</v></c>"))
    }

    /// Days are date cells: serial numbers of the 1900 system with a `yyyy-mm-dd` format (issue 16).
    ///
    /// Worked by hand: 1899-12-30 is day 0; 1900-03-01 is 2 (to 1900-01-01) + 31 (January) + 28 (February 1900)
    /// = 61, which is Excel's number for it (Excel counts 1900-01-01 as 1 and a phantom 1900-02-29 as 60);
    /// 2016-01-01 is 42370 (Excel's `=DATE(2016,1,1)`); 2016-02-29 = 42370 + 31 + 28 = 42429.
    @Test func daysAreWrittenAsDateCellsAndReadBackAsTheSameDays() throws {
        #expect(XLSXWriter.serial(Day(year: 1900, month: 3, day: 1)!) == 61)
        #expect(XLSXWriter.serial(Day(year: 2016, month: 1, day: 1)!) == 42370)
        #expect(XLSXWriter.serial(Day(year: 2016, month: 2, day: 29)!) == 42429)
        let days = [Day(year: 2016, month: 1, day: 1)!, Day(year: 2016, month: 2, day: 29)!, Day(year: 2099, month: 12, day: 31)!]
        let data = try XLSXWriter.data([WorkbookSheet(name: "限批", header: ["起始日期"], rows: days.map { [.date($0)] })])
        let sheet = try XLSXReader.read(data, file: "d.xlsx")
        // The reader shows a date-formatted number as the day it stands for (yyyy-mm-dd, as the CSV templates write days).
        #expect(sheet.rows.dropFirst().map(\.cells) == [["2016-01-01"], ["2016-02-29"], ["2099-12-31"]])
        #expect(XLSXWriter.worksheet(WorkbookSheet(name: "a", header: ["h"], rows: [[.date(days[0])]]), ns: "n").contains("<c r=\"A2\" s=\"8\"><v>42370</v></c>"))
    }

    /// The styles part names the `Normal` cell style, the default style that openpyxl and Excel look for.
    @Test func theStylesPartHasTheDefaultNormalStyle() throws {
        let data = try XLSXWriter.data([WorkbookSheet(name: "a", header: ["h"])])
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive["xl/styles.xml"])
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        let text = String(decoding: xml, as: UTF8.self)
        #expect(text.contains("<cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"))
        #expect(text.contains("<cellXfs count=\"14\">") && text.components(separatedBy: "<xf ").count - 1 == 15)  // 14 cell formats + 1 style format
    }
}
