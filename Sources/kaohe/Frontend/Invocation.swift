import Foundation

/// What one run of the CLI reads from its process — its arguments and environment variables — in one place.
///
/// `kaohe` reads them from the process; the tests run most commands in process (issue 13 item 5), one at a
/// time, each with its own arguments and variables, so no command may read `CommandLine.arguments` or
/// `ProcessInfo` directly: they read `Invocation.current`.
enum Invocation {
    struct Context: Sendable {
        /// The arguments after the program's name.
        var arguments: [String]
        var environment: [String: String]
    }

    /// The run in progress; set by `Kaohe.main` from the process, or by an in-process runner.
    nonisolated(unsafe) static var current = Context(
        arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)

    /// An environment variable of the run, e.g. `KAOHE_DB`.
    static func variable(_ name: String) -> String? { current.environment[name] }
}
