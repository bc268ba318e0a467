import Foundation
import KaoheCore
import KaoheStore
import Testing

/// The same classes of defect as issue 12's items, found elsewhere and guarded here.
@Suite struct SameClassCommandTests {
    /// Item 8's class: an old targets file imported again after a correction.
    @Test func oldTargetsFileAfterACorrectionNeedsReinstate() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let header = "区域代码,考核年度,基准年,基准浓度,目标类型,目标值\n"
        let old = try cli.write("old.csv", header + "510703,2015,2013,102,下降比例,4%\n")
        let fixed = try cli.write("fixed.csv", header + "510703,2015,2013,102,下降比例,5%\n")
        #expect(try cli.run("targets", "import", old).status == 0)
        #expect(try cli.run("targets", "import", fixed).status == 0)
        let before = try cli.dumpTables()
        let again = try cli.run("targets", "import", old, "--lang", "en")
        #expect(again.status == 1)
        #expect(again.stderr.contains("\(old): the same file was imported before (import 2,"))
        #expect(again.stderr.contains("1 of its row(s) were changed by later imports"))
        #expect(try cli.dumpTables() == before)
        #expect(try cli.run("targets", "import", old, "--reinstate").status == 0)
        #expect(try AppDatabase.open(path: cli.db).targets(year: 2015).first?.value == 4)
    }

    /// Item 16's class: monitoring days and project completions after today.
    @Test func monitoringDaysAndProjectCompletionsAfterTodayAreLocatedErrors() throws {
        var cli = try CLIHarness()
        cli.environment["KAOHE_TODAY"] = "2015-06-30"
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let m = try cli.write("m.csv", "站点编码,区域代码,日期,PM10\n2601A,510703,2015-06-30,90\n2601A,510703,2015-07-01,90\n")
        let result = try cli.run("monitoring", "import", m, "--lang", "en")
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(m):3:3 (日期): 2015-07-01 is after today (2015-06-30): it cannot have been measured yet"))
        let p = try cli.write("p.csv", """
            区域代码,考核年度,项目编号,项目名称,任务类别,实际完成日期,进展状态
            510703,2015,P1,燃煤锅炉淘汰,4,2015-07-01,已完成

            """)
        let projects = try cli.run("reports", "import", p, "--lang", "en")
        #expect(projects.status == 1)
        #expect(projects.stderr.contains("\(p):2:6 (实际完成日期): 2015-07-01 is after today (2015-06-30): a project cannot have been completed in the future"))
    }

    /// Item 18's class: station codes differing only by case, within a file and across files.
    @Test func stationCodesDifferingOnlyByCaseAreRefused() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let within = try cli.write("a.csv", "站点编码,区域代码,日期,PM10\n2601A,510703,2015-03-01,90\n2601a,510703,2015-03-02,90\n")
        let refused = try cli.run("monitoring", "import", within, "--lang", "en")
        #expect(refused.stderr.contains("\(within):3:1 (站点编码): station 2601a differs only by case from station 2601A in earlier rows"))
        let first = try cli.write("b.csv", "站点编码,区域代码,日期,PM10\n2601A,510703,2015-03-01,90\n")
        let second = try cli.write("c.csv", "站点编码,区域代码,日期,PM10\n2601a,510703,2015-03-02,90\n")
        #expect(try cli.run("monitoring", "import", first).status == 0)
        let across = try cli.run("monitoring", "import", second, "--lang", "en")
        #expect(across.status == 1)
        #expect(across.stderr.contains("\(second):2 (站点编码): station 2601a differs only by case from the stored station 2601A"))
    }

    /// Item 3's class: a targets file without the 考核指标 or 终期目标 column keeps a stored row's values there.
    @Test func targetsFileWithoutOptionalColumnsKeepsTheStoredPollutantAndFinalMark() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let full = try cli.write(
            "full.csv", "区域代码,考核年度,考核指标,基准年,基准浓度,目标类型,目标值,终期目标\n510703,2017,PM2.5,2013,60,下降比例,10%,是\n")
        #expect(try cli.run("targets", "import", full).status == 0)
        // The correction carries only the value; without the two columns it must not reset PM2.5 to PM10 or
        // the end-of-period mark to 否. A new row in it still takes the template's defaults.
        let value = try cli.write(
            "value.csv", "区域代码,考核年度,基准年,基准浓度,目标类型,目标值\n510703,2017,2013,60,下降比例,12%\n510704,2015,2013,96,下降比例,4%\n")
        #expect(try cli.run("targets", "import", value).status == 0)
        let targets = try AppDatabase.open(path: cli.db).targets()
        #expect(targets.map { "\($0.areaCode) \($0.year) \($0.pollutant.rawValue) \($0.value.map { "\($0)" } ?? "-") \($0.isFinal)" } == [
            "510703 2017 PM2.5 12 true", "510704 2015 PM10 4 false",
        ])
    }
}
