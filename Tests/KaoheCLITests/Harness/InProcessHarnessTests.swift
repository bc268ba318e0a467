import Foundation
import Testing

/// The in-process runs the CLI tests use (issue 13 item 5) are the binary's runs: for the same command line
/// against the same kind of database, `Kaohe.execute` in process and the built `kaohe` in a child process give
/// the same exit status, standard output and standard error — success, a located rejection, a usage error, a
/// parse error and a refusal, in both languages.
@Suite struct InProcessHarnessTests {
    /// Runs the same steps on two fresh databases, one in process and one in child processes, and compares.
    /// Gives the exit statuses, so the caller can check the steps did what it meant.
    @discardableResult
    func compare(_ steps: [[String]], today: String = "2016-03-01") throws -> [Int32] {
        var statuses: [Int32] = []
        var inProcess = try CLIHarness(), child = try CLIHarness()
        inProcess.environment["KAOHE_TODAY"] = today
        child.environment["KAOHE_TODAY"] = today
        for step in steps {
            let a = try inProcess.runArgs(step)
            let b = try child.runChild(step)
            #expect(a.inProcess && !b.inProcess)
            // Each run names its own database; the texts are compared with it written the same.
            let same = { (r: CLIHarness.Result, db: String) in
                CLIHarness.Result(status: r.status, stdout: r.stdout.replacingOccurrences(of: db, with: "DB"), stderr: r.stderr.replacingOccurrences(of: db, with: "DB"))
            }
            #expect(same(a, inProcess.db) == same(b, child.db), "kaohe \(step.joined(separator: " "))")
            statuses.append(a.status)
        }
        return statuses
    }

    @Test func aWorkflowWithFailuresGivesTheSameStatusAndOutputInProcessAsTheBinary() throws {
        let root = CLIHarness.packageRoot.appendingPathComponent("sample-data").path
        let statuses = try compare([
            ["areas", "list"],  // no database yet: a sentence, exit 1
            ["areas", "import", "\(root)/areas.csv"],
            ["targets", "import", "\(root)/targets.csv"],
            ["targets", "import", "\(root)/areas.csv", "--lang", "en"],  // a located rejection, English
            ["targets", "import", "\(root)/areas.csv"],  // the same, Chinese
            ["assess", "--year", "1800", "--lang", "en"],  // outside the rule set's years: a sentence, exit 1
            ["assess", "--yaer", "2015"],  // a parse error (exit 64), its first line in Chinese
            ["freeze", "lift", "510703", "--lang", "en"],  // a missing option: the help line in English (exit 64)
            ["freeze", "lift", "510703", "--date", "2016-09-01", "--doc", "X", "--reason", "x", "--lang", "en"],  // a refusal: no freeze
            ["areas", "list", "--lang", "en"],
            ["areas", "list"],
        ])
        // Failure (1), success (0) and usage (64) statuses, as each step's comment says.
        #expect(statuses == [1, 0, 0, 1, 1, 1, 64, 64, 1, 0, 0])
    }

    @Test func helpVersionAndStandardInputRunInAChildAndEverythingElseInProcess() throws {
        let cli = try CLIHarness()
        #expect(try cli.run("areas", "list").inProcess)
        #expect(try !cli.run("--help").inProcess)
        #expect(try !cli.run("areas", "list", "--help").inProcess)
        #expect(try !cli.run("--version").inProcess)
        #expect(try !cli.run("areas", "import", "-").inProcess)
    }
}

/// The CLI reads its arguments and variables only through `Invocation`, so an in-process run sees its own.
@Suite struct InvocationLintTests {
    @Test func onlyInvocationReadsTheProcesssArgumentsAndEnvironment() throws {
        let sources = try SourceLint.sources().filter { $0.path.hasPrefix("kaohe/") }
        #expect(sources.count > 40)
        var found: [String] = []
        for source in sources where source.path != "kaohe/Frontend/Invocation.swift" {
            for (n, line) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//")
                && (line.contains("ProcessInfo.processInfo.environment") || line.contains("CommandLine.arguments") || line.contains("getenv(")) {
                found.append("\(source.path):\(n + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(found.isEmpty, "read them through Invocation:\n\(found.joined(separator: "\n"))")
    }
}
