import ArgumentParser
import Foundation
import KaoheCore
import KaoheReport
import KaoheStore

/// The root command: configuration only; the work is in the subcommands under Commands/.
@main
struct Kaohe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kaohe",
        abstract: helpText(SharedOptionHelp.rootAbstract),
        discussion: helpText(SharedOptionHelp.rootDiscussion),
        version: KaoheVersion.current,
        subcommands: [
            AreasCommand.self,
            DepartmentsCommand.self,
            TargetsCommand.self,
            ImportsCommand.self,
            ReportsCommand.self,
            FilingsCommand.self,
            RulesCommand.self,
            AssessCommand.self,
            PublishCommand.self,
            FlagCommand.self,
            SummaryCommand.self,
            HistoryCommand.self,
            MonitoringCommand.self,
            TemplatesCommand.self,
            TrackCommand.self,
            TrendCommand.self,
            FreezeCommand.self,
            EIACheckCommand.self,
            AccountabilityCommand.self,
            SummonsCommand.self,
            SettingsCommand.self,
            NationalCommand.self,
            UsersCommand.self,
            StationsCommand.self,
        ]
    )

    /// Parses, runs, and turns every outcome into output and an exit code, in one place.
    ///
    /// Parsing errors, help and `validate()` sentences are ArgumentParser's; a failure while a command runs
    /// is worded by `Failures.describe` (no SQLite, Swift or decoding text reaches the user); a failed write
    /// to standard output makes the exit code non-zero with a sentence on standard error (issue 12, item 14).
    static func main() {
        Console.ignoreBrokenPipeSignal()
        Foundation.exit(execute(Invocation.current.arguments))
    }

    /// Runs one command line (the arguments after the program's name) to its end and gives the exit status.
    ///
    /// `main` exits with it; the tests call it in process with `Invocation.current` and `Console.capture` set
    /// (issue 13 item 5). Nothing of an earlier run is kept: the opened path, a failed write and the located
    /// workbook sheets are reset first.
    static func execute(_ arguments: [String]) -> Int32 {
        StoreOptions.openedPath = nil
        Console.reset()
        SheetLocations.shared.reset()
        let command: ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            let code = exitCode(for: error)
            return finish(ParseErrors.localized(fullMessage(for: error), language: CLIError.language), code: code, toStandardOutput: code == .success)
        }
        do {
            var command = command
            try command.run()
            return finish("", code: .success)
        } catch let error as CleanExit {
            // Help and version requests, and ArgumentParser's own `help` command.
            let code = exitCode(for: error)
            return finish(fullMessage(for: error), code: code, toStandardOutput: code == .success)
        } catch where String(reflecting: type(of: command)).hasPrefix("ArgumentParser.") {
            let code = exitCode(for: error)
            return finish(fullMessage(for: error), code: code, toStandardOutput: code == .success)
        } catch {
            // The one exit path for a failure while a command ran (issue 13 item 2): located problems each on
            // their line, any other message after "Error: ", internal detail never (`Failures`).
            let (text, code) = Failures.printed(error, database: StoreOptions.openedPath)
            return finish(text, code: code)
        }
    }

    /// Prints the closing message and gives the exit status; standard output that could not be written turns
    /// success into failure.
    static func finish(_ message: String, code: ExitCode, toStandardOutput: Bool = false) -> Int32 {
        if !message.isEmpty {
            if toStandardOutput { Console.out(message) } else { Console.err(message) }
        }
        if let failure = Console.outputFailure {
            Console.err("Error: " + Console.outputFailureMessage(failure).message)
            return code == .success ? ExitCode.failure.rawValue : code.rawValue
        }
        return code.rawValue
    }
}
