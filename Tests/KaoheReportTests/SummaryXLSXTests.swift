import Foundation
import KaoheCore
import KaoheReport
import KaoheXLSX
import Testing
import ZIPFoundation

/// The summary as an .xlsx workbook (issue 16, D-79): read back with the project's own reader, the ranking
/// sheet holds the CSV's header and rows, numbers as number cells and hostile text neutralised.
@Suite struct SummaryXLSXTests {
    static let hostile = "=HYPERLINK(\"http://x.test\",\"点击\")"

    func workbook() throws -> Data {
        try SummaryXLSX.data(SummaryFixture.summary(names: ["510727": Self.hostile]), lang: .zh)
    }

    /// One part of the package as text, read with ZIPFoundation.
    func part(_ data: Data, _ path: String) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive[path])
        var out = Data()
        _ = try archive.extract(entry) { out.append($0) }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func theRankingSheetHasTheCSVHeaderAndAUnitsTypedRow() throws {
        let data = try workbook()
        #expect(try XLSXReader.sheets(in: data, file: "s.xlsx").map(\.name) == ["考核结果", "报送情况"])
        let sheet = try XLSXReader.read(data, file: "s.xlsx", sheet: "考核结果")
        let header = try #require(sheet.rows.first).cells
        #expect(header.prefix(4) == ["名次", "排名分组", "区域代码", "区域名称"])
        #expect(header[15] == "考核得分" && header[16] == "等级" && header.count == 25)
        // 安县 (fixture): score 57.1 (100 × 2 ÷ 3.5 = 57.14 → 57.1), grade 不合格, actual decline 2.1.
        let anxian = try #require(sheet.rows.first { $0.cells.count > 2 && $0.cells[2] == "510724" })
        #expect(anxian.cells[3] == "安县")
        #expect(anxian.cells[15] == "57.1")
        #expect(anxian.cells[16] == "不合格")
        // A number cell (no t="inlineStr"), not text: column P of 安县's row holds <v>57.1</v>, in style 4,
        // whose number format 164 is "0.0" (one decimal, as the notice prints scores).
        let xml = try part(data, "xl/worksheets/sheet1.xml")
        #expect(xml.contains("<c r=\"P\(anxian.number)\" s=\"4\"><v>57.1</v></c>"))
        #expect(xml.contains("<c r=\"K\(anxian.number)\" s=\"4\"><v>2.1</v></c>"))
        // 涪城区's 100.0 is the number 100 shown with its one decimal; the year 2015 has none (style 3, format 1 "0").
        let fucheng = try #require(sheet.rows.first { $0.cells.count > 2 && $0.cells[2] == "510703" })
        #expect(xml.contains("<c r=\"P\(fucheng.number)\" s=\"4\"><v>100</v></c>"))
        #expect(xml.contains("<c r=\"V\(fucheng.number)\" s=\"3\"><v>2015</v></c>"))
        let styles = try part(data, "xl/styles.xml")
        #expect(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"0.0\"/>"))
        // Styles 0–2 (default, bold, text), 3–7 (0…4 decimals), 8 (date), 9–13 (percent 0…4 decimals): 14 (D-80).
        #expect(styles.contains("<cellXfs count=\"14\">"))
        // The fifth xf (style 4) uses format 164.
        let xfs = styles.components(separatedBy: "<cellXfs")[1].components(separatedBy: "<xf ").dropFirst()
        #expect(xfs.count == 14 && Array(xfs)[4].hasPrefix("numFmtId=\"164\""))
        // The code stays text (its leading digits kept as typed).
        #expect(xml.contains("<c r=\"C\(anxian.number)\" s=\"2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">510724</t>"))
        // The same rows as the CSV: every shown value of the typed rows is the CSV cell.
        let table = SummaryRender.rankingTable(SummaryFixture.summary(), lang: .zh)
        let csvRows = SummaryRender.csv(SummaryFixture.summary(), lang: .zh).dropFirst().components(separatedBy: "\r\n")
        #expect(csvRows[0] == table.header.joined(separator: ","))
        #expect(csvRows[1] == table.rows[0].map(\.shown).map(SummaryRender.csvCell).joined(separator: ","))
    }

    @Test func aHostileNameIsNeutralisedAsText() throws {
        let data = try workbook()
        let sheet = try XLSXReader.read(data, file: "s.xlsx", sheet: "考核结果")
        let pingwu = try #require(sheet.rows.first { $0.cells.count > 2 && $0.cells[2] == "510727" })
        #expect(pingwu.cells[3] == "'" + Self.hostile)
        let xml = try part(data, "xl/worksheets/sheet1.xml")
        #expect(!xml.contains("<f>"))
        #expect(xml.contains("<c r=\"D\(pingwu.number)\" s=\"2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">'=HYPERLINK("))
    }

    @Test func theReportStatusSheetListsEveryUnit() throws {
        let sheet = try XLSXReader.read(try workbook(), file: "s.xlsx", sheet: "报送情况")
        #expect(sheet.rows.first?.cells == ["区域代码", "区域名称", "报送情况"])
        #expect(sheet.rows.dropFirst().map { $0.cells[0] } == SummaryFixture.summary().submissions.map(\.area.code))
        #expect(sheet.rows.count == 4)
    }
}
