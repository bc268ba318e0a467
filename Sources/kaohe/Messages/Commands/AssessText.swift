import KaoheCore
import KaoheReport

/// Help texts of `kaohe assess` and its subcommands.
enum AssessHelp {
    static let abstract = Bilingual("为某年度全部单位计分评级；查看与比较考核结果。", "Score and grade every unit for a year; show and compare runs.")
    static let year = Bilingual("考核年度。", "The assessed year.")
    static let final = Bilingual("终期考核，而不是年度考核。", "The final assessment (终期考核) instead of the annual one.")
    static let runAbstract = Bilingual("考核该年度的全部单位，并将结果保存为新的草稿版本。", "Assess every unit for the year and store the run as a new draft revision.")
    static let showAbstract = Bilingual("显示一次考核的结果表，或用 --area 显示某单位的完整计算过程。", "Show a run's table, or with --area one unit's full explanation.")
    static let showRun = Bilingual("显示指定编号的考核结果（默认：该年度最新的）。", "Show this run (default: the newest of the year).")
    static let showArea = Bilingual("逐步说明该单位的计算过程。", "Explain this unit step by step.")
    static let diffAbstract = Bilingual("两次考核之间的变化及原因（默认：该年度最新的两次）。", "What changed between two runs and why (default: the two newest runs of the year).")
    static let diffYear = Bilingual("考核年度（比较默认的两次结果时）。", "The assessed year (with the default runs).")
    static let diffFinal = Bilingual("比较终期考核结果。", "Compare final-assessment runs.")
    static let diffFrom = Bilingual("较早的考核结果编号。", "The earlier run id.")
    static let diffTo = Bilingual("较晚的考核结果编号。", "The later run id.")
}

/// Usage errors of `kaohe assess show` and `kaohe assess diff`, raised in `validate()`.
enum AssessUsage: Worded {
    case areaExplanationIsText
    case fromWithoutTo
    case noYearNorRuns

    var wording: Bilingual {
        switch self {
        case .areaExplanationIsText:
            Bilingual("--area 的计算过程只以文本输出；表格可用 --format csv 或 xlsx 导出（去掉 --area）", "--area's explanation is text only; export the table with --format csv or xlsx (without --area)")
        case .fromWithoutTo:
            Bilingual("请同时给出 --from 和 --to，或都不给（此时由 --year 选取最新的两次）", "give both --from and --to, or neither (then --year picks the two newest runs)")
        case .noYearNorRuns: Bilingual("请给出 --year，或 --from 和 --to 的考核结果编号", "give --year, or --from and --to run ids")
        }
    }
}

/// Failures of `kaohe assess` while it runs.
enum AssessFailure: Worded {
    /// `years` is the rule set's span of assessed years.
    case yearOutsideRules(year: Int, years: ClosedRange<Int>)
    case finalNeedsFinalYear(finalYear: Int)
    case noUnits
    /// A succession problem that stopped the run; `problem` is its sentence.
    case succession(problem: Bilingual, year: Int)
    case noRun(year: Int, kind: AssessmentKind)
    case unitNotInRun(run: Int64, area: String)
    case differentAssessments(from: Int64, fromYear: Int, fromKind: AssessmentKind, to: Int64, toYear: Int, toKind: AssessmentKind)
    case nothingToCompare(year: Int, runs: Int)

    var wording: Bilingual {
        switch self {
        case .yearOutsideRules(let year, let years):
            Bilingual("\(year) 年不在规则集的考核年度 \(years.lowerBound)–\(years.upperBound) 之内 — 请指定该范围内的年度", "\(year) is outside the rule set's assessed years \(years.lowerBound)–\(years.upperBound) — give a year in that range")
        case .finalNeedsFinalYear(let finalYear):
            Bilingual("终期考核针对规划期末 \(finalYear) 年 — 请用 --year \(finalYear)，或去掉 --final", "the final assessment covers \(finalYear), the end of the plan period — use --year \(finalYear), or drop --final")
        case .noUnits: Bilingual("尚未存储任何单位 — 请先导入区域文件（kaohe areas import）", "no units are stored — import the areas file first (kaohe areas import)")
        case .succession(let problem, let year): Bilingual(problem.zh + " — \(year) 年考核未运行", problem.en + " — the \(year) assessment was not run")
        case .noRun(let year, let kind):
            Bilingual(
                "\(year) 年尚无\(Labels.kind(kind, .zh))运行 — 先运行 kaohe assess --year \(year)\(kind == .final ? " --final" : "")",
                "no \(kind.rawValue) assessment run for \(year) — run kaohe assess --year \(year)\(kind == .final ? " --final" : "") first")
        case .unitNotInRun(let run, let area): Bilingual("运行 #\(run) 中没有单位 \(area) — 用 kaohe areas list 查看代码", "run #\(run) has no unit \(area) — see kaohe areas list for codes")
        case .differentAssessments(let from, let fromYear, let fromKind, let to, let toYear, let toKind):
            Bilingual(
                "运行 #\(from)（\(fromYear) 年\(Labels.kind(fromKind, .zh))）与运行 #\(to)（\(toYear) 年\(Labels.kind(toKind, .zh))）不属于同一次考核，不能比较 — 请比较同一年度、同一类型的两次运行",
                "run #\(from) (\(fromYear) \(Labels.kind(fromKind, .en))) and run #\(to) (\(toYear) \(Labels.kind(toKind, .en))) belong to different assessments and cannot be compared — compare two runs of one year and kind")
        case .nothingToCompare(let year, let runs):
            Bilingual("\(year) 年只有 \(runs) 次运行，无可比较 — 再运行一次 kaohe assess", "\(year) has \(runs) run(s); nothing to compare — assess the year again first")
        }
    }
}

/// What `kaohe assess` prints besides the report's tables.
enum AssessText {
    static let keyTaskNote = Bilingual("* 重点任务得分为评估性指标，不计入结果（R-14）。", "* key-task score is an evaluative indicator and does not count in the result (R-14).")
    static func comparing(old: AssessmentRun, new: AssessmentRun) -> Bilingual {
        Bilingual("比较：运行 #\(old.id)（第\(old.revision)版）→ 运行 #\(new.id)（第\(new.revision)版）", "Comparing run #\(old.id) (revision \(old.revision)) → run #\(new.id) (revision \(new.revision))")
    }
    static let noChange = Bilingual("没有单位的结果或输入发生变化。", "No unit's result or inputs changed.")
    static let qualityScore = Bilingual("质量得分：", "quality score: ")
    static let keyTaskScore = Bilingual("重点任务得分：", "key-task score: ")
    static let reached = Bilingual("达到要求：", "reached: ")
    static let flags = Bilingual("标记：", "flags: ")
    static let noFlags = Bilingual("无", "none")
    static let flagSeparator = Bilingual("；", "; ")
    static func changed(_ n: Int) -> Bilingual { Bilingual("共 \(n) 个单位有变化", "\(n) unit(s) changed") }
}
