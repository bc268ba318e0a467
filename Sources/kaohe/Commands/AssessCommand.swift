import ArgumentParser
import Foundation
import KaoheCore
import KaoheFlows
import KaoheReport
import KaoheStore

struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess", abstract: helpText("为某年度全部单位计分评级；查看与比较考核结果。", "Score and grade every unit for a year; show and compare runs."),
        subcommands: [Run.self, Show.self, Diff.self], defaultSubcommand: Run.self)

    /// The year and kind a command works on.
    struct YearOptions: ParsableArguments {
        @Option(help: optionHelp("考核年度。", "The assessed year.")) var year: Int
        @Flag(help: optionHelp("终期考核，而不是年度考核。", "The final assessment (终期考核) instead of the annual one.")) var final = false
        var kind: AssessmentKind { final ? .final : .annual }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run", abstract: helpText("考核该年度的全部单位，并将结果保存为新的草稿版本。", "Assess every unit for the year and store the run as a new draft revision."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var rules: RulesOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var which: YearOptions

        func run() throws {
            let ruleSet = try rules.load(lang)
            // The flow is shared with the web portal (KaoheFlows, issue 19); the CLI words its refusals.
            let stored: AssessmentRun
            do {
                try AssessmentFlow.check(year: which.year, kind: which.kind, rules: ruleSet)
                let db = try store.open(.write)
                stored = try AssessmentFlow.run(
                    db, year: which.year, kind: which.kind, rules: ruleSet, ruleSetText: ruleSet.sourceText ?? (try rules.source(lang).text))
            } catch let refusal as AssessmentFlow.Refusal {
                switch refusal {
                case .yearOutsideRules(let year, let years):
                    throw CLIError("\(year) 年不在规则集的考核年度 \(years.lowerBound)–\(years.upperBound) 之内 — 请指定该范围内的年度", "\(year) is outside the rule set's assessed years \(years.lowerBound)–\(years.upperBound) — give a year in that range")
                case .finalNeedsFinalYear(let finalYear):
                    throw CLIError("终期考核针对规划期末 \(finalYear) 年 — 请用 --year \(finalYear)，或去掉 --final", "the final assessment covers \(finalYear), the end of the plan period — use --year \(finalYear), or drop --final")
                case .noUnits:
                    throw CLIError("尚未存储任何单位 — 请先导入区域文件（kaohe areas import）", "no units are stored — import the areas file first (kaohe areas import)")
                case .succession(let problem):
                    throw CLIError(lang(
                        problem.message(chinese: true, naming: UsageHints.named) + " — \(which.year) 年考核未运行",
                        problem.message(chinese: false, naming: UsageHints.named) + " — the \(which.year) assessment was not run"))
                }
            }
            // Issue 21: a unit succeeded after the year is named as it was, with its successor noted.
            let run = SuccessionLabels.labelled(stored, english: lang.lang == .en)
            Console.out(AssessmentText.heading(run, lang: lang.lang))
            Console.out(AssessmentText.table(run, rules: ruleSet.rounding, lang: lang.lang), terminator: "")
            Console.out(AssessmentText.gradeCounts(run, lang: lang.lang))
            Console.out(lang("* 重点任务得分为评估性指标，不计入结果（R-14）。", "* key-task score is an evaluative indicator and does not count in the result (R-14)."))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("显示一次考核的结果表，或用 --area 显示某单位的完整计算过程。", "Show a run's table, or with --area one unit's full explanation."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @OptionGroup var which: YearOptions
        @Option(name: .customLong("run"), help: optionHelp("显示指定编号的考核结果（默认：该年度最新的）。", "Show this run (default: the newest of the year).")) var runID: Int64?
        @Option(help: optionHelp("逐步说明该单位的计算过程。", "Explain this unit step by step.")) var area: String?
        @OptionGroup var output: ListFormatOptions

        mutating func validate() throws {
            if area != nil && !output.isTerminalText {
                throw usageError("--area 的计算过程只以文本输出；表格可用 --format csv 或 xlsx 导出（去掉 --area）", "--area's explanation is text only; export the table with --format csv or xlsx (without --area)")
            }
        }

        func run() throws {
            let db = try store.open(.read)
            let found = try runID.map { try namedRun(db, id: $0, year: which.year, kind: which.kind, lang) } ?? db.latestRun(year: which.year, kind: which.kind)
            guard let found else {
                throw CLIError(lang(
                    "\(which.year) 年尚无\(Labels.kind(which.kind, .zh))运行 — 先运行 kaohe assess --year \(which.year)\(which.final ? " --final" : "")",
                    "no \(which.kind.rawValue) assessment run for \(which.year) — run kaohe assess --year \(which.year)\(which.final ? " --final" : "") first"))
            }
            let run = SuccessionLabels.labelled(found, english: lang.lang == .en)
            if !output.isTerminalText {
                // The table typed (issue 16), the heading (run, revision, draft or published) as its caption.
                try output.emit(ListTables.assessment(run, rules: try storedRules(of: run, lang).rounding, lang: lang.lang), database: store.path, lang)
                return
            }
            Console.out(AssessmentText.heading(run, lang: lang.lang))
            if let area {
                guard let result = run.results.first(where: { $0.area.code == area }) else {
                    if try !db.isKnownUnit(area) { throw AppDatabase.unknownUnit(area) }
                    throw CLIError(lang("运行 #\(run.id) 中没有单位 \(area) — 用 kaohe areas list 查看代码", "run #\(run.id) has no unit \(area) — see kaohe areas list for codes"))
                }
                Console.out(AssessmentText.explanation(result, lang: lang.lang), terminator: "")
            } else {
                Console.out(AssessmentText.table(run, rules: try storedRules(of: run, lang).rounding, lang: lang.lang), terminator: "")
                Console.out(AssessmentText.gradeCounts(run, lang: lang.lang))
            }
        }
    }

    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText("两次考核之间的变化及原因（默认：该年度最新的两次）。", "What changed between two runs and why (default: the two newest runs of the year)."))
        @OptionGroup var store: StoreOptions
        @OptionGroup var lang: LanguageOption
        @Option(help: optionHelp("考核年度（比较默认的两次结果时）。", "The assessed year (with the default runs).")) var year: Int?
        @Flag(help: optionHelp("比较终期考核结果。", "Compare final-assessment runs.")) var final = false
        @Option(help: optionHelp("较早的考核结果编号。", "The earlier run id.")) var from: Int64?
        @Option(help: optionHelp("较晚的考核结果编号。", "The later run id.")) var to: Int64?

        func validate() throws {
            if (from == nil) != (to == nil) {
                throw usageError("请同时给出 --from 和 --to，或都不给（此时由 --year 选取最新的两次）", "give both --from and --to, or neither (then --year picks the two newest runs)")
            }
            if from == nil && year == nil { throw usageError("请给出 --year，或 --from 和 --to 的考核结果编号", "give --year, or --from and --to run ids") }
        }

        func run() throws {
            let db = try store.open(.read)
            let old: AssessmentRun, new: AssessmentRun
            if let from, let to {
                let a = try existingRun(db, id: from, year: year, lang), b = try existingRun(db, id: to, year: year, lang)
                // A diff explains a revision of one assessment; runs of different years or kinds are not revisions.
                guard a.year == b.year, a.kind == b.kind else {
                    throw CLIError(lang(
                        "运行 #\(from)（\(a.year) 年\(Labels.kind(a.kind, .zh))）与运行 #\(to)（\(b.year) 年\(Labels.kind(b.kind, .zh))）不属于同一次考核，不能比较 — 请比较同一年度、同一类型的两次运行",
                        "run #\(from) (\(a.year) \(Labels.kind(a.kind, .en))) and run #\(to) (\(b.year) \(Labels.kind(b.kind, .en))) belong to different assessments and cannot be compared — compare two runs of one year and kind"))
                }
                if let year, year != a.year || (final ? .final : .annual) != a.kind {
                    _ = try namedRun(db, id: from, year: year, kind: final ? .final : .annual, lang)
                }
                (old, new) = (a, b)
            } else {
                let runs = try db.runs(year: year!, kind: final ? .final : .annual)
                guard runs.count >= 2 else {
                    throw CLIError(lang("\(year!) 年只有 \(runs.count) 次运行，无可比较 — 再运行一次 kaohe assess", "\(year!) has \(runs.count) run(s); nothing to compare — assess the year again first"))
                }
                (old, new) = (runs[runs.count - 2], runs[runs.count - 1])
            }
            Console.out(lang("比较：运行 #\(old.id)（第\(old.revision)版）→ 运行 #\(new.id)（第\(new.revision)版）", "Comparing run #\(old.id) (revision \(old.revision)) → run #\(new.id) (revision \(new.revision))"))
            let changes = RunDiff.compare(old, new)
            if changes.isEmpty {
                Console.out(lang("没有单位的结果或输入发生变化。", "No unit's result or inputs changed."))
                return
            }
            for c in changes {
                let before = c.before.map { "\($0.resultScore.map { GBRounding.fixed($0, places: 1) } ?? "—") \(Labels.grade($0.grade, lang.lang))" } ?? "—"
                let after = c.after.map { "\($0.resultScore.map { GBRounding.fixed($0, places: 1) } ?? "—") \(Labels.grade($0.grade, lang.lang))" } ?? "—"
                Console.out("\(c.areaCode) \(c.name): \(before) → \(after)")
                // Every outcome that changed, old → new, beside the input changes that explain it.
                let score = { (d: Decimal?) in d.map { GBRounding.fixed($0, places: 1) } ?? "—" }
                if c.before?.qualityScore != c.after?.qualityScore {
                    Console.out("  - " + lang("质量得分：", "quality score: ") + "\(score(c.before?.qualityScore)) → \(score(c.after?.qualityScore))")
                }
                if c.before?.keyTaskScore != c.after?.keyTaskScore {
                    Console.out("  - " + lang("重点任务得分：", "key-task score: ") + "\(score(c.before?.keyTaskScore)) → \(score(c.after?.keyTaskScore))")
                }
                if c.before?.targetReached != c.after?.targetReached {
                    Console.out("  - " + lang("达到要求：", "reached: ") + "\(Labels.reached(c.before?.targetReached, lang.lang)) → \(Labels.reached(c.after?.targetReached, lang.lang))")
                }
                if c.before?.flags != c.after?.flags {
                    let flags = { (r: UnitAssessment?) in
                        let list = (r?.flags ?? []).map { Labels.flag($0, lang.lang) }
                        return list.isEmpty ? lang("无", "none") : list.joined(separator: lang("；", "; "))
                    }
                    Console.out("  - " + lang("标记：", "flags: ") + "\(flags(c.before)) → \(flags(c.after))")
                }
                for r in c.reasons { Console.out("  - " + lang(r.zh, r.en)) }
            }
            Console.out(lang("共 \(changes.count) 个单位有变化", "\(changes.count) unit(s) changed"))
        }
    }
}
