import Foundation
import KaoheStore
@testable import kaohe

/// Runs `kaohe` commands end to end against a private database: in process by default, else the built binary.
///
/// In process (issue 13 item 5): `Kaohe.execute` runs the command line with its own arguments and variables
/// (`Invocation.current`) and captured output (`Console.capture`), one run at a time, from the repository root
/// — the same code path as the binary's `main` after the process starts. A child process runs the binary when
/// the test needs a process: a launcher, standard input or output of its own (`runWith`), `start` (kill, busy,
/// concurrency), or a command line asking for help or version, whose texts ArgumentParser keeps from the first
/// language it built them in. `runProcess` forces a child for exit-status tests of the binary itself.
struct CLIHarness {
    let db: String
    let workDir: URL
    /// Variables set for every run besides `KAOHE_DB`, e.g. `KAOHE_TODAY`.
    var environment: [String: String] = [:]

    init() throws {
        workDir = FileManager.default.temporaryDirectory.appendingPathComponent("kaohe-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: workDir, withIntermediateDirectories: true)
        db = workDir.appendingPathComponent("test.sqlite").path
    }

    /// Writes `text` as UTF-8 (after a byte-order mark when `bom`) to `name` in the work folder, creating its
    /// folders, and returns the path: the input file of a test, named as the test names it.
    @discardableResult
    func write(_ name: String, _ text: String, bom: Bool = false) throws -> String {
        let url = workDir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try ((bom ? Data([0xEF, 0xBB, 0xBF]) : Data()) + Data(text.utf8)).write(to: url)
        return url.path
    }

    /// The folder holding the built products; the test runner lives there too.
    static var productsDirectory: URL {
        let url = Bundle.main.bundleURL
        return url.lastPathComponent.hasSuffix("xctest") ? url.deletingLastPathComponent() : url
    }

    /// The repository root, so tests can name fixtures and sample data by their repository paths.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    struct Result: Equatable {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Whether the command ran in this process (else in a child process of the built binary); not part of
        /// equality, since a run compares equal to the same output however it ran.
        var inProcess = false

        static func == (a: Result, b: Result) -> Bool { a.status == b.status && a.stdout == b.stdout && a.stderr == b.stderr }
    }

    /// Runs `kaohe ARGS` from the repository root with `KAOHE_DB` set to this harness's database.
    @discardableResult
    func run(_ args: String...) throws -> Result { try runArgs(args) }

    func runArgs(_ args: [String]) throws -> Result { try runWith(args) }

    /// Runs the built binary in a child process, whatever the arguments.
    @discardableResult
    func runProcess(_ args: String...) throws -> Result { try runChild(args) }

    /// Whether a command line must run in a child process (see the type's comment).
    static func needsProcess(_ args: [String]) -> Bool {
        args.contains { ["--help", "-h", "help", "--version", "-"].contains($0) || $0.hasPrefix("--help") }
    }

    /// One in-process run at a time: the CLI's run state (`Invocation`, `Console`) is the process's.
    private static let inProcessLock = NSLock()

    /// Runs the command line in this process, as `kaohe`'s `main` would, with output captured.
    func runInProcess(_ args: [String], environment extra: [String: String] = [:]) -> Result {
        var env = ProcessInfo.processInfo.environment
        env["KAOHE_DB"] = db
        env.removeValue(forKey: "KAOHE_DEBUG")
        env.merge(self.environment) { _, new in new }
        env.merge(extra) { _, new in new }
        return Self.inProcessLock.withLock {
            let saved = Invocation.current
            let capture = Console.Capture()
            let cwd = FileManager.default.currentDirectoryPath
            FileManager.default.changeCurrentDirectoryPath(Self.packageRoot.path)
            Invocation.current = Invocation.Context(arguments: args, environment: env)
            Console.capture = capture
            defer {
                Console.capture = nil
                Invocation.current = saved
                FileManager.default.changeCurrentDirectoryPath(cwd)
            }
            let status = Kaohe.execute(args)
            return Result(status: status, stdout: capture.standardOutput, stderr: capture.standardError, inProcess: true)
        }
    }

    /// Runs `kaohe ARGS` with more control: `launcher` runs before the binary (e.g. `setpriv …` or
    /// `/bin/sh -c '…' sh`), `environment` adds variables, `input` is standard input (else none), and
    /// `output` replaces the captured standard output (the result's `stdout` is then empty).
    func runWith(_ args: [String], launcher: [String] = [], environment: [String: String] = [:], input: Any? = nil, output: Any? = nil) throws -> Result {
        if launcher.isEmpty, input == nil, output == nil, !Self.needsProcess(args) {
            return runInProcess(args, environment: environment)
        }
        return try runChild(args, launcher: launcher, environment: environment, input: input, output: output)
    }

    func runChild(_ args: [String], launcher: [String] = [], environment: [String: String] = [:], input: Any? = nil, output: Any? = nil) throws -> Result {
        let process = makeProcess(args, launcher: launcher, environment: environment)
        let out = Pipe(), err = Pipe()
        process.standardOutput = output ?? out
        process.standardError = err
        process.standardInput = input ?? FileHandle.nullDevice
        try process.run()
        if output != nil { try out.fileHandleForWriting.close() }
        // Drain stderr alongside stdout: a child blocked on a full stderr pipe would never close stdout.
        nonisolated(unsafe) var e = Data()
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            e = err.fileHandleForReading.readDataToEndOfFile()
            drained.signal()
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// Starts `kaohe ARGS` without waiting; its output goes to `output` (stdout then stderr), else nowhere.
    ///
    /// For tests that kill the child or run several at once; read the output file after it has exited.
    func start(_ args: [String], output: URL? = nil) throws -> Process {
        let process = makeProcess(args)
        if let output {
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            let handle = try FileHandle(forWritingTo: output)
            process.standardOutput = handle
            process.standardError = handle
        } else {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
        }
        try process.run()
        return process
    }

    /// The built binary.
    static var binary: String { productsDirectory.appendingPathComponent("kaohe").path }

    private func makeProcess(_ args: [String], launcher: [String] = [], environment: [String: String] = [:]) -> Process {
        let process = Process()
        if let first = launcher.first {
            process.executableURL = URL(fileURLWithPath: first)
            process.arguments = Array(launcher.dropFirst()) + [Self.binary] + args
        } else {
            process.executableURL = URL(fileURLWithPath: Self.binary)
            process.arguments = args
        }
        process.currentDirectoryURL = Self.packageRoot
        var env = ProcessInfo.processInfo.environment
        env["KAOHE_DB"] = db
        env.removeValue(forKey: "KAOHE_DEBUG")
        // The harness's own variables, then this run's.
        env.merge(self.environment) { _, new in new }
        env.merge(environment) { _, new in new }
        process.environment = env
        return process
    }

    /// Every stored row of the harness's database, for before/after comparisons.
    func dumpTables() throws -> String {
        try AppDatabase.open(path: db).dump()
    }
}
