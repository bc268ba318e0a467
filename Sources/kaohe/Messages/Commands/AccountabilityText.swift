import KaoheCore

/// Help texts of `kaohe accountability` and its subcommands.
enum AccountabilityHelp {
    static let abstract = Bilingual("终期考核不合格单位的加大问责力度决定：查看、记录进展、历史（R-21）。", "Stronger-accountability decisions (加大问责力度) of units failing the final assessment: list, record progress, history (R-21).")
    static let listAbstract = Bilingual("全部问责决定及其最新进展。", "Every decision with its newest progress entry.")
    static let updateAbstract = Bilingual("记录问责决定的落实情况；只增加记录，不修改、不删除。", "Record what was done on a decision; entries are added, never changed or deleted.")
    static let updateID = Bilingual("问责决定编号（见 kaohe accountability list）。", "The decision id (see kaohe accountability list).")
    static let date = Bilingual("落实的日期，例如 2018-06-01。", "The day it was done, e.g. 2018-06-01.")
    static let progress = Bilingual("落实情况。", "What was done.")
    static let doc = Bilingual("记载该情况的文件文号。", "The document recording it (文号).")
    static let by = Bilingual("记录人（默认：登录名）。", "Who records it (default: the login name).")
    static let historyAbstract = Bilingual("一项问责决定及其全部进展记录。", "A decision and every progress entry recorded on it.")
    static let historyID = Bilingual("问责决定编号。", "The decision id.")
}

/// Usage errors of `kaohe accountability update`.
enum AccountabilityUsage: Worded {
    case progressMissing

    var wording: Bilingual {
        switch self {
        case .progressMissing: Bilingual("请用 --progress 写明落实情况", "say what was done with --progress")
        }
    }
}

/// Failures of `kaohe accountability` while it runs.
enum AccountabilityFailure: Worded {
    case noSuchDecision(id: Int64)

    var wording: Bilingual {
        switch self {
        case .noSuchDecision(let id):
            Bilingual("没有编号为 \(id) 的问责决定 — 请查看 kaohe accountability list", "there is no accountability decision \(id) — see kaohe accountability list")
        }
    }
}

/// What `kaohe accountability` prints.
enum AccountabilityText {
    static let noDecision = Bilingual("尚无问责决定。", "No accountability decision is on record.")
    static func recorded(id: Int64, on day: Day, progress: String) -> Bilingual {
        Bilingual(
            "已记录问责决定 #\(id) 的进展：\(day) \(progress)（kaohe accountability history \(id) 查看）。",
            "Progress recorded on accountability decision #\(id): \(day) \(progress) (see kaohe accountability history \(id)).")
    }
    static let noProgress = Bilingual("尚无进展记录。", "No progress recorded yet.")
}
