import Foundation
import GRDB
import KaoheCore
import KaoheReport
import KaoheStore
import Testing

/// `assess` scores and stores unit by unit in one write transaction (issue 14, D-169): differential against the
/// path it replaced — the snapshot read whole, `AssessmentPreparation.prepare` and `score`, `saveRun`, and the
/// table printed from the labelled run — on data with monitoring, a falsification finding, a corrected report
/// and every kind of succession, in both languages. The stored rows and the printed table must be the same.
@Suite struct AssessStreamedRunTests {
    /// The rows a run stored, as `docs/performance.md` compares them between binaries.
    static func storedRows(_ path: String, run: Int64) throws -> [[String?]] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            try Row.fetchAll(
                db, sql: "SELECT area_code, grade, result_score, input_json, result_json FROM assessment_result WHERE run_id = ? ORDER BY area_code",
                arguments: [run]
            ).map { row in (0..<5).map { row[$0] as String? } }
        }
    }

    /// Runs `kaohe assess` for `year`, then the replaced path on the same stored state (a later revision: runs are
    /// no input of an assessment), and compares what each stored and printed. Returns the command's output.
    @discardableResult
    static func expectSameAsWholeSnapshot(
        _ cli: CLIHarness, year: Int, final: Bool = false, english: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        let kind: AssessmentKind = final ? .final : .annual
        let r = try cli.runArgs(["assess", "--year", "\(year)"] + (final ? ["--final"] : []) + (english ? ["--lang", "en"] : []))
        #expect(r.status == 0, "\(r.stderr)", sourceLocation: sourceLocation)
        let db = try AppDatabase.open(path: cli.db)
        let streamed = try #require(try db.latestRun(year: year, kind: kind, withResults: false))
        let rules = RuleSet.builtInDefault
        let prepared = try AssessmentPreparation.prepare(db.assessmentSnapshot(year: year, defaultPollutant: rules.pollutant), kind: kind, rules: rules)
        let whole = try db.saveRun(
            year: year, kind: kind, rules: rules, ruleSetText: "t", inputs: prepared.inputs, results: AssessmentPreparation.score(prepared, rules: rules))
        #expect(whole.id != streamed.id, sourceLocation: sourceLocation)
        let rows = try storedRows(cli.db, run: streamed.id)
        #expect(!rows.isEmpty, sourceLocation: sourceLocation)
        #expect(rows == (try storedRows(cli.db, run: whole.id)), "stored rows differ", sourceLocation: sourceLocation)
        // The table and counts as the command printed them from the whole run before D-169.
        let lang: Language = english ? .en : .zh
        let labelled = SuccessionLabels.labelled(whole, english: english)
        let expected = AssessmentText.table(labelled, rules: rules.rounding, lang: lang) + AssessmentText.gradeCounts(labelled, lang: lang) + "\n"
        let printed = r.stdout.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        #expect(printed.count == 2 && printed[0] == AssessmentText.heading(streamed, lang: lang), sourceLocation: sourceLocation)
        #expect(printed.count == 2 && printed[1].hasPrefix(expected), "\(r.stdout)\n---\n\(expected)", sourceLocation: sourceLocation)
        return r.stdout
    }

    @Test func sampleDataWithMonitoringACorrectionAndAFindingIsStoredAndPrintedAsBefore() throws {
        var cli = try CLIHarness()
        cli.environment["KAOHE_TODAY"] = "2018-03-01"
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("targets", "import", "sample-data/targets.csv").status == 0)
        #expect(try cli.run("reports", "import", "sample-data/reports/2014", "sample-data/reports/2015", "sample-data/reports/2016", "sample-data/reports/2017").stderr == "")
        #expect(try cli.run("monitoring", "import", "sample-data/monitoring").status == 0)
        // A corrected 2015 summary of 游仙区 (R-3 revised): the first submission decides lateness, the correction is dated.
        let correction = try cli.write(
            "correction/自查报告-2015.csv",
            "区域代码,考核年度,报送日期,PM10年均浓度,PM10有效监测天数,实施细则公开,实施细则备案日期,年度实施计划公开,年度实施计划备案日期,填报人,审核人,备注\n"
                + "510704,2015,2016-01-20,95,349,是,2014-11-25,是,2015-02-12,张华,刘洋,更正\n")
        #expect(try cli.run("reports", "import", correction).stderr == "")
        #expect(try cli.run("flag", "falsification", "510781", "2015", "--ref", "绵环督〔2016〕3号").status == 0)
        for english in [false, true] {
            let out = try Self.expectSameAsWholeSnapshot(cli, year: 2015, english: english)
            // The monitored means took part: the table is not the reports' alone.
            #expect(out.contains(english ? "falsified data" : "数据造假"), "\(out)")
            #expect(try cli.run("assess", "show", "--year", "2015", "--area", "510704").stdout.contains("2016-01-20"))
            try Self.expectSameAsWholeSnapshot(cli, year: 2016, english: english)
            try Self.expectSameAsWholeSnapshot(cli, year: 2017, final: true, english: english)
        }
    }

    @Test func aRenameAMergeAndASplitAreResolvedAsWithTheWholeSnapshot() throws {
        // Rename: 安县 → 安州区 from 2016; 2015 re-assessed names 安县 with its successor noted.
        let renamed = try SuccessionAssessmentCommandTests.published2015(thenImporting: "Tests/KaoheCLITests/Fixtures/areas-anzhou.csv")
        #expect(try renamed.run("areas", "succeed", "510724", "510705", "--on", "2016-01-01", "--doc", "绵府发〔2016〕1号").status == 0)
        #expect(try renamed.run("reports", "import", "Tests/KaoheCLITests/Fixtures/succession-2016").status == 0)
        for english in [false, true] {
            let noted = try Self.expectSameAsWholeSnapshot(renamed, year: 2015, english: english)
            #expect(noted.contains(english ? "安县 (安州区 from 2016)" : "安县（2016年起为安州区）"), "\(noted)")
            try Self.expectSameAsWholeSnapshot(renamed, year: 2016, english: english)
        }
        // Merge: 安县 and 盐亭县 into 安盐区.
        let merged = try SuccessionMergeSplitCommandTests().merged()
        try Self.expectSameAsWholeSnapshot(merged, year: 2016)
        try Self.expectSameAsWholeSnapshot(merged, year: 2016, english: true)
        // Split: 安县 into 安北区 (own base and previous year) and 安南区.
        let split = try SuccessionAssessmentCommandTests.published2015(thenImporting: "Tests/KaoheCLITests/Fixtures/areas-merge-split.csv")
        #expect(try split.run("areas", "succeed", "--file", "Tests/KaoheCLITests/Fixtures/successions-split.csv").status == 0)
        #expect(try split.run("reports", "import", "Tests/KaoheCLITests/Fixtures/split-2016").status == 0)
        try Self.expectSameAsWholeSnapshot(split, year: 2016)
        try Self.expectSameAsWholeSnapshot(split, year: 2015, english: true)
    }
}
