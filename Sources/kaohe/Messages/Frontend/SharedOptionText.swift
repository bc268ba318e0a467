import KaoheCore
import KaoheReport

/// Help texts of the root command and of the options many commands share (`--db`, `--lang`, `--rules`, `--sheet`).
enum SharedOptionHelp {
    static let rootAbstract = Bilingual(
        "大气污染防治行动计划实施情况考核：对县（市、区）和园区的年度考核。",
        "Annual assessment of counties, districts and parks under the Air Pollution Prevention Action Plan (大气污染防治行动计划实施情况考核).")
    static let rootDiscussion = Bilingual(
        """
        数据库默认为 ./kaohe.sqlite；可用 --db PATH 或环境变量 KAOHE_DB 指定其他文件。
        只有 kaohe areas import 会创建新数据库；只读命令以只读方式打开数据库。
        输出默认为中文。For English, add --lang en (also to --help).
        """,
        "The database is ./kaohe.sqlite unless --db PATH or the KAOHE_DB environment variable names another. "
            + "Only kaohe areas import creates a new database; commands that only read open it read-only. "
            + "Output is Chinese by default; --lang en gives English (also for --help).")
    static let db = Bilingual("数据库文件（默认：$KAOHE_DB，否则 ./kaohe.sqlite）。", "The database file (default: $KAOHE_DB, else ./kaohe.sqlite).")
    static let lang = Bilingual("输出语言：zh（默认）或 en。", "Output language: zh (default) or en.")
    static let rules = Bilingual(
        "规则集：TOML 文件，或内置的 'default'、'pass-plus-excess'（默认：$KAOHE_RULES，否则 'default'）。",
        "Rule set: a TOML file, or built-in 'default' or 'pass-plus-excess' (default: $KAOHE_RULES, else 'default').")
    static let sheet = Bilingual(
        "从 .xlsx 工作簿读取的工作表名称；默认读取名称与文件类型相符的工作表（如“区域”“目标”），否则读取第一个可见工作表。",
        "The sheet to read from .xlsx workbooks; by default the sheet named after the file kind (区域, targets, …), else the first visible sheet.")
}

/// Why the database named by `--db` (or `KAOHE_DB`) could not be opened (`StoreOptions.open`).
enum StoreOpenFailure: Worded {
    case emptyPath
    case isFolder(path: String)
    case missing(path: String)
    case empty(path: String)
    case notKaohe(path: String)

    var wording: Bilingual {
        switch self {
        case .emptyPath: Bilingual("--db 的值为空 — 请给出数据库文件的路径，例如 --db kaohe.sqlite", "--db is empty — give the database file's path, e.g. --db kaohe.sqlite")
        case .isFolder(let path): Bilingual("\(path) 是文件夹，不是数据库文件 — 请用 --db 指定数据库文件", "\(path) is a folder, not a database file — pass --db with the database file")
        case .missing(let path):
            Bilingual(
                "\(path) 处没有数据库 — 请检查 --db 或 KAOHE_DB；新数据库由 kaohe areas import 创建",
                "no database at \(path) — check --db or KAOHE_DB; a new database is created by kaohe areas import")
        case .empty(let path):
            Bilingual("\(path) 是空数据库，没有任何 kaohe 数据 — 请检查 --db，或先用 kaohe areas import 导入", "\(path) is an empty database holding no kaohe data — check --db, or import with kaohe areas import first")
        case .notKaohe(let path): Bilingual("\(path) 不是 kaohe 数据库 — 请用 --db 指定 kaohe 数据库", "\(path) is not a kaohe database — pass --db with a kaohe database")
        }
    }
}

/// Why the rule set in force, or the one stored with a run, could not be read.
enum RuleSetOptionFailure: Worded {
    case noSuchFile(path: String)
    case notUTF8(path: String)
    /// The rule set stored with run `run` no longer loads.
    case storedRulesDoNotLoad(run: Int64)

    var wording: Bilingual {
        switch self {
        case .noSuchFile(let path):
            Bilingual("\(path): 规则集文件不存在 — 请给出 TOML 文件，或 'default'、'pass-plus-excess'", "\(path): no such rule-set file — give a TOML file, or 'default' or 'pass-plus-excess'")
        case .notUTF8(let path): Bilingual("\(path): 规则集不是 UTF-8 文本 — 请另存为 UTF-8", "\(path): the rule set is not UTF-8 text — save it as UTF-8")
        case .storedRulesDoNotLoad(let run):
            Bilingual("运行 #\(run) 保存的规则集已无法加载 — 请重新运行该年度的考核", "the rule set stored with run #\(run) no longer loads — assess the year again")
        }
    }
}

/// Why the run named with `--run` is not the one the command is about (issue 12, item 21).
enum RunLookupFailure: Worded {
    /// Run `id` is of `runYear`/`runKind`, the command asked about `year`/`kind`.
    case otherAssessment(id: Int64, runYear: Int, runKind: AssessmentKind, year: Int, kind: AssessmentKind)
    /// No run `id`; `year` is the command's year, if any, for the hint.
    case noSuchRun(id: Int64, year: Int?)

    var wording: Bilingual {
        switch self {
        case .otherAssessment(let id, let runYear, let runKind, let year, let kind):
            let final = runKind == .final ? " --final" : ""
            return Bilingual(
                "运行 #\(id) 属于 \(runYear) 年\(Labels.kind(runKind, .zh))，不是 \(year) 年\(Labels.kind(kind, .zh)) — 请改用 --year \(runYear)\(final)，或去掉 --run",
                "run #\(id) belongs to the \(runYear) \(Labels.kind(runKind, .en)), not the \(year) \(Labels.kind(kind, .en)) — use --year \(runYear)\(final), or drop --run")
        case .noSuchRun(let id, let year):
            let hint = year.map { " --year \($0)" } ?? ""
            return Bilingual("运行 #\(id) 不存在 — 请用 kaohe assess show\(hint) 查看运行编号", "run #\(id) does not exist — see kaohe assess show\(hint) for run ids")
        }
    }
}

/// Why a day given to an option (`--on 2016-03-15`) was refused: the reader's reason and fix after the option and value.
enum DayOptionFailure: Worded {
    case invalid(option: String, text: String, reason: Bilingual, fix: Bilingual)

    var wording: Bilingual {
        switch self {
        case .invalid(let option, let text, let reason, let fix):
            Bilingual("\(option) \(text)：\(reason.zh) — \(fix.zh)", "\(option) \(text): \(reason.en) — \(fix.en)")
        }
    }
}
