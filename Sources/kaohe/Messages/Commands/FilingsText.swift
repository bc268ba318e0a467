import KaoheCore

/// Help texts of `kaohe filings` and its subcommands.
enum FilingsHelp {
    static let abstract = Bilingual(
        "登记实施细则和年度实施计划的公开与备案（R-2），在发生时登记，只追加、不删除。",
        "Record the publication and filing of implementation rules and annual plans (R-2) when they happen; appended, never deleted.")
    static let recordAbstract = Bilingual(
        "登记一个单位某年度实施细则或年度实施计划的公开和/或备案；更正时再登记一次，较新的登记生效，旧登记保留。",
        "Record one unit's publication and/or filing of its rules or plan for a year; to correct, record again: the newer counts, the older is kept.")
    static let area = Bilingual("单位代码。", "The unit's code.")
    static let year = Bilingual("年度。", "The year.")
    static let kind = Bilingual("文件类别：rules（实施细则）或 plan（年度实施计划）。", "Kind: rules (实施细则) or plan (年度实施计划).")
    static let publishedOn = Bilingual("公开日期（YYYY-MM-DD）。", "Day published (YYYY-MM-DD).")
    static let filedOn = Bilingual("向市环保局备案的日期（YYYY-MM-DD）。", "Day filed with the city environmental protection bureau (YYYY-MM-DD).")
    static let doc = Bilingual("备案文号或说明。", "The filing's document number or note.")
    static let importAbstract = Bilingual("导入备案登记文件（docs/input-files.md）：每行登记一次，全部通过才存储。", "Import a filings file (docs/input-files.md): one event per row, stored only when every row passes.")
    static let file = Bilingual("备案登记文件（.csv 或 .xlsx）；- 表示标准输入。", "The filings file (.csv or .xlsx); - is standard input.")
    static let listAbstract = Bilingual("列出登记过的全部公开与备案（含被更新的登记）。", "Every recorded publication and filing, including those a newer record replaced.")
    static let listYear = Bilingual("只列出该年度。", "Only this year.")
    static let missingAbstract = Bilingual(
        "列出年度实施计划尚未备案的单位（用于催报函）：既无备案登记，自查报告也未填备案日期。",
        "Units whose annual plan is not yet filed (for a reminder letter): no filing recorded and no filing day in the self-report.")
}

/// Usage errors of `kaohe filings record`.
enum FilingsUsage: Worded {
    case unknownKind
    case noDay

    var wording: Bilingual {
        switch self {
        case .unknownKind: Bilingual("--kind 须为 rules（实施细则）或 plan（年度实施计划）", "--kind must be rules (实施细则) or plan (年度实施计划)")
        case .noDay: Bilingual("请给出 --published-on、--filed-on 或两者", "give --published-on, --filed-on or both")
        }
    }
}

/// What `kaohe filings` prints.
enum FilingsText {
    static func imported(file: String, count: Int) -> Bilingual {
        Bilingual("\(file)：已登记 \(count) 项公开或备案。", "\(file): \(count) publication or filing event(s) recorded.")
    }
    /// The list's columns after the first, `#`.
    static let listHeaders = [
        Bilingual("区域代码", "code"), Bilingual("年度", "year"), Bilingual("类别", "kind"), Bilingual("公开日期", "published"), Bilingual("备案日期", "filed"),
        Bilingual("文号", "document"), Bilingual("登记时间", "recorded"), Bilingual("来源", "source"),
    ]
    static let missingHeaders = [Bilingual("区域代码", "code"), Bilingual("区域名称", "name"), Bilingual("年度实施计划", "annual plan")]
    static let nothingRecorded = Bilingual("无登记", "nothing recorded")
    static func missingCount(year: Int, count: Int) -> Bilingual {
        Bilingual("\(year) 年度实施计划未备案的单位：\(count) 个", "Units whose \(year) annual plan is not filed: \(count)")
    }
    static func published(_ day: Day) -> Bilingual { Bilingual("公开 \(day)", "published \(day)") }
    static func filed(_ day: Day) -> Bilingual { Bilingual("备案 \(day)", "filed \(day)") }
    static let separator = Bilingual("，", ", ")
    static func document(_ doc: String) -> Bilingual { Bilingual("（\(doc)）", " (\(doc))") }
    /// One recorded event: `what` says what was recorded (published and/or filed), `doc` its document in brackets or "".
    static func recorded(_ e: FilingEvent, what: String, doc: String) -> Bilingual {
        Bilingual("已登记 #\(e.id)：\(e.areaCode) \(e.year) 年\(e.kind.chinese) \(what)\(doc)。", "Recorded #\(e.id): \(e.areaCode) \(e.year) \(e.kind.english) \(what)\(doc).")
    }
}
