import KaoheCore

/// The help texts and printed lines of `kaohe trend` (issue 13 item 1).
enum TrendText {
    static let abstract = Bilingual(
        "各单位自基准年起的月均浓度、Theil-Sen 斜率及其 95% 区间、Mann-Kendall 检验。",
        "Per unit: monthly means from the base year on, Theil-Sen slope with a 95 % interval, Mann-Kendall test.")
    static let discussion = Bilingual(
        """
        月均浓度取自已存储的监测数据（至有数据的最后一日为止的整月）。
        月均值少于 24 个：不计算趋势。方法依照 openair 的 TheilSen，但结果不逐位相同。
        """,
        "Monthly means come from the stored monitoring data (whole months through the last day with data). "
            + "Fewer than 24 monthly means: no trend. Follows the method of openair's TheilSen, not bit-identical to it.")
    static let areaHelp = Bilingual("只看该单位，并列出其月均浓度。", "Only this unit, with its monthly means.")
    static let formatHelp = Bilingual(
        "text（默认）或 html（每个单位一张小图：月均浓度与 Theil-Sen 趋势线）。", "text (default) or html (a small chart per unit: monthly means and the Theil-Sen line).")
    static let outputHelp = Bilingual("写入该文件，而不是标准输出。", "Write to this file instead of standard output.")

    /// The units left out for want of a whole month of data, each as its name and code.
    static func noTrendUnits(_ units: [(name: String, code: String)]) -> Bilingual {
        Bilingual(
            "无完整月份监测数据、不计算趋势的单位：\(units.map { "\($0.name)（\($0.code)）" }.joined(separator: "、"))",
            "Units with no whole month of monitoring data (no trend): \(units.map { "\($0.name) (\($0.code))" }.joined(separator: ", "))")
    }

    static func wrote(_ path: String) -> Bilingual { Bilingual("已写入 \(path)", "wrote \(path)") }
}

/// Why `kaohe trend` refuses (issue 13 item 1).
enum TrendProblem: Worded, Hashable {
    /// `pollutants` names the pollutants tracked (`TrackText.pollutants`).
    case noMonitoringData(pollutants: Bilingual)
    /// `code` is made safe for the terminal.
    case unknownUnit(code: String)

    var wording: Bilingual {
        switch self {
        case .noMonitoringData(let names):
            Bilingual(
                "尚无 \(names.zh) 监测数据 — 请先导入（kaohe monitoring import）", "no \(names.en) monitoring data is stored — import it first (kaohe monitoring import)")
        case .unknownUnit(let code): Bilingual("未知区域代码 \(code) — 请用 kaohe areas list 查看", "unknown unit code \(code) — see kaohe areas list")
        }
    }
}
