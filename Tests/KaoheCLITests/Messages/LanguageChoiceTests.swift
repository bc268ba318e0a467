import Foundation
import KaoheCore
import Testing
@testable import kaohe

/// The two readings of `--lang` agree (issue 13 item 1, D-127): the pre-parse one (`CLIError.language`) that words
/// parse errors, help, usage errors and the exit path, and the parsed option (`LanguageOption`) that words a
/// command's output. Both spellings, `--lang en` and `--lang=en`, give English everywhere; none gives Chinese.
@Suite struct LanguageChoiceTests {
    /// A command line without `--lang`, and the start of what it prints in Chinese and in English.
    typealias Case = UsageErrorLanguageTests.Case

    static let cases: [Case] = [
        // A usage error from validate(), before anything is opened.
        Case(args: ["assess", "diff"], zh: "Error: 请给出 --year，或 --from 和 --to 的考核结果编号\n", en: "Error: give --year, or --from and --to run ids\n"),
        // ArgumentParser's own error, reworded by ParseErrors.
        Case(args: ["areas", "list", "--bogus"], zh: "Error: 未知选项 '--bogus' — 请检查拼写；用 --help 查看可用选项\n", en: "Error: Unknown option '--bogus'\n"),
        // A failure while the command runs, worded on the one exit path.
        Case(args: ["areas", "list", "--db", "/nonexistent/kaohe.sqlite"],
             zh: "Error: /nonexistent/kaohe.sqlite 处没有数据库 — 请检查 --db 或 KAOHE_DB；新数据库由 kaohe areas import 创建\n",
             en: "Error: no database at /nonexistent/kaohe.sqlite — check --db or KAOHE_DB; a new database is created by kaohe areas import\n"),
    ]

    @Test(arguments: cases) func bothSpellingsOfLangEnGiveEnglishAndNoneGivesChinese(_ c: Case) throws {
        let cli = try CLIHarness()
        #expect(try cli.runArgs(c.args).stderr.hasPrefix(c.zh))
        #expect(try cli.runArgs(c.args + ["--lang", "en"]).stderr.hasPrefix(c.en))
        #expect(try cli.runArgs(c.args + ["--lang=en"]).stderr.hasPrefix(c.en))
        #expect(try cli.runArgs(c.args + ["--lang=zh"]).stderr.hasPrefix(c.zh))
    }

    @Test func aLanguageThatIsNeitherIsRefusedInChineseWithTheChoicesInChinese() throws {
        // Two choices: ArgumentParser writes "'zh' and 'en'"; the Chinese sentence lists them with 、 (once " and " stayed English).
        let refused = try CLIHarness().run("areas", "list", "--lang", "fr")
        #expect(refused.status == 64)
        #expect(refused.stderr.hasPrefix("Error: '--lang <lang>' 的取值 'fr' 无效 — 可选值：'zh'、'en'\n"), "\(refused.stderr)")
    }

    @Test func helpAndOutputFollowTheSameSpelling() throws {
        let cli = try CLIHarness()
        // Help is built before parsing (pre-parse language); `--lang=en` reaches it as `--lang en` does.
        let help = try cli.run("assess", "run", "--help", "--lang=en").stdout
        #expect(help.contains("OVERVIEW: Assess every unit for the year and store the run as a new draft"))
        #expect(try cli.run("assess", "run", "--help").stdout.contains("OVERVIEW: 考核该年度的全部单位，并将结果保存为新的草稿版本。"))
        // A command's own output uses the parsed option: the same answer for the same spelling.
        let areas = CLIHarness.packageRoot.appendingPathComponent("sample-data/areas.csv").path
        #expect(try cli.run("areas", "import", areas).status == 0)
        #expect(try cli.run("areas", "list", "--lang=en").stdout.hasPrefix("code"))
        #expect(try cli.run("areas", "list").stdout.hasPrefix("区域代码"))
    }

    @Test func theCataloguePicksTheLanguageOnlyWherePrinted() {
        // A CLI failure holds both languages; the exit path chooses.
        let failure = CLIError(MonitoringBenchFailure.cannotWrite(file: "out/monitoring.csv"))
        #expect(failure.message(chinese: true) == "out/monitoring.csv：无法写入 — 请检查文件夹")
        #expect(failure.message(chinese: false) == "out/monitoring.csv: cannot be written — check the folder")
        #expect(Failures.describe(failure, database: nil, language: .zh).message == "out/monitoring.csv：无法写入 — 请检查文件夹")
        #expect(Failures.describe(failure, database: nil, language: .en).message == "out/monitoring.csv: cannot be written — check the folder")
    }
}
