import Foundation
import KaoheCSV
import KaoheCore
import KaoheTestSupport
import Testing

private let areas: Set<String> = ["510703", "510704"]

private func hourlyFile(hoursA: Int, hoursB: Int) -> String {
    var text = "站点编码,区域代码,时间,PM10,PM2.5,沙尘\n"
    for h in 0..<hoursA { text += "A1,510703,2015-03-01 \(h < 10 ? "0" : "")\(h):00,\(80 + h),40.5,否\n" }
    for h in 0..<hoursB { text += "B2,510704,2015-03-01T\(h):00:00,100,,\(h == 3 ? "是" : "")\n" }
    return text
}

/// The file's station-days; the older tests here label hours by their start, so that is their default.
private func days(_ text: String, file: String = "m.csv", hourLabel: HourLabel = .start) throws -> [StationDay] {
    Array(try MonitoringFile.parse(Data(text.utf8), file: file, knownAreas: areas, hourLabel: hourLabel))
}

/// The printed problems of a rejected file, or nil when it is accepted.
private func rejection(_ text: String, limit: Int = 100, hourLabel: HourLabel = .start) -> String? {
    let importer = MonitoringImporter(fileName: "m.csv", knownAreas: areas, hourLabel: hourLabel, errorLimit: limit)
    do {
        try importer.feed(Data(text.utf8))
        _ = try importer.finish()
        return nil
    } catch {
        return error.description
    }
}

private func day(_ s: String) -> Day { Day(iso: s)! }

@Suite struct MonitoringFileTests {
    @Test func hourlyRowsAreReducedToDailyMeansWithTheirHourCounts() throws {
        let result = try days(hourlyFile(hoursA: 20, hoursB: 19))
        #expect(result == [
            StationDay(
                station: "A1", areaCode: "510703", day: day("2015-03-01"),
                pm10: DayMeasure(mean: Decimal(string: "89.5")!, hours: 20), pm25: DayMeasure(mean: Decimal(string: "40.5")!, hours: 20),
                dust: false),
            StationDay(
                station: "B2", areaCode: "510704", day: day("2015-03-01"), pm10: DayMeasure(mean: 100, hours: 19), pm25: nil, dust: true),
        ])
        #expect(result.map { $0.pm10!.isValid } == [true, false])
    }

    @Test func dailyRowsKeepTheirMeansExactly() throws {
        let text = "station_code,area_code,date,pm10\nA1,510703,2015-01-02,96.25\nA1,510703,2015/1/1, ９７ \n"
        #expect(try days(text) == [
            StationDay(station: "A1", areaCode: "510703", day: day("2015-01-01"), pm10: DayMeasure(mean: 97, hours: nil), pm25: nil, dust: false),
            StationDay(
                station: "A1", areaCode: "510703", day: day("2015-01-02"), pm10: DayMeasure(mean: Decimal(string: "96.25")!, hours: nil),
                pm25: nil, dust: false),
        ])
    }

    @Test func chunkedInputGivesTheSameDaysAsWholeInput() throws {
        let text = hourlyFile(hoursA: 24, hoursB: 22) + "\"A1\",510703,\"2015-03-02 00:00\",\"1,234.5\",7,1\n"
        let whole = try days(text)
        var generator = SplitMix64(state: 7)
        for _ in 0..<20 {
            let bytes = Array(text.utf8)
            let importer = MonitoringImporter(fileName: "m.csv", knownAreas: areas, hourLabel: .start)
            var offset = 0
            while offset < bytes.count {
                let end = min(bytes.count, offset + Int.random(in: 1...40, using: &generator))
                try importer.feed(Data(bytes[offset..<end]))
                offset = end
            }
            #expect(Array(try importer.finish()) == whole)
        }
        #expect(whole.count == 3)
    }

    @Test func interleavedStationsAndDaysGiveTheSameSumsAsGroupedRows() throws {
        // Rows of a station's day interrupted by another station or day take the importer's careful path;
        // the rows between take its fast path. Both must add to the same slots.
        let interleaved = """
            站点编码,区域代码,时间,PM10,沙尘
            A1,510703,2015-03-01 00:00,10,否
            A1,510703,2015-03-01 01:00,20.5,否
            B2,510704,2015-03-01 00:00,5,是
            A1,510703,2015-03-02 00:00,7,否
            A1,510703,2015-03-01 02:00,30,1
             A1 ,510703,2015-03-01T03:00:00, 40 ,
            B2,510704,2015-03-01 01:00,,N

            """
        let grouped = """
            站点编码,区域代码,时间,PM10,沙尘
            A1,510703,2015-03-01 00:00,10,否
            A1,510703,2015-03-01 01:00,20.5,否
            A1,510703,2015-03-01 02:00,30,1
            A1,510703,2015-03-01 03:00,40,
            A1,510703,2015-03-02 00:00,7,否
            B2,510704,2015-03-01 00:00,5,是
            B2,510704,2015-03-01 01:00,,N

            """
        let result = try days(interleaved)
        #expect(result == (try days(grouped)))
        #expect(result.map(\.pm10?.mean) == [Decimal(string: "25.125")!, 7, 5])
        #expect(result.map(\.pm10?.hours) == [4, 1, 1])
        #expect(result.map(\.dust) == [true, false, true])
    }

    @Test func rowProblemsAreReportedWithFileLineColumnAndHeader() {
        let text = """
            站点编码,区域代码,时间,PM10,沙尘
            A1,510703,2015-01-01 00:00,80,否
            A1,510703,2015-01-01 00:00,81,否
            A2,999999,2015-01-01 01:00,80,否
            A1,510704,2015-01-01 02:00,80,否
            A1,510703,2015-01-01 03:30,-5,也许
            A1,510703,2015-01-01 04:00,12000,否
            A1,510703,2015-01-01 05:00,1.0000000001,否,x

            """
        #expect(rejection(text) == """
            m.csv:3:3 (时间): station A1 has a second row for 2015-01-01 00:00–01:00 — keep one row per station and hour
            m.csv:4:2 (区域代码): unit code 999999 is not known — correct the code, or import the unit first
            m.csv:5:2 (区域代码): station A1 is assessed for unit 510703 in earlier rows, not 510704 — give each station one unit code
            m.csv:6:3 (时间): “2015-01-01 03:30” is not on the hour — label hourly values by the whole hour, e.g. 2015-01-01 3:00
            m.csv:6:4 (PM10): concentration -5 is out of range — write μg/m³ between 0 and 10000
            m.csv:6:5 (沙尘): “也许” is neither yes nor no — write 是 or 否 (yes/no, Y/N, true/false and 1/0 are also accepted)
            m.csv:7:4 (PM10): concentration 12000 is out of range — write μg/m³ between 0 and 10000
            m.csv:8:4 (PM10): “1.0000000001” has more than 9 decimal places — round it to 9 decimal places or fewer
            m.csv:8:6: value "x" has no column header — add a header for this column or remove the value
            """)
    }

    @Test func headerWithBothDateAndTimeIsRejected() {
        #expect(rejection("站点编码,区域代码,日期,时间,PM10\nA1,510703,2015-01-01,2015-01-01 00:00,1\n") == """
            m.csv:1:4 (时间): both a date and a time column are given, so the rows are neither clearly daily nor hourly — keep 日期 for daily means or 时间 for hourly values
            """)
    }

    @Test func headerWithoutDayOrPollutantIsRejected() {
        #expect(rejection("station_code,area_code\nA1,510703\n") == """
            m.csv:1 (日期 / date or 时间 / time): required column is missing — add a column headed 日期 (daily means) or 时间 (hourly values)
            m.csv:1 (PM10 / pm10 or PM2.5 / pm25): no pollutant column is given — add a column headed PM10 or PM2.5
            """)
    }

    @Test func errorsBeyondTheLimitAreCountedNotListed() {
        let text = "站点编码,区域代码,日期,PM10\n" + (1...5).map { "A1,510703,2015-01-0\($0),bad\n" }.joined()
        #expect(rejection(text, limit: 2) == """
            m.csv:2:4 (PM10): “bad” is not a number — write digits with an optional sign and decimal point, e.g. 12.5 or 1,234.5
            m.csv:3:4 (PM10): “bad” is not a number — write digits with an optional sign and decimal point, e.g. 12.5 or 1,234.5
            … 3 more error(s) not listed
            """)
    }

    @Test func unclosedQuoteIsReportedWithTheRowErrorsBeforeIt() {
        let text = "站点编码,区域代码,日期,PM10\nA1,510703,2015-01-01,x\nA1,510703,\"2015-01-02,1\n"
        #expect(rejection(text) == """
            m.csv:2:4 (PM10): “x” is not a number — write digits with an optional sign and decimal point, e.g. 12.5 or 1,234.5
            m.csv:3:3: unclosed quote in the field that opens here — close the quote with " or remove it
            """)
    }
}

@Suite struct CSVRawRecordTests {
    @Test func rawRecordsCarryTheSameFieldsAndLinesAsStringRecords() throws {
        let text = "id,note\n\n1,\"a\nb\",z\n  \n2,\"x\"\"y\"\n"
        let expected = try parse(text)
        var raw: [CSVRecord] = []
        let parser = CSVStreamParser(fileName: "f.csv")
        for byte in Array(text.utf8) { try parser.feedRaw(Data([byte])) { raw.append($0.record) } }
        try parser.finishRaw { raw.append($0.record) }
        #expect(raw == expected)
    }
}

/// Issue 12 items 5, 12 and 16 at the reader: hour labels, the calendar's edges and the rule set's years.
@Suite struct MonitoringHourLabelTests {
    @Test func item05_hourEndingLabelsPutMidnightInTheDayBefore() throws {
        // Hour-ending (the default, R-24a): 2015-03-02 00:00 ends 03-01's hour 23:00–24:00.
        let text = "站点编码,区域代码,时间,PM10\nA1,510703,2015-03-01 23:00,10\nA1,510703,2015-03-02 00:00,20\nA1,510703,2015-03-02 01:00,40\n"
        let ending = try days(text, hourLabel: .end)
        #expect(ending.map(\.day) == [day("2015-03-01"), day("2015-03-02")])
        // (10 + 20) / 2 = 15 over 2 hours on 03-01; 40 over 1 hour on 03-02.
        #expect(ending.map(\.pm10) == [DayMeasure(mean: 15, hours: 2), DayMeasure(mean: 40, hours: 1)])
        // Start-of-hour: 00:00 and 01:00 both belong to 03-02: (20 + 40) / 2 = 30.
        let starting = try days(text, hourLabel: .start)
        #expect(starting.map(\.pm10) == [DayMeasure(mean: 10, hours: 1), DayMeasure(mean: 30, hours: 2)])
    }

    @Test func item12_hoursAtTheEdgesOfTheCalendarAreLocatedErrors() throws {
        // 9999-12-31 24:00 ends the calendar's last hour: a day of 9999 under hour-ending labels …
        let last = "站点编码,区域代码,时间,PM10\nA1,510703,9999-12-31 24:00,10\n"
        #expect(try days(last, hourLabel: .end).map(\.day) == [day("9999-12-31")])
        // … but starts a day after the calendar under start-of-hour labels; and 0001-01-01 00:00 ends a day before it.
        #expect(rejection(last, hourLabel: .start)?.hasPrefix("m.csv:2:3 (时间): 9999-12-31 24:00 starts an hour of the next day, which is outside the calendar") == true)
        let first = "站点编码,区域代码,时间,PM10\nA1,510703,0001-01-01 00:00,10\n"
        #expect(rejection(first, hourLabel: .end)?.hasPrefix("m.csv:2:3 (时间): 0001-01-01 00:00 ends the hour 23:00–24:00 of the day before") == true)
    }

    @Test func item16_monitoringDaysOutsideTheRuleSetsYearsAreLocatedErrors() {
        let text = "站点编码,区域代码,日期,PM10\nA1,510703,2015-01-01,10\nA1,510703,2105-01-01,10\n"
        let importer = MonitoringImporter(fileName: "m.csv", knownAreas: areas, years: 2013...2017)
        do {
            try importer.feed(Data(text.utf8))
            _ = try importer.finish()
            Issue.record("a day in 2105 was accepted")
        } catch {
            #expect(error.description == """
                m.csv:3:3 (日期): 2105-01-01 is outside the rule set's years 2013–2017 — correct the year, or import with the rule set whose period covers it
                """)
        }
    }
}
