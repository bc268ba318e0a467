import Foundation
import KaoheCore
import KaoheStore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What kaohe writes — with -o and to standard output — never destroys the database or a special file,
/// never fails silently, and never drives the terminal (issue 12, items 1, 2, 14, 19).
@Suite struct OutputSafetyTests {
    /// A harness with the sample data imported and 2015 assessed.
    func assessedHarness() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        #expect(try cli.run("targets", "import", "sample-data/targets.csv").status == 0)
        #expect(try cli.run("reports", "import", "sample-data/reports/2014", "sample-data/reports/2015").status == 0)
        #expect(try cli.run("assess", "--year", "2015").status == 0)
        return cli
    }

    func path(_ cli: CLIHarness, _ name: String) -> String { cli.workDir.appendingPathComponent(name).path }

    @Test func item01_outputPathThatIsTheDatabaseIsRefused() throws {
        let cli = try assessedHarness()
        let before = try cli.dumpTables()
        let link = path(cli, "link.html"), hard = path(cli, "hard.html")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "test.sqlite")
        #expect(Glibc.link(cli.db, hard) == 0)
        let dbReal = OutputPathSpelling.real(cli.db)
        // The database named directly, relatively from another folder, through a symlink, as a hard link,
        // and its companions (whether or not they exist at the moment).
        let spellings: [(given: String, names: String)] = [
            (cli.db, dbReal), ("../" + cli.workDir.lastPathComponent + "/test.sqlite", dbReal), (link, dbReal), (hard, dbReal),
            (cli.db + "-wal", dbReal + "-wal"), (cli.db + "-shm", dbReal + "-shm"), (cli.db + "-journal", dbReal + "-journal"),
        ]
        for (given, names) in spellings {
            let result = try cli.runWith(["summary", "--year", "2015", "-o", given, "--lang", "en"], launcher: ["/usr/bin/env", "-C", cli.workDir.path])
            #expect(result == .init(status: 1, stdout: "", stderr: "Error: \(given) is the database file \(names) — writing there would destroy the database; choose another name for the output\n"))
        }
        let chinese = try cli.run("summary", "--year", "2015", "-o", cli.db)
        #expect(chinese.stderr == "Error: \(cli.db) 就是数据库文件 \(dbReal) — 写入会毁掉数据库；请为输出另选文件名\n")
        #expect(try cli.dumpTables() == before)
        #expect(try AppDatabase.open(path: cli.db).integrityCheck() == ["ok"])
    }

    @Test func item02_outputWritesThroughSymlinksAndIntoDevicesAndFIFOsInPlace() throws {
        let cli = try assessedHarness()
        let expected = try cli.run("summary", "--year", "2015", "--format", "csv").stdout
        #expect(expected.hasPrefix("\u{FEFF}"))
        // A symlink stays a symlink; its target gets the document.
        let target = path(cli, "real.csv"), link = path(cli, "link.csv")
        #expect(FileManager.default.createFile(atPath: target, contents: Data("old".utf8), attributes: [.posixPermissions: 0o640]))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.csv")
        #expect(try cli.run("summary", "--year", "2015", "--format", "csv", "-o", link).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.csv")
        #expect(bytes(target) == Data(expected.utf8))
        #expect(try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int == 0o640)
        // A dangling symlink is written through too: the file appears where it points.
        let dangling = path(cli, "dangling.csv")
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "new.csv")
        #expect(try cli.run("summary", "--year", "2015", "--format", "csv", "-o", dangling).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dangling) == "new.csv")
        #expect(bytes(path(cli, "new.csv")) == Data(expected.utf8))
        // A FIFO gets the document through it and stays a FIFO.
        let fifo = path(cli, "pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        nonisolated(unsafe) var received = Data()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            received = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
            done.signal()
        }
        #expect(try cli.run("summary", "--year", "2015", "--format", "csv", "-o", fifo).status == 0)
        #expect(done.wait(timeout: .now() + 20) == .success)
        #expect(String(decoding: received, as: UTF8.self) == expected)
        #expect(try fileKind(fifo) == S_IFIFO)
        // A character device (here /dev/null's numbers, made in the test folder when allowed) stays one.
        let device = geteuid() == 0 ? path(cli, "null") : "/dev/null"
        if geteuid() == 0 { #expect(mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0) }
        #expect(try cli.run("summary", "--year", "2015", "--format", "csv", "-o", device).status == 0)
        #expect(try fileKind(device) == S_IFCHR)
        // A new file in an existing folder is created whole.
        let fresh = path(cli, "fresh.csv")
        #expect(try cli.run("summary", "--year", "2015", "--format", "csv", "-o", fresh).status == 0)
        #expect(bytes(fresh) == Data(expected.utf8))
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.workDir.path).filter { $0.contains(".kaohe-") } == [])
    }

    @Test func item14_aFailedWriteToStandardOutputExitsNonZeroAndSaysSo() throws {
        let cli = try assessedHarness()
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let onFullDisk = try cli.runWith(["summary", "--year", "2015"], output: full)
        #expect(onFullDisk.status == 1)
        #expect(onFullDisk.stderr == "Error: 无法写入标准输出：磁盘已满 — 输出不完整；请腾出空间后重试，或用 -o 写入其他位置\n")
        let english = try cli.runWith(["areas", "list", "--lang", "en"], output: full)
        #expect(english == .init(status: 1, stdout: "", stderr: "Error: could not write to standard output: the disk is full — the output is incomplete; free some space and try again, or write elsewhere with -o\n"))
        // A pipe whose reader has gone: the write fails with EPIPE (not a silent death by SIGPIPE).
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let closed = try cli.runWith(["summary", "--year", "2015", "--lang", "en"], output: pipe.fileHandleForWriting)
        #expect(closed == .init(status: 1, stdout: "", stderr: "Error: could not write to standard output: the reading end was closed — the output is incomplete\n"))
        // -o to a full device is a located failure too (a copy of /dev/full made in the test folder when
        // allowed, so no system device is ever at stake).
        let fullDevice = geteuid() == 0 ? path(cli, "full") : "/dev/full"
        if geteuid() == 0 { #expect(mknod(fullDevice, S_IFCHR | 0o666, dev_t((1 << 8) | 7)) == 0) }
        let toDevice = try cli.run("summary", "--year", "2015", "-o", fullDevice, "--lang", "en")
        #expect(toDevice == .init(status: 1, stdout: "", stderr: "Error: \(fullDevice): cannot be written, the disk is full — free some space and try again\n"))
    }

    @Test func item19_terminalEscapeSequencesInNamesAndArgumentsNeverReachTheTerminal() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "import", "sample-data/areas.csv").status == 0)
        // A name from an older database (or a file before validation existed) holding ESC, a C1 control
        // (CSI, U+009B) and a bidi override; stored directly so the test does not depend on import checks.
        let hostile = "涪城区\u{1B}]0;owned\u{07}\u{1B}[2J\u{9B}31m\u{202E}txt.exe"
        let db = try AppDatabase.open(path: cli.db)
        let file = ImportFile(name: "hostile.csv", sha256: String(repeating: "0", count: 64))
        _ = try db.importAreas([Area(code: "510703", name: hostile, type: .district, parentCode: "510700")], file: file)
        let shown = "涪城区␛]0;owned␇␛[2J<U+009B>31m<U+202E>txt.exe"
        let outputs = [
            try cli.run("areas", "list"),
            try cli.run("assess", "--year", "2015", "--lang", "en"),
            try cli.run("assess", "show", "--year", "2015", "--area", "510703"),
            try cli.run("eia-check", "510703", "--category", "民生", "--on", "2016-06-01", "--project", "x"),
            // Command-line text echoed back in an error.
            try cli.run("assess", "show", "--year", "2015", "--area", "\u{1B}[31mX\u{202E}"),
        ]
        for result in outputs {
            for text in [result.stdout, result.stderr] {
                #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E })
            }
        }
        #expect(outputs[0].stdout.contains(shown))
        #expect(outputs[2].stdout.contains(shown))
        #expect(outputs[4].stderr == "Error: 区域代码 ␛[31mX<U+202E> 不存在 — 请使用 kaohe areas list 中的代码\n")
    }

    /// The rule behind items 13, 14 and 19: the CLI writes to the terminal only through `Console` (which
    /// sanitises every line and notices failed writes) and words failures only through `Failures`; no file
    /// of the executable prints, exits with ArgumentParser's printer, or shows a system error's own text.
    @Test func item19_everyLineTheCLIPrintsGoesThroughConsoleAndEveryFailureThroughFailures() throws {
        let root = CLIHarness.packageRoot.appendingPathComponent("Sources/kaohe")
        let files = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".swift") }
        #expect(files.count > 20)
        let forbidden = ["print(", "FileHandle.standardOutput", "FileHandle.standardError", "fputs(", "exit(withError", "localizedDescription", "String(describing: error)", "\\(error)"]
        for file in files where file != "Frontend/Console.swift" {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            for pattern in forbidden {
                let hits = text.components(separatedBy: "\n").filter { line in
                    guard let range = line.range(of: pattern) else { return false }
                    // `Console.out(` and `x.print(` are not the free function.
                    return pattern != "print(" || range.lowerBound == line.startIndex || !(line[line.index(before: range.lowerBound)].isLetter || line[line.index(before: range.lowerBound)] == ".")
                }
                #expect(hits.isEmpty, "\(file): \(pattern): \(hits)")
            }
        }
    }

    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    func fileKind(_ path: String) throws -> mode_t {
        var info = stat()
        guard stat(path, &info) == 0 else { throw CocoaError(.fileNoSuchFile) }
        return info.st_mode & S_IFMT
    }
}

/// The canonical spelling of an existing path, as the refusal message names it.
enum OutputPathSpelling {
    static func real(_ path: String) -> String {
        guard let p = realpath(path, nil) else { return path }
        defer { free(p) }
        return String(cString: p)
    }
}
