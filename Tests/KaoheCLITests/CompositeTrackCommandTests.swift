import Foundation
import KaoheCore
import Testing

/// `kaohe track --rank-by composite`: the tracking view ranked by the composite index of the year to date
/// (issue 18, R-24c, D-138), on the national files of `CompositeNoticeCommandTests` placed in January 2015.
@Suite struct CompositeTrackCommandTests {
    /// Hand-worked (R-24c, HJ 663), 2015-01-01 … 2015-01-28, every day 24 hours (the 01-29 file gives the
    /// 28th its hour 24, R-24a); no whole month in the period, so each pollutant needs one valid day:
    /// 510703: SO2 12/60 = 0.2; NO2 20/40 = 0.5; PM10 70/70 = 1; PM2.5 35/35 = 1;
    ///   CO daily means 0.1 … 2.8: k = 1 + 27·0.95 = 26.65 → 2.6 + 0.1·0.65 = 2.665; /4 = 0.66625;
    ///   O3 daily maximum 8-hour means 62 … 116: k = 1 + 27·0.9 = 25.3 → 110 + 2·0.3 = 110.6; /160 = 0.69125.
    ///   Index 0.2 + 0.5 + 1 + 1 + 0.66625 + 0.69125 = 4.0575 → 4.06.
    /// 510704: 30/60 + 40/40 + 105/70 + 70/35 + 1.2/4 + 120/160 = 0.5 + 1 + 1.5 + 2 + 0.3 + 0.75 = 6.05.
    /// (The 01-01 file's hour 0 is one hour of 2014-12-31: not a valid day, so no index a year before.)
    @Test func theTrackingViewRanksTheYearToDateByTheHandWorkedIndex() throws {
        let cli = try CompositeNoticeCommandTests.harness(days: 1...29, stations: ["2601A", "2602A"], month: 1)
        let run = try cli.run("track", "--as-of", "2015-01-28", "--rank-by", "composite", "--lang", "en")
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.components(separatedBy: "\n")
        let at = try #require(lines.firstIndex(of: "By the composite air quality index (six pollutants, 2015-01-01 to 2015-01-28, lowest first; R-24c):"))
        let rows = lines[(at + 1)...].prefix { !$0.isEmpty }.map { $0.split(separator: " ").map(String.init) }
        #expect(rows.count == 4)  // header, rule, two units
        #expect(Array(rows.dropFirst(2)) == [["1", "510703", "涪城区", "4.06", "—", "—"], ["2", "510704", "游仙区", "6.05", "—", "—"]])
        // Without the option the view has no such section.
        let plain = try cli.run("track", "--as-of", "2015-01-28", "--lang", "en")
        #expect(plain.status == 0 && !plain.stdout.contains("composite"))
    }

    /// Files for 01-01 … 01-20 and the view through 01-31: January is a whole month of the period and needs 27
    /// valid days of each pollutant; 510703 and 510704 have 20 (01-20 has hours 1…23, still valid), and
    /// 510724 has PM10 only. One sentence names every unit, pollutant and month; nothing else is printed.
    @Test func aUnitShortOfDataIsNamedWithItsPollutantsAndNothingIsRanked() throws {
        let cli = try CompositeNoticeCommandTests.harness(days: 1...20, stations: ["2601A", "2602A", "2603A"], month: 1)
        let run = try cli.run("track", "--as-of", "2015-01-31", "--rank-by", "composite", "--lang", "en")
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(
            "every unit needs valid days of each of the six pollutants from 2015-01-01 to 2015-01-31, and 27 in every whole month (25 in February; R-24, R-24b), and these are short"))
        #expect(run.stderr.contains(
            "510703 涪城区: SO2 month 1 20/27 day(s), NO2 month 1 20/27 day(s), PM10 month 1 20/27 day(s), PM2.5 month 1 20/27 day(s), CO month 1 20/27 day(s), O3 month 1 20/27 day(s)"))
        #expect(run.stderr.contains(
            "510724 安县: SO2 no valid day, NO2 no valid day, PM10 month 1 20/27 day(s), PM2.5 no valid day, CO no valid day, O3 no valid day"))
        // In Chinese by default.
        let zh = try cli.run("track", "--as-of", "2015-01-31", "--rank-by", "composite")
        #expect(zh.status == 1 && zh.stderr.contains("510724 安县：SO2 无有效日、NO2 无有效日、PM10 1月 20/27 天"))
    }
}
