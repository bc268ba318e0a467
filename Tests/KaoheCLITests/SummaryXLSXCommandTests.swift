import Foundation
import KaoheXLSX
import Testing

/// `summary --format xlsx` end to end (issue 16, D-79): written with -o, refused without it, and read back
/// with the project's own reader, the ranking sheet holds the same units, scores and grades as the CSV.
@Suite struct SummaryXLSXCommandTests {
    @Test func theWorkbookHoldsTheCSVRankingAndNeedsAnOutputFile() throws {
        let cli = try CLIHarness()
        for args in [
            ["areas", "import", "sample-data/areas.csv"], ["targets", "import", "sample-data/targets.csv"],
            ["reports", "import", "sample-data/reports/2014", "sample-data/reports/2015"], ["assess", "--year", "2015"],
        ] {
            #expect(try cli.runArgs(args).status == 0, "\(args)")
        }
        let path = cli.workDir.appendingPathComponent("通报.xlsx").path
        #expect(try cli.run("summary", "--year", "2015", "--format", "xlsx", "-o", path) == .init(status: 0, stdout: "已写入 \(path)\n", stderr: ""))
        // Without -o a workbook is refused rather than poured onto the terminal; nothing is printed.
        let refused = try cli.run("summary", "--year", "2015", "--format", "xlsx")
        #expect(refused.status != 0 && refused.stdout.isEmpty && refused.stderr.contains("--format xlsx 需要用 -o 指定输出文件"))
        let refusedEn = try cli.run("summary", "--year", "2015", "--format", "xlsx", "--lang", "en")
        #expect(refusedEn.status != 0 && refusedEn.stderr.contains("--format xlsx needs an output file"))

        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let sheet = try XLSXReader.read(data, file: "通报.xlsx", sheet: "考核结果")
        // The CSV's lines (BOM dropped); the first 17 columns (名次 … 等级) hold no commas in the sample data.
        let csv = try cli.run("summary", "--year", "2015", "--format", "csv").stdout
        let lines = csv.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
        #expect(sheet.rows.count == lines.count && lines.count == 14)  // the header and the 13 sample units
        #expect(sheet.rows.first?.cells == lines.first)
        let numeric: Set<Int> = [0, 4, 5, 6, 7, 8, 9, 10, 12, 13, 15]
        for (row, line) in zip(sheet.rows.dropFirst(), lines.dropFirst()) {
            for column in 0..<17 {
                let cell = column < row.cells.count ? row.cells[column] : ""
                if numeric.contains(column), !line[column].isEmpty, !line[column].hasPrefix("≈") {
                    // A number cell: the same value as the CSV's displayed figure (the sheet shows its decimals by format).
                    #expect(Decimal(string: cell) == Decimal(string: line[column]), "\(line[2]) column \(column): \(cell) vs \(line[column])")
                } else {
                    #expect(cell == line[column], "\(line[2]) column \(column)")
                }
            }
        }
        #expect(try XLSXReader.sheets(in: data, file: "通报.xlsx").map(\.name).contains("报送情况"))
    }
}
