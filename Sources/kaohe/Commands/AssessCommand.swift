import ArgumentParser
import Foundation
import KaoheCore
import KaoheReport
import KaoheStore

struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess", abstract: "Score and grade every unit for a year; show and compare runs.",
        subcommands: [Run.self, Show.self, Diff.self], defaultSubcommand: Run.self)

    /// The year and kind a command works on.
    struct YearOptions: ParsableArguments {
        @Option(help: "The assessed year.") var year: Int
        @Flag(help: "The final assessment (终期考核) instead of the annual one.") var final = false
        var kind: AssessmentKind { final ? .final : .annual }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run", abstract: "Assess every unit for the year and store the run as a new draft revision.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var rules: RulesOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var which: YearOptions

        func run() throws {
            let ruleSet = try rules.load(lang)
            let years = (ruleSet.baseYear + 1)...max(ruleSet.baseYear + 1, ruleSet.finalYear)
            guard years.contains(which.year) else {
                throw CLIError("\(which.year) 年不在规则集的考核年度 \(years.lowerBound)–\(years.upperBound) 之内 — 请指定该范围内的年度", "\(which.year) is outside the rule set's assessed years \(years.lowerBound)–\(years.upperBound) — give a year in that range")
            }
            if which.final && which.year != ruleSet.finalYear {
                throw CLIError("终期考核针对规划期末 \(ruleSet.finalYear) 年 — 请用 --year \(ruleSet.finalYear)，或去掉 --final", "the final assessment covers \(ruleSet.finalYear), the end of the plan period — use --year \(ruleSet.finalYear), or drop --final")
            }
            let db = try store.open()
            let monitored = try db.monitoredAnnualMeans(year: which.year, pollutant: ruleSet.pollutant, excludeDust: ruleSet.excludeDustDays)
            let monitoredBefore = try db.monitoredAnnualMeans(year: which.year - 1, pollutant: ruleSet.pollutant, excludeDust: ruleSet.excludeDustDays)
            let records = try db.unitRecords(year: which.year).map { unit in
                var unit = unit
                unit.monitored = monitored[unit.area.code]?.mean
                unit.previousMonitored = monitoredBefore[unit.area.code]?.mean
                return unit
            }
            guard !records.isEmpty else { throw CLIError("尚未存储任何单位 — 请先导入区域文件（kaohe areas import）", "no units are stored — import the areas file first (kaohe areas import)") }
            let inputs = records.map { AssessmentInputs.build($0, year: which.year, kind: which.kind, rules: ruleSet) }
            let results = Scoring.assess(inputs, rules: ruleSet)
            let run = try db.saveRun(
                year: which.year, kind: which.kind, rules: ruleSet, ruleSetText: ruleSet.sourceText ?? (try rules.source(lang).text),
                inputs: inputs, results: results)
            print(AssessmentText.heading(run, lang: lang.lang))
            print(AssessmentText.table(run, rules: ruleSet.rounding, lang: lang.lang), terminator: "")
            print(AssessmentText.gradeCounts(run, lang: lang.lang))
            print(lang("* 重点任务得分为评估性指标，不计入结果（R-14）。", "* key-task score is an evaluative indicator and does not count in the result (R-14)."))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a run's table, or with --area one unit's full explanation.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var which: YearOptions
        @Option(name: .customLong("run"), help: "Show this run (default: the newest of the year).") var runID: Int64?
        @Option(help: "Explain this unit step by step.") var area: String?

        func run() throws {
            let db = try store.open()
            let found = try runID.map { try db.run(id: $0) } ?? db.latestRun(year: which.year, kind: which.kind)
            guard let run = found, run.year == which.year else {
                throw CLIError(lang("\(which.year) 年尚无考核运行 — 先运行 kaohe assess --year \(which.year)", "no assessment run for \(which.year) — run kaohe assess --year \(which.year) first"))
            }
            print(AssessmentText.heading(run, lang: lang.lang))
            if let area {
                guard let result = run.results.first(where: { $0.area.code == area }) else {
                    throw CLIError(lang("运行 #\(run.id) 中没有单位 \(area) — 用 kaohe areas list 查看代码", "run #\(run.id) has no unit \(area) — see kaohe areas list for codes"))
                }
                print(AssessmentText.explanation(result, lang: lang.lang), terminator: "")
            } else {
                print(AssessmentText.table(run, rules: try storedRules(of: run, lang).rounding, lang: lang.lang), terminator: "")
                print(AssessmentText.gradeCounts(run, lang: lang.lang))
            }
        }
    }

    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "What changed between two runs and why (default: the two newest runs of the year).")
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: "The assessed year (with the default runs).") var year: Int?
        @Flag(help: "Compare final-assessment runs.") var final = false
        @Option(help: "The earlier run id.") var from: Int64?
        @Option(help: "The later run id.") var to: Int64?

        func validate() throws {
            if (from == nil) != (to == nil) { throw ValidationError("give both --from and --to, or neither (then --year picks the two newest runs)") }
            if from == nil && year == nil { throw ValidationError("give --year, or --from and --to run ids") }
        }

        func run() throws {
            let db = try store.open()
            let old: AssessmentRun, new: AssessmentRun
            if let from, let to {
                guard let a = try db.run(id: from), let b = try db.run(id: to) else { throw CLIError("没有该考核运行 — 运行编号见 kaohe assess show", "no such run — see kaohe assess show for run ids") }
                (old, new) = (a, b)
            } else {
                let runs = try db.runs(year: year!, kind: final ? .final : .annual)
                guard runs.count >= 2 else {
                    throw CLIError(lang("\(year!) 年只有 \(runs.count) 次运行，无可比较 — 再运行一次 kaohe assess", "\(year!) has \(runs.count) run(s); nothing to compare — assess the year again first"))
                }
                (old, new) = (runs[runs.count - 2], runs[runs.count - 1])
            }
            print(lang("比较：运行 #\(old.id)（第\(old.revision)版）→ 运行 #\(new.id)（第\(new.revision)版）", "Comparing run #\(old.id) (revision \(old.revision)) → run #\(new.id) (revision \(new.revision))"))
            let changes = RunDiff.compare(old, new)
            if changes.isEmpty {
                print(lang("没有单位的结果或输入发生变化。", "No unit's result or inputs changed."))
                return
            }
            for c in changes {
                let before = c.before.map { "\($0.resultScore.map { GBRounding.fixed($0, places: 1) } ?? "—") \(Labels.grade($0.grade, lang.lang))" } ?? "—"
                let after = c.after.map { "\($0.resultScore.map { GBRounding.fixed($0, places: 1) } ?? "—") \(Labels.grade($0.grade, lang.lang))" } ?? "—"
                print("\(c.areaCode) \(c.name): \(before) → \(after)")
                for r in c.reasons { print("  - " + lang(r.zh, r.en)) }
            }
            print(lang("共 \(changes.count) 个单位有变化", "\(changes.count) unit(s) changed"))
        }
    }
}
