import Foundation
import GRDB
import KaoheCore
import KaoheStore
import Testing

/// Issue 12 items 7, 8 and 11: imports that used to drop rows, undo corrections or store what cannot be scored.
@Suite struct ImportGuardsCommandTests {
    @Test func item07_targetsFileWithoutTargetValueColumnIsALocatedErrorForRowsThatNeedOne() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let before = try cli.dumpTables()
        let file = try cli.write(
            "targets.csv",
            "区域代码,考核年度,基准年,基准浓度,目标类型\n510703,2015,2013,102,下降比例\n510704,2015,2013,98,持续改善\n510722,2015,2013,90,浓度限值\n")
        let result = try cli.run("targets", "import", file, "--lang", "en")
        #expect(result.status == 1)
        // 持续改善 (line 3) needs no value; 下降比例 (line 2) and 浓度限值 (line 4) do.
        #expect(result.stderr.contains("\(file):2 (目标值 / target_value): this row needs a value in 目标值, but the file has no such column"))
        #expect(result.stderr.contains("\(file):4 (目标值 / target_value): this row needs a value in 目标值"))
        #expect(!result.stderr.contains("\(file):3 "))
        #expect(try cli.dumpTables() == before)
    }

    @Test func item08_reimportingAnOldReportFolderAfterACorrectionNeedsReinstate() throws {
        let cli = try CLIHarness()
        for args in [["areas", "import", "sample-data/areas.csv"], ["reports", "import", "sample-data/reports/2015"]] {
            #expect(try cli.runArgs(args).status == 0)
        }
        let fix = "Tests/KaoheCLITests/Fixtures/reports-resubmission/安县-2015-更正.csv"
        #expect(try cli.run("reports", "import", fix).status == 0)
        let before = try cli.dumpTables()
        let again = try cli.run("reports", "import", "sample-data/reports/2015", "--lang", "en")
        #expect(again.status == 1)
        #expect(again.stderr.contains(
            "sample-data/reports/2015/自查报告-2015.csv: unit 510724's 2015 air quality is identical to version 1, which version 2 superseded"))
        #expect(try cli.dumpTables() == before)
        #expect(try AppDatabase.open(path: cli.db).report(area: "510724", year: 2015).summary?.pm10AnnualMean == 92)
        let reinstated = try cli.run("reports", "import", "sample-data/reports/2015", "--reinstate", "--lang", "en")
        #expect(reinstated.status == 0)
        #expect(reinstated.stdout.contains("510724 2015 air quality: an earlier version's content reinstated as version 3 (--reinstate)"))
        #expect(try AppDatabase.open(path: cli.db).report(area: "510724", year: 2015).summary?.pm10AnnualMean == 93)
    }

    @Test func item11_baseConcentrationRoundingToZeroIsRejectedAtImport() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        // 0.4 and 0.5 both round to 0 under GB/T 8170 (0.5 rounds half to even); 0.6 rounds to 1.
        let file = try cli.write(
            "targets.csv",
            "区域代码,考核年度,基准年,基准浓度,目标类型,目标值\n510703,2015,2013,0.4,下降比例,4%\n510704,2015,2013,0.5,持续改善,\n510722,2015,2013,0.6,持续改善,\n")
        let result = try cli.run("targets", "import", file, "--lang", "en")
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file):2:4 (基准浓度): base concentration 0.4 rounds to 0 μg/m³"))
        #expect(result.stderr.contains("\(file):3:4 (基准浓度): base concentration 0.5 rounds to 0 μg/m³"))
        #expect(!result.stderr.contains("\(file):4:"))

        // A base stored before this check (written here through the store) is not graded, and assess shows
        // no decoding text.
        let db = try AppDatabase.open(path: cli.db)
        _ = try db.importTargets(
            [Target(areaCode: "510703", year: 2015, pollutant: .pm10, baseYear: 2013, baseConcentration: Decimal(string: "0.4")!,
                    kind: .percentDecline, value: 4, isFinal: false)],
            file: ImportFile(name: "old.csv", sha256: String(repeating: "ab", count: 32)))
        #expect(try cli.run("reports", "import", "sample-data/reports/2014", "sample-data/reports/2015").status == 0)
        let assessed = try cli.run("assess", "--year", "2015", "--lang", "en")
        #expect(assessed.status == 0)
        #expect(!(assessed.stdout + assessed.stderr).contains("DecodingError"))
        #expect(try cli.run("assess", "show", "--year", "2015", "--area", "510703", "--lang", "en").stdout.contains("The base rounds to 0"))
    }

    @Test func item11_aStoredRunThatCannotBeReadIsNamedNeverDecoderText() throws {
        let cli = try CLIHarness()
        for args in [
            ["areas", "import", "sample-data/areas.csv"], ["targets", "import", "sample-data/targets.csv"],
            ["reports", "import", "sample-data/reports/2014", "sample-data/reports/2015"], ["assess", "--year", "2015"],
        ] {
            #expect(try cli.runArgs(args).status == 0)
        }
        // Damage a draft's stored result the way another program could (drafts are not protected by triggers).
        try DatabaseQueue(path: cli.db).write { try $0.execute(sql: "UPDATE assessment_result SET result_json = '{' WHERE area_code = '510703'") }
        for lang in ["en", "zh"] {
            let shown = try cli.run("assess", "show", "--year", "2015", "--lang", lang)
            #expect(shown.status == 1)
            #expect(!shown.stderr.contains("DecodingError") && !shown.stderr.contains("JSON"))
            #expect(shown.stderr.contains(lang == "en" ? "run #1 holds a result for unit 510703 that cannot be read back" : "考核运行 #1 中区域 510703 的结果无法读取"))
        }
    }
}
