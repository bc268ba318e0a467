import Foundation
@testable import KaoheCSV
import KaoheCore
import Testing

/// Report files read as a stream, rows kept once in their groups (issue 14, D-148): what is reported and
/// what is grouped is what reading each whole file first gave.
@Suite struct ReportStreamingTests {
    /// The report-file suite's units, years and key tasks, and its way of listing a rejected batch's problems.
    let base = ReportFilesTests()
    var context: ReportContext { base.context }

    func file(_ name: String, _ text: String) -> NamedData { base.file(name, text) }

    func problems(_ files: NamedData...) -> [String] { base.problems(files) }

    static let summaryHeader = "区域代码,考核年度,报送日期,PM10年均浓度\n"
    static let projectHeader = "区域代码,考核年度,项目编号,项目名称,任务类别,进展状态\n"

    /// A file that fails to read after some rows (a stray quote on line 4) reports that problem only: not the
    /// problems of its rows read before it (line 3 is a duplicate of line 2), and its keys do not make the next
    /// file's row a duplicate — as when the whole file was read before any row was checked.
    @Test func aFileUnreadableAfterSomeRowsReportsOnlyItsReadingProblem() throws {
        let broken = file("a.csv", Self.summaryHeader + "510703,2015,2015-12-25,96\n510703,2015,2015-12-26,95\n510724,2015,2015-12\"-27,94\n")
        let reading = try #require(throws: DiagnosticsError.self) { try CSVStreamParser.records(in: broken.data, fileName: "a.csv") }
        #expect(reading.diagnostics.count == 1 && reading.diagnostics[0].line == 4)
        let later = file("b.csv", Self.summaryHeader + "510703,2015,2015-12-27,94\n")
        #expect(problems(broken, later) == reading.diagnostics.map(\.description))
        // Without the broken file the later one is accepted: nothing of a.csv was left behind.
        #expect(problems(later) == ["accepted"])
    }

    /// The same for a group past the grouper's one-by-one limit: the unreadable file's 40 projects of 510703
    /// are forgotten, so P35 in the next file is not a duplicate.
    @Test func anUnreadableFileForgetsTheKeysOfALargeGroup() throws {
        let rows = (1...40).map { "510703,2015,P\($0),锅炉改造,5,在建\n" }.joined()
        let broken = file("a.csv", Self.projectHeader + rows + "510703,2015,P41,锅\"炉,5,在建\n")
        let reading = try #require(throws: DiagnosticsError.self) { try CSVStreamParser.records(in: broken.data, fileName: "a.csv") }
        #expect(reading.diagnostics.map(\.line) == [42])
        #expect(problems(broken, file("b.csv", Self.projectHeader + "510703,2015,P35,锅炉改造,5,在建\n")) == reading.diagnostics.map(\.description))
        let accepted = try ReportFiles.parse([file("b.csv", Self.projectHeader + rows), file("c.csv", Self.projectHeader + "510703,2015,P41,锅炉改造,5,在建\n")], context: context)
        #expect(accepted.groups.map(\.projects.count) == [41])
    }

    /// A header-only file says so before its header's problems, as it did when the records were counted first.
    @Test func aHeaderOnlyFileSaysSoBeforeItsHeadersProblems() {
        #expect(
            problems(file("k.csv", "area_code,year,indicator_code,self_score,self_score\n")) == [
                "k.csv:1: the file has a header row but no data rows — add the data rows below the header, or leave this file out",
                "k.csv:1:5 (self_score): column 自评得分 / self_score appears twice (first in column 4) — keep one of the two columns",
            ])
    }

    /// A unit with more projects than the grouper scans one by one (32) still has its duplicate found, at the
    /// right line: P1 is on line 2, so P35 on line 36; the rows P1…P40 end on line 41 and P35 again is line 42.
    @Test func aDuplicateAmongManyKeysOfOneGroupIsFoundAtItsFirstLine() {
        let rows = (1...40).map { "510703,2015,P\($0),锅炉改造,5,在建\n" }.joined()
        #expect(
            problems(file("p.csv", Self.projectHeader + rows + "510703,2015,P35,锅炉改造,5,在建\n")) == [
                "p.csv:42:3 (项目编号): project P35 of 510703 for 2015 is given twice (first at line 36) — keep one row; send a corrected file to replace an earlier report"
            ])
    }

    /// A row refused for another problem still gives its key, so a later row with that key is a duplicate too.
    @Test func aRefusedRowStillGivesItsKey() {
        #expect(
            problems(file("k.csv", "区域代码,考核年度,指标代码,自评得分\n510703,2015,5.1,8.5\n510703,2015,5.1,7\n")) == [
                "k.csv:2:4 (自评得分): score 8.5 is outside 0–8 for sub-indicator 5.1 — write a score from 0 to 8",
                "k.csv:3:3 (指标代码): sub-indicator 5.1 of 510703 for 2015 is given twice (first at line 2) — keep one row; send a corrected file to replace an earlier report",
            ])
    }

    /// Groups are ordered by unit, year and part; a group's rows keep the order read and its files the order
    /// in which they first gave it a row; `rows` lists them group by group.
    @Test func groupsGatherRowsAcrossFilesInOrder() throws {
        let keys = "area_code,year,indicator_code,self_score\n"
        let batch = try ReportFiles.parse(
            [
                file("k1.csv", keys + "510724,2015,5.1,7\n510703,2015,5.1,6\n"),
                file("s.csv", Self.summaryHeader + "510703,2015,2015-12-25,96\n"),
                file("k2.csv", keys + "510703,2015,1.1,2\n510703,2014,1.1,1\n"),
            ], context: context)
        #expect(
            batch.groups.map { "\($0.areaCode)/\($0.year)/\($0.part.rawValue) \($0.files) \($0.keyTasks.map(\.code))" } == [
                "510703/2014/key-tasks [\"k2.csv\"] [\"1.1\"]",
                "510703/2015/quality [\"s.csv\"] []",
                "510703/2015/key-tasks [\"k1.csv\", \"k2.csv\"] [\"5.1\", \"1.1\"]",
                "510724/2015/key-tasks [\"k1.csv\"] [\"5.1\"]",
            ])
        #expect(batch.kinds.map { "\($0.file):\($0.rows)" } == ["k1.csv:2", "s.csv:1", "k2.csv:2"])
        #expect(batch.rows.keyTasks.map { "\($0.areaCode)/\($0.year)/\($0.code)" } == ["510703/2014/1.1", "510703/2015/5.1", "510703/2015/1.1", "510724/2015/5.1"])
        #expect(batch.origins["key-tasks/510703/2015"] == ["k1.csv", "k2.csv"])
    }
}
