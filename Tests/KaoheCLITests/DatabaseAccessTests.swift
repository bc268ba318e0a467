import Foundation
import GRDB
import KaoheStore
import Testing
@testable import kaohe
#if canImport(Glibc)
import Glibc
#endif

/// Which commands may create or change the database, and what the user reads when the database cannot
/// be used (issue 12, items 13, 15, 25).
@Suite struct DatabaseAccessTests {
    /// Every command that reads or writes the database, with arguments that would otherwise run.
    static let commands: [[String]] = [
        ["areas", "list"], ["targets", "list"], ["imports"], ["reports", "history", "510703", "2015"],
        ["reports", "status", "--year", "2015"], ["reports", "check", "sample-data/reports/2015"],
        ["assess", "show", "--year", "2015"], ["assess", "diff", "--year", "2015"], ["summary", "--year", "2015"],
        ["freeze", "list"], ["summons", "list"], ["summons", "history", "1"], ["flag", "list"],
        ["monitoring", "status", "--year", "2015"],
        ["assess", "--year", "2015"], ["publish", "--year", "2015", "--date", "2016-03-15", "--doc", "X"],
        ["freeze", "lift", "510703", "--date", "2016-09-01", "--doc", "X", "--reason", "Y"],
        ["eia-check", "510703", "--category", "民生"], ["flag", "falsification", "510703", "2015", "--ref", "X"],
        ["summons", "update", "1", "--notes", "X"], ["targets", "import", "sample-data/targets.csv"],
        ["reports", "import", "sample-data/reports/2015"], ["monitoring", "import", "sample-data/monitoring"],
    ]

    @Test func item15_everyCommandButAreasImportRefusesAMissingDatabaseAndCreatesNothing() throws {
        let cli = try CLIHarness()
        let missing = cli.workDir.appendingPathComponent("mistyped.sqlite").path
        for command in Self.commands {
            let result = try cli.runArgs(command + ["--db", missing, "--lang", "en"])
            #expect(result == .init(status: 1, stdout: "", stderr: "Error: no database at \(missing) — check --db or KAOHE_DB; a new database is created by kaohe areas import\n"), "\(command)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: cli.workDir.path) == [], "\(command)")
        }
        let chinese = try cli.run("freeze", "list", "--db", missing)
        #expect(chinese.stderr == "Error: \(missing) 处没有数据库 — 请检查 --db 或 KAOHE_DB；新数据库由 kaohe areas import 创建\n")
        // areas import is the one command that creates the database.
        #expect(try cli.run("areas", "import", "sample-data/areas.csv", "--db", missing).status == 0)
        #expect(FileManager.default.fileExists(atPath: missing))
    }

    @Test func item15_readCommandsListAReadOnlyDatabaseInAReadOnlyFolderAndChangeNothing() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("targets", "import", "sample-data/targets.csv").status == 0)
        let expected = try cli.run("areas", "list")
        #expect(expected.status == 0 && expected.stdout.hasSuffix("共 13 个单位\n"))
        let folder = cli.workDir.path
        #expect(chmod(cli.db, 0o444) == 0 && chmod(folder, 0o555) == 0)
        defer { _ = chmod(folder, 0o755) }
        let before = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let bytes = FileManager.default.contents(atPath: cli.db)
        // As root, permissions do not bind: run as nobody so the read-only file and folder are real.
        let launcher = geteuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let list = try cli.runWith(["areas", "list"], launcher: launcher)
        #expect(list == expected)
        for command in [["targets", "list"], ["imports"], ["freeze", "list"], ["summons", "list"], ["reports", "status", "--year", "2015"]] {
            #expect(try cli.runWith(command, launcher: launcher).status == 0, "\(command)")
        }
        // A write is refused with one sentence, and nothing changes.
        let write = try cli.runWith(["assess", "--year", "2015", "--lang", "en"], launcher: launcher)
        #expect(write == .init(status: 1, stdout: "", stderr: "Error: the database \(cli.db) is read-only and cannot be written — nothing from this command was stored; check that the file and its folder are writable\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == before)
        #expect(FileManager.default.contents(atPath: cli.db) == bytes)
    }

    @Test func item15_anEmptyFileOrAnotherProgramsDatabaseIsNotTakenForAKaoheDatabase() throws {
        let cli = try CLIHarness()
        let empty = cli.workDir.appendingPathComponent("empty.sqlite").path
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        #expect(try cli.run("areas", "list", "--db", empty, "--lang", "en").stderr == "Error: \(empty) is an empty database holding no kaohe data — check --db, or import with kaohe areas import first\n")
        let text = cli.workDir.appendingPathComponent("notes.txt").path
        #expect(FileManager.default.createFile(atPath: text, contents: Data(String(repeating: "not a database\n", count: 100).utf8)))
        #expect(try cli.run("freeze", "list", "--db", text, "--lang", "en").stderr == "Error: \(text) is not a kaohe database (not an SQLite file) — pass --db with a kaohe database\n")
        let other = cli.workDir.appendingPathComponent("other.sqlite").path
        try DatabaseQueue(path: other).write { try $0.execute(sql: "CREATE TABLE t (x)") }
        #expect(try cli.run("summons", "list", "--db", other, "--lang", "en").stderr == "Error: \(other) is not a kaohe database — pass --db with a kaohe database\n")
        #expect(FileManager.default.contents(atPath: empty) == Data())
    }

    @Test func item25_anEmptyDatabasePathGetsAClearSentence() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "list", "--db", "", "--lang", "en") == .init(status: 1, stdout: "", stderr: "Error: --db is empty — give the database file's path, e.g. --db kaohe.sqlite\n"))
        #expect(try cli.run("areas", "import", "sample-data/areas.csv", "--db", "") == .init(status: 1, stdout: "", stderr: "Error: --db 的值为空 — 请给出数据库文件的路径，例如 --db kaohe.sqlite\n"))
        #expect(try cli.run("areas", "list", "--db", cli.workDir.path, "--lang", "en").stderr == "Error: \(cli.workDir.path) is a folder, not a database file — pass --db with the database file\n")
    }

    @Test func item13_aWriteThatRunsOutOfSpaceGetsOneSentenceAndStoresNothing() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        let before = try cli.dumpTables()
        // A file-size limit of 100 KiB (200 blocks of 512 bytes under sh) stops the monitoring import's
        // writes part-way; SIGXFSZ is ignored so the write fails instead of killing the process.
        let limited = ["/bin/sh", "-c", "ulimit -f 200; trap '' XFSZ; exec \"$@\"", "sh"]
        let english = try cli.runWith(["monitoring", "import", "sample-data/monitoring", "--lang", "en"], launcher: limited)
        #expect(english == .init(status: 1, stdout: "", stderr: "Error: a disk error occurred reading or writing the database \(cli.db) — nothing from this command was stored; check the disk and try again\n"))
        let chinese = try cli.runWith(["monitoring", "import", "sample-data/monitoring"], launcher: limited)
        #expect(chinese.stderr == "Error: 读写数据库 \(cli.db) 时发生磁盘错误 — 本次操作未存储任何数据；请检查磁盘后重试\n")
        #expect(try cli.dumpTables() == before)
        #expect(try AppDatabase.open(path: cli.db).integrityCheck() == ["ok"])
        // The detail is for maintainers only, behind KAOHE_DEBUG.
        let debug = try cli.runWith(["monitoring", "import", "sample-data/monitoring", "--lang", "en"], launcher: limited, environment: ["KAOHE_DEBUG": "1"])
        #expect(debug.stderr.hasSuffix("\n[KAOHE_DEBUG] SQLite 778: disk I/O error\n"))
    }

    @Test func item13_everyKindOfDatabaseFailureIsOneBilingualSentenceWithoutSQLiteText() throws {
        let path = "/data/k.sqlite"
        let cases: [(ResultCode, String)] = [
            (.SQLITE_FULL, "Error: the database /data/k.sqlite could not be written: the disk is full (or the file-size limit was reached) — nothing from this command was stored; free some space and try again"),
            (.SQLITE_CORRUPT, "Error: the database /data/k.sqlite is damaged — restore it from a backup (this command changed nothing)"),
            (.SQLITE_READONLY, "Error: the database /data/k.sqlite is read-only and cannot be written — nothing from this command was stored; check that the file and its folder are writable"),
            (.SQLITE_NOTADB, "Error: /data/k.sqlite is not a kaohe database (not an SQLite file) — pass --db with a kaohe database"),
            (.SQLITE_CONSTRAINT, "Error: the database /data/k.sqlite refused the change (it breaks a rule of the stored record, e.g. a published record cannot change) — nothing from this command was stored"),
            (.SQLITE_MISMATCH, "Error: the database operation on /data/k.sqlite failed — nothing from this command was stored (set KAOHE_DEBUG=1 for details)"),
        ]
        for (code, english) in cases {
            let error = DatabaseError(resultCode: code, message: "raw sqlite text", sql: "INSERT INTO area VALUES (?)")
            let (message, exit) = Failures.describe(error, database: path, language: .en)
            #expect("Error: " + message == english)
            #expect(exit == .failure)
            let (chinese, _) = Failures.describe(error, database: path, language: .zh)
            #expect(!chinese.contains("sqlite text") && !chinese.contains("INSERT") && chinese.contains(path))
        }
        // Anything else — a decoding error, say — is one generic sentence.
        let decoding = DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "The given data was not valid JSON."))
        #expect(Failures.describe(decoding, database: path, language: .en).message == "internal error; the command did not finish — please report the command and files to the maintainers (set KAOHE_DEBUG=1 for details)")
        #expect(Failures.describe(decoding, database: path, language: .zh).message == "内部错误，命令未完成 — 请把所用命令和文件报告给维护者（设置 KAOHE_DEBUG=1 可显示详情）")
    }
}
