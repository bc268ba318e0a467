import KaoheCore

/// The help texts of `kaohe publish` (issue 13 item 1).
enum PublishText {
    static let abstract = Bilingual(
        "发布某年度最新的草稿考核结果：发布后不可更改并注明日期；不合格单位将被约谈并实行环评限批。",
        "Publish the newest draft run of a year: it becomes immutable and dated, and failing units get a summons and an approval freeze.")
    static let yearHelp = Bilingual("考核年度。", "The assessed year.")
    static let finalHelp = Bilingual("发布终期考核。", "Publish the final assessment (终期考核).")
    static let runHelp = Bilingual("发布指定编号的考核结果，而不是最新的草稿。", "Publish this run instead of the newest draft.")
    static let dateHelp = Bilingual("发布日期，例如 2016-03-15。", "Publication date, e.g. 2016-03-15.")
    static let docHelp = Bilingual("发布文件的文号。", "The publishing document's number (文号).")
    static let confirmNoDataHelp = Bilingual(
        "确认发布：尽管过半参评单位仅因“未报送、无数据”而不合格（R-18、R-22a）。",
        "Publish although more than half of the graded units fail only for \"no report, no data\" (R-18, R-22a).")
}

/// Why `kaohe publish` refuses (issue 13 item 1).
enum PublishProblem: Worded, Hashable {
    case noDocumentNumber
    case noRun(year: Int)

    var wording: Bilingual {
        switch self {
        case .noDocumentNumber: Bilingual("--doc 须给出文号，例如 绵府办函〔2016〕12号", "--doc must name the document number (文号), e.g. 绵府办函〔2016〕12号")
        case .noRun(let year): Bilingual("\(year) 年尚无考核运行 — 请先运行 kaohe assess --year \(year)", "no run for \(year) — run kaohe assess --year \(year) first")
        }
    }
}
