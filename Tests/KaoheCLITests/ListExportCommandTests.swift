import Foundation
import KaoheXLSX
import Testing
import ZIPFoundation

/// `--format csv|xlsx` of the list commands (issue 16): `freeze list`, `summons list`, `reports status`
/// and `assess show` write the terminal table's rows as CSV and as a typed workbook.
@Suite struct ListExportCommandTests {
    /// The sample city's 2015 assessment, published on 2016-03-15, seen on 2016-06-01.
    func publishedSample() throws -> CLIHarness {
        var cli = try CLIHarness()
        cli.environment["KAOHE_TODAY"] = "2016-06-01"
        for args in [
            ["areas", "import", "sample-data/areas.csv"], ["targets", "import", "sample-data/targets.csv"],
            ["reports", "import", "sample-data/reports/2014", "sample-data/reports/2015"], ["assess", "--year", "2015"],
            ["publish", "--year", "2015", "--date", "2016-03-15", "--doc", "绵环发〔2016〕12号"],
        ] {
            #expect(try cli.runArgs(args).status == 0, "\(args)")
        }
        return cli
    }

    /// The CSV's table rows without the byte-order mark and without a caption after an empty line (no cell
    /// of the sample holds a comma or a quote).
    func csvRows(_ csv: String) -> [[String]] {
        #expect(csv.hasPrefix("\u{FEFF}") && !csv.contains("\""))
        let table = csv.dropFirst().components(separatedBy: "\r\n\r\n")[0]
        return table.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
    }

    /// Two cells hold the same figure: equal text, or equal numbers (the reader gives a number cell's value,
    /// `100` for a cell shown `100.0`, `4%` for 0.04 shown `4.0%`).
    func same(_ cell: String, _ csv: String) -> Bool {
        if cell == csv { return true }
        let percent = csv.hasSuffix("%")
        guard percent == cell.hasSuffix("%"), let a = Decimal(string: String(cell.dropLast(percent ? 1 : 0))),
            let b = Decimal(string: String(csv.dropLast(percent ? 1 : 0)))
        else { return false }
        return a == b
    }

    /// A worksheet part's XML, to check how a cell is stored (type and style), not only how it reads back.
    func sheetXML(_ path: String, _ part: String = "xl/worksheets/sheet1.xml") throws -> String {
        let archive = try #require(try? Archive(url: URL(fileURLWithPath: path), accessMode: .read))
        let entry = try #require(archive[part])
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        return String(decoding: xml, as: UTF8.self)
    }

    @Test func everyListGivesTheSameRowsAsCSVAndAsAWorkbook() throws {
        let cli = try publishedSample()
        for (name, args) in [
            ("freeze", ["freeze", "list"]), ("summons", ["summons", "list"]), ("status", ["reports", "status", "--year", "2015"]),
            ("show", ["assess", "show", "--year", "2015"]),
        ] {
            let csv = try cli.runArgs(args + ["--format", "csv"])
            #expect(csv.status == 0 && csv.stderr.isEmpty, "\(name)")
            let rows = csvRows(csv.stdout)
            let path = cli.workDir.appendingPathComponent("\(name).xlsx").path
            #expect(try cli.runArgs(args + ["--format", "xlsx", "-o", path]) == .init(status: 0, stdout: "已写入 \(path)\n", stderr: ""), "\(name)")
            let sheet = try XLSXReader.read(Data(contentsOf: URL(fileURLWithPath: path)), file: "\(name).xlsx")
            // Dates read back as yyyy-mm-dd (a date format), numbers as their values; every cell is the CSV's.
            #expect(sheet.rows.count == rows.count && rows.count > 1, "\(name)")
            for (row, line) in zip(sheet.rows, rows) {
                let cells = row.cells + Array(repeating: "", count: max(0, line.count - row.cells.count))
                #expect(cells.count == line.count && zip(cells, line).allSatisfy(same), "\(name): \(cells) vs \(line)")
            }
        }
    }

    @Test func cellsAreTypedDatesNumbersAndPercentages() throws {
        let cli = try publishedSample()
        let freezes = cli.workDir.appendingPathComponent("f.xlsx").path
        #expect(try cli.run("freeze", "list", "--format", "xlsx", "-o", freezes).status == 0)
        let f = try sheetXML(freezes)
        // 安县 (510724) failed 2015 and is frozen from the publication day, 2016-03-15. Its serial in the 1900 system:
        // 2016-01-01 is 42370, + 31 (January) + 29 (February 2016) + 14 = 42444; style 8 is yyyy-mm-dd.
        #expect(f.contains("<c r=\"B2\" s=\"8\"><v>42444</v></c>"))
        // Days in force on 2016-06-01: 17 (15–31 March) + 30 + 31 = 78, a whole number (style 3, format 0).
        #expect(f.contains("<c r=\"E2\" s=\"3\"><v>78</v></c>"))

        let show = cli.workDir.appendingPathComponent("a.xlsx").path
        #expect(try cli.run("assess", "show", "--year", "2015", "--format", "xlsx", "-o", show).status == 0)
        let a = try sheetXML(show)
        // 涪城区 (510703, row 2): base 102, current 96; required decline 4.0% and actual (102 − 96) / 102 = 5.88…% → 5.9%,
        // stored as the fractions 0.04 and 0.059 with the one-decimal percent format (style 10 = 9 + 1 place).
        #expect(a.contains("<c r=\"C2\" s=\"3\"><v>102</v></c>") && a.contains("<c r=\"E2\" s=\"3\"><v>96</v></c>"))
        #expect(a.contains("<c r=\"H2\" s=\"10\"><v>0.04</v></c>") && a.contains("<c r=\"I2\" s=\"10\"><v>0.059</v></c>"))
        // The run's heading (draft or published, the document) is on the 说明 sheet.
        #expect(try sheetXML(show, "xl/worksheets/sheet2.xml").contains("2015年年度考核 第1版（运行 #1），已发布（2016-03-15，绵环发〔2016〕12号）"))
    }

    @Test func aWorkbookNeedsAnOutputFileAndTheExplanationStaysText() throws {
        let cli = try publishedSample()
        let refused = try cli.run("freeze", "list", "--format", "xlsx")
        #expect(refused.status != 0 && refused.stdout.isEmpty && refused.stderr.contains("--format xlsx 需要用 -o 指定输出文件"))
        let en = try cli.run("summons", "list", "--format", "xlsx", "--lang", "en")
        #expect(en.status != 0 && en.stderr.contains("--format xlsx needs an output file"))
        let area = try cli.run("assess", "show", "--year", "2015", "--area", "510703", "--format", "csv")
        #expect(area.status == 64 && area.stdout.isEmpty && area.stderr.contains("--area 的计算过程只以文本输出"))
        // An empty list still makes a file with its header, so a spreadsheet says what was asked.
        let path = cli.workDir.appendingPathComponent("none.csv").path
        #expect(try cli.run("freeze", "list", "--on", "2016-01-01", "--format", "csv", "-o", path).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("\u{FEFF}单位,起始日期,考核运行,文号,限批天数,解除条件\r\n".utf8))
    }
}
