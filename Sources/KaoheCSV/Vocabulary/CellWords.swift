/// The words kaohe accepts in cells, beyond digits: yes/no answers, the marks of a Chinese date, and the kinds
/// of the filings and successions files.
enum CellWords {
    /// A yes cell, compared after trimming, mapping full-width forms and lowercasing.
    static let yes: Set<String> = ["是", "y", "yes", "true", "1"]
    /// A no cell, compared like `yes`.
    static let no: Set<String> = ["否", "n", "no", "false", "0"]

    /// The marks of a date written `2014年12月30日` (the final 日 optional).
    static let yearMark: Unicode.Scalar = "年"
    static let monthMark: Unicode.Scalar = "月"
    static let dayMark: Unicode.Scalar = "日"

    /// 实施细则 / rules in the filings file's 文件类别 column (lowercased before matching).
    static let rulesKind: Set<String> = ["实施细则", "rules"]
    /// 年度实施计划 (or 实施计划) / plan in the same column.
    static let planKind: Set<String> = ["年度实施计划", "实施计划", "plan"]

    /// 对照点 Y/N in a national station list (uppercased before matching).
    static let backgroundYes: Set<String> = ["Y", "是"]
    static let backgroundNo: Set<String> = ["N", "否"]
}
