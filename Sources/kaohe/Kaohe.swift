import ArgumentParser
import KaoheStore

/// The root command: configuration only; the work is in the subcommands under Commands/.
@main
struct Kaohe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kaohe",
        abstract: "大气污染防治行动计划实施情况考核 — annual air-pollution assessment of counties, districts and parks.",
        discussion: """
            The database is ./kaohe.sqlite unless --db PATH or the KAOHE_DB environment variable names another.
            Output is Chinese by default; --lang en gives English.
            """,
        subcommands: [
            AreasCommand.self,
            TargetsCommand.self,
            ImportsCommand.self,
            ReportsCommand.self,
            RulesCommand.self,
            AssessCommand.self,
            PublishCommand.self,
            FlagCommand.self,
            SummaryCommand.self,
            MonitoringCommand.self,
            FreezeCommand.self,
            EIACheckCommand.self,
            AccountabilityCommand.self,
            SummonsCommand.self,
            SettingsCommand.self,
        ]
    )

    /// Runs the command; a database held by another writer past the busy timeout gets one clear sentence
    /// instead of SQLite's "database is locked" (docs/reliability.md).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch where AppDatabase.isBusy(error) {
            let path = StoreOptions.openedPath ?? "kaohe.sqlite"
            exit(withError: CLIError("数据库 \(path) 正忙（另一个 kaohe 正在写入）— 请待其完成后重试", "the database \(path) is busy (another kaohe is writing) — try again when it has finished"))
        } catch {
            exit(withError: error)
        }
    }
}
