import Foundation
import KaoheCore
import KaoheStore
import Testing

/// Issue 12 items 3–6, 9 and 10: monitoring files merge into what is stored and never lose it silently.
@Suite struct MonitoringMergeCommandTests {
    /// A harness with the sample units imported.
    func harness() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        return cli
    }

    func stored(_ cli: CLIHarness, _ pollutant: Pollutant, year: Int = 2015) throws -> [StationDay] {
        try AppDatabase.open(path: cli.db).monitoringDays(year: year, pollutant: pollutant)
    }

    /// Hourly rows of station 2601A (unit 510703), hours labelled `labels` of 2015-03-01, PM10 = 80 + label.
    func hours(_ labels: ClosedRange<Int>, pm10: Bool = true, pm25: Bool = false) -> String {
        var text = "站点编码,区域代码,时间" + (pm10 ? ",PM10" : "") + (pm25 ? ",PM2.5" : "") + "\n"
        for h in labels {
            let stamp = h == 24 ? "2015-03-02 00:00" : "2015-03-01 \(h < 10 ? "0" : "")\(h):00"
            text += "2601A,510703,\(stamp)" + (pm10 ? ",\(80 + h)" : "") + (pm25 ? ",\(40 + h)" : "") + "\n"
        }
        return text
    }

    @Test func item03_monitoringFileWithOnlyPM25KeepsStoredPM10() throws {
        let cli = try harness()
        let both = try cli.write("both.csv", "站点编码,区域代码,日期,PM10,PM2.5,沙尘\n2601A,510703,2015-03-01,90,45,是\n")
        let pm25 = try cli.write("pm25.csv", "站点编码,区域代码,日期,PM2.5\n2601A,510703,2015-03-01,45\n2601A,510703,2015-03-02,50\n")
        let pm10 = try cli.write("pm10.csv", "站点编码,区域代码,日期,PM10\n2601A,510703,2015-03-02,99\n")
        #expect(try cli.run("monitoring", "import", both).status == 0)
        #expect(try cli.run("monitoring", "import", pm25).status == 0)
        #expect(try cli.run("monitoring", "import", pm10).status == 0)
        // 03-01: PM10 90 and the dust mark survive a file carrying only PM2.5 (the same 45 again: unchanged);
        // 03-02: PM2.5 50 from the second file survives the third, which carries only PM10.
        let days10 = try stored(cli, .pm10), days25 = try stored(cli, .pm25)
        #expect(days10.map(\.pm10?.mean) == [90, 99])
        #expect(days10.map(\.dust) == [true, false])
        #expect(days25.map(\.pm25?.mean) == [45, 50])
    }

    @Test func item04_hoursOfOneDayInTwoFilesAreMergedAndAClashIsALocatedError() throws {
        let cli = try harness()
        let morning = try cli.write("morning.csv", hours(1...12))
        let evening = try cli.write("evening.csv", hours(13...24))
        #expect(try cli.run("monitoring", "import", morning).status == 0)
        #expect(try cli.run("monitoring", "import", evening).status == 0)
        // Labels 1…24 are the 24 hours of 03-01 (24 written as 03-02 00:00); PM10 = 80 + label, so the mean
        // is 80 + (1 + … + 24)/24 = 80 + 300/24 = 92.5 over 24 hours.
        #expect(try stored(cli, .pm10).map(\.pm10) == [DayMeasure(mean: Decimal(string: "92.5")!, hours: 24)])

        // Hour 12:00–13:00 again with another value: refused at the file's line, nothing stored.
        let before = try cli.dumpTables()
        let clash = try cli.write("clash.csv", "站点编码,区域代码,时间,PM10\n2601A,510703,2015-03-01 13:00,1\n")
        let refused = try cli.run("monitoring", "import", clash, "--lang", "en")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(clash):2 (PM10): station 2601A already has other PM10 values stored for 2015-03-01 (hours 12:00–13:00)"))
        #expect(try cli.dumpTables() == before)
        // A file whose station-days are stored exactly as it gives them changes nothing (the first file holds
        // all 24 hours now, so only a whole-day file is "the same values").
        let whole = try cli.write("whole.csv", hours(1...24))
        let other = try harness()
        #expect(try other.run("monitoring", "import", whole).status == 0)
        let again = try other.run("monitoring", "import", whole, "--lang", "en")
        #expect(again.status == 0)
        #expect(again.stdout.contains("0 added, 0 merged or replaced, 1 unchanged"))
        // Half a day again, after the halves were merged: stored values cannot be told apart hour by hour
        // (only sums are kept, D-43), so it is refused rather than guessed.
        #expect(try cli.run("monitoring", "import", evening).status == 1)
        // With --replace the file's values replace the day's stored PM10: the explicit replacement.
        #expect(try cli.run("monitoring", "import", clash, "--replace").status == 0)
        #expect(try stored(cli, .pm10).map(\.pm10) == [DayMeasure(mean: 1, hours: 1)])
    }

    @Test func item05_hourLabelsAreHourEndingByDefaultAndStartOnRequest() throws {
        let cli = try harness()
        // 01:00 … 23:00 of 03-01 and 00:00 of 03-02: one whole day 03-01 under hour-ending labels (R-24a).
        let file = try cli.write("day.csv", hours(1...24))
        #expect(try cli.run("monitoring", "import", file).status == 0)
        #expect(try stored(cli, .pm10).map(\.day) == [Day(year: 2015, month: 3, day: 1)!])
        #expect(try stored(cli, .pm10).first?.pm10?.hours == 24)
        // The same labels declared start-of-hour: 03-01 has 23 hours (labels 1…23) and 03-02 one (00:00).
        let other = try harness()
        let file2 = try other.write("day.csv", hours(1...24))
        #expect(try other.run("monitoring", "import", file2, "--hour-label", "start").status == 0)
        #expect(try stored(other, .pm10).map { $0.pm10?.hours } == [23, 1])
        // 24:00 of 03-01 is the same hour as 00:00 of 03-02 under hour-ending labels: a duplicate in one file.
        let twice = try other.write(
            "twice.csv", "站点编码,区域代码,时间,PM10\n2601B,510703,2015-03-01 24:00,1\n2601B,510703,2015-03-02 00:00,2\n")
        let refused = try other.run("monitoring", "import", twice, "--lang", "en")
        #expect(refused.stderr.contains("\(twice):3:3 (时间): station 2601B has a second row for 2015-03-01 23:00–24:00"))
    }

    @Test func item06_stationStoredForAnotherUnitIsRejectedWithFileAndLine() throws {
        let cli = try harness()
        let first = try cli.write("a.csv", "站点编码,区域代码,日期,PM10\n2601A,510703,2015-03-01,90\n")
        let second = try cli.write("b.csv", "站点编码,区域代码,日期,PM10\n2601A,510704,2015-03-02,91\n")
        #expect(try cli.run("monitoring", "import", first).status == 0)
        let before = try cli.dumpTables()
        let refused = try cli.run("monitoring", "import", second, "--lang", "en")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(second):2 (区域代码): station 2601A is stored for unit 510703, not 510704"))
        #expect(try cli.dumpTables() == before)
    }

    @Test func item09_monitoringFolderWithOneBadFileStoresNothingUnlessKeepGoing() throws {
        let cli = try harness()
        let folder = cli.workDir.appendingPathComponent("folder").path
        _ = try cli.write("folder/a.csv", "站点编码,区域代码,日期,PM10\n2601A,510703,2015-03-01,90\n")
        let bad = try cli.write("folder/b.csv", "站点编码,区域代码,日期,PM10\n2601A,510703,2015-03-02,x\n")
        let before = try cli.dumpTables()
        let refused = try cli.run("monitoring", "import", folder, "--lang", "en")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("None of the 2 files was stored"))
        #expect(refused.stdout.isEmpty)  // no "imported" line for a file whose import was undone
        #expect(try cli.dumpTables() == before)
        let kept = try cli.run("monitoring", "import", folder, "--keep-going", "--lang", "en")
        #expect(kept.status == 1)
        #expect(kept.stderr.contains("1 of 2 files were rejected; 1 kept: \(folder)/a.csv"))
        #expect(kept.stdout.hasPrefix("\(folder)/a.csv: imported 1 daily row(s)"))
        #expect(!kept.stderr.contains(bad + ":2:3") || kept.stderr.contains("\(bad):2:4"))
        #expect(try stored(cli, .pm10).count == 1)
    }

    @Test func item10_folderImportReadsTxtAndTsvAndNamesEverySkippedFile() throws {
        let cli = try harness()
        let folder = cli.workDir.appendingPathComponent("mixed")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // The spreadsheet "Unicode text" export: UTF-16LE with a BOM, tab-separated.
        let utf16 = Data([0xFF, 0xFE]) + "站点编码\t区域代码\t日期\tPM10\n2601A\t510703\t2015-03-01\t90\n".data(using: .utf16LittleEndian)!
        try utf16.write(to: folder.appendingPathComponent("a.txt"))
        try Data("站点编码\t区域代码\t日期\tPM10\n2601A\t510703\t2015-03-02\t91\n".utf8).write(to: folder.appendingPathComponent("b.tsv"))
        // .xlsx is read since issue 16 (D-64); an .xls or .numbers file is still skipped with its reason.
        try Data("not a table".utf8).write(to: folder.appendingPathComponent("c.numbers"))
        try Data().write(to: folder.appendingPathComponent(".hidden.csv"))
        let result = try cli.run("monitoring", "import", folder.path, "--lang", "en")
        #expect(result.status == 0)
        #expect(result.stderr.contains("\(folder.path)/c.numbers: skipped — not a .csv, .txt, .tsv or .xlsx file; save it as .xlsx or CSV and name it to import it"))
        #expect(result.stderr.contains("\(folder.path)/.hidden.csv: skipped — a hidden file"))
        #expect(try stored(cli, .pm10).map(\.pm10?.mean) == [90, 91])
    }
}
