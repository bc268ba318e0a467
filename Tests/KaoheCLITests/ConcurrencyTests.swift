import Foundation
import GRDB
import KaoheStore
import Testing

/// Several kaohe processes on one database at once: each finishes, or says the database is busy after the
/// busy timeout, and the file stays sound with every finished import stored whole.
extension ProcessStressTests {
@Suite struct ConcurrencyTests {
    /// The whole line kaohe prints when another writer held the database past the busy timeout.
    static func busy(_ path: String) -> String {
        "Error: the database \(path) is busy (another kaohe is writing) — try again when it has finished"
    }

    /// The same line in Chinese, printed without --lang (docs/reliability.md, "Concurrent use never corrupts").
    static func busyChinese(_ path: String) -> String {
        "Error: 数据库 \(path) 正忙（另一个 kaohe 正在写入）— 请待其完成后重试"
    }

    @Test func twoImportsAndAnAssessAtOnceAllFinishOrSayBusyAndLeaveTheDatabaseSound() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("targets", "import", "sample-data/targets.csv").status == 0)
        let batches = try [2015, 2016].map { year in
            try LargeBatch.write(to: cli.workDir.appendingPathComponent("batch-\(year)"), year: year, projectsPerUnit: 300)
        }
        let commands = batches.map { ["reports", "import", $0.path, "--lang", "en"] } + [["assess", "--year", "2015", "--lang", "en"]]
        let outputs = commands.indices.map { cli.workDir.appendingPathComponent("output-\($0).txt") }
        let children = try zip(commands, outputs).map { try cli.start($0, output: $1) }
        // They overlapped: right after the last one started, every one of them was still running (a child
        // that had already exited would make this a test of one process after another, not of concurrency).
        let running = children.map(\.isRunning)
        for child in children { child.waitUntilExit() }
        #expect(running == [true, true, true], "the processes did not overlap: \(running)")

        var finished: [Bool] = []
        for (child, output) in zip(children, outputs) {
            let text = try String(contentsOf: output, encoding: .utf8)
            let busy = text.contains(Self.busy(cli.db))
            #expect(child.terminationStatus == 0 || busy, "\(text)")
            finished.append(child.terminationStatus == 0)
        }
        let db = try AppDatabase.open(path: cli.db)
        #expect(try db.integrityCheck() == ["ok"])
        let counts = try db.rowCounts()
        let imports = finished.prefix(2).filter { $0 }.count
        #expect(counts["report_project"] == imports * 13 * 300)
        #expect(counts["report_summary"] == imports * 13)
        #expect(try db.reportedUnits(year: 2015).count == (finished[0] ? 13 : 0))
        #expect(try db.reportedUnits(year: 2016).count == (finished[1] ? 13 : 0))
        #expect(counts["assessment_run"] == (finished[2] ? 1 : 0))
    }

    @Test func aWriterHeldPastTheBusyTimeoutIsToldTheDatabaseIsBusyAndNothingIsStored() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let before = try cli.dumpTables()
        // Another writer holds the write lock for longer than kaohe's 10 s busy timeout.
        var config = Configuration()
        config.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: cli.db, configuration: config)
        try holder.inDatabase { try $0.execute(sql: "BEGIN IMMEDIATE") }
        let result = try cli.run("targets", "import", "sample-data/targets.csv", "--lang", "en")
        let chinese = try cli.run("targets", "import", "sample-data/targets.csv")
        try holder.inDatabase { try $0.execute(sql: "ROLLBACK") }
        #expect(result == .init(status: 1, stdout: "", stderr: Self.busy(cli.db) + "\n"))
        #expect(chinese == .init(status: 1, stdout: "", stderr: Self.busyChinese(cli.db) + "\n"))
        #expect(try cli.dumpTables() == before)
        #expect(try AppDatabase.open(path: cli.db).integrityCheck() == ["ok"])
    }
}
}
