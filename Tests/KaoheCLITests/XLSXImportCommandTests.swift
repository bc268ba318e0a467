import Foundation
import KaoheXLSX
import Testing
import ZIPFoundation

/// .xlsx imports end to end (issue 16, D-64): workbooks made by openpyxl from the sample CSVs import to the
/// same stored rows as the CSV twins, and workbook problems are located at their cells.
@Suite struct XLSXImportCommandTests {
    static let fixtures = "Tests/KaoheCLITests/Fixtures/xlsx"

    /// The stored tables without what differs by design between two imports of the same data: the import
    /// log (file names, hashes), import ids and the times of recording.
    func storedData(_ cli: CLIHarness) throws -> String {
        var kept: [String] = []
        var skipping = false
        for line in try cli.dumpTables().components(separatedBy: "\n") {
            if line.hasPrefix("[") && line.hasSuffix("]") && !line.contains(":") {
                skipping = line == "[import_log]" || line == "[report_version_file]"
            }
            if skipping { continue }
            kept.append(
                line.replacingOccurrences(of: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z"#, with: "<time>", options: .regularExpression)
                    .replacingOccurrences(of: #"import_id:\d+"#, with: "import_id:<n>", options: .regularExpression))
        }
        return kept.joined(separator: "\n")
    }

    @Test func openpyxlWorkbooksImportLikeTheirCSVTwins() throws {
        var fromCSV = try CLIHarness()
        var fromXLSX = try CLIHarness()
        fromCSV.environment["KAOHE_TODAY"] = "2016-03-01"
        fromXLSX.environment["KAOHE_TODAY"] = "2016-03-01"
        #expect(try fromCSV.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try fromCSV.run("targets", "import", "sample-data/targets.csv").status == 0)
        #expect(try fromCSV.run("reports", "import", "sample-data/reports/2015").status == 0)
        #expect(try fromCSV.run("monitoring", "import", "sample-data/monitoring/monitoring-2015.csv").status == 0)

        // The areas sheet follows a hidden sheet (填报说明) and has 区域名称 merged over an empty column.
        let areas = try fromXLSX.run("areas", "import", "\(Self.fixtures)/areas-openpyxl.xlsx")
        #expect(areas == .init(status: 0, stdout: "\(Self.fixtures)/areas-openpyxl.xlsx:区域: 已导入 13 行；新增 13，修改 0，未变 0（导入编号 1）\n", stderr: ""))
        #expect(try fromXLSX.run("targets", "import", "\(Self.fixtures)/targets-openpyxl.xlsx").status == 0)
        // One workbook, one sheet per report part; dates typed as dates in three formats incl. yyyy"年"m"月"d"日".
        let reports = try fromXLSX.run("reports", "import", "\(Self.fixtures)/reports-2015-openpyxl.xlsx", "--lang", "en")
        #expect(reports.status == 0)
        #expect(reports.stdout.contains("\(Self.fixtures)/reports-2015-openpyxl.xlsx:重点任务: key-tasks, 264 row(s)"))
        let monitoring = try fromXLSX.run("monitoring", "import", "\(Self.fixtures)/monitoring-2015-openpyxl.xlsx")
        #expect(monitoring.status == 0)

        let expected = try storedData(fromCSV)
        #expect(expected.contains("510703") && expected.contains("2601A"))
        #expect(try storedData(fromXLSX) == expected)
    }

    /// A monitoring sheet streams (D-88) unless only the whole read is right: here 'PM10' is merged over D1:E1
    /// with the values under E, which the whole read carries across (D-64). The import reads it whole and
    /// stores both days; a streamed header would have left column E unnamed and the values unread.
    @Test func aMonitoringSheetWithAMergedHeaderIsReadWholeAndImports() throws {
        var cli = try CLIHarness()
        cli.environment["KAOHE_TODAY"] = "2016-03-01"
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let path = "\(Self.fixtures)/monitoring-merged-header-openpyxl.xlsx"
        let imported = try cli.run("monitoring", "import", path, "--lang", "en")
        #expect(imported.status == 0, "\(imported.stderr)")
        // Two daily rows, one station: 2015-01-01 (80) and 2015-01-02 (95), both added.
        #expect(imported.stdout.contains("imported 2 daily row(s) as 2 station-day(s); 2 added"))
    }

    /// A one-sheet workbook (监测数据) whose sheet holds `body` inside `<sheetData>`, as a minimal producer writes it.
    func monitoringWorkbook(_ body: String) throws -> Data {
        let ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
        let parts: [(String, String)] = [
            ("[Content_Types].xml", #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
            ("_rels/.rels", #"<Relationships xmlns="\#(pkg)"><Relationship Id="rId1" Type="\#(rns)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", #"<workbook xmlns="\#(ns)" xmlns:r="\#(rns)"><sheets><sheet name="监测数据" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="\#(pkg)"><Relationship Id="rId1" Type="\#(rns)/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#),
            ("xl/worksheets/sheet1.xml", #"<worksheet xmlns="\#(ns)"><sheetData>\#(body)</sheetData></worksheet>"#),
        ]
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    /// A monitoring sheet the byte scanner gives way on after more than a MiB of its CSV went to the importer
    /// (an element named outside ASCII just before `</sheetData>`, which XMLParser reads past): the stream
    /// starts over with XMLParser and a new importer and hash, so the import says, stores and logs exactly what
    /// the unaltered workbook gives — a second import of the same sheet is unchanged (D-111).
    @Test func aSheetTheScannerGivesWayOnLateImportsAsTheUnalteredWorkbook() throws {
        func t(_ text: String) -> String { "<c t=\"inlineStr\"><is><t>\(text)</t></is></c>" }
        var rows = "<row>" + ["站点编码", "区域代码", "日期", "PM10", "PM2.5", "沙尘"].map(t).joined() + "</row>"
        // 30,000 daily rows (82 stations × 365 days of 2015, the last one partial): about 1.3 MB of CSV.
        let months = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var days: [String] = []
        for (m, count) in months.enumerated() { for d in 1...count { days.append(String(format: "2015-%02d-%02d", m + 1, d)) } }
        for i in 0..<30_000 {
            rows += "<row>" + t("S\(i / 365)") + t("510703") + t(days[i % 365]) + "<c><v>\(40 + i % 90)</v></c><c><v>\(20 + i % 50)</v></c>" + t("否") + "</row>"
        }
        let original = try monitoringWorkbook(rows)
        let alteredData = try monitoringWorkbook(rows + "<扩展/>")
        // The scanner read the rows, handed CSV on, then gave way: the stream started again and XMLParser read it.
        var starts = 0
        var handedOn = 0
        let result = try SheetStream.csv(alteredData, file: "m.xlsx", onStart: { _ in starts += 1 }) { handedOn += $0.count }
        #expect(result?.scanned == false && starts == 2 && handedOn > 2 << 20)
        #expect(try SheetStream.csv(original, file: "m.xlsx") { _ in }?.scanned == true)

        var outputs: [String] = []
        var hashes: [[String]] = []
        for second in [original, alteredData] {
            var cli = try CLIHarness()
            cli.environment["KAOHE_TODAY"] = "2016-03-01"
            #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
            for (folder, bytes) in [("a", original), ("b", second)] {
                let dir = cli.workDir.appendingPathComponent(folder)
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
                try bytes.write(to: dir.appendingPathComponent("m.xlsx"))
            }
            #expect(try cli.run("monitoring", "import", cli.workDir.appendingPathComponent("a/m.xlsx").path, "--lang", "en").status == 0)
            let again = try cli.run("monitoring", "import", cli.workDir.appendingPathComponent("b/m.xlsx").path, "--lang", "en")
            #expect(again.status == 0, "\(again.stderr)")
            outputs.append(again.stdout.replacingOccurrences(of: cli.workDir.path, with: "<dir>") + (try storedData(cli)))
            // The import log's hashes (of the sheet's CSV form): the altered sheet's is the unaltered one's.
            hashes.append(try cli.dumpTables().components(separatedBy: "\n").compactMap { line in
                line.range(of: #"sha256:"?[0-9a-f]{64}"#, options: .regularExpression).map { String(line[$0]) }
            })
        }
        #expect(outputs[0].contains("0 added") && outputs[1] == outputs[0], "\(outputs[0].prefix(300))\n\(outputs[1].prefix(300))")
        #expect(hashes[0].count >= 3 && hashes[1] == hashes[0], "\(hashes)")
    }

    /// LibreOffice Calc's CSV import with "detect special numbers" types codes and amounts as numbers, 4% as a
    /// percentage and dates as date cells (make-libreoffice.sh); its own styles write `General` as a code.
    @Test func libreOfficeWorkbooksImportLikeTheirCSVTwins() throws {
        var fromCSV = try CLIHarness()
        var fromXLSX = try CLIHarness()
        fromCSV.environment["KAOHE_TODAY"] = "2016-03-01"
        fromXLSX.environment["KAOHE_TODAY"] = "2016-03-01"
        #expect(try fromCSV.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try fromCSV.run("targets", "import", "sample-data/targets.csv").status == 0)
        #expect(try fromCSV.run("reports", "import", "sample-data/reports/2015/自查报告-2015.csv").status == 0)
        #expect(try fromXLSX.run("areas", "import", "\(Self.fixtures)/areas-libreoffice.xlsx").status == 0)
        #expect(try fromXLSX.run("targets", "import", "\(Self.fixtures)/targets-libreoffice.xlsx").status == 0)
        let report = try fromXLSX.run("reports", "import", "\(Self.fixtures)/report-2015-libreoffice.xlsx", "--lang", "en")
        #expect(report.status == 0)
        #expect(report.stdout.contains("\(Self.fixtures)/report-2015-libreoffice.xlsx:report-2015-libreoffice: report, 12 row(s)"))
        let expected = try storedData(fromCSV)
        #expect(expected.contains("涪城区") && expected.contains("王敏"))
        #expect(try storedData(fromXLSX) == expected)
    }

    @Test func aFormulaSavedWithoutItsValueIsRefusedAtItsCell() throws {
        let cli = try CLIHarness()
        let result = try cli.run("areas", "import", "\(Self.fixtures)/formula-openpyxl.xlsx", "--lang", "en")
        #expect(result == .init(
            status: 1, stdout: "",
            stderr: """
                \(Self.fixtures)/formula-openpyxl.xlsx:区域!A3: the formula has no saved result — open the workbook in Excel, WPS or LibreOffice and save it again, or type the value instead of the formula
                \(Self.fixtures)/formula-openpyxl.xlsx: 1 error(s); the file was rejected and nothing from it was stored.

                """))
        #expect(!FileManager.default.fileExists(atPath: cli.db))
    }

    @Test func validationMessagesNameTheSheetCellAndTheSheetOptionChoosesTheSheet() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        // The targets sheet read as an areas file: its header lacks the areas columns, located at row 1.
        let wrong = try cli.run("areas", "import", "\(Self.fixtures)/targets-openpyxl.xlsx", "--lang", "en")
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("\(Self.fixtures)/targets-openpyxl.xlsx:目标!1:1 (区域名称 / area_name): required column is missing"))
        let missing = try cli.run("targets", "import", "--sheet", "Sheet9", "\(Self.fixtures)/targets-openpyxl.xlsx", "--lang", "en")
        #expect(missing == .init(
            status: 1, stdout: "",
            stderr: """
                \(Self.fixtures)/targets-openpyxl.xlsx: the workbook has no sheet named Sheet9 — name one of its sheets: 填报说明, 目标 (--sheet)
                \(Self.fixtures)/targets-openpyxl.xlsx: 1 error(s); the file was rejected and nothing from it was stored.

                """))
        // The hidden sheet, named, is read: it is no targets file.
        let hidden = try cli.run("targets", "import", "--sheet", "填报说明", "\(Self.fixtures)/targets-openpyxl.xlsx", "--lang", "en")
        #expect(hidden.status == 1)
        #expect(hidden.stderr.contains("\(Self.fixtures)/targets-openpyxl.xlsx:填报说明"))
    }
}
