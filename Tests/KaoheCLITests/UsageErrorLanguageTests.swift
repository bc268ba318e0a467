import Foundation
import Testing

/// The usage errors raised in `validate()` — once eight English-only `ValidationError`s (issue 13, item 1) —
/// are worded in Chinese by default and in English with `--lang en`, and exit with code 64 before any
/// database is opened. `freeze lift`'s has two sentences (with and without `--force`), both listed. The one
/// in `reports import` (no files) cannot be reached: ArgumentParser refuses the missing `<paths>` first, in
/// Chinese by default too (`theMissingReportFilesAreRefusedByTheParserInChinese`).
@Suite struct UsageErrorLanguageTests {
    /// One usage error: the arguments (without `--lang`), then its Chinese and English sentences.
    struct Case: Sendable, CustomStringConvertible {
        let args: [String]
        let zh: String
        let en: String
        var description: String { args.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(args: ["assess", "diff", "--from", "1"],
             zh: "请同时给出 --from 和 --to，或都不给（此时由 --year 选取最新的两次）",
             en: "give both --from and --to, or neither (then --year picks the two newest runs)"),
        Case(args: ["assess", "diff"], zh: "请给出 --year，或 --from 和 --to 的考核结果编号", en: "give --year, or --from and --to run ids"),
        Case(args: ["flag", "falsification", "510724", "2015", "--ref", " "],
             zh: "--ref 须给出认定所依据的文号或说明", en: "--ref must give the document number or note of the finding"),
        Case(args: ["freeze", "lift", "510724", "--date", "2016-09-01", "--doc", " ", "--reason", "r"],
             zh: "--doc 须给出解除决定的文号", en: "--doc must name the lifting decision's document number (文号)"),
        Case(args: ["freeze", "lift", "510724", "--date", "2016-04-01", "--doc", "绵环函〔2016〕8号", "--reason", " ", "--force"],
             zh: "--force 须附理由：请用 --reason 说明为何在最短期限前解除",
             en: "--force needs a reason: say with --reason why the freeze ends before its minimum duration"),
        Case(args: ["freeze", "lift", "510724", "--date", "2016-09-01", "--doc", "X", "--reason", " "],
             zh: "--reason 须说明解除的理由", en: "--reason must say why the freeze is lifted"),
        Case(args: ["publish", "--year", "2015", "--date", "2016-03-15", "--doc", " "],
             zh: "--doc 须给出文号，例如 绵府办函〔2016〕12号", en: "--doc must name the document number (文号), e.g. 绵府办函〔2016〕12号"),
        Case(args: ["summons", "update", "1"],
             zh: "没有要修改的内容 — 请给出 --held-on、--rectification-due、--closed-on 或 --notes",
             en: "nothing to amend — give --held-on, --rectification-due, --closed-on or --notes"),
    ]

    @Test(arguments: cases) func chineseByDefaultEnglishWithLangEn(_ usage: Case) throws {
        // No database exists: validate() refuses before anything is opened, so none is created either.
        let cli = try CLIHarness()
        let chinese = try cli.runArgs(usage.args)
        #expect(chinese.status == 64 && chinese.stdout == "")
        #expect(chinese.stderr.hasPrefix("Error: \(usage.zh)\nUsage: kaohe "), "\(chinese.stderr)")
        let english = try cli.runArgs(usage.args + ["--lang", "en"])
        #expect(english.status == 64 && english.stdout == "")
        #expect(english.stderr.hasPrefix("Error: \(usage.en)\nUsage: kaohe "), "\(english.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.db))
    }

    @Test func theMissingReportFilesAreRefusedByTheParserInChinese() throws {
        let cli = try CLIHarness()
        let chinese = try cli.run("reports", "import")
        #expect(chinese.status == 64)
        #expect(chinese.stderr.hasPrefix("Error: 缺少必需的参数 '<paths> ...' — 请补上；用 --help 查看用法\n"), "\(chinese.stderr)")
        let english = try cli.run("reports", "import", "--lang", "en")
        #expect(english.status == 64)
        #expect(english.stderr.hasPrefix("Error: Missing expected argument '<paths> ...'\n"), "\(english.stderr)")
    }
}
