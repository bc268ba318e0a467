import KaoheCore

/// Help texts of `kaohe freeze` and its subcommands.
enum FreezeHelp {
    static let abstract = Bilingual("未通过考核单位的环评限批：查看与解除（R-19、R-21、R-22）。", "Approval freezes (环评限批) of units that failed: list them, lift them (R-19, R-21, R-22).")
    static let listAbstract = Bilingual("某日（默认今天）处于环评限批的单位；--all 列出历次限批，包括已解除的。", "The units under a freeze on a day (default today); --all for every freeze ever, lifted ones included.")
    static let on = Bilingual("查询的日期，例如 2016-06-01（默认：今天）。", "The day asked about, e.g. 2016-06-01 (default: today).")
    static let all = Bilingual("历次限批，含解除日期、文号和理由。", "Every freeze ever created, with its lift date, document and reason.")
    static let liftAbstract = Bilingual("记录解除某单位环评限批的决定；未满最短期限时须加 --force。", "Record the decision that lifts a unit's freeze; refused before the minimum duration unless --force.")
    static let liftDiscussion = Bilingual(
        "最短期限，以及此后考核合格是否解除限批，是本工具规则集的默认设置（R-22），并非官方规定。",
        "The minimum duration, and whether a later passing assessment lifts a freeze, are defaults of this tool's rule set (R-22), not official rules.")
    static let area = Bilingual("单位代码。", "The unit's code.")
    static let date = Bilingual("限批不再适用的第一天，例如 2016-09-01。", "The first day the freeze no longer applies, e.g. 2016-09-01.")
    static let doc = Bilingual("解除决定的文号。", "The lifting decision's document number (文号).")
    static let reason = Bilingual("解除限批的理由。", "Why the freeze is lifted.")
    static let force = Bilingual("在最短期限届满前解除（须附 --reason）。", "Lift before the minimum duration has elapsed (needs --reason).")
    static let by = Bilingual("记录决定的人（默认：登录名）。", "Who records the decision (default: the login name).")
}

/// Usage errors of `kaohe freeze lift`.
enum FreezeUsage: Worded {
    case docMissing
    case forceWithoutReason
    case reasonMissing

    var wording: Bilingual {
        switch self {
        case .docMissing: Bilingual("--doc 须给出解除决定的文号", "--doc must name the lifting decision's document number (文号)")
        case .forceWithoutReason:
            Bilingual("--force 须附理由：请用 --reason 说明为何在最短期限前解除", "--force needs a reason: say with --reason why the freeze ends before its minimum duration")
        case .reasonMissing: Bilingual("--reason 须说明解除的理由", "--reason must say why the freeze is lifted")
        }
    }
}

/// What `kaohe freeze` prints.
enum FreezeText {
    static let noneEver = Bilingual("尚无环评限批记录。", "No freeze has ever been recorded.")
    static func noneOn(_ day: Day) -> Bilingual { Bilingual("\(day) 无单位处于环评限批。", "No unit is under an approval freeze on \(day).") }
    static func historyCount(freezes: Int, units: Int, day: Day) -> Bilingual {
        Bilingual("共 \(freezes) 项限批，涉及 \(units) 个单位（截至 \(day) 的限批天数）", "\(freezes) freeze(s) of \(units) unit(s) (days in force as of \(day))")
    }
    static func unitsOn(_ day: Day, units: Int) -> Bilingual {
        Bilingual("\(day) 共 \(units) 个单位处于环评限批", "\(units) unit(s) under an approval freeze on \(day)")
    }
    /// One lifted freeze; `unit` is the unit's label in the command's language.
    static func lifted(_ f: Freeze, unit: String, day: Day, document: String) -> Bilingual {
        Bilingual(
            "已解除：\(unit) 限批 #\(f.id)（自 \(f.startedOn)，\(f.document)），\(day) 起解除，依据 \(document)。",
            "Lifted: \(unit) freeze #\(f.id) (since \(f.startedOn), \(f.document)), no longer in force from \(day), by \(document).")
    }
    static func forced(minimumDays: Int) -> Bilingual {
        Bilingual("注意：未满最短期限 \(minimumDays) 天（R-22，本工具默认设置），已按 --force 解除。", "Note: before the minimum duration of \(minimumDays) days (R-22, a default of this tool); lifted with --force.")
    }
}
