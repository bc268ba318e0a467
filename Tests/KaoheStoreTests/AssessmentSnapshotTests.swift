import Foundation
import GRDB
import KaoheCore
@testable import KaoheStore
import KaoheTestSupport
import Testing

/// The one read of `assess` (issue 13 item 3) and its bulk report reads (issue 14).
@Suite struct AssessmentSnapshotTests {
    static let fu = Area(code: "510703", name: "涪城区", type: .district), you = Area(code: "510704", name: "游仙区", type: .district)
    static func file(_ name: String) -> ImportFile { ImportFile(name: name, sha256: String(repeating: "ab", count: 32), time: Date(timeIntervalSince1970: 1_450_000_000)) }
    static func day(_ m: Int, _ d: Int, _ y: Int = 2015) -> Day { Day(year: y, month: m, day: d)! }

    /// A database file (WAL, a pool of connections, as the CLI opens it) with both units and their targets.
    static func database() throws -> (AppDatabase, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kaohe-snapshot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let db = try AppDatabase.open(path: dir.appendingPathComponent("k.sqlite").path)
        _ = try db.importAreas([fu, you], file: file("areas.csv"))
        _ = try db.importTargets(
            [fu, you].flatMap { a in
                [Target(areaCode: a.code, year: 2015, baseYear: 2013, baseConcentration: 100, kind: .percentDecline, value: 4),
                 Target(areaCode: a.code, year: 2017, baseYear: 2013, baseConcentration: 100, kind: .percentDecline, value: 10, isFinal: true)]
            }, file: file("targets.csv"))
        return (db, dir)
    }

    /// Stores `rows` as one report import of the files named in them.
    static func store(_ db: AppDatabase, _ rows: ReportRows, file name: String) throws {
        let groups = rows.groups(origins: [:]).map { g in var g = g; g.files = [name]; return g }
        _ = try db.importReports(groups, files: [file(name)], rowCounts: [name: groups.count], kinds: [name: "summary"])
    }

    static func summary(_ area: Area, on day: Day, mean: Decimal, year: Int = 2015) -> ReportSummary {
        ReportSummary(areaCode: area.code, year: year, submittedOn: day, pm10AnnualMean: mean, pm10ValidDays: 350, rulesPublished: true)
    }

    @Test func theBulkReadGivesWhatTheUnitByUnitReadGives() throws {
        let (db, dir) = try Self.database()
        defer { try? FileManager.default.removeItem(at: dir) }
        var first = ReportRows()
        first.summaries = [Self.summary(Self.fu, on: Self.day(12, 25), mean: 96), Self.summary(Self.fu, on: Self.day(12, 20, 2014), mean: 99, year: 2014)]
        first.keyTasks = ["1.1", "1.3", "10.9"].map { KeyTaskScore(areaCode: Self.fu.code, year: 2015, code: $0, selfScore: 2, statusNote: "按期") }
        first.projects = [Project(areaCode: Self.fu.code, year: 2015, projectID: "P-2", name: "燃煤小锅炉淘汰", category: "4", status: .completed, plannedInvestment: Decimal(string: "320.5"))]
        first.funding = [Funding(areaCode: Self.fu.code, year: 2015, source: .central, plannedAmount: 300, actualAmount: Decimal(string: "280.25")!)]
        try Self.store(db, first, file: "first.csv")
        // A correction of the summary (a second version, R-3 revised) and verified key-task scores.
        var second = ReportRows()
        second.summaries = [Self.summary(Self.fu, on: Self.day(1, 8, 2016), mean: 97), Self.summary(Self.you, on: Self.day(12, 28), mean: 94)]
        second.keyTasks = ["1.1", "1.3", "10.9"].map { KeyTaskScore(areaCode: Self.fu.code, year: 2015, code: $0, selfScore: 2, verifiedScore: 1, statusNote: "按期") }
        try Self.store(db, second, file: "second.csv")

        let bulk = try db.writer.read { try AppDatabase.storedReports($0, year: 2015) }
        #expect(bulk.keys.sorted() == ["510703", "510704"])
        for code in ["510703", "510704"] { #expect(bulk[code] == (try db.report(area: code, year: 2015)), "\(code)") }
        // Worked by hand: 涪城区's first summary (2015-12-25) decides lateness; the newer one (2016-01-08,
        // mean 97) is the correction; the verified scores are the newest key-task version.
        #expect(bulk["510703"]?.firstSubmittedOn == Self.day(12, 25) && bulk["510703"]?.correctedOn == Self.day(1, 8, 2016))
        #expect(bulk["510703"]?.summary?.pm10AnnualMean == 97 && bulk["510703"]?.keyTasks.map(\.verifiedScore) == [1, 1, 1])
        #expect(bulk["510704"]?.correctedOn == nil && bulk["510704"]?.keyTasks == [])
        let previous = try db.writer.read { try AppDatabase.storedReports($0, year: 2014, parts: [.quality]) }
        #expect(previous["510703"]?.summary?.pm10AnnualMean == 99 && previous["510704"] == nil)

        let snapshot = try db.assessmentSnapshot(year: 2015, defaultPollutant: .pm10)
        #expect(snapshot.records.map(\.area.code) == ["510703", "510704"])
        #expect(snapshot.records[0].previousSummary?.pm10AnnualMean == 99 && snapshot.records[1].previousSummary == nil)
        #expect(snapshot.records[0].report == bulk["510703"])

        // The issued record's read (issue 14): of the key tasks only the first row by code (1.1, of the newest
        // version: verified 1), everything else as the full read, so every unit's parts are the same.
        let presence = try db.writer.read { try AppDatabase.storedReports($0, year: 2015, firstKeyTaskOnly: true) }
        #expect(presence.keys.sorted() == ["510703", "510704"])
        #expect(presence["510703"]?.keyTasks.map(\.code) == ["1.1"] && presence["510703"]?.keyTasks.first?.verifiedScore == 1)
        #expect(presence["510704"]?.keyTasks == [])
        for code in ["510703", "510704"] {
            var full = bulk[code]!, first = presence[code]!
            #expect(first.parts(pollutant: .pm10) == full.parts(pollutant: .pm10), "\(code)")
            full.keyTasks = []
            first.keyTasks = []
            #expect(first == full, "\(code)")
        }

        // The unit-by-unit walk of `assess` (issue 14, D-169): the snapshot's records, in its order, without the
        // projects and funding scoring does not read; `only` keeps the codes asked for.
        var walked: [UnitRecord] = []
        try db.writer.read { db in try AppDatabase.eachUnitRecord(db, year: 2015) { walked.append($0) } }
        let expected = snapshot.records.map { r in
            var r = r
            r.report.projects = []
            r.report.funding = []
            return r
        }
        #expect(walked == expected)
        #expect(snapshot.records[0].report.projects.count == 1 && snapshot.records[0].report.funding.count == 1)
        var some: [String] = []
        try db.writer.read { db in try AppDatabase.eachUnitRecord(db, year: 2015, only: ["510704", "999999"]) { some.append($0.area.code) } }
        #expect(some == ["510704"])
    }

    @Test func aRunWrittenUnitByUnitIsAllOrNothing() throws {
        let (db, dir) = try Self.database()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rules = RuleSet.builtInDefault
        let prepared = try AssessmentPreparation.prepare(db.assessmentSnapshot(year: 2015, defaultPollutant: .pm10), kind: .annual, rules: rules)
        let results = AssessmentPreparation.score(prepared, rules: rules)
        // The first unit is stored, the second carries a NaN: refused, and the first goes with it.
        var bad = results[1]
        bad.resultScore = .nan
        #expect(throws: Refusal(RunRefusal.unstorableValue(code: "510704"))) {
            try db.writeRun(year: 2015, kind: .annual, rules: rules, ruleSetText: "t") { w in
                try w.store(prepared.inputs[0], results[0])
                try w.store(prepared.inputs[1], bad)
            }
        }
        // Any failure of the caller's after units were stored rolls them back too.
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try db.writeRun(year: 2015, kind: .annual, rules: rules, ruleSetText: "t") { w in
                try w.store(prepared.inputs[0], results[0])
                throw Stop()
            }
        }
        #expect(try db.runs(year: 2015, kind: .annual).isEmpty)
        // Stored whole, it reads back as `saveRun`'s run: revision 1, the same inputs and results.
        let (header, count) = try db.writeRun(year: 2015, kind: .annual, rules: rules, ruleSetText: "t") { w in
            for (i, r) in zip(prepared.inputs, results) { try w.store(i, r) }
            return results.count
        }
        #expect(count == 2 && header.revision == 1 && header.inputs.isEmpty && header.results.isEmpty)
        let read = try #require(try db.run(id: header.id))
        #expect(read.inputs == prepared.inputs && read.results == results)
    }

    /// A year of daily means of 80 for one station of 涪城区.
    static func monitoringYear() -> [MonitoringPart] {
        (0..<365).map {
            MonitoringPart(StationDay(station: "2601A", areaCode: fu.code, day: day(1, 1).adding(days: $0), pm10: DayMeasure(mean: 80, hours: nil), pm25: nil, dust: false))
        }
    }

    /// Holds what the importing thread did, for the test thread to read after it is done.
    final class ImportLog: @unchecked Sendable {
        let lock = NSLock()
        var committed = false
        var failure: String?
    }

    @Test func anImportCommittedWhileTheSnapshotIsReadIsNotHalfSeen() throws {
        let (db, dir) = try Self.database()
        defer { try? FileManager.default.removeItem(at: dir) }
        var reports = ReportRows()
        reports.summaries = [Self.summary(Self.fu, on: Self.day(12, 25), mean: 90)]
        try Self.store(db, reports, file: "fu.csv")

        // Between the snapshot's read of the reports and its read of the monitoring data, another connection
        // stores a year of monitoring for 涪城区 and 游仙区's report, and commits, before the snapshot goes on.
        let log = ImportLog()
        let snapshot = try db.assessmentSnapshot(year: 2015, defaultPollutant: .pm10) {
            let done = DispatchSemaphore(value: 0)
            Thread.detachNewThread {
                do {
                    _ = try db.importMonitoring(Self.monitoringYear(), file: Self.file("m.csv"), rowCount: 365)
                    var late = ReportRows()
                    late.summaries = [Self.summary(Self.you, on: Self.day(12, 28), mean: 94)]
                    try Self.store(db, late, file: "you.csv")
                    log.lock.withLock { log.committed = true }
                } catch {
                    log.lock.withLock { log.failure = "\(error)" }
                }
                done.signal()
            }
            done.wait()
        }
        // The imports overlapped the snapshot's transaction and committed inside it …
        #expect(log.failure == nil)
        #expect(log.committed)
        #expect(try db.monitoringDays(year: 2015, pollutant: .pm10).count == 365)
        // … yet the snapshot holds the state before them, all of it: no monitoring, no report for 游仙区.
        #expect(snapshot.monitoring[.pm10]?.count == 0)
        #expect(snapshot.records.map { $0.report.summary?.pm10AnnualMean } == [90, nil])

        // The run saved from it is the run of that state: 涪城区 scored on its report (90), 游仙区 with none.
        let rules = RuleSet.builtInDefault
        let prepared = try AssessmentPreparation.prepare(snapshot, kind: .annual, rules: rules)
        let run = try db.saveRun(
            year: 2015, kind: .annual, rules: rules, ruleSetText: "t", inputs: prepared.inputs, results: AssessmentPreparation.score(prepared, rules: rules))
        #expect(run.inputs.map { $0.current?.value } == [90, nil])

        // A snapshot taken afterwards sees both imports whole: 涪城区 on its monitored mean (80, R-26).
        let after = try AssessmentPreparation.prepare(db.assessmentSnapshot(year: 2015, defaultPollutant: .pm10), kind: .annual, rules: rules)
        #expect(after.records.map(\.monitored) == [80, nil])
        #expect(after.inputs.map { $0.current?.value } == [80, 94])
    }

    @Test func aResultWithANaNIsRefusedAndNothingIsStored() throws {
        let (db, dir) = try Self.database()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rules = RuleSet.builtInDefault
        let prepared = try AssessmentPreparation.prepare(db.assessmentSnapshot(year: 2015, defaultPollutant: .pm10), kind: .annual, rules: rules)
        var results = AssessmentPreparation.score(prepared, rules: rules)
        results[1].resultScore = .nan
        #expect(throws: Refusal(RunRefusal.unstorableValue(code: "510704"))) {
            try db.saveRun(year: 2015, kind: .annual, rules: rules, ruleSetText: "t", inputs: prepared.inputs, results: results)
        }
        #expect(try db.runs(year: 2015, kind: .annual).isEmpty)
        // The scan: a bare NaN outside strings is refused; the same letters inside a string are not.
        #expect(!AppDatabase.isPlainJSON(Data(#"{"a":NaN}"#.utf8)))
        #expect(AppDatabase.isPlainJSON(Data(#"{"a":"NaN \"x\" {","b":[1.5e-3,-2,true,false,null]}"#.utf8)))
    }

    /// The scan over a document's bytes that skips strings with `memchr` (issue 14) answers as the byte-by-byte
    /// scan on texts made of quotes, runs of backslashes, letters and structure (5,000 seeds), and on the cases by
    /// hand: an escaped quote keeps the string open, an escaped backslash does not, an open string is refused.
    @Test func theStringSkippingScanAnswersAsTheByteScan() {
        let byHand: [(String, Bool)] = [
            (#"{"a":"x\"y"}"#, true), (#"{"a":"x\\"}"#, true), (#"{"a":"x\\\"}"#, false), (#""\\\\""#, true), ("\"", false),
            (#"{"a":NaN}"#, false), (#"["N\"aN",1]"#, true), ("", true),
        ]
        for (text, plain) in byHand {
            #expect(AppDatabase.isPlainJSON(Array(text.utf8)) == plain, "\(text)")
            #expect(AppDatabase.isPlainJSON(Data(text.utf8)) == plain, "\(text)")
        }
        let alphabet = Array(#""\\\{}[],:0a-Nx 安"#.utf8)
        var rng = SplitMix64(state: 7)
        for seed in 0..<5_000 {
            let bytes = (0..<Int(rng.next() % 40)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            #expect(AppDatabase.isPlainJSON(bytes) == AppDatabase.isPlainJSON(Data(bytes)), "seed \(seed): \(bytes)")
        }
    }
}
