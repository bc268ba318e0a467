import Foundation
import GRDB
import KaoheCore
import KaoheStore
import KaoheTestSupport
import Testing

/// End-to-end golden tests for the revised rules R-3 and R-5 and the audit trail (issue 11). Expected values
/// are worked by hand in the comments from the sample data and assessment-rules.md.
@Suite struct RevisedRulesCommandTests {
    static let header = "区域代码,考核年度,考核指标,基准年,基准浓度,目标类型,目标值,终期目标\n"

    func sampleHarness(reports: Bool = true) throws -> CLIHarness {
        let cli = try CLIHarness()
        var steps = [["areas", "import", "sample-data/areas.csv"], ["targets", "import", "sample-data/targets.csv"]]
        if reports { steps.append(["reports", "import", "sample-data/reports/2014", "sample-data/reports/2015"]) }
        for args in steps { #expect(try cli.runArgs(args).status == 0) }
        return cli
    }

    // MARK: R-5 (revised)

    /// 510704 gets PM10 on line 2 and PM2.5 on line 3 of one file: the PM2.5 cell (line 3, column 3) is named,
    /// in Chinese by default, and nothing is stored.
    @Test func aTargetsFileMixingPollutantsForAUnitIsRejectedAtTheCell() throws {
        let cli = try sampleHarness(reports: false)
        let before = try cli.dumpTables()
        let file = try cli.write("mix.csv", Self.header + "510704,2015,PM10,2013,96,下降比例,3,否\n510704,2016,PM2.5,2013,60,下降比例,5,否\n")
        let result = try cli.run("targets", "import", file)
        #expect(result == .init(status: 1, stdout: "", stderr: """
            \(file):3:3 (考核指标): 区域 510704 的目标将混用 PM10 与 PM2.5：本行为 PM2.5，第 2 行为 PM10 — 同一规划期内一个区域只按一种污染物考核（R-5），请使该区域各行的考核指标一致
            \(file): 共 1 处错误，文件被拒绝，未存储任何数据。

            """))
        #expect(try cli.dumpTables() == before)
    }

    /// 510703 holds stored PM10 targets for 2015 and 2017 (sample targets); a file with only a PM2.5 2016 row
    /// would leave both in force beside it: rejected at its 考核指标 cell (line 2, column 3).
    @Test func aPM25TargetBesideStoredPM10TargetsIsRejected() throws {
        let cli = try sampleHarness(reports: false)
        let before = try cli.dumpTables()
        let file = try cli.write("pm25.csv", Self.header + "510703,2016,PM2.5,2013,60,下降比例,5,否\n")
        let result = try cli.run("targets", "import", file, "--lang", "en")
        #expect(result == .init(status: 1, stdout: "", stderr: """
            \(file):2:3 (考核指标): unit 510703 already holds stored PM10 targets (2015, 2017); this PM2.5 target would mix pollutants — a unit is assessed on one pollutant in a plan period (R-5); use PM10, or withdraw the stored targets first (kaohe targets withdraw 510703 YEAR --reason …)
            \(file): 1 error(s); the file was rejected and nothing from it was stored.

            """))
        #expect(try cli.dumpTables() == before)
    }

    /// 510703's stored end-of-period target is the 2017 row; a 2016 row marked 终期目标 would be a second one:
    /// rejected at the 终期目标 cell (line 2, column 8). After `targets withdraw 510703 2017` the same file is
    /// accepted, `targets list` marks the 2017 row withdrawn, the history keeps both states, and SQL cannot
    /// delete a target.
    @Test func aSecondFinalTargetIsRejectedUntilTheStoredOneIsWithdrawnWhichIsKept() throws {
        let cli = try sampleHarness(reports: false)
        let file = try cli.write("final.csv", Self.header + "510703,2016,PM10,2013,102,下降比例,8,是\n")
        let refused = try cli.run("targets", "import", file, "--lang", "en")
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix(
            "\(file):2:8 (终期目标): unit 510703 already has a stored end-of-period target (year 2017); a second one is not allowed — do not mark this row as 终期目标, or withdraw the stored one first (kaohe targets withdraw 510703 2017 --reason …)\n"))
        let withdrawn = try cli.run("targets", "withdraw", "510703", "2017", "--reason", "绵环函〔2016〕8号")
        #expect(withdrawn == .init(
            status: 0, stdout: "已撤回 510703 的 2017 年目标（PM10，下降比例），原因：绵环函〔2016〕8号；该目标保留在历史中，不再参与考核。\n", stderr: ""))
        let again = try cli.run("targets", "withdraw", "510703", "2017", "--reason", "x", "--lang", "en")
        #expect(again.status == 1 && again.stderr.contains("was already withdrawn"))
        #expect(try cli.run("targets", "import", file).status == 0)
        let list = try cli.run("targets", "list", "--lang", "en").stdout.split(separator: "\n").filter { $0.hasPrefix("510703") }
        #expect(list.count == 3)
        #expect(list[1].hasSuffix("8%  yes    in force"))
        #expect(list[2].contains("10%  yes    withdrawn (") && list[2].hasSuffix(", 绵环函〔2016〕8号)"))
        let db = try AppDatabase.open(path: cli.db)
        #expect(try db.targets().filter { $0.areaCode == "510703" }.map(\.year) == [2015, 2016])
        let history = try runSQL(cli, "SELECT year || ' ' || event || ' ' || COALESCE(reason, '') FROM target_history WHERE area_code = '510703' ORDER BY id")
        #expect(history == ["2015 imported ", "2017 imported ", "2017 withdrawn 绵环函〔2016〕8号", "2016 imported "])
        let other = try DatabaseQueue(path: cli.db)
        expectTriggerRefusal("targets are never deleted; withdraw one with kaohe targets withdraw", "DELETE FROM target WHERE area_code = '510703'", in: other)
        expectTriggerRefusal("target history is never deleted", "DELETE FROM target_history", in: other)
        expectTriggerRefusal("target history is never changed", "UPDATE target_history SET reason = 'x'", in: other)
        #expect(try runSQL(cli, "SELECT COUNT(*) FROM target WHERE area_code = '510703'") == ["3"])
    }

    /// A withdrawn annual target no longer counts: 梓潼县 (510725) 2015 is assessed on its explicit ceiling 78
    /// (required reduction 80 − 78 = 2); withdrawn, the requirement comes from 35 % of its final ceiling 75:
    /// 0.35 × (80 − 75) = 1.75, required concentration 80 − 1.75 = 78.25, shown 78.2 (half to even), required
    /// decline 1.75 ÷ 80 = 2.1875 % → 2.2 %. C 77: 3 ≥ 1.75, reached, 100.0 either way. `assess diff` names the
    /// old and new target.
    @Test func aWithdrawnTargetNoLongerCountsAndDiffShowsOldAndNew() throws {
        let cli = try sampleHarness()
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        #expect(try cli.run("targets", "withdraw", "510725", "2015", "--reason", "按终期目标分解").status == 0)
        // Re-importing the same targets file (19 rows) leaves the withdrawn row withdrawn and says so.
        let reimport = try cli.run("targets", "import", "sample-data/targets.csv", "--lang", "en")
        #expect(reimport.stdout.hasSuffix(
            "0 added, 0 changed, 18 unchanged (import 11)\n1 row(s) are identical to withdrawn targets, which stay withdrawn (import a different target to replace one)\n"))
        #expect(try AppDatabase.open(path: cli.db).targets(year: 2015).map(\.areaCode) == ["510703", "510781", "MY-JKQ"])
        let run = try cli.run("assess", "--year", "2015", "--lang", "en").stdout
        #expect(run.contains("510725  梓潼县            80     80       77      78.2            1.75          2.2%            3.8%  yes        100.0"))
        let diff = try cli.run("assess", "diff", "--year", "2015", "--lang", "en").stdout
        #expect(diff.contains("""
            510725 梓潼县: 100.0 excellent → 100.0 excellent
              - annual target: ceiling 78 μg/m³ (2015, PM10, base 80 in 2013) → none

            """))
    }

    /// R-5 (revised): 涪城区 with PM2.5 targets is assessed on PM2.5 under the default (PM10) rule set, from
    /// its report's PM2.5 value. Final 2017 target 10 % of base 60; 2015 = 35 % of it: reduction
    /// 60 × 10 % × 35 % = 2.1, required concentration 57.9. PM2.5 2015 = 58 (PM10 in the same report is 96):
    /// 60 − 58 = 2 < 2.1, not reached; 100 × 2 ÷ 2.1 = 95.238… → 95.2 优秀. Previous (2014 PM2.5) 59: 58 ≤ 59.
    @Test func aPM25UnitIsAssessedOnItsReportsPM25Value() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let targets = try cli.write("targets.csv", Self.header + "510703,2017,PM2.5,2013,60,下降比例,10,是\n")
        #expect(try cli.run("targets", "import", targets).status == 0)
        let reports = try cli.write(
            "自查报告.csv",
            "区域代码,考核年度,报送日期,PM10年均浓度,PM2.5年均浓度\n510703,2014,2014-12-20,99,59\n510703,2015,2015-12-20,96,58\n")
        let imported = try cli.run("reports", "import", reports)
        #expect(imported.status == 0, "\(imported.stderr)")
        let run = try cli.run("assess", "--year", "2015", "--lang", "en").stdout
        let row = run.split(separator: "\n").first { $0.hasPrefix("510703") }.map { $0.split(separator: " ").joined(separator: " ") }
        // base 60, previous 59, current 58, required 57.9, reduction 2.1, 2.1 ÷ 60 = 3.5 %, 2 ÷ 60 = 3.3 %, not reached, 95.2.
        #expect(row == "510703 涪城区 60 59 58 57.9 2.1 3.5% 3.3% no 95.2 0.0* 95.2 excellent")
        let show = try cli.run("assess", "show", "--year", "2015", "--area", "510703", "--lang", "en").stdout
        #expect(show.contains("pollutant PM2.5 (the pollutant of the unit's own targets; the rule set's default is PM10)."))
        #expect(show.contains("Annual mean C_year = 58 μg/m³"))
    }

    // MARK: R-3 (revised)

    /// 安县 (510724) first reported on 2015-12-30 (on time) and sent a correction on 2016-01-05. Lateness is
    /// decided by the first submission: on time, no late flag, correction date shown beside it. The corrected
    /// concentration 92 is scored: 95 − 92 = 3 < 3.5 required → 100 × 3 ÷ 3.5 = 85.714… → 85.7 良好.
    @Test func lateIsDecidedByTheFirstSubmissionAndTheCorrectionDateIsShown() throws {
        let cli = try sampleHarness()
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        let fix = "Tests/KaoheCLITests/Fixtures/reports-resubmission/安县-2015-更正.csv"
        #expect(try cli.run("reports", "import", fix).status == 0)
        let status = try cli.run("reports", "status", "--year", "2015", "--lang", "en").stdout
        #expect(status.contains("510724  安县            on time (2015-12-30), corrected 2016-01-05"))
        #expect(try cli.run("reports", "status", "--year", "2015").stdout.contains("按时（2015-12-30），更正日期 2016-01-05"))
        let run = try cli.run("assess", "--year", "2015", "--lang", "en").stdout
        let row = run.split(separator: "\n").first { $0.hasPrefix("510724") }!
        #expect(row.hasSuffix("85.7      94.0*    85.7  good"))
        // assess diff: every change with its old and new value (57.1 → 85.7 as worked above).
        let diff = try cli.run("assess", "diff", "--year", "2015", "--lang", "en").stdout
        #expect(diff == """
            Comparing run #1 (revision 1) → run #2 (revision 2)
            510724 安县: 57.1 fail → 85.7 good
              - quality score: 57.1 → 85.7
              - current concentration: 93 μg/m³ (self-inspection report 2015, received 2015-12-30) → 92 μg/m³ (corrected self-inspection report 2015, first received 2015-12-30, corrected 2016-01-05)
              - report submission: first received 2015-12-30 → first received 2015-12-30, corrected 2016-01-05
            1 unit(s) changed

            """)
        let show = try cli.run("assess", "show", "--year", "2015", "--area", "510724", "--lang", "en").stdout
        #expect(show.contains("7. [R-3] Self-inspection report received 2015-12-30, on time.\n8. [R-3] A corrected report was received 2016-01-05 (correction date); on time or late is decided by the first submission, 2015-12-30.\n"))
        #expect(show.contains("(source: corrected self-inspection report 2015, first received 2015-12-30, corrected 2016-01-05)"))
        let json = try cli.run("summary", "--year", "2015", "--format", "json").stdout
        #expect(json.contains("\"submission\": \"onTime\",\n        \"submittedOn\": \"2015-12-30\",\n        \"daysLate\": 0,\n        \"correctedOn\": \"2016-01-05\","))
        let csv = try cli.run("summary", "--year", "2015", "--format", "csv", "--lang", "en").stdout
        #expect(csv.contains(#","on time (2015-12-30), corrected 2016-01-05","#))
    }

    // MARK: Audit

    /// `imports` counts the report parts each file stored: the 2015 summary file holds 12 units, each a first
    /// version (added 12); the correction adds version 2 of 安县's quality part (changed 1).
    @Test func importsCountsTheReportPartsEachFileStored() throws {
        let cli = try sampleHarness()
        let fix = "Tests/KaoheCLITests/Fixtures/reports-resubmission/安县-2015-更正.csv"
        #expect(try cli.run("reports", "import", fix).status == 0)
        let log = try AppDatabase.open(path: cli.db).importLog()
        let summary = log.first { $0.fileName == "sample-data/reports/2015/自查报告-2015.csv" }!
        #expect((summary.added, summary.changed) == (12, 0))
        let correction = log.first { $0.fileName == fix }!
        #expect((correction.added, correction.changed) == (0, 1))
        #expect(try runSQL(cli, "SELECT added || '/' || changed FROM import_log WHERE file_name = '\(fix)'") == ["0/1"])
        let printed = try cli.run("imports", "--lang", "en").stdout
        #expect(printed.contains("For report files, added and changed count the report parts stored"))
    }

    /// A key-tasks file that changes only 安县's verified score for 1.1 (self 2, verified now 1) is the bureau's
    /// verification; the corrected summary is the unit's resubmission; `reports history` says which.
    @Test func historyTellsTheBureausVerificationFromAUnitsResubmission() throws {
        let cli = try sampleHarness()
        let rows = try String(contentsOfFile: "sample-data/reports/2015/key-tasks-2015.csv", encoding: .utf8)
            .split(separator: "\n").filter { $0.hasPrefix("510724,") }
            .map { $0 == "510724,2015,1.1,2,," ? "510724,2015,1.1,2,1," : String($0) }
        #expect(rows.count == 22)
        let verified = try cli.write("核定-安县.csv", "area_code,year,indicator_code,self_score,verified_score,status_note\n" + rows.joined(separator: "\n") + "\n")
        #expect(try cli.run("reports", "import", verified).status == 0)
        #expect(try cli.run("reports", "import", "Tests/KaoheCLITests/Fixtures/reports-resubmission/安县-2015-更正.csv").status == 0)
        let versions = try AppDatabase.open(path: cli.db).reportHistory(area: "510724", year: 2015)
        #expect(versions.map { "\($0.part.rawValue) v\($0.version) \($0.origin.rawValue)" } == [
            "quality v1 firstSubmission", "key-tasks v1 firstSubmission", "projects v1 firstSubmission", "funding v1 firstSubmission",
            "key-tasks v2 verification", "quality v2 resubmission",
        ])
        let history = try cli.run("reports", "history", "510724", "2015").stdout
        #expect(history.contains("市环保局核定") && history.contains("单位重报") && history.contains("2016-01-05（更正日期）"))
        #expect(history.contains("2015-12-30（首次报送）"))
        // The sample's first key-tasks file already carries 安县's verified 5.1 score (4): said so.
        #expect(history.contains("单位首次报送（含核定得分）"))
    }

    func runSQL(_ cli: CLIHarness, _ sql: String) throws -> [String] {
        try DatabaseQueue(path: cli.db).read { db in try String.fetchAll(db, sql: sql) }
    }
}
