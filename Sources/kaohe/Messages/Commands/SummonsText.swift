import KaoheCore

/// The help texts and printed lines of `kaohe summons` (issue 13 item 1).
enum SummonsText {
    static let abstract = Bilingual(
        "未通过考核单位的约谈：查看、记录其进程（待约谈 → 已约谈 → 整改中 → 已整改销号）、逾期整改、修改历史（R-19、R-21）。",
        "Summonses (约谈) of units that failed: list, record their course (待约谈 → 已约谈 → 整改中 → 已整改销号), overdue rectifications, history (R-19, R-21).")
    static let listAbstract = Bilingual("全部约谈，或某一考核年度的约谈。", "Every summons, or those of one assessed year.")
    static let yearHelp = Bilingual("不合格结果所属的考核年度。", "The assessed year of the failing result.")
    static let updateAbstract = Bilingual(
        "修改约谈记录：约谈日期、整改期限、销号日期、备注；每次修改都留有历史。",
        "Amend a summons: held (--held-on), rectification under way (--rectification-due), rectified and closed (--closed-on), notes. Every change is kept in its history.")
    static let idHelp = Bilingual("约谈编号（见 kaohe summons list）。", "The summons id (see kaohe summons list).")
    static let heldOnHelp = Bilingual("约谈举行的日期；记为已约谈。", "The day the summons took place; marks it held.")
    static let notesHelp = Bilingual("约谈备注。", "Notes on the summons.")
    static let rectificationDueHelp = Bilingual(
        "整改期限（须晚于约谈日期）；记为整改中。", "The day rectification is due (after the day held); marks it 整改中.")
    static let closedOnHelp = Bilingual("整改验收销号的日期；记为已整改销号。", "The day the rectification was accepted; marks it 已整改销号.")
    static let byHelp = Bilingual("记录修改的人（默认：登录名）。", "Who records the amendment (default: the login name).")
    static let overdueAbstract = Bilingual(
        "整改期限早于某日（默认今天）而仍在整改中的约谈。", "Summonses under rectification (整改中) whose due day is before a day (default today).")
    static let onHelp = Bilingual("查询的日期，例如 2016-11-01（默认：今天）。", "The day asked about, e.g. 2016-11-01 (default: today).")
    static let historyAbstract = Bilingual("一次约谈及其全部修改记录。", "A summons and every amendment made to it.")
    static let historyIDHelp = Bilingual("约谈编号。", "The summons id.")

    static let noSummons = Bilingual("尚无约谈记录。", "No summons is on record.")
    static let nothingAmended = Bilingual("与记录相同，未作修改。", "Identical to the record: nothing amended.")

    static func amended(count: Int, id: Int64) -> Bilingual {
        Bilingual("已记录 \(count) 项修改（kaohe summons history \(id) 查看）。", "\(count) change(s) recorded (see kaohe summons history \(id)).")
    }

    static func noneOverdue(on day: String) -> Bilingual { Bilingual("\(day) 无逾期未完成的整改。", "No rectification is overdue on \(day).") }
    static func overdueCount(_ count: Int, on day: String) -> Bilingual {
        Bilingual("\(day) 共 \(count) 项整改逾期未销号", "\(count) rectification(s) overdue on \(day)")
    }

    static let noAmendment = Bilingual("尚无修改。", "No amendment yet.")
}

/// Why `kaohe summons` refuses (issue 13 item 1).
enum SummonsProblem: Worded, Hashable {
    case nothingToAmend
    case noSuchSummons(id: Int64)

    var wording: Bilingual {
        switch self {
        case .nothingToAmend:
            Bilingual(
                "没有要修改的内容 — 请给出 --held-on、--rectification-due、--closed-on 或 --notes",
                "nothing to amend — give --held-on, --rectification-due, --closed-on or --notes")
        case .noSuchSummons(let id): Bilingual("没有约谈 \(id) — 用 kaohe summons list 查看", "there is no summons \(id) — see kaohe summons list")
        }
    }
}
