import KaoheCore

/// The typefaces the Word file names, after GB/T 9704-2012: 仿宋 body, 小标宋 titles, 黑体 and 楷体 headings,
/// 宋体 page numbers (Word shows them by these Chinese names).
enum DocxFonts {
    static let body = "仿宋_GB2312"
    static let title = "方正小标宋简体"
    static let boldHeading = "黑体"
    static let italicHeading = "楷体_GB2312"
    static let pageNumber = "宋体"
}

/// Why the Word file could not be made (`SummaryDocx.Failure`), worded for people; never the ZIP library's text.
public enum DocxProblem: Worded, Hashable {
    case packagingFailed

    public var wording: Bilingual {
        switch self {
        case .packagingFailed:
            Bilingual("无法生成 Word 文件（内部打包失败）— 请报告此问题", "the Word file could not be assembled (internal packaging failure) — please report the problem")
        }
    }
}
